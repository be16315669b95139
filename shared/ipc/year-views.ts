// What the year's lifecycle channels answer: the refreshed workspace and open assessment, and
// for a new year how its criteria line up with last year's.
import type { AssessmentView, WorkspaceView } from './views';

/** An assessment moved out of the year list, into 归档 (archive) or 回收 (recycle). */
export interface MovedAssessmentView {
  folder: 'archive' | 'recycle';
  file: string;
  year: number | null;
  name: string | null;
}

/** After a create, rename, archive, delete or restore: what the top bar and the screens show now. */
export interface WorkspaceChanged {
  workspace: WorkspaceView;
  view: AssessmentView;
  moved: MovedAssessmentView[];
}

/** A criterion as the user recognises it. */
export interface CriterionLabel {
  code: string;
  title: string;
}

/** A new year written: its file, and its criteria against the year it came from. */
export interface YearCreated extends WorkspaceChanged {
  file: string;
  match: { previousYear: number; matched: number; current: CriterionLabel[]; previous: CriterionLabel[] } | null;
}
