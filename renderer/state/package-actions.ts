// What the UI does with offline packages: the office's export, import, conflict picks,
// finalizing and reopening; the evaluator's task package opened as a scoring-only window,
// submitted, and left again. Failures become the notice, in the user's language.
import type { CellRef } from '../../shared/ipc/contract';
import type { TaskView } from '../../shared/ipc/package-views';
import type { AssessmentView } from '../../shared/ipc/views';
import { call } from '../api/client';
import { errorInfo } from '../../shared/ipc/error-info';
import { setPackagesState } from './packages-store';
import { getState, setState, type GridFocus } from './store';

function adopt(view: AssessmentView): void {
  setState({ view, save: { status: 'saved', at: view.savedAt, error: null } });
}

/** Runs a call; a refusal or failure is shown as the notice and answers null. */
async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (e) {
    setState({ notice: errorInfo(e) });
    return null;
  }
}

export async function exportTasks(selection: { evaluator: string } | { team: string }): Promise<void> {
  const exported = await attempt(() => call('packages:export', { selection }));
  if (exported) setPackagesState({ lastExport: exported });
}

export async function importResults(source: { kind: 'dialog' } | { kind: 'token'; token: string }): Promise<void> {
  const imported = await attempt(() => call('packages:import', { source }));
  if (!imported) return;
  const { view, ...report } = imported;
  if (report.written) adopt(view);
  setState({ notice: null });
  setPackagesState({ lastImport: report, tab: 'exchange' });
}

/** Takes the picked candidate for each cell, with one reason; true when saved. */
export async function resolveConflicts(picks: { cell: CellRef; choice: string }[], reason: string): Promise<boolean> {
  const view = await attempt(() => call('packages:resolve', { picks, reason }));
  if (view) adopt(view);
  return !!view;
}

export async function finalizeAssessment(): Promise<boolean> {
  const view = await attempt(() => call('assessment:finalize', {}));
  if (view) adopt(view);
  return !!view;
}

export async function reopenAssessment(reason: string): Promise<boolean> {
  const view = await attempt(() => call('assessment:reopen', { reason }));
  if (view) adopt(view);
  return !!view;
}

/** Shows a cell in the scoring grid (from the review's lists). */
export function showCell(cell: GridFocus): void {
  setState({ gridFocus: cell, screen: 'scoring' });
}

function enterTask(task: TaskView): void {
  const { view, ...info } = task;
  setState({
    scoringTask: info,
    view,
    screen: 'scoring',
    notice: null,
    gridFocus: null,
    save: { status: 'idle', at: view.savedAt, error: null },
  });
  setPackagesState({ submitted: null });
}

/** Leaves the scoring workspace and shows the office's workspace again. */
export async function closeTask(): Promise<void> {
  const leaving = getState().scoringTask;
  await attempt(async () => {
    await call('task:close', {});
    const workspace = await call('workspace:get', {});
    const view = await call('assessment:get', {});
    // Another package opened while the office's workspace loaded: that one stays on screen.
    if (getState().scoringTask !== leaving) return;
    setState({
      scoringTask: null,
      workspace,
      view,
      notice: null,
      gridFocus: null,
      save: { status: 'idle', at: view.savedAt, error: null },
    });
    setPackagesState({ submitted: null });
  });
}

/**
 * Opens a package chosen in File › Open ('dialog') or handed over by a double-click
 * ('system'): a task package becomes the scoring-only window, a result package goes to the
 * office's import (leaving a scoring workspace first).
 */
export async function openPackage(source: 'dialog' | 'system'): Promise<void> {
  const opened = await attempt(() => call('package:open', { source }));
  if (!opened) return;
  if (opened.kind === 'task') return enterTask(opened.task);
  if (getState().scoringTask) await closeTask();
  setState({ screen: 'packages' });
  await importResults({ kind: 'token', token: opened.file.token });
}

export async function submitTask(): Promise<void> {
  const submitted = await attempt(() => call('task:submit', {}));
  if (!submitted) return;
  const { task, ...rest } = submitted;
  const { view: _view, ...info } = task;
  setState({ scoringTask: info, notice: null });
  setPackagesState({ submitted: rest });
}
