// The one IPC contract between the renderer and the main process (../../STYLE.md "One IPC
// contract"): each channel `domain:verb` maps to a zod schema for its request (checked in main
// before any handler runs) and a response type. Main registers a handler object typed against
// it, the preload exposes one method per channel, and the browser tests bind the same handlers.
import { z } from 'zod';
import { Evaluator, EntryValue, Scheme, Settings, Team, Unit } from '../assessment/schema';
import type { Language } from '../i18n/messages';
import { COLUMN_ROLES } from '../tables/grid';
import type { Progress, TaskName } from '../progress';
import type {
  AppInfo,
  AssessmentView,
  EntriesSaved,
  Envelope,
  FileToken,
  PlanPreview,
  ReportExported,
  ResultsView,
  SheetsExported,
  SheetsImported,
  WorkspaceView,
} from './views';
import type { MovedAssessmentView, WorkspaceChanged, YearCreated } from './year-views';
import type { ExportedTasks, ImportedResults, PackageOpened, ReviewView, TaskSubmitted, TaskView } from './package-views';
import type { PapersWritten } from './papers-views';
import { WeightsRecord } from '../weights/record';
import type { GroupData } from '../weights/level-data';

/** Another year's rates for a group: null data when a criterion had no partner (listed in unmatched). */
export interface WeightsYearData {
  year: number;
  data: GroupData | null;
  unmatched: string[];
}

/** An opaque token for a path chosen in a main-process dialog or dropped on the window. */
const token = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** A file name inside the workspace folder: no separators, no parent references. */
const workspaceFile = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\:*?"<>|]+$/)
  .refine((s) => s !== '.' && s !== '..' && ![...s].some((c) => c < ' '));
const id = z.string().min(1).max(200);
const none = z.object({}).strict();
/** A date as YYYY-MM-DD, or empty for the default (today; a week later to appeal). */
const paperDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);

export const EntryInput = z.object({
  evaluatorId: id,
  unitId: id,
  criterionId: id,
  value: EntryValue,
  reason: z.string().max(2000).optional(),
  evidence: z.string().max(2000).optional(),
  note: z.string().max(2000).optional(),
});
export type EntryInput = z.infer<typeof EntryInput>;

export const CellRef = z.object({ evaluatorId: id, unitId: id, criterionId: id });
export type CellRef = z.infer<typeof CellRef>;

export const SchemeDraft = Scheme.omit({ version: true });
export type SchemeDraft = z.infer<typeof SchemeDraft>;

export const PlanSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dialog') }),
  z.object({ kind: z.literal('token'), token }),
  z.object({ kind: z.literal('seed') }),
]);
export type PlanSource = z.infer<typeof PlanSource>;

/** Whose score sheets to export: every evaluator, one, or each member of a team. */
export const SheetsFor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('evaluator'), id }).strict(),
  z.object({ kind: z.literal('team'), id }).strict(),
]);
export type SheetsFor = z.infer<typeof SheetsFor>;

