import { join } from 'node:path';
import type { Channel, EventName, Events, RequestOf, Responses } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/views';
import { withChangeStamp, type AppContext } from '../../electron/app/app-context';
import { createHandlers } from '../../electron/ipc/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { PackageSession } from '../../electron/app/package-context';
import { PathTokens } from '../../electron/app/path-tokens';
import { Session } from '../../electron/app/session';
import { filePreferences } from '../../electron/preferences/preferences';
import { SEED_PLAN } from './paths';

/** An app context over a temporary folder; the OS dialogs are the only thing replaced: they return queued paths. */
export interface TestContext extends AppContext {
  /** Paths the next plan dialogs return (null: cancelled). */
  planChoices: (string | null)[];
  workspaceChoices: (string | null)[];
  /** What the report's save dialog, the score-sheet folder dialog and the open dialog for filled sheets return next. */
  reportChoices: (string | null)[];
  folderChoices: (string | null)[];
  sheetFileChoices: string[][];
  /** The start paths the dialogs were given. */
  dialogStarts: string[];
  shownInFolder: string[];
  /** What the package dialogs return next: folders, sets of result packages, a package to open, where to submit. */
  exportFolders: (string | null)[];
  resultChoices: string[][];
  packageChoices: (string | null)[];
  submitTargets: (string | null)[];
  /** The default path each submit dialog offered. */
  submitDefaults: string[];
  events: { event: EventName; payload: unknown }[];
}

export function testContext(root: string, options: { now?: () => Date } = {}): TestContext {
  const ctx: TestContext = withChangeStamp<Omit<TestContext, 'by'>>({
    planChoices: [],
    workspaceChoices: [],
    reportChoices: [],
    folderChoices: [],
    sheetFileChoices: [],
    dialogStarts: [],
    shownInFolder: [],
    exportFolders: [],
    resultChoices: [],
    packageChoices: [],
    submitTargets: [],
    submitDefaults: [],
    events: [],
    preferences: filePreferences(join(root, 'preferences.json')),
    tokens: new PathTokens(),
    session: new Session(),
    documentsDir: join(root, 'Documents'),
    seedPlanPath: SEED_PLAN,
    actor: '测试人员',
    platform: 'linux',
    now: options.now ?? (() => new Date()),
    emit<E extends EventName>(event: E, payload: Events[E]) {
      ctx.events.push({ event, payload });
    },
    dialogs: {
      choosePlan: async () => ctx.planChoices.shift() ?? null,
      chooseWorkspace: async () => ctx.workspaceChoices.shift() ?? null,
      saveReport: async (suggested) => {
        ctx.dialogStarts.push(suggested);
        return ctx.reportChoices.shift() ?? null;
      },
      chooseSheetsFolder: async (startDir) => {
        ctx.dialogStarts.push(startDir);
        return ctx.folderChoices.shift() ?? null;
      },
      chooseSheetFiles: async (startDir) => {
        ctx.dialogStarts.push(startDir);
        return ctx.sheetFileChoices.shift() ?? [];
      },
      savePaper: async (suggested) => {
        ctx.dialogStarts.push(suggested);
        return ctx.reportChoices.shift() ?? null;
      },
      choosePapersFolder: async (startDir) => {
        ctx.dialogStarts.push(startDir);
        return ctx.folderChoices.shift() ?? null;
      },
      showInFolder: (path) => void ctx.shownInFolder.push(path),
    },
    packages: {
      session: new PackageSession(),
      dialogs: {
        chooseExportFolder: async () => ctx.exportFolders.shift() ?? null,
        chooseResultPackages: async () => ctx.resultChoices.shift() ?? [],
        choosePackage: async () => ctx.packageChoices.shift() ?? null,
        chooseSubmitTarget: async (defaultPath) => {
          ctx.submitDefaults.push(defaultPath);
          return ctx.submitTargets.shift() ?? null;
        },
      },
    },
  });
  return ctx;
}

/** The real handlers behind the real request validation, as the window calls them. */
export function testApi(ctx: AppContext) {
  const handlers = createHandlers(ctx);
  function call<C extends Channel>(channel: C, payload?: RequestOf<C>): Promise<Envelope<Responses[C]>>;
  function call(channel: string, payload?: unknown): Promise<Envelope<unknown>>;
  function call(channel: string, payload: unknown = {}) {
    return dispatch(handlers, channel, payload);
  }
  return call;
}
