import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment, EntryValue } from '../../../shared/assessment/schema';
import type { ResultPackage } from '../../../shared/packages/schema';
import { exportTaskPackages } from '../../../electron/services/packages/export-tasks';
import { openTaskPackage, saveEntry, submitResults } from '../../../electron/services/packages/scoring-folder';
import { signResult } from '../../../electron/services/packages/signing';
import { saveAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { leaf, makeDoc } from '../../helpers/assessment';
import { OFFICE } from '../../helpers/packages';

/** A small assessment on disk: e1 scores unit A only, e2 and e3 everything. */
export function smallDoc(id = 'test'): Assessment {
  return {
    ...makeDoc({
      criteria: [leaf('a', 10), leaf('b', 10)],
      units: ['A', 'B'],
      evaluators: [{ id: 'e1', assignment: { unitIds: ['A'], criterionIds: null } }, { id: 'e2' }, { id: 'e3' }],
    }),
    id,
    name: id === 'test' ? '2020年度测试考核' : '另一个考核',
  };
}

export async function officeOnDisk(dir: string, doc = smallDoc()) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${doc.name}.assessment.json`);
  await saveAssessmentFile(path, doc);
  const tasks = await exportTaskPackages(path, { evaluator: 'all' }, join(dir, 'out'), OFFICE);
  return { path, tasks, task: (id: string) => tasks.find((t) => t.evaluatorIds[0] === id)!.path };
}

/** Opens a task on "the laptop", enters values, submits; returns the result package's path. */
export async function scoreAndSubmit(
  taskPath: string,
  laptop: string,
  values: [string, string, EntryValue | number][],
  at = '2020-12-10T02:00:00.000Z',
): Promise<string> {
  let folder = await openTaskPackage(taskPath, laptop);
  const evaluatorId = folder.task.evaluators[0]!.id;
  for (const [unitId, criterionId, value] of values) {
    folder = await saveEntry(
      folder,
      { evaluatorId, unitId, criterionId, value: typeof value === 'number' ? { kind: 'score', score: value } : value },
      { actor: folder.task.evaluators[0]!.name, at },
    );
  }
  const { paths } = await submitResults(
    folder,
    { actor: folder.task.evaluators[0]!.name, at },
    { now: new Date(Date.parse(at) + 3600_000) },
  );
  return paths[0]!;
}

/** Rewrites a result package file as a client that holds the task's secret would: edited, then signed again. */
export function resign(
  resultPath: string,
  taskPath: string,
  edit: (pkg: ResultPackage & Record<string, unknown>) => void,
  out = resultPath,
): string {
  const pkg = JSON.parse(readFileSync(resultPath, 'utf8'));
  const secret = JSON.parse(readFileSync(taskPath, 'utf8')).secret as string;
  edit(pkg);
  const { signature: _s, ...unsigned } = pkg;
  writeFileSync(out, JSON.stringify(signResult(unsigned, secret), null, 2));
  return out;
}