/** Request schemas, one per channel. */
export const requests = {
  /** Version, language, platform. */
  'app:getInfo': none,
  /** The user's preferences that the UI changes (language). */
  'preferences:update': z.object({ language: z.enum(['zh-CN', 'en']) }).strict(),
  /** The workspace in use; on first run, the default one with the demo assessments. */
  'workspace:get': none,
  /** Choose another workspace folder in a dialog; null when cancelled. */
  'workspace:open': none,
  /** Open an assessment of the workspace by its file name. */
  'assessment:open': z.object({ file: workspaceFile }).strict(),
  /** The open assessment. */
  'assessment:get': none,
  // The year's lifecycle (README "The year's lifecycle"): each answers the refreshed workspace.
  /**
   * A new year's assessment beside the others: from another year of the workspace (its scheme,
   * units, people, assignments and settings, no scores), from a work-plan document read through
   * plan:import (its token; the rest from `file`), or empty (the embedded plan, the 14 cities).
   */
  'assessment:create': z
    .object({
      year: z.number().int().min(1900).max(2200),
      name: z.string().trim().min(1).max(200),
      from: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('previous'), file: workspaceFile }).strict(),
        z.object({ kind: z.literal('plan'), file: workspaceFile, token, depth: z.union([z.literal(2), z.literal(3)]) }).strict(),
        z.object({ kind: z.literal('empty') }).strict(),
      ]),
    })
    .strict(),
  /** Renames an assessment (its name, its file and side files); recorded in its audit trail. */
  'assessment:rename': z.object({ file: workspaceFile, name: z.string().trim().min(1).max(200) }).strict(),
  /** Moves an assessment into the workspace's 归档 (archive) or 回收 (recycle) folder; never unlinks. */
  'assessment:archive': z.object({ file: workspaceFile }).strict(),
  'assessment:delete': z.object({ file: workspaceFile }).strict(),
  /** Brings an archived or recycled assessment back into the year list. */
  'assessment:restore': z.object({ folder: z.enum(['archive', 'recycle']), file: workspaceFile }).strict(),
  /** What lies in 归档 and 回收. */
  'assessment:listMoved': none,
  /** Read a work plan (from a dialog, a dropped file's token, or the embedded seed) at depth 2 or 3. */
  /** columns: the user's column mapping for a scoring table without recognisable header words. */
  'plan:import': z
    .object({
      source: PlanSource,
      depth: z.union([z.literal(2), z.literal(3)]),
      columns: z.array(z.enum(COLUMN_ROLES)).max(200).optional(),
      /** A 考核办法: the part holding the items (a part's id from PlanPreview.parts). */
      part: z.string().min(1).max(200).optional(),
    })
    .strict(),
  /** Replace the scheme (criteria, points, rules). Entries that no longer fit need dropStale. */
  'scheme:update': z.object({ scheme: SchemeDraft, dropStale: z.boolean(), reason: z.string().max(2000) }).strict(),
  /** Replace units, evaluators and teams. */
  'people:update': z
    .object({ units: z.array(Unit).max(1000), evaluators: z.array(Evaluator).max(1000), teams: z.array(Team).max(200) })
    .strict(),
  /** Set one or more entries (a typed value or a pasted block): all or nothing, one save. */
  'entry:set': z.object({ entries: z.array(EntryInput).min(1).max(20_000) }).strict(),
  /** Clear one or more cells: all or nothing, one save. */
  'entry:clear': z.object({ cells: z.array(CellRef).min(1).max(20_000) }).strict(),
  /** Change the assessment's settings (combining method, ranking, grades, quota). */
  'settings:update': z.object({ patch: Settings.partial() }).strict(),
  /** Results of the open assessment with year on year. */
  'results:get': none,
  /** Show a file the app handed out (e.g. an export) in the system's file manager. */
  'file:showInFolder': z.object({ token }).strict(),
  /** A file dropped on the window: the preload resolves the File to its path (the renderer never sees it). */
  'file:dropped': z.object({ path: z.string().min(1).max(4096) }).strict(),
  /**
   * The year-end report of the open assessment: a save dialog in main, sheets in the UI's
   * language, year on year from the workspace's other years; null when the dialog is cancelled.
   */
  'report:export': none,
  /**
   * Score sheets into a folder chosen in a dialog, blank or (`filled`) with what each evaluator
   * already entered; never overwrites a file. Null when cancelled.
   */
  'sheets:export': z.object({ who: SheetsFor, filled: z.boolean().optional() }).strict(),
  /**
   * Filled score sheets chosen in an open dialog (one or more .xlsx), all or nothing: either
   * every entry is imported, or the problems come back as data and nothing changed. Null when cancelled.
   */
  'sheet:import': none,
  // Offline scoring packages (README "Offline scoring packages"): the office's exchange and
  // review, and the evaluator's scoring-only workspace opened from a task package.
  /** Task packages (.kpt) per evaluator or per team (id or 'all') into a folder chosen in a dialog; null when cancelled. */
  'packages:export': z.object({ selection: z.union([z.object({ evaluator: id }).strict(), z.object({ team: id }).strict()]) }).strict(),
  /** Result packages (.kpr) chosen in a dialog (any number) or handed over by File › Open; each checked whole. Null when cancelled. */
  'packages:import': z
    .object({
      source: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('dialog') }).strict(),
        z.object({ kind: z.literal('token'), token }).strict(),
      ]),
    })
    .strict(),
  /** Pending conflicts, disagreements, the progress board and what stands before finalizing, derived afresh. */
  'packages:review': none,
  /** The office's picks for conflicting cells (candidate keys) and the reason; recorded in the audit trail. */
  'packages:resolve': z
    .object({
      picks: z
        .array(z.object({ cell: CellRef, choice: z.string().min(1).max(100_000) }).strict())
        .min(1)
        .max(20_000),
      reason: z.string().max(2000),
    })
    .strict(),
  /** Locks the open assessment; refused while conflicts are pending. */
  'assessment:finalize': none,
  /** Reopens a finalized assessment; the reason is required and recorded. */
  'assessment:reopen': z.object({ reason: z.string().max(2000) }).strict(),
  /** A .kpt or .kpr from File › Open ('dialog') or a double-click ('system'); a task package opens as a scoring workspace. Null when nothing was chosen. */
  'package:open': z.object({ source: z.enum(['dialog', 'system']) }).strict(),
  /** The scoring workspace open in the window, or null in the office's workspace. */
  'task:get': none,
  /** Sets entries in the scoring workspace (assigned cells only, checked by rule), autosaved at once. */
  'task:setEntries': z.object({ entries: z.array(EntryInput).min(1).max(20_000) }).strict(),
  /** Empties cells in the scoring workspace, autosaved at once. */
  'task:clearEntries': z.object({ cells: z.array(CellRef).min(1).max(20_000) }).strict(),
  /** Writes the signed result package (.kpr) into the scoring folder and where a save dialog says; null when cancelled. */
  'task:submit': none,
  /** Leaves the scoring workspace for the office's workspace. */
  'task:close': none,
  /** Accepts points proposed from weights (AHP or objective) into the scheme, recorded with the method and its figures. */
  'weights:accept': WeightsRecord.strict(),
  /** Scores of another year of the workspace for a group's criteria (paired by title), for objective weights. */
  'weights:yearData': z.object({ parentId: id.nullable(), year: z.number().int().min(1900).max(2200) }).strict(),
  // The papers of the year-end review (README): per-unit score sheets, feedback letters, the
  // results notice. Units by id (null: all); office name and dates as the export screen sets
  // them, not stored in the assessment. Each answers null when its dialog is cancelled.
  /** 考核评分表, one worksheet per unit, into an .xlsx chosen in a save dialog. */
  'papers:unitSheets': z.object({ units: z.array(id).min(1).max(1000).nullable(), office: z.string().max(200) }).strict(),
  /** 扣分情况反馈, one .docx per unit named by the unit, into a folder chosen in a dialog; never overwrites. */
  'papers:feedback': z
    .object({ units: z.array(id).min(1).max(1000).nullable(), office: z.string().max(200), date: paperDate, appealBy: paperDate })
    .strict(),
  /** 考核结果通报 draft, into a .docx chosen in a save dialog. */
  'papers:notice': z.object({ office: z.string().max(200), date: paperDate }).strict(),
} as const;

