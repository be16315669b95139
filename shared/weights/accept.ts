import { UserError } from '../errors';
import type { Assessment } from '../assessment/schema';
import type { Actor } from '../assessment/mutations';
import { subtreeIds, weightGroup } from './groups';
import { schemeWithGroupPoints } from './reweight';
import { WEIGHTS_ACTION, WeightsRecord } from './record';

/**
 * Accepts proposed points for the group under `record.parentId` into the scheme, with an audit
 * record holding the method and its figures. First level: sections are converted, so no score
 * changes. Below the first level the items' maxima change, so it is refused while any score
 * exists under the parent (say which, rather than rescore silently). The points must add up to
 * what the group shares.
 */
export function acceptWeights(doc: Assessment, input: WeightsRecord, by: Actor): Assessment {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  const record = WeightsRecord.parse(input);
  const group = weightGroup(doc.scheme, record.parentId);
  if (!group) throw new UserError('weights.noGroup', { code: record.parentCode });
  const ids = group.criteria.map((c) => c.id);
  if (record.criteria.length !== ids.length || record.criteria.some((c, i) => c.id !== ids[i]))
    throw new UserError('weights.staleGroup', { code: record.parentCode });
  const points = record.criteria.map((c) => c.after);
  const sum = Math.round(points.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  if (Math.abs(sum - group.points) > 1e-6 || points.some((p) => !(p > 0)))
    throw new UserError('weights.sumOff', { sum, points: group.points });
  if (record.parentId !== null) {
    const under = new Set(group.criteria.flatMap(subtreeIds));
    const scored = doc.entries.filter((e) => under.has(e.criterionId)).length;
    if (scored > 0) throw new UserError('weights.hasScores', { count: scored, code: record.parentCode });
  }
  const scheme = schemeWithGroupPoints(doc.scheme, record.parentId, points, doc.settings.defaultStep);
  const before = record.criteria.map((c) => ({ code: c.code, points: c.before }));
  return {
    ...doc,
    scheme: { ...scheme, version: doc.scheme.version + 1 },
    updatedAt: by.at,
    audit: [
      ...doc.audit,
      {
        at: by.at,
        actor: by.actor,
        action: WEIGHTS_ACTION,
        target: record.parentId ? { criterion: record.parentId } : {},
        before,
        after: record,
        reason: '',
      },
    ],
  };
}
