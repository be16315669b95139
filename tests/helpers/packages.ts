import { createHash } from 'node:crypto';
import type { Assessment, EntryValue } from '../../shared/assessment/schema';
import type { IncomingResult } from '../../shared/packages/merge';
import { emptyLedger, type PackageLedger, type TaskPackage, type WorkingFile } from '../../shared/packages/schema';
import { buildResult, clearCell, newWorkingFile, recordEntry } from '../../shared/packages/scoring-workspace';
import { buildTaskPackage, taskGroups, type TaskSelection } from '../../shared/packages/task';
import { signResult } from '../../electron/services/packages/signing';

export const OFFICE = { actor: '考核办', at: '2020-12-20T08:00:00.000Z' };

/** Deterministic secrets for tests: the same package id gives the same secret. */
export function testSecret(packageId: string): string {
  return createHash('sha256').update(packageId).digest('hex');
}

/** Issues task packages as the office does, recording them in the ledger. */
export function issue(
  doc: Assessment,
  ledger: PackageLedger = emptyLedger(doc.id),
  selection: TaskSelection = { evaluator: 'all' },
  tag = 'p',
): { ledger: PackageLedger; tasks: TaskPackage[] } {
  const tasks = taskGroups(doc, selection).map((group) => {
    const packageId = `${tag}-${group.evaluatorIds.join('+')}`;
    return buildTaskPackage(doc, group, {
      packageId,
      secret: testSecret(packageId),
      exportedAt: '2020-12-01T00:00:00.000Z',
      exportedBy: OFFICE.actor,
      appVersion: 'test',
    });
  });
  const issued = tasks.map((t) => ({
    packageId: t.packageId,
    title: t.title,
    fileName: `${t.title}.kpt`,
    evaluatorIds: t.evaluators.map((e) => e.id),
    teamId: t.team?.id ?? null,
    schemeVersion: t.scheme.version,
    exportedAt: t.exportedAt,
    exportedBy: t.exportedBy,
    secret: t.secret,
  }));
  return { ledger: { ...ledger, issued: [...ledger.issued, ...issued] }, tasks };
}

/** A cell to fill: [evaluator, unit, criterion, value (a number is a plain score), reason]; value null empties it. */
export type Fill = [string, string, string, EntryValue | number | null, string?];

/** Fills a scoring workspace the way the evaluator's app does. */
export function fill(
  task: TaskPackage,
  fills: Fill[],
  at = '2020-12-10T02:00:00.000Z',
  working: WorkingFile = newWorkingFile(task, at),
): WorkingFile {
  let w = working;
  for (const [evaluatorId, unitId, criterionId, value, reason] of fills) {
    const by = { actor: task.evaluators.find((e) => e.id === evaluatorId)?.name ?? evaluatorId, at };
    w =
      value === null
        ? clearCell(task, w, { evaluatorId, unitId, criterionId }, by)
        : recordEntry(
            task,
            w,
            {
              evaluatorId,
              unitId,
              criterionId,
              value: typeof value === 'number' ? { kind: 'score', score: value } : value,
              reason: reason ?? '',
            },
            by,
          );
  }
  return w;
}

/** Submits a workspace: a signed result package, as merge takes it. */
export function submit(
  task: TaskPackage,
  working: WorkingFile,
  submittedAt: string,
  submissionId = `${task.packageId}@${submittedAt}`,
): IncomingResult {
  const unsigned = buildResult(task, working, { submissionId, submittedAt, submittedBy: task.evaluators[0]!.name, appVersion: 'test' });
  return { pkg: signResult(unsigned, task.secret), fileName: `${task.title}-${submittedAt.slice(0, 10)}.kpr` };
}
