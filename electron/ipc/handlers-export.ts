// The Excel work of the 导出 screen: the year-end report, blank score sheets, and filled score
// sheets back in. Paths come only from main's dialogs; what is written is handed back as tokens
// for 'file:showInFolder'; each task reports its stages through 'task:progress'.
import { basename, dirname, extname, join } from 'node:path';
import type { Handlers, SheetsFor } from '../../shared/ipc/contract';
import type { SheetProblemView } from '../../shared/ipc/views';
import { createTranslator } from '../../shared/i18n/messages';
import type { SheetProblem } from '../../shared/sheets/check-sheet';
import { writeReport } from '../services/report/export-report';
import { exportScoreSheets, type SheetSelection } from '../services/sheets/export-sheets';
import { importScoreSheets, SheetImportError } from '../services/sheets/import-sheets';
import { assessmentView, reloadCurrent, requireCurrent } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';
import { errorInfo } from '../../shared/ipc/error-info';
import { taskRunner } from './long-task';
import { safeFileName } from '../../shared/text/file-name';

type ExportHandlers = Pick<Handlers, 'report:export' | 'sheets:export' | 'sheet:import'>;

/** "评分表!E7" as its sheet and cell; a sheet name may itself hold "!", the cell never does. */
export function problemView(p: SheetProblem): SheetProblemView {
  const at = p.place?.lastIndexOf('!') ?? -1;
  return {
    file: p.file,
    sheet: p.place && at > 0 ? p.place.slice(0, at) : null,
    cell: p.place && at > 0 ? p.place.slice(at + 1) : (p.place ?? null),
    unit: p.unit ?? null,
    criterion: p.criterion ?? null,
    key: p.key,
    params: p.params,
  };
}

function selection(who: SheetsFor): SheetSelection {
  if (who.kind === 'team') return { team: who.id };
  return { evaluator: who.kind === 'all' ? 'all' : who.id };
}

export function exportHandlers(ctx: AppContext): ExportHandlers {
  // Dialogs open where the user last saved or picked, else in the workspace folder.
  let lastDir: string | null = null;
  const startDir = () => lastDir ?? ctx.session.workspaceDir ?? ctx.documentsDir;
  const language = () => ctx.preferences.get().language;

  const task = taskRunner(ctx);

  // Edits sent before the click are saved before the file is read, so the export shows what the
  // screen showed; the export itself does not hold up edits made while it runs.
  const pendingSaves = () => ctx.session.exclusive(async () => undefined);

  return {
    'report:export': () =>
      task('report:export', async (progress) => {
        const t = createTranslator(language());
        const { doc } = requireCurrent(ctx);
        const chosen = await ctx.dialogs.saveReport(join(startDir(), safeFileName(t('export.reportFileName', { name: doc.name }))));
        if (!chosen) return null;
        // Some file dialogs (Linux) return the name as typed, without the filter's extension.
        const out = extname(chosen) ? chosen : `${chosen}.xlsx`;
        await pendingSaves();
        // The years come from the session, as the screens show them: nothing is read again,
        // which for a big assessment is the longest the main process would otherwise be busy.
        await progress({ stage: 'loadYears', done: 0, total: 1 });
        const current = requireCurrent(ctx);
        const years = {
          current: { doc: current.doc, results: current.results },
          others: ctx.session.others.map(({ doc, results }) => ({ doc, results })),
          broken: ctx.session.broken,
        };
        await progress({ stage: 'loadYears', done: 1, total: 1 });
        const report = await writeReport(years, out, t, { now: ctx.now(), onProgress: progress });
        lastDir = dirname(out);
        return {
          file: { token: ctx.tokens.issue(report.path), fileName: basename(report.path) },
          sheets: report.sheets,
          charts: report.charts,
          missing: report.missing.map(({ title, reason }) => ({ title, reason })),
          broken: report.broken.map((b) => ({ file: basename(b.path), error: errorInfo(b.error) })),
        };
      }),

    'sheets:export': ({ who, filled }) =>
      task('sheets:export', async (progress) => {
        requireCurrent(ctx);
        const dir = await ctx.dialogs.chooseSheetsFolder(startDir());
        if (!dir) return null;
        await pendingSaves();
        const written = await exportScoreSheets(requireCurrent(ctx).path, selection(who), dir, language(), ctx.now(), progress, {
          filled: filled === true,
        });
        lastDir = dir;
        return {
          folder: dir,
          files: written.map((s) => ({
            token: ctx.tokens.issue(s.path),
            fileName: basename(s.path),
            evaluatorName: s.evaluatorName,
            units: s.units,
            items: s.items,
          })),
        };
      }),

    'sheet:import': () =>
      task('sheet:import', async (progress) => {
        requireCurrent(ctx);
        const files = await ctx.dialogs.chooseSheetFiles(startDir());
        if (files.length === 0) return null;
        lastDir = dirname(files[0]!);
        // Exclusive: no edit may slip in between reading the assessment and saving the merge.
        return ctx.session.exclusive(async () => {
          try {
            const imported = await importScoreSheets(requireCurrent(ctx).path, files, ctx.now(), progress);
            await reloadCurrent(ctx);
            // On success every file was read and checked, in order: imported[i] is files[i].
            return {
              imported: true as const,
              sheets: imported.map((s, i) => ({
                token: ctx.tokens.issue(files[i]!),
                fileName: s.file,
                evaluatorName: s.evaluatorName,
                count: s.count,
              })),
              view: assessmentView(ctx),
            };
          } catch (e) {
            if (!(e instanceof SheetImportError)) throw e;
            return { imported: false as const, files: files.map((f) => basename(f)), problems: e.problems.map(problemView) };
          }
        });
      }),
  };
}
