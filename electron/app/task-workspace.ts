// The evaluator's side of offline packages in the window: a task package opened as a
// scoring-only workspace, kept in Documents/考评离线评分/<task title>/ (README, "Offline scoring
// packages"), every change autosaved there, submitted as a signed result package.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { isoSeconds, type Actor } from '../../shared/assessment/mutations';
import { UserError } from '../../shared/errors';
import { createTranslator, type Language } from '../../shared/i18n/messages';
import type { TaskView } from '../../shared/ipc/package-views';
import type { EntriesSaved } from '../../shared/ipc/views';
import { fileTimeStamp } from '../../shared/packages/names';
import { safeFileName } from '../../shared/text/file-name';
import { RESULT_EXTENSION } from '../../shared/packages/schema';
import { workspaceDocument } from '../../shared/packages/scoring-workspace';
import { computeResults } from '../../shared/scoring/compute';
import { compareYears, history } from '../../shared/scoring/year-over-year';
import { submitResults, type ScoringFolder } from '../services/packages/scoring-folder';
import { writeFileAtomic } from '../services/workspace/atomic-file';
import type { OpenTask } from './package-context';

/** The folder in the user's Documents that holds one scoring folder per task package opened. */
export const SCORING_ROOT_NAME = '考评离线评分';

export function scoringRoot(documentsDir: string): string {
  return join(documentsDir, SCORING_ROOT_NAME);
}

/** Who a change in the scoring workspace is recorded as: the evaluators whose cells it touches. */
export function taskActor(folder: ScoringFolder, evaluatorIds: string[], now: Date): Actor {
  const names = [...new Set(evaluatorIds)].map((id) => folder.task.evaluators.find((e) => e.id === id)?.name ?? id);
  return { actor: names.join('、') || folder.task.evaluators[0]!.name, at: isoSeconds(now) };
}

/** The results part of a view of the scoring workspace: the task's own scores, no other years. */
function resultsOf(folder: ScoringFolder) {
  const doc = workspaceDocument(folder.task, folder.working);
  const results = computeResults(doc);
  return { doc, results, comparison: compareYears({ doc, results }, null), history: history([{ doc, results }]) };
}

export function taskView(task: OpenTask): TaskView {
  const { folder } = task;
  const t = folder.task;
  return {
    packageId: t.packageId,
    title: t.title,
    assessment: t.assessment,
    team: t.team,
    evaluators: t.evaluators,
    exportedAt: t.exportedAt,
    exportedBy: t.exportedBy,
    folder: folder.dir,
    submissions: folder.working.submissions,
    view: { file: basename(folder.dir), savedAt: task.savedAt, ...resultsOf(folder) },
  };
}

export function taskSaved(task: OpenTask): EntriesSaved {
  const { doc: _doc, ...rest } = resultsOf(task.folder);
  return { ...rest, updatedAt: task.folder.working.updatedAt, savedAt: task.savedAt };
}

/**
 * The file name a submission is offered under: "<task title>-结果-20201215-103000.kpr", in the
 * folder the task package came from unless that is the scoring folder itself (then Documents).
 */
export function submitDefaultPath(task: OpenTask, documentsDir: string, now: Date, language: Language): string {
  const t = createTranslator(language);
  const name = `${safeFileName(task.folder.task.title, task.folder.task.packageId)}-${t('packages.file.result')}-${fileTimeStamp(now)}${RESULT_EXTENSION}`;
  const inside = (dir: string, root: string) => {
    const rel = relative(root, dir);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const dir = inside(task.sourceDir, scoringRoot(documentsDir)) ? documentsDir : task.sourceDir;
  return join(dir, name);
}

export interface Submission {
  task: OpenTask;
  kept: string;
  entries: number;
  submittedAt: string;
  /** The copy to `target` failed (a USB stick pulled out); the package is kept in the scoring folder all the same. */
  copyError: UserError | null;
}

/**
 * Submits: the signed result package goes into the scoring folder (submitResults), then a copy
 * to `target`, byte for byte and atomically. A failed copy is returned, not thrown, so the
 * caller keeps the submission it already made and can say where the package is.
 */
export async function submitTo(task: OpenTask, target: string, by: Actor, now: Date, language: Language): Promise<Submission> {
  const submitted = await submitResults(task.folder, by, { now, language });
  const kept = submitted.paths[0]!;
  const next: OpenTask = { ...task, folder: submitted.folder, savedAt: isoSeconds(now) };
  let copyError: UserError | null = null;
  if (target !== kept) {
    try {
      await writeFileAtomic(target, await readFile(kept), null);
    } catch (e) {
      copyError = new UserError('offline.copyFailed', {
        file: basename(target),
        dir: dirname(target),
        kept,
        reason: (e as NodeJS.ErrnoException).code ?? String(e),
      });
    }
  }
  return { task: next, kept, entries: submitted.pkg.entries.length, submittedAt: submitted.pkg.submittedAt, copyError };
}
