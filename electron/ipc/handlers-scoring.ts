import { clearEntry, setEntries, updateSettings } from '../../shared/assessment/mutations';
import type { Handlers } from '../../shared/ipc/contract';
import { assessmentView, commit, requireCurrent, resultsView } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';

type ScoringHandlers = Pick<Handlers, 'entry:set' | 'entry:clear' | 'settings:update' | 'results:get'>;

export function scoringHandlers(ctx: AppContext): ScoringHandlers {
  const saved = () => {
    const current = requireCurrent(ctx);
    return { ...resultsView(ctx), updatedAt: current.doc.updatedAt, savedAt: current.savedAt };
  };
  return {
    // Every value is checked against its rule again here (setEntries throws on the first that
    // does not fit): the grid's check is for the user's comfort, this one is for the file.
    'entry:set': ({ entries }) =>
      ctx.session.exclusive(async () => {
        const at = ctx.by();
        const doc = setEntries(
          requireCurrent(ctx).doc,
          entries.map((input) => ({ ...input, source: 'office' as const })),
          at,
        );
        await commit(ctx, doc);
        return saved();
      }),

    'entry:clear': ({ cells }) =>
      ctx.session.exclusive(async () => {
        const at = ctx.by();
        const doc = cells.reduce((d, cell) => clearEntry(d, cell, at), requireCurrent(ctx).doc);
        await commit(ctx, doc);
        return saved();
      }),

    'settings:update': ({ patch }) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, updateSettings(requireCurrent(ctx).doc, patch, ctx.by()));
        return assessmentView(ctx);
      }),

    'results:get': async () => resultsView(ctx),
  };
}
