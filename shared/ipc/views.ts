// What the main process hands the UI: plain, structured-cloneable data built from the domain
// types, so the renderer needs no second model of the assessment.
import type { Assessment, Scheme, Status } from '../assessment/schema';
import type { MessageParams } from '../errors';
import type { Language, MessageKey } from '../i18n/messages';
import type { PlanWarning } from '../plan/types';
import type { Results } from '../scoring/types';
import type { history, YearComparison } from '../scoring/year-over-year';

/** A failure the UI can say in its own language: a message key, its parameters, and a bad document's problems. */
export interface ErrorInfo {
  key: MessageKey;
  params: MessageParams;
  /** For an invalid document: the file and every problem with its place. */
  file?: string;
  problems?: { place: string; key: MessageKey; params: MessageParams }[];
}

/** Every IPC answer: a value, or an error the UI shows; exceptions never cross the bridge. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export interface AppInfo {
  version: string;
  language: Language;
  platform: string;
}

export interface WorkspaceFileInfo {
  /** File name inside the workspace folder; the only way the UI names an assessment. */
  file: string;
  year: number;
  name: string;
  status: Status;
}

export interface WorkspaceView {
  /** Folder shown to the user (display only; never sent back as a path). */
  dir: string;
  files: WorkspaceFileInfo[];
  broken: { file: string; error: ErrorInfo }[];
  /** The assessment open now. */
  current: string | null;
}

export type History = ReturnType<typeof history>;

/** The results of the open assessment, with year on year. */
export interface ResultsView {
  results: Results;
  comparison: YearComparison;
  history: History;
}

/** The open assessment: the document, its results, and when it was last saved. */
export interface AssessmentView extends ResultsView {
  file: string;
  doc: Assessment;
  savedAt: string;
}

/** After a score change: new results and the save time (the UI keeps its own copy of the entries). */
export interface EntriesSaved extends ResultsView {
  updatedAt: string;
  savedAt: string;
}

/** A work plan read and parsed, not yet applied: the editor shows it beside the document text. */
export interface PlanPreview {
  /** Token of the chosen document, to re-read it at another depth; null for the embedded seed plan. */
  token: string | null;
  fileName: string;
  text: string;
  depth: 2 | 3;
  scheme: Omit<Scheme, 'version'>;
  warnings: PlanWarning[];
}

/** A file handed out by a dialog or a drop: the UI holds only the token. */
export interface FileToken {
  token: string;
  fileName: string;
}
