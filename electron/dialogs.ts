// The operating system's dialogs behind the app context's Dialogs and PackageDialogs: each is an
// open or save dialog attached to the window (when there is one) whose cancel means "nothing".
// One of the few files that import electron (listed in the layering rule and tests/architecture).
import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Translate } from '../shared/i18n/messages';
import type { Dialogs } from './app/app-context';
import type { PackageDialogs } from './app/package-context';
import { PLAN_EXTENSIONS } from './ipc/handlers-workspace';

/** The window dialogs belong to (modal to it), or null before it exists. */
type WindowOf = () => BrowserWindow | null;

/** An open dialog: the chosen paths, [] when cancelled. */
export async function showOpen(win: WindowOf, options: OpenDialogOptions): Promise<string[]> {
  const w = win();
  const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
  return r.canceled ? [] : r.filePaths;
}

/** A save dialog: the chosen path, null when cancelled. */
export async function showSave(win: WindowOf, options: SaveDialogOptions): Promise<string | null> {
  const w = win();
  const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}

const first = (paths: string[]) => paths[0] ?? null;

/** The office's dialogs: plan, workspace, report, score sheets; titles in the language of the moment. */
export function appDialogs(win: WindowOf, t: () => Translate): Dialogs {
  const xlsx = () => [{ name: t()('export.dialog.xlsx'), extensions: ['xlsx'] }];
  return {
    choosePlan: async () =>
      first(
        await showOpen(win, {
          title: t()('dialog.importPlan'),
          properties: ['openFile'],
          filters: [{ name: t()('dialog.planFiles'), extensions: PLAN_EXTENSIONS.map((e) => e.slice(1)) }],
        }),
      ),
    chooseWorkspace: async () =>
      first(await showOpen(win, { title: t()('dialog.openWorkspace'), properties: ['openDirectory', 'createDirectory'] })),
    saveReport: (suggested) =>
      showSave(win, {
        title: t()('export.dialog.report'),
        defaultPath: suggested,
        filters: xlsx(),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      }),
    chooseSheetsFolder: async (startDir) =>
      first(
        await showOpen(win, {
          title: t()('export.dialog.sheetsFolder'),
          defaultPath: startDir,
          properties: ['openDirectory', 'createDirectory'],
        }),
      ),
    chooseSheetFiles: (startDir) =>
      showOpen(win, {
        title: t()('export.dialog.importSheets'),
        defaultPath: startDir,
        properties: ['openFile', 'multiSelections'],
        filters: xlsx(),
      }),
    savePaper: (suggested, kind) =>
      showSave(win, {
        title: t()(kind === 'xlsx' ? 'papers.dialog.unitSheets' : 'papers.dialog.notice'),
        defaultPath: suggested,
        filters: [{ name: t()(kind === 'xlsx' ? 'export.dialog.xlsx' : 'papers.dialog.docx'), extensions: [kind] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      }),
    choosePapersFolder: async (startDir) =>
      first(
        await showOpen(win, {
          title: t()('papers.dialog.feedbackFolder'),
          defaultPath: startDir,
          properties: ['openDirectory', 'createDirectory'],
        }),
      ),
    showInFolder: (path) => shell.showItemInFolder(path),
  };
}

/** The package dialogs (File › Open of a .kpt or .kpr, the export folder, the results to import, where to submit). */
export function packageDialogs(win: WindowOf, t: () => Translate): PackageDialogs {
  const results = () => [{ name: t()('dialog.resultFiles'), extensions: ['kpr'] }];
  return {
    chooseExportFolder: async () =>
      first(await showOpen(win, { title: t()('dialog.exportTasks'), properties: ['openDirectory', 'createDirectory'] })),
    chooseResultPackages: () =>
      showOpen(win, { title: t()('dialog.importResults'), properties: ['openFile', 'multiSelections'], filters: results() }),
    choosePackage: async () =>
      first(
        await showOpen(win, {
          title: t()('dialog.openPackage'),
          properties: ['openFile'],
          filters: [{ name: t()('dialog.packageFiles'), extensions: ['kpt', 'kpr'] }],
        }),
      ),
    chooseSubmitTarget: (defaultPath) => showSave(win, { title: t()('dialog.submitResult'), defaultPath, filters: results() }),
  };
}
