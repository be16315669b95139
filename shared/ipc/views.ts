// What the main process hands the UI: plain, structured-cloneable data built from the domain
// types, so the renderer needs no second model of the assessment.
import type { Assessment, Scheme, Status } from '../assessment/schema';
import type { MessageParams } from '../errors';
import type { Language, MessageKey } from '../i18n/messages';
import type { DocPart } from '../plan/parts';
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
  /** A table whose header words were not recognised: its first rows, for the user to map its columns (scheme empty). */
  columnsNeeded?: string[][];
  /** A 考核办法: its parts and the one the items were read from (null: none recognised, the user must choose; scheme empty). */
  parts?: { list: DocPart[]; chosen: string | null };
}

/** A file handed out by a dialog or a drop: the UI holds only the token. */
export interface FileToken {
  token: string;
  fileName: string;
}

/** The year-end report, written: the file to reveal, its sheets and charts, and what is missing. */
export interface ReportExported {
  file: FileToken;
  sheets: string[];
  charts: number;
  /** Charts that could not be drawn (the report says so where they would be). */
  missing: { title: string; reason: string }[];
  /** Other years of the workspace that could not be read, so are not in year on year. */
  broken: { file: string; error: ErrorInfo }[];
}

/** One blank score sheet written. */
export interface SheetExported extends FileToken {
  evaluatorName: string;
  units: number;
  items: number;
}

export interface SheetsExported {
  /** The folder chosen (display only). */
  folder: string;
  files: SheetExported[];
}

/** A reason a score sheet cannot be imported, in pieces the UI lays out as a table row. */
export interface SheetProblemView {
  file: string;
  /** Worksheet and cell ("评分表", "E7") when the problem has a place. */
  sheet: string | null;
  cell: string | null;
  /** The unit and criterion of an input cell, in words. */
  unit: string | null;
  criterion: string | null;
  key: MessageKey;
  params: MessageParams;
}

/** One filled score sheet merged into the assessment. */
export interface SheetImported extends FileToken {
  evaluatorName: string;
  count: number;
}

/**
 * The outcome of importing score sheets: all imported (with the refreshed assessment), or
 * refused with every problem and nothing changed. A refusal is an answer, not an error: the
 * user fixes the sheets from the table of problems.
 */
export type SheetsImported =
  { imported: true; sheets: SheetImported[]; view: AssessmentView } | { imported: false; files: string[]; problems: SheetProblemView[] };
