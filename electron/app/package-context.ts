import type { ScoringFolder } from '../services/packages/scoring-folder';

/** The operating system's dialogs for offline packages; each returns chosen paths, or null / [] when cancelled. */
export interface PackageDialogs {
  /** A folder to write task packages into. */
  chooseExportFolder(): Promise<string | null>;
  /** Result packages (.kpr), several at once. */
  chooseResultPackages(): Promise<string[]>;
  /** File › Open: a task package (.kpt) or a result package (.kpr). */
  choosePackage(): Promise<string | null>;
  /** Where to save a submitted result package, starting from a readable default path. */
  chooseSubmitTarget(defaultPath: string): Promise<string | null>;
}

/** A task package opened as the window's scoring workspace. */
export interface OpenTask {
  folder: ScoringFolder;
  /** The folder the .kpt was opened from (often the USB stick): where a submission is offered first. */
  sourceDir: string;
  savedAt: string;
}

/**
 * What the package handlers hold between calls: the scoring workspace open in the window (null
 * in the office's workspace), and the files the system handed over (a double-click on a .kpt
 * or .kpr) until the window asks for them.
 */
export class PackageSession {
  task: OpenTask | null = null;
  pending: string[] = [];
}

export interface PackageContext {
  dialogs: PackageDialogs;
  session: PackageSession;
}
