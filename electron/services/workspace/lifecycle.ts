// The year's lifecycle on disk: a new year written beside the one it came from, renaming, and
// moving an assessment out of the year list — into 归档 (archive) or 回收 (recycle) — and back.
// Nothing is ever unlinked: a civil servant who clicked the wrong year finds it again in the
// folder, in the app or in the file manager. An assessment travels with its side files (the
// package ledger and the received packages), or its results could no longer be verified.
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Actor } from '../../../shared/assessment/mutations';
import { nextYear, type NewYearSource } from '../../../shared/assessment/next-year';
import type { Assessment } from '../../../shared/assessment/schema';
import type { CriteriaMatch } from '../../../shared/assessment/criteria-match';
import { renameAssessment } from '../../../shared/assessment/rename';
import { UserError } from '../../../shared/errors';
import { ledgerPath, receivedDir } from '../packages/ledger-file';
import { ASSESSMENT_SUFFIX, loadAssessmentFile, saveAssessmentFile } from './assessment-file';
import { assessmentFileName, scanWorkspace } from './workspace';

/** Where archived and deleted assessments go, inside the workspace folder. */
export const MOVED_FOLDERS = { archive: '归档', recycle: '回收' } as const;
export type MovedFolder = keyof typeof MOVED_FOLDERS;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The name a new year gets unless told: last year's name with its year replaced, else "2021年度考核". */
export function defaultNextName(previous: Pick<Assessment, 'name' | 'year'>, year: number): string {
  const last = String(previous.year);
  return previous.name.includes(last) ? previous.name.split(last).join(String(year)) : `${year}年度考核`;
}

/**
 * Writes the new year's assessment beside `fromPath` (see nextYear for what is copied) and
 * returns its path. Refuses, writing nothing, when a file of that name exists already.
 */
export async function createNextYear(
  fromPath: string,
  input: { year: number; name: string; source: NewYearSource },
  by: Actor,
): Promise<{ path: string; doc: Assessment; match: CriteriaMatch; previous: Assessment }> {
  const previous = (await loadAssessmentFile(fromPath)).doc;
  const { doc, match } = nextYear(previous, { ...input, fromFile: basename(fromPath) }, by);
  const path = join(dirname(fromPath), assessmentFileName(doc));
  if (await exists(path)) throw new UserError('year.error.exists', { file: basename(path) });
  await saveAssessmentFile(path, doc);
  return { path, doc, match, previous };
}

/** The side files that belong to an assessment file, as [from, to] pairs for a move. */
function companions(from: string, to: string): [string, string][] {
  return [
    [ledgerPath(from), ledgerPath(to)],
    [receivedDir(from), receivedDir(to)],
  ];
}

async function moveWith(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
    for (const [a, b] of companions(from, to)) if (await exists(a)) await rename(a, b);
  } catch (e) {
    throw new UserError('year.error.moveFailed', { file: basename(from), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** A file name in `dir` not taken by an assessment or its side files: "X.assessment.json", else "X（2）.assessment.json"… */
async function freeName(dir: string, file: string): Promise<string> {
  const base = file.slice(0, -ASSESSMENT_SUFFIX.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? file : `${base}（${n}）${ASSESSMENT_SUFFIX}`;
    const path = join(dir, candidate);
    const taken = (await exists(path)) || (await Promise.all(companions(path, path).map(([p]) => exists(p)))).some(Boolean);
    if (!taken) return candidate;
  }
}

/**
 * Renames an assessment: its name inside (recorded in its audit trail) and its file with the
 * side files. Refuses when another file has the new name or the assessment is finalized.
 */
export async function renameAssessmentFile(path: string, name: string, by: Actor): Promise<string> {
  const { doc, stamp } = await loadAssessmentFile(path);
  const renamed = renameAssessment(doc, name, by);
  const target = join(dirname(path), assessmentFileName(renamed));
  if (target === path) {
    await saveAssessmentFile(path, renamed, stamp);
    return path;
  }
  if (await exists(target)) throw new UserError('year.error.exists', { file: basename(target) });
  // Saved under the old name first (checked like every save), then moved: a failure leaves one whole file.
  await saveAssessmentFile(path, renamed, stamp);
  await moveWith(path, target);
  return target;
}

/** Moves an assessment (with its side files) into 归档 or 回收 inside its workspace; returns where it went. */
export async function moveAssessmentAway(path: string, folder: MovedFolder): Promise<string> {
  const dir = join(dirname(path), MOVED_FOLDERS[folder]);
  await mkdir(dir, { recursive: true });
  const target = join(dir, await freeName(dir, basename(path)));
  await moveWith(path, target);
  return target;
}

/** Brings an archived or recycled assessment back into the workspace; refuses if the name is taken there. */
export async function restoreAssessment(workspaceDir: string, folder: MovedFolder, file: string): Promise<string> {
  const from = join(workspaceDir, MOVED_FOLDERS[folder], file);
  if (!(await exists(from))) throw new UserError('year.error.notFound', { file });
  const target = join(workspaceDir, file);
  if (await exists(target)) throw new UserError('year.error.exists', { file });
  await moveWith(from, target);
  return target;
}

/** An assessment moved out of the year list. */
export interface MovedAssessment {
  folder: MovedFolder;
  file: string;
  year: number | null;
  name: string | null;
}

/** What lies in 归档 and 回收 (a file that cannot be read is listed by its name). */
export async function listMoved(workspaceDir: string): Promise<MovedAssessment[]> {
  const out: MovedAssessment[] = [];
  for (const folder of Object.keys(MOVED_FOLDERS) as MovedFolder[]) {
    const dir = join(workspaceDir, MOVED_FOLDERS[folder]);
    if (!(await exists(dir))) continue;
    const scan = await scanWorkspace(dir);
    for (const a of scan.assessments) out.push({ folder, file: basename(a.path), year: a.doc.year, name: a.doc.name });
    for (const b of scan.broken) out.push({ folder, file: basename(b.path), year: null, name: null });
  }
  return out;
}
