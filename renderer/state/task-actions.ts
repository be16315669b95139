// The long tasks of the export screen: the year-end report, score sheets out, filled sheets back
// in. One runs at a time; its progress comes from main's 'task:progress' events; its outcome
// stays in the store until the next run, so leaving the screen loses nothing.
import type { SheetsFor, TaskProgress } from '../../shared/ipc/contract';
import type { TaskName } from '../../shared/progress';
import { call } from '../api/client';
import { errorInfo } from '../../shared/ipc/error-info';
import { showView } from './actions';
import { getState, setState, type TaskOutcomes } from './store';

/** What a task answers when it went through. */
export type ValueOf<N extends TaskName> = NonNullable<TaskOutcomes[N]> extends { ok: true; value: infer T } | { ok: false } ? T : never;

export async function run<N extends TaskName>(
  name: N,
  send: () => Promise<ValueOf<N> | null>,
  after?: (value: ValueOf<N>) => void,
): Promise<void> {
  if (getState().task) return;
  const assessment = getState().view?.file ?? '';
  setState({ task: { name, progress: null } });
  try {
    const value = await send();
    // Cancelled in the dialog: the last outcome stays as it was.
    if (value === null) return;
    after?.(value);
    setState((s) => ({ outcomes: { ...s.outcomes, [name]: { assessment, ok: true, value } } }));
  } catch (e) {
    setState((s) => ({ outcomes: { ...s.outcomes, [name]: { assessment, ok: false, error: errorInfo(e) } } }));
  } finally {
    setState({ task: null });
  }
}

export function exportReport(): Promise<void> {
  return run('report:export', () => call('report:export', {}));
}

/** Score sheets for `who`; `filled`: with what each evaluator already entered, to check on paper. */
export function exportSheets(who: SheetsFor, filled = false): Promise<void> {
  return run('sheets:export', () => call('sheets:export', { who, ...(filled ? { filled: true } : {}) }));
}

/** Imports filled sheets; when they go in, the grid and results show the new entries at once. */
export function importSheets(): Promise<void> {
  return run(
    'sheet:import',
    () => call('sheet:import', {}),
    (value) => {
      if (value.imported) showView(value.view);
    },
  );
}

/** A progress event from main, for the task running now (a late one after the end is dropped). */
export function taskProgress(progress: TaskProgress): void {
  setState((s) => (s.task?.name === progress.task ? { task: { name: s.task.name, progress } } : {}));
}
