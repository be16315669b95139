import { isoSeconds, updateScheme } from '../../shared/assessment/mutations';
import { updatePeople } from '../../shared/assessment/people';
import { schemeFromPlan } from '../../shared/assessment/scheme';
import { UserError } from '../../shared/errors';
import type { Handlers, PlanSource } from '../../shared/ipc/contract';
import { loadPlan } from '../services/plan-document';
import { assessmentView, commit, requireCurrent } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';

type SchemeHandlers = Pick<Handlers, 'plan:import' | 'scheme:update' | 'people:update'>;

/** The path behind a plan source, and its token (null for the seed); null when the dialog was cancelled. */
async function planPath(ctx: AppContext, source: PlanSource): Promise<{ path: string; token: string | null } | null> {
  if (source.kind === 'seed') return { path: ctx.seedPlanPath, token: null };
  if (source.kind === 'token') {
    const path = ctx.tokens.resolve(source.token);
    if (!path) throw new UserError('ipc.unknownToken');
    return { path, token: source.token };
  }
  const path = await ctx.dialogs.choosePlan();
  return path ? { path, token: ctx.tokens.issue(path) } : null;
}

export function schemeHandlers(ctx: AppContext): SchemeHandlers {
  return {
    'plan:import': async ({ source, depth }) => {
      const chosen = await planPath(ctx, source);
      if (!chosen) return null;
      const { plan, document } = await loadPlan(chosen.path, { depth });
      const { version: _version, ...scheme } = schemeFromPlan(plan, { fileName: document.file, importedAt: isoSeconds(ctx.now()), depth });
      return { token: chosen.token, fileName: document.file, text: document.text, depth, scheme, warnings: plan.warnings };
    },

    'scheme:update': ({ scheme, dropStale, reason }) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, updateScheme(requireCurrent(ctx).doc, scheme, ctx.by(), { dropStale, reason }));
        return assessmentView(ctx);
      }),

    'people:update': (people) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, updatePeople(requireCurrent(ctx).doc, people, ctx.by()));
        return assessmentView(ctx);
      }),
  };
}
