// The UI's state in one small external store (useSyncExternalStore): the workspace, the open
// assessment with its results, the save state, and which screen is shown.
import { useSyncExternalStore } from 'react';
import type { AssessmentView, ErrorInfo, FileToken, WorkspaceView } from '../../shared/ipc/views';
import type { TaskView } from '../../shared/ipc/package-views';

export type Screen = 'scheme' | 'people' | 'scoring' | 'results' | 'export' | 'packages';
export const SCREENS: Screen[] = ['scheme', 'people', 'scoring', 'results', 'export', 'packages'];

/** A cell for the scoring grid to show when it opens (from the review's lists). */
export interface GridFocus {
  evaluatorId: string;
  unitId: string;
  criterionId: string;
}

export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'failed';
  /** ISO time of the last successful save. */
  at: string | null;
  error: ErrorInfo | null;
}

export interface AppState {
  loading: boolean;
  /** Nothing can be shown (no workspace could be opened). */
  fatal: ErrorInfo | null;
  workspace: WorkspaceView | null;
  view: AssessmentView | null;
  save: SaveState;
  /** A message for the user about the last action (refused, failed). */
  notice: ErrorInfo | null;
  screen: Screen;
  /** A plan document dropped on the window or chosen from the menu, for the scheme screen to open. */
  planRequest: { source: FileToken | 'dialog'; serial: number } | null;
  version: string;
  about: boolean;
  /** A task package open as the evaluator's scoring-only workspace (view then holds its document). */
  task: Omit<TaskView, 'view'> | null;
  gridFocus: GridFocus | null;
}

const initial: AppState = {
  loading: true,
  fatal: null,
  workspace: null,
  view: null,
  save: { status: 'idle', at: null, error: null },
  notice: null,
  screen: 'scoring',
  planRequest: null,
  version: '',
  about: false,
  task: null,
  gridFocus: null,
};

let state = initial;
const listeners = new Set<() => void>();

export function getState(): AppState {
  return state;
}

export function setState(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void {
  state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A slice of the state; the component re-renders when the slice changes (by identity). */
export function useAppState<T>(select: (s: AppState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}
