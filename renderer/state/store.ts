// The UI's state in one small external store (create-store.ts): the workspace, the open
// assessment with its results, the save state, and which screen is shown.
import type {
  AssessmentView,
  ErrorInfo,
  FileToken,
  ReportExported,
  SheetsExported,
  SheetsImported,
  WorkspaceView,
} from '../../shared/ipc/views';
import type { TaskView } from '../../shared/ipc/package-views';
import type { PapersWritten } from '../../shared/ipc/papers-views';
import type { Progress, TaskName } from '../../shared/progress';
import { createStore } from './create-store';

export type Screen = 'scheme' | 'people' | 'scoring' | 'results' | 'export' | 'packages' | 'settings';
export const SCREENS: Screen[] = ['scheme', 'people', 'scoring', 'results', 'export', 'packages', 'settings'];

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

/** What a long task came to, for the assessment (file) it was run on. */
export type Outcome<T> = { assessment: string } & ({ ok: true; value: T } | { ok: false; error: ErrorInfo });

export interface TaskOutcomes {
  'report:export'?: Outcome<ReportExported>;
  'sheets:export'?: Outcome<SheetsExported>;
  'sheet:import'?: Outcome<SheetsImported>;
  'papers:unitSheets'?: Outcome<PapersWritten>;
  'papers:feedback'?: Outcome<PapersWritten>;
  'papers:notice'?: Outcome<PapersWritten>;
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
  /** The export or import running now (one at a time), with the last progress main reported. */
  task: { name: TaskName; progress: Progress | null } | null;
  /** The last outcome of each export task; kept when the user looks at another screen meanwhile. */
  outcomes: TaskOutcomes;
  /** A task package open as the evaluator's scoring-only workspace (view then holds its document). */
  scoringTask: Omit<TaskView, 'view'> | null;
  gridFocus: GridFocus | null;
  /** Points proposed in the 权重 dialog, tried in 汇总's 模拟 until accepted or dropped. */
  weightsTrial: { parentId: string | null; points: number[]; group: string } | null;
  /** The 年度考核 dialog (new year, rename, archive, delete) is open. */
  years: boolean;
  /** Unsaved edits of the screens that edit in drafts, by screen, for the assessment file they belong to. */
  drafts: Partial<Record<Screen, { file: string; value: unknown }>>;
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
  outcomes: {},
  scoringTask: null,
  gridFocus: null,
  weightsTrial: null,
  years: false,
  drafts: {},
};

const store = createStore(initial);

export const getState = store.get;
export const setState = store.set;
/** A slice of the state; the component re-renders when the slice changes (by identity). */
export const useAppState = store.useSelector;
