import { basename } from 'node:path';
import { UserError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/contract';
import type { ExportedTasks, ImportedResults } from '../../shared/ipc/package-views';
import { resolveConflicts } from '../../shared/packages/conflicts';
import { finalizeAssessment, reopenAssessment } from '../../shared/packages/finalize';
import { exportTaskPackages } from '../services/packages/export-tasks';
import { importResultPackages } from '../services/packages/import-results';
import { currentLedger, reloadCurrent, reviewView } from '../app/office-packages';
import { assessmentView, commit, requireCurrent } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';
import { errorInfo } from '../../shared/ipc/error-info';
import { taskHandlers } from './handlers-task';

type OfficeHandlers = Pick<
  Handlers,
  'packages:export' | 'packages:import' | 'packages:review' | 'packages:resolve' | 'assessment:finalize' | 'assessment:reopen'
>;

/** The office's exchange and review of offline packages, over the open assessment. */
function officeHandlers(ctx: AppContext): OfficeHandlers {
  const { dialogs } = ctx.packages;
  return {
    'packages:export': async ({ selection }) => {
      const dir = await dialogs.chooseExportFolder();
      if (!dir) return null;
      return ctx.session.exclusive(async (): Promise<ExportedTasks> => {
        const current = requireCurrent(ctx);
        const names = new Map(current.doc.evaluators.map((e) => [e.id, e.name]));
        const written = await exportTaskPackages(current.path, selection, dir, ctx.by());
        return {
          dir,
          files: written.map((w) => ({
            token: ctx.tokens.issue(w.path),
            fileName: basename(w.path),
            title: w.title,
            evaluators: w.evaluatorIds.map((id) => names.get(id) ?? id),
          })),
        };
      });
    },

    // Each package is checked whole; a refused one changes nothing and says why, the others are
    // merged (order-independent, idempotent) and the session re-reads the file they changed.
    'packages:import': async ({ source }) => {
      let paths: string[];
      if (source.kind === 'token') {
        const path = ctx.tokens.resolve(source.token);
        if (!path) throw new UserError('ipc.unknownToken');
        paths = [path];
      } else {
        paths = await dialogs.chooseResultPackages();
      }
      if (paths.length === 0) return null;
      return ctx.session.exclusive(async (): Promise<ImportedResults> => {
        const report = await importResultPackages(requireCurrent(ctx).path, paths, ctx.by());
        if (report.written) await reloadCurrent(ctx);
        return {
          accepted: report.accepted.map((a) => ({ fileName: a.fileName, entries: a.entries, duplicate: a.duplicate })),
          rejected: report.rejected.map((r) => ({ fileName: basename(r.path), error: errorInfo(r.error) })),
          changed: report.changed,
          conflicts: report.conflicts,
          written: report.written,
          view: assessmentView(ctx),
        };
      });
    },

    'packages:review': () =>
      ctx.session.exclusive(async () => {
        const { doc, ledger } = await currentLedger(ctx);
        return reviewView(doc, ledger);
      }),

    'packages:resolve': ({ picks, reason }) =>
      ctx.session.exclusive(async () => {
        const { doc, ledger } = await currentLedger(ctx);
        await commit(ctx, resolveConflicts(doc, ledger, picks, reason, ctx.by()));
        return assessmentView(ctx);
      }),

    'assessment:finalize': () =>
      ctx.session.exclusive(async () => {
        const { doc, ledger } = await currentLedger(ctx);
        await commit(ctx, finalizeAssessment(doc, ledger, ctx.by()));
        return assessmentView(ctx);
      }),

    'assessment:reopen': ({ reason }) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, reopenAssessment(requireCurrent(ctx).doc, ctx.by(), reason));
        return assessmentView(ctx);
      }),
  };
}

/** Every channel of offline packages: the office's and the evaluator's. */
export function packagesHandlers(ctx: AppContext): OfficeHandlers & ReturnType<typeof taskHandlers> {
  return { ...officeHandlers(ctx), ...taskHandlers(ctx) };
}
