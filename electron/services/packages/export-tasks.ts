import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Actor } from '../../../shared/assessment/mutations';
import { UserError } from '../../../shared/errors';
import { safeFileName } from '../../../shared/text/file-name';
import { TASK_EXTENSION, TASK_FORMAT, TaskPackage, type IssuedPackage } from '../../../shared/packages/schema';
import { buildTaskPackage, taskGroups, type TaskSelection } from '../../../shared/packages/task';
import { APP_VERSION } from '../app-version';
import { loadAssessmentFile } from '../workspace/assessment-file';
import { withWorkspaceLock } from '../workspace/workspace-lock';
import { loadLedger, saveLedger } from './ledger-file';
import { readKaopingJson, writeJsonFile } from './package-files';
import { newId, newSecret } from './signing';

export interface ExportedTask {
  path: string;
  title: string;
  packageId: string;
  evaluatorIds: string[];
}

/** An existing file may be replaced only if it is an earlier task package of the same assessment. */
async function assertReplaceable(path: string, assessmentId: string): Promise<void> {
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) return;
  const earlier = await readKaopingJson(path, TASK_FORMAT, TaskPackage).catch(() => null);
  if (earlier?.value.assessment.id !== assessmentId) throw new UserError('error.wouldOverwrite', { file: path });
}

/**
 * Exports task packages (.kpt) into `outDir`, one per evaluator or team of the selection, each
 * with a fresh secret. The ledger is written first, so a package never exists whose secret
 * the office lacks; nothing is written when any target is taken by another file. Earlier
 * packages stay valid: their secrets stay in the ledger. Holds the workspace lock throughout.
 */
export function exportTaskPackages(assessmentPath: string, selection: TaskSelection, outDir: string, by: Actor): Promise<ExportedTask[]> {
  return withWorkspaceLock(dirname(assessmentPath), () => exportLocked(assessmentPath, selection, outDir, by));
}

async function exportLocked(assessmentPath: string, selection: TaskSelection, outDir: string, by: Actor): Promise<ExportedTask[]> {
  const { doc } = await loadAssessmentFile(assessmentPath);
  const ledger = await loadLedger(assessmentPath, doc.id);
  const tasks = taskGroups(doc, selection).map((group) =>
    buildTaskPackage(doc, group, {
      packageId: newId(),
      secret: newSecret(),
      exportedAt: by.at,
      exportedBy: by.actor,
      appVersion: APP_VERSION,
    }),
  );
  const names = tasks.map((task) => safeFileName(task.title, task.packageId));
  // Titles are unique, but making them safe file names could fold two into one.
  const targets = tasks.map((task, i) => ({
    task,
    path: join(outDir, `${names.indexOf(names[i]!) === i ? names[i] : `${names[i]}-${i + 1}`}${TASK_EXTENSION}`),
  }));
  for (const { path } of targets) await assertReplaceable(path, doc.id);
  const issued: IssuedPackage[] = targets.map(({ task, path }) => ({
    packageId: task.packageId,
    title: task.title,
    fileName: basename(path),
    evaluatorIds: task.evaluators.map((e) => e.id),
    teamId: task.team?.id ?? null,
    schemeVersion: task.scheme.version,
    exportedAt: task.exportedAt,
    exportedBy: task.exportedBy,
    secret: task.secret,
  }));
  await saveLedger(assessmentPath, { ...ledger, issued: [...ledger.issued, ...issued] });
  await mkdir(outDir, { recursive: true });
  for (const { task, path } of targets) await writeJsonFile(path, task, TASK_FORMAT, TaskPackage, null);
  return targets.map(({ task, path }) => ({
    path,
    title: task.title,
    packageId: task.packageId,
    evaluatorIds: task.evaluators.map((e) => e.id),
  }));
}
