import type { Handlers } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { acceptWeights } from '../../shared/weights/accept';
import { weightGroup } from '../../shared/weights/groups';
import { groupData } from '../../shared/weights/level-data';
import { matchGroup } from '../../shared/weights/match-group';
import { assessmentView, commit, requireCurrent } from '../app/workspace-session';
import type { AppContext } from '../app/app-context';

type WeightsHandlers = Pick<Handlers, 'weights:accept' | 'weights:yearData'>;

/** The 权重 panel: another year's scores to weigh by, and its one write (proposed points, recorded with the method). */
export function weightsHandlers(ctx: AppContext): WeightsHandlers {
  return {
    'weights:accept': (record) =>
      ctx.session.exclusive(async () => {
        await commit(ctx, acceptWeights(requireCurrent(ctx).doc, record, ctx.by()));
        return assessmentView(ctx);
      }),

    'weights:yearData': async ({ parentId, year }) => {
      const current = requireCurrent(ctx);
      const group = weightGroup(current.doc.scheme, parentId);
      if (!group) throw new UserError('weights.noGroup', { code: parentId ?? '' });
      const other = ctx.session.others.find((o) => o.doc.year === year);
      if (!other) throw new UserError('weights.noYear', { year });
      const { criteria, unmatched } = matchGroup(current.doc.scheme, group, other.doc.scheme);
      if (unmatched.length > 0) return { year, data: null, unmatched };
      const data = groupData(other.doc, other.results, { parent: null, points: group.points, criteria: criteria.map((c) => c!) });
      // Rows and exclusions are the other year's; the criteria are named as this year's scheme names them.
      return {
        year,
        data: { ...data, criteria: group.criteria.map((c) => ({ id: c.id, code: c.code, title: c.title, points: c.points })) },
        unmatched,
      };
    },
  };
}
