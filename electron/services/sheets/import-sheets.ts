// Imports filled score sheets: reads and checks every file first, and only when none has a
// problem merges all their entries into the assessment and saves it, once, atomically.
import { basename, dirname } from 'node:path';
import { UserError } from '../../../shared/errors';
import { applySheets, crossFileProblems } from '../../../shared/sheets/apply-sheets';
import { checkScoreSheet, type CheckedSheet, type SheetProblem } from '../../../shared/sheets/check-sheet';
import { isoSeconds } from '../../../shared/assessment/mutations';
import type { OnProgress } from '../../../shared/progress';
import { loadAssessmentFile, saveAssessmentFile } from '../workspace/assessment-file';
import { withWorkspaceLock } from '../workspace/workspace-lock';
import { layoutChecksum } from './checksum';
import { readScoreSheet, SheetFileError } from './read-sheet';

/** Score sheets that cannot be imported: every problem, each with its file and cell. Nothing was changed. */
export class SheetImportError extends UserError {
  constructor(readonly problems: SheetProblem[]) {
    super('sheet.nothingImported', { count: problems.length });
    this.name = 'SheetImportError';
  }
}

export interface ImportedSheet {
  file: string;
  evaluatorName: string;
  count: number;
}

/**
 * Imports the score sheets `files` into the assessment at `assessmentPath`, all or nothing.
 * Throws SheetImportError listing every problem, or UserError for the assessment itself.
 * `onProgress` hears of each file as it is read and checked, and of the save.
 */
export function importScoreSheets(
  assessmentPath: string,
  files: string[],
  now = new Date(),
  onProgress?: OnProgress,
): Promise<ImportedSheet[]> {
  return withWorkspaceLock(dirname(assessmentPath), () => importLocked(assessmentPath, files, now, onProgress));
}

async function importLocked(assessmentPath: string, files: string[], now: Date, onProgress?: OnProgress): Promise<ImportedSheet[]> {
  const { doc, stamp } = await loadAssessmentFile(assessmentPath);
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  const checked: CheckedSheet[] = [];
  const problems: SheetProblem[] = [];
  for (const [i, path] of files.entries()) {
    await onProgress?.({ stage: 'readSheets', done: i, total: files.length, detail: basename(path) });
    try {
      const sheet = checkScoreSheet(doc, await readScoreSheet(path), layoutChecksum);
      checked.push(sheet);
      problems.push(...sheet.problems);
    } catch (e) {
      if (!(e instanceof SheetFileError)) throw e;
      problems.push({ file: e.file, key: e.key, params: { ...e.params, file: e.file, reason: e.reason } });
    }
  }
  problems.push(...crossFileProblems(checked));
  if (problems.length) throw new SheetImportError(problems);
  const next = applySheets(doc, checked, isoSeconds(now));
  await onProgress?.({ stage: 'saveAssessment', done: 0, total: 1 });
  await saveAssessmentFile(assessmentPath, next, stamp);
  await onProgress?.({ stage: 'saveAssessment', done: 1, total: 1 });
  return checked.map((s) => ({ file: s.file, evaluatorName: s.evaluatorName, count: s.entries.length }));
}
