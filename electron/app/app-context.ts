import { isoSeconds, type Actor } from '../../shared/assessment/mutations';
import type { EventName, Events } from '../../shared/ipc/contract';
import type { Preferences } from '../preferences/preferences';
import type { PackageContext } from './package-context';
import type { PathTokens } from './path-tokens';
import type { Session } from './session';

/** The operating system's dialogs, as the handlers need them: each returns a chosen path or null. */
export interface Dialogs {
  /** A work-plan document (.txt, .md, .docx). */
  choosePlan(): Promise<string | null>;
  /** A workspace folder. */
  chooseWorkspace(): Promise<string | null>;
  /** Where to save the year-end report (.xlsx), `suggested` filled in (a full path). */
  saveReport(suggested: string): Promise<string | null>;
  /** A folder for blank score sheets, starting in `startDir`. */
  chooseSheetsFolder(startDir: string): Promise<string | null>;
  /** Filled score sheets (.xlsx), one or more, starting in `startDir`; empty when cancelled. */
  chooseSheetFiles(startDir: string): Promise<string[]>;
  /** Where to save a paper of the year-end review (.xlsx or .docx), `suggested` filled in (a full path). */
  savePaper(suggested: string, kind: 'xlsx' | 'docx'): Promise<string | null>;
  /** A folder for the feedback letters, starting in `startDir`. */
  choosePapersFolder(startDir: string): Promise<string | null>;
  /** Reveals a file in the system's file manager. */
  showInFolder(path: string): void;
}

/**
 * Everything a handler may touch, built once by the main entry (or by a test): no handler
 * reaches for Electron, the clock or the file system's locations on its own.
 */
export interface AppContext {
  preferences: Preferences;
  dialogs: Dialogs;
  tokens: PathTokens;
  session: Session;
  /** Where the default workspace is created on first run (the user's Documents folder). */
  documentsDir: string;
  /** The embedded plan: the default scheme and the demo assessments are built from it. */
  seedPlanPath: string;
  /** Who the audit trail names as having made a change. */
  actor: string;
  platform: string;
  now(): Date;
  /** Who makes a change and when, as the audit trail records it (the actor, now). */
  by(): Actor;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** Offline packages: their dialogs, the scoring workspace open in the window, files handed over by the system. */
  packages: PackageContext;
}

/**
 * Completes a context with `by()`, which reads the actor and the clock at each call (a test may
 * change either after building the context): main and the tests build theirs with it.
 */
export function withChangeStamp<C extends Omit<AppContext, 'by'>>(ctx: C): C & Pick<AppContext, 'by'> {
  return Object.assign(ctx, { by: (): Actor => ({ actor: ctx.actor, at: isoSeconds(ctx.now()) }) });
}