export type Channel = keyof typeof requests;
export const CHANNELS = Object.keys(requests) as Channel[];

/** What each channel answers. */
export interface Responses {
  'app:getInfo': AppInfo;
  'preferences:update': { language: Language };
  'workspace:get': WorkspaceView;
  'workspace:open': WorkspaceView | null;
  'assessment:open': AssessmentView;
  'assessment:get': AssessmentView;
  'assessment:create': YearCreated;
  'assessment:rename': WorkspaceChanged;
  'assessment:archive': WorkspaceChanged;
  'assessment:delete': WorkspaceChanged;
  'assessment:restore': WorkspaceChanged;
  'assessment:listMoved': MovedAssessmentView[];
  'plan:import': PlanPreview | null;
  'scheme:update': AssessmentView;
  'people:update': AssessmentView;
  'entry:set': EntriesSaved;
  'entry:clear': EntriesSaved;
  'settings:update': AssessmentView;
  'results:get': ResultsView;
  'file:showInFolder': { shown: boolean };
  'file:dropped': FileToken;
  'report:export': ReportExported | null;
  'sheets:export': SheetsExported | null;
  'sheet:import': SheetsImported | null;
  'packages:export': ExportedTasks | null;
  'packages:import': ImportedResults | null;
  'packages:review': ReviewView;
  'packages:resolve': AssessmentView;
  'assessment:finalize': AssessmentView;
  'assessment:reopen': AssessmentView;
  'package:open': PackageOpened | null;
  'task:get': TaskView | null;
  'task:setEntries': EntriesSaved;
  'task:clearEntries': EntriesSaved;
  'task:submit': TaskSubmitted | null;
  'task:close': { closed: boolean };
  'weights:accept': AssessmentView;
  'weights:yearData': WeightsYearData;
  'papers:unitSheets': PapersWritten | null;
  'papers:feedback': PapersWritten | null;
  'papers:notice': PapersWritten | null;
}

/** The request as the caller writes it (defaults may be left out). */
export type RequestOf<C extends Channel> = z.input<(typeof requests)[C]>;
/** The request as the handler sees it, after validation. */
export type ValidRequest<C extends Channel> = z.output<(typeof requests)[C]>;

/** Main-process handlers: plain async functions, one per channel; the compiler names a missing one. */
export type Handlers = { [C in Channel]: (request: ValidRequest<C>) => Promise<Responses[C]> };

/** Events from main to the renderer. */
export interface Events {
  /** A menu item the renderer acts on. */
  'menu:command': { command: MenuCommand };
  /** The language changed (from the menu). */
  'preferences:changed': { language: Language };
  /** Progress of long work (report, score sheets out and back): the task, its stage, done of total steps there. */
  'task:progress': TaskProgress;
}
/** A step of a long task, as main reports it while the task's call is still running. */
export type TaskProgress = Progress & { task: TaskName };

export type EventName = keyof Events;

export type MenuCommand =
  | 'openWorkspace'
  | 'importPlan'
  | 'export'
  | 'importSheets'
  | 'screen:scheme'
  | 'screen:people'
  | 'screen:scoring'
  | 'screen:results'
  | 'screen:export'
  | 'about'
  // File › Open of a package; 'systemPackage': the system handed one over (double-click), fetch it with 'package:open'.
  | 'openPackage'
  | 'systemPackage'
  | 'screen:packages'
  // The 设置 screen and the year's lifecycle dialog (文件 › 年度考核…).
  | 'screen:settings'
  | 'manageYears'
  // 编辑 › 撤销/重做: the renderer decides whether a text field or the scoring grid's entries are meant.
  | 'undo'
  | 'redo';

/** window.api as the preload exposes it: one method per channel (invoke only), and `on` for events. */
export type Api = { [C in Exclude<Channel, 'file:dropped'>]: (request: RequestOf<C>) => Promise<Envelope<Responses[C]>> } & {
  /** Registers a file dropped on the window (a DOM File); the preload turns it into its path. */
  'file:dropped': (file: object) => Promise<Envelope<FileToken>>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
};
