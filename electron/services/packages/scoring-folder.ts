import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Actor, EntryInput } from '../../../shared/assessment/mutations';
import { isoSeconds } from '../../../shared/assessment/mutations';
import { UserError } from '../../../shared/errors';
import { createTranslator, type Language } from '../../../shared/i18n/messages';
import { fileTimeStamp } from '../../../shared/packages/names';
import { safeFileName } from '../../../shared/text/file-name';
import {
  RESULT_EXTENSION,
  RESULT_FORMAT,
  ResultPackage,
  TASK_FORMAT,
  TaskPackage,
  WORKING_FORMAT,
  WorkingFile,
  type Cell,
} from '../../../shared/packages/schema';
import { buildResult, clearCell, newWorkingFile, recordEntry, taskIndex, type TaskIndex } from '../../../shared/packages/scoring-workspace';
import { APP_VERSION } from '../app-version';
import { assertInside } from '../workspace/inside';
import { removeOrphanTemps } from '../workspace/orphan-temps';
import { readKaopingJson, writeJsonFile } from './package-files';
import { newId, signResult } from './signing';

/**
 * The evaluator's scoring folder on their laptop, one per task package:
 *   <folder>/task.kpt       the task package as received (never changed)
 *   <folder>/working.json   every entry, autosaved atomically after each change (with backups)
 *   <folder>/<title>-结果-<time>.kpr   each submission, also copied wherever the user asks
 */
export interface ScoringFolder {
  dir: string;
  task: TaskPackage;
  working: WorkingFile;
  index: TaskIndex;
}

export const TASK_FILE = 'task.kpt';
export const WORKING_FILE = 'working.json';

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Opens an existing scoring folder (removing temp files of interrupted autosaves). */
export async function loadScoringFolder(dir: string): Promise<ScoringFolder> {
  if (!(await exists(join(dir, TASK_FILE))) || !(await exists(join(dir, WORKING_FILE))))
    throw new UserError('packages.notScoringFolder', { dir });
  await removeOrphanTemps(dir);
  const { value: task } = await readKaopingJson(join(dir, TASK_FILE), TASK_FORMAT, TaskPackage);
  const { value: working } = await readKaopingJson(join(dir, WORKING_FILE), WORKING_FORMAT, WorkingFile);
  if (working.packageId !== task.packageId) throw new UserError('packages.folderOtherTask', { dir });
  return { dir, task, working, index: taskIndex(task) };
}

/**
 * Opens a task package (double-click, File › Open) as a scoring workspace in `parentDir`: a
 * folder named after the task. Opening the same package again continues where the evaluator
 * left off; a different package of the same name gets a folder of its own ("… (2)").
 */
export async function openTaskPackage(taskPath: string, parentDir: string, now = new Date()): Promise<ScoringFolder> {
  const { value: task } = await readKaopingJson(taskPath, TASK_FORMAT, TaskPackage);
  const base = safeFileName(task.title, task.packageId);
  for (let n = 1; ; n++) {
    const dir = assertInside(parentDir, join(parentDir, n === 1 ? base : `${base} (${n})`));
    if (await exists(join(dir, TASK_FILE))) {
      const earlier = await readKaopingJson(join(dir, TASK_FILE), TASK_FORMAT, TaskPackage).catch(() => null);
      if (earlier?.value.packageId === task.packageId) return loadScoringFolder(dir);
      continue;
    }
    if (await exists(dir)) continue;
    await mkdir(dir, { recursive: true });
    await copyFile(taskPath, join(dir, TASK_FILE));
    const working = newWorkingFile(task, isoSeconds(now));
    await writeJsonFile(join(dir, WORKING_FILE), working, WORKING_FORMAT, WorkingFile);
    return { dir, task, working, index: taskIndex(task) };
  }
}

async function autosave(folder: ScoringFolder, working: WorkingFile): Promise<ScoringFolder> {
  if (working === folder.working) return folder;
  await writeJsonFile(join(folder.dir, WORKING_FILE), working, WORKING_FORMAT, WorkingFile);
  return { ...folder, working };
}

/** Records an entry (checked against the task's assignment and rules) and saves at once. */
export async function saveEntry(folder: ScoringFolder, input: EntryInput, by: Actor): Promise<ScoringFolder> {
  return autosave(folder, recordEntry(folder.task, folder.working, input, by, folder.index));
}

/** Records several entries (a pasted column, a programmatic fill) and saves once; all or nothing. */
export async function saveEntries(folder: ScoringFolder, inputs: EntryInput[], by: Actor): Promise<ScoringFolder> {
  let working = folder.working;
  for (const input of inputs) working = recordEntry(folder.task, working, input, by, folder.index);
  return autosave(folder, working);
}

/** Empties a cell and saves at once. */
export async function clearEntry(folder: ScoringFolder, cell: Cell, by: Actor): Promise<ScoringFolder> {
  return autosave(folder, clearCell(folder.task, folder.working, cell, by, folder.index));
}

export interface Submitted {
  folder: ScoringFolder;
  pkg: ResultPackage;
  /** The result package in the scoring folder, then any copies (a USB stick). */
  paths: string[];
}

/**
 * Submits: writes a signed result package (.kpr) into the scoring folder and, when asked, a
 * copy into `copyTo`; records the submission in the working file. Submitting again later is
 * allowed — the office sees what changed between submissions as conflicts.
 */
export async function submitResults(
  folder: ScoringFolder,
  by: Actor,
  options: { copyTo?: string; now?: Date; language?: Language } = {},
): Promise<Submitted> {
  const now = options.now ?? new Date();
  const submittedAt = isoSeconds(now);
  const unsigned = buildResult(folder.task, folder.working, {
    submissionId: newId(),
    submittedAt,
    submittedBy: by.actor,
    appVersion: APP_VERSION,
  });
  const pkg = signResult(unsigned, folder.task.secret);
  const label = createTranslator(options.language ?? 'zh-CN')('packages.file.result');
  const stem = `${safeFileName(folder.task.title, folder.task.packageId)}-${label}-${fileTimeStamp(now)}`;
  let fileName = `${stem}${RESULT_EXTENSION}`;
  for (let n = 2; await exists(join(folder.dir, fileName)); n++) fileName = `${stem}-${n}${RESULT_EXTENSION}`;
  const path = assertInside(folder.dir, join(folder.dir, fileName));
  await writeJsonFile(path, pkg, RESULT_FORMAT, ResultPackage, null);
  const paths = [path];
  if (options.copyTo) {
    await mkdir(options.copyTo, { recursive: true });
    const copy = join(options.copyTo, basename(path));
    await writeJsonFile(copy, pkg, RESULT_FORMAT, ResultPackage, null);
    paths.push(copy);
  }
  const working: WorkingFile = {
    ...folder.working,
    submissions: [...folder.working.submissions, { submissionId: pkg.submissionId, submittedAt, fileName }],
  };
  return { folder: await autosave(folder, working), pkg, paths };
}
