// What the main process hands the UI about offline scoring packages: plain, structured-cloneable
// data built from the package domain types (shared/packages), beside views.ts.
import type { Conflict } from '../packages/conflicts';
import type { Disagreement } from '../packages/disagreement';
import type { FinalizeCheck } from '../packages/finalize';
import type { ProgressBoard } from '../packages/progress';
import type { AssessmentRef, PackageEvaluator, WorkingFile } from '../packages/schema';
import type { AssessmentView, ErrorInfo, FileToken } from './views';

/** One task package written: its token (to show it in the folder), file name, title and whom it is for. */
export interface ExportedTask extends FileToken {
  title: string;
  evaluators: string[];
}

export interface ExportedTasks {
  /** The folder chosen, for display. */
  dir: string;
  files: ExportedTask[];
}

/** A result package that passed every check: merged, or the very same one imported before. */
export interface AcceptedPackage {
  fileName: string;
  entries: number;
  duplicate: boolean;
}

/** A result package refused whole, with the reason in the user's language (and every problem's place). */
export interface RejectedPackageView {
  fileName: string;
  error: ErrorInfo;
}

export interface ImportedResults {
  accepted: AcceptedPackage[];
  rejected: RejectedPackageView[];
  /** Cells set or emptied in the assessment. */
  changed: number;
  /** Pending conflicts among the cells these packages touch. */
  conflicts: number;
  written: boolean;
  /** The assessment after the import (unchanged when nothing was written). */
  view: AssessmentView;
}

/** The office's review: pending conflicts, disagreements, the progress board, what stands before finalizing. */
export interface ReviewView {
  conflicts: Conflict[];
  disagreements: Disagreement[];
  progress: ProgressBoard;
  finalize: FinalizeCheck;
}

/** The evaluator's scoring workspace: what the task is, where it is kept, and the document the grid works on. */
export interface TaskView {
  packageId: string;
  title: string;
  assessment: AssessmentRef;
  team: { id: string; name: string } | null;
  evaluators: PackageEvaluator[];
  exportedAt: string;
  exportedBy: string;
  /** The scoring folder, for display (working.json autosaved there). */
  folder: string;
  submissions: WorkingFile['submissions'];
  /** The task as an assessment: only its units and evaluators, results of their own scores. */
  view: AssessmentView;
}

/** Either a task package opened as a scoring workspace, or a result package for the office to import. */
export type PackageOpened = { kind: 'task'; task: TaskView } | { kind: 'result'; file: FileToken };

export interface TaskSubmitted {
  /** The copy where the user asked (a USB stick), to show in its folder. */
  file: FileToken;
  /** Where that copy is, for display. */
  path: string;
  /** The copy kept in the scoring folder, for display. */
  kept: string;
  submittedAt: string;
  entries: number;
  task: TaskView;
}
