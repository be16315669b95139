import { isoSeconds } from '../../shared/assessment/mutations';
import type { Handlers } from '../../shared/ipc/contract';
import { acceptWeights } from '../../shared/weights/accept';
import { assessmentView, commit, requireCurrent } from '../app/workspace-session';
import type { AppContext } from './app-context';

type WeightsHandlers = Pick<Handlers, 'weights:accept'>;

/** The 权重 panel's one write: proposed points into the scheme, with the method in the audit trail. */
export function weightsHandlers(ctx: AppContext): WeightsHandlers {
  return {
    'weights:accept': (record) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, acceptWeights(requireCurrent(ctx).doc, record, { actor: ctx.actor, at: isoSeconds(ctx.now()) }));
        return assessmentView(ctx);
      }),
  };
}
