// The papers of the 导出与导入 screen: per-unit score sheets, feedback letters, the results
// notice. Like the report: paths only from main's dialogs, files handed back as tokens, stages
// reported through 'task:progress', one such task at a time. Made from the assessment as the
// session holds it (as the screens show it), after the edits sent before the click are saved.
import { basename, dirname, extname, join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import { createTranslator } from '../../shared/i18n/messages';
import { safeFileName } from '../../shared/text/file-name';
import { exportFeedback, exportNotice, exportUnitSheets, paperOptions } from '../services/papers/export-papers';
import { requireCurrent } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';
import { taskRunner } from './long-task';

type PapersHandlers = Pick<Handlers, 'papers:unitSheets' | 'papers:feedback' | 'papers:notice'>;

export function papersHandlers(ctx: AppContext): PapersHandlers {
  let lastDir: string | null = null;
  const startDir = () => lastDir ?? ctx.session.workspaceDir ?? ctx.documentsDir;
  const translator = () => createTranslator(ctx.preferences.get().language);
  const pendingSaves = () => ctx.session.exclusive(async () => undefined);
  const token = (path: string) => ({ token: ctx.tokens.issue(path), fileName: basename(path) });

  const task = taskRunner(ctx);

  /** The current assessment and its results, after pending edits are saved. */
  async function source() {
    await pendingSaves();
    const { doc, results } = requireCurrent(ctx);
    return { doc, results };
  }

  /** A save dialog for a paper; the extension added when the dialog returns the name as typed. */
  async function saveAs(fileName: string, kind: 'xlsx' | 'docx'): Promise<string | null> {
    const chosen = await ctx.dialogs.savePaper(join(startDir(), fileName), kind);
    if (!chosen) return null;
    return extname(chosen) ? chosen : `${chosen}.${kind}`;
  }

  return {
    'papers:unitSheets': ({ units, office }) =>
      task('papers:unitSheets', async (progress) => {
        const t = translator();
        const options = paperOptions({ office }, ctx.now());
        const out = await saveAs(safeFileName(t('papers.file.unitSheets', { name: requireCurrent(ctx).doc.name })), 'xlsx');
        if (!out) return null;
        const written = await exportUnitSheets(await source(), out, t, options, units ?? undefined, progress);
        lastDir = dirname(out);
        return { files: [token(written.path)], folder: null, count: written.sheets.length };
      }),

    'papers:feedback': ({ units, office, date, appealBy }) =>
      task('papers:feedback', async (progress) => {
        const t = translator();
        const options = paperOptions({ office, date, appealBy }, ctx.now());
        const dir = await ctx.dialogs.choosePapersFolder(startDir());
        if (!dir) return null;
        const written = await exportFeedback(await source(), dir, t, options, units ?? undefined, progress);
        lastDir = dir;
        return { files: written.map((w) => token(w.path)), folder: dir, count: written.length };
      }),

    'papers:notice': ({ office, date }) =>
      task('papers:notice', async (progress) => {
        const t = translator();
        const options = paperOptions({ office, date }, ctx.now());
        const out = await saveAs(safeFileName(t('papers.file.notice', { name: requireCurrent(ctx).doc.name })), 'docx');
        if (!out) return null;
        const written = await exportNotice(await source(), out, t, options, progress);
        lastDir = dirname(out);
        return { files: [token(written.path)], folder: null, count: 1 };
      }),
  };
}
