// Opening workspaces and assessments into the session, and the views the UI gets of them.
import { mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isoSeconds } from '../../shared/assessment/mutations';
import type { Assessment } from '../../shared/assessment/schema';
import { UserError } from '../../shared/errors';
import type { AssessmentView, ResultsView, WorkspaceView } from '../../shared/ipc/views';
import { computeResults } from '../../shared/scoring/compute';
import { compareYears, history, previousYearOf } from '../../shared/scoring/year-over-year';
import { writeDemoWorkspace } from '../services/demo-workspace';
import { loadAssessmentFile, saveAssessmentFile } from '../services/workspace/assessment-file';
import { scanWorkspace } from '../services/workspace/workspace';
import { createEmptyYear } from '../services/workspace/empty-year';
import { removeOrphanTemps } from '../services/workspace/orphan-temps';
import { withWorkspaceLock } from '../services/workspace/workspace-lock';
import type { AppContext } from './app-context';
import { errorInfo } from '../../shared/ipc/error-info';
import { withRecent } from '../preferences/preferences';

/** The folder created in the user's Documents on first run. */
export const DEFAULT_WORKSPACE_NAME = '考评工作区';

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** A new assessment of this year on the embedded plan, for an empty workspace. */
async function startAssessment(ctx: AppContext, dir: string): Promise<void> {
  const year = ctx.now().getFullYear();
  await createEmptyYear(dir, ctx.seedPlanPath, { year, name: `${year}年度考核` }, { actor: ctx.actor, at: isoSeconds(ctx.now()) });
}

/**
 * Opens a workspace folder: temp files of interrupted saves are removed, every year is read (broken files listed, never touched), the
 * latest year becomes the open assessment. An empty folder gets this year's assessment on
 * the embedded plan, so there is always something to work on.
 */
export async function openWorkspace(ctx: AppContext, dir: string): Promise<void> {
  if (!(await isDirectory(dir))) throw new UserError('error.fileMissing', { file: dir });
  await withWorkspaceLock(dir, () => removeOrphanTemps(dir));
  let scan = await scanWorkspace(dir);
  if (scan.assessments.length === 0 && scan.broken.length === 0) {
    await startAssessment(ctx, dir);
    scan = await scanWorkspace(dir);
  }
  const latest = scan.assessments.at(-1);
  const { session } = ctx;
  session.workspaceDir = dir;
  session.broken = scan.broken;
  session.current = null;
  session.others = [];
  const all = scan.assessments.map((a) => ({ file: basename(a.path), doc: a.doc, stamp: a.stamp, results: computeResults(a.doc) }));
  if (latest) {
    const current = all.at(-1)!;
    session.current = {
      path: latest.path,
      file: current.file,
      doc: current.doc,
      stamp: current.stamp,
      results: current.results,
      savedAt: isoSeconds(new Date(latest.stamp.mtimeMs)),
    };
    session.others = all.slice(0, -1).map(({ file, doc, results }) => ({ file, doc, results }));
  }
  ctx.preferences.update({ recentWorkspaces: withRecent(ctx.preferences.get().recentWorkspaces, dir) });
}

/**
 * The workspace of the last session, else the default one in Documents; on first run the
 * default is filled with the demo assessments (2018–2020) so a newcomer sees real content.
 */
export async function ensureWorkspace(ctx: AppContext): Promise<void> {
  if (ctx.session.workspaceDir) return;
  const recent = ctx.preferences.get().recentWorkspaces[0];
  if (recent && (await isDirectory(recent))) return openWorkspace(ctx, recent);
  const dir = join(ctx.documentsDir, DEFAULT_WORKSPACE_NAME);
  const existing = (await isDirectory(dir)) ? await scanWorkspace(dir) : null;
  if (!existing || (existing.assessments.length === 0 && existing.broken.length === 0)) {
    await mkdir(dir, { recursive: true });
    await writeDemoWorkspace(dir, ctx.seedPlanPath);
  }
  return openWorkspace(ctx, dir);
}

/** Makes another year of the workspace the open assessment. */
export async function switchAssessment(ctx: AppContext, file: string): Promise<void> {
  const { session } = ctx;
  if (!session.workspaceDir) throw new UserError('ipc.noWorkspace');
  const dir = session.workspaceDir;
  const scan = await scanWorkspace(dir);
  const target = scan.assessments.find((a) => basename(a.path) === file);
  if (!target) throw new UserError('ipc.notInWorkspace', { file });
  const all = scan.assessments.map((a) => ({ file: basename(a.path), doc: a.doc, results: computeResults(a.doc) }));
  const current = all.find((a) => a.file === file)!;
  session.current = {
    path: target.path,
    file,
    doc: target.doc,
    stamp: target.stamp,
    results: current.results,
    savedAt: isoSeconds(new Date(target.stamp.mtimeMs)),
  };
  session.others = all.filter((a) => a.file !== file);
  session.broken = scan.broken;
}

/** The open assessment, or a UserError when there is none. */
export function requireCurrent(ctx: AppContext) {
  const current = ctx.session.current;
  if (!current) throw new UserError('ipc.noAssessment');
  return current;
}

/**
 * Saves a changed document over the open one (atomic, with the stamp guard against changes
 * by others) and recomputes its results; on failure the session keeps the old document.
 */
export async function commit(ctx: AppContext, doc: Assessment): Promise<void> {
  const current = requireCurrent(ctx);
  const stamp = await saveAssessmentFile(current.path, doc, current.stamp);
  ctx.session.current = { ...current, doc, stamp, results: computeResults(doc), savedAt: isoSeconds(ctx.now()) };
}

/**
 * Reads the open assessment again after a service saved it itself (score-sheet import), so the
 * session's document, stamp and results are the file's and the next edit's stamp guard holds.
 */
export async function reloadCurrent(ctx: AppContext): Promise<void> {
  const current = requireCurrent(ctx);
  const { doc, stamp } = await loadAssessmentFile(current.path);
  ctx.session.current = { ...current, doc, stamp, results: computeResults(doc), savedAt: isoSeconds(ctx.now()) };
}

export function workspaceView(ctx: AppContext): WorkspaceView {
  const { session } = ctx;
  if (!session.workspaceDir) throw new UserError('ipc.noWorkspace');
  const years = [
    ...session.others.map((o) => ({ file: o.file, doc: o.doc })),
    ...(session.current ? [{ file: session.current.file, doc: session.current.doc }] : []),
  ];
  return {
    dir: session.workspaceDir,
    files: years
      .map(({ file, doc }) => ({ file, year: doc.year, name: doc.name, status: doc.status }))
      .sort((a, b) => a.year - b.year || a.file.localeCompare(b.file)),
    broken: session.broken.map((b) => ({ file: basename(b.path), error: errorInfo(b.error) })),
    current: session.current?.file ?? null,
  };
}

export function resultsView(ctx: AppContext): ResultsView {
  const current = requireCurrent(ctx);
  const years = [...ctx.session.others, { doc: current.doc, results: current.results }];
  const previous = previousYearOf(current.doc.year, ctx.session.others);
  return {
    results: current.results,
    comparison: compareYears({ doc: current.doc, results: current.results }, previous),
    history: history(years.filter((y) => y.doc.year <= current.doc.year)),
  };
}

export function assessmentView(ctx: AppContext): AssessmentView {
  const current = requireCurrent(ctx);
  return { file: current.file, doc: current.doc, savedAt: current.savedAt, ...resultsView(ctx) };
}
