// Progress of long work (the year-end report, score sheets out and back): what the services
// report as they go, what the main process forwards as the 'task:progress' event, and how the
// UI turns it into one bar and a line saying what is happening.

/** The long tasks, named by the channel that starts them. */
export type TaskName = 'report:export' | 'sheets:export' | 'sheet:import' | 'papers:unitSheets' | 'papers:feedback' | 'papers:notice';

/** Each task's stages, in the order they run. */
export const TASK_STAGES = {
  'report:export': ['loadYears', 'drawCharts', 'writeSheets', 'saveFile'],
  'sheets:export': ['writeScoreSheets'],
  'sheet:import': ['readSheets', 'saveAssessment'],
  'papers:unitSheets': ['writeUnitSheets'],
  'papers:feedback': ['writeLetters'],
  'papers:notice': ['writeNotice'],
} as const satisfies Record<TaskName, readonly string[]>;

export type TaskStage = (typeof TASK_STAGES)[TaskName][number];

/** Where a task is: `done` of `total` steps of its current stage; `detail` names the step (a sheet, an evaluator, a file). */
export interface Progress {
  stage: TaskStage;
  done: number;
  total: number;
  detail?: string;
}

/**
 * Called by a service at each step. A returned promise is awaited before the service goes on,
 * so a caller can let its event loop breathe (send the event, answer other requests) between
 * steps; without a callback the service runs exactly as before.
 */
export type OnProgress = (progress: Progress) => void | Promise<void>;

/**
 * The share of the whole task that is done, 0…1: finished stages count whole, the current one
 * by its steps. Each stage weighs the same, which is honest enough for a bar that must only
 * move forward and reach the end.
 */
export function taskFraction(task: TaskName, progress: Progress): number {
  const stages: readonly string[] = TASK_STAGES[task];
  const index = stages.indexOf(progress.stage);
  if (index < 0) return 0;
  const within = progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0;
  return (index + within) / stages.length;
}
