import { apportion } from '../plan/points';
import type { Assessment, LeafRule, Scheme, SchemeCriterion } from '../assessment/schema';
import { subtreeIds } from './groups';

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

function mapCriteria(
  list: SchemeCriterion[],
  parentId: string | null,
  f: (c: SchemeCriterion, i: number) => SchemeCriterion,
): SchemeCriterion[] {
  if (parentId === null) return list.map(f);
  return list.map((c) =>
    c.id === parentId ? { ...c, children: c.children.map(f) } : { ...c, children: mapCriteria(c.children, parentId, f) },
  );
}

function scaleRule(rule: LeafRule | undefined, k: number): LeafRule | undefined {
  if (!rule) return rule;
  switch (rule.kind) {
    case 'plain':
      return rule;
    case 'deduction':
      return { ...rule, perOccurrence: rule.perOccurrence * k };
    case 'tiered':
      return { ...rule, levels: rule.levels.map((l) => ({ ...l, points: l.points * k })) };
    case 'control':
      return { ...rule, perUnitOver: rule.perUnitOver * k };
  }
}

/** A subtree with every point and rule figure multiplied by k (exact, for what-if only). */
function scaleExactly(c: SchemeCriterion, k: number): SchemeCriterion {
  return { ...c, points: c.points * k, rule: scaleRule(c.rule, k), children: c.children.map((x) => scaleExactly(x, k)) };
}

/** Sections given new points, scored as before and converted (a section left as it was stays untouched). */
function convertSections(scheme: Scheme, points: readonly number[]): Scheme {
  const criteria = scheme.criteria.map((c, i) =>
    points[i] === c.points && !c.domainScale ? c : { ...c, points: points[i]!, domainScale: c.domainScale ?? c.points },
  );
  return { ...scheme, criteria };
}

/**
 * The assessment as it would be with the group under `parentId` given `points`, for the what-if
 * view. First level: each section keeps its items and is converted to its new points (the
 * domain-weight conversion the scoring already knows: points / domainScale), so nothing is
 * rescored. Deeper: each criterion's subtree, its rules and its plain scores are multiplied by
 * new / old points, which keeps every unit's rate on every item exactly.
 */
export function withGroupPoints(doc: Assessment, parentId: string | null, points: readonly number[]): Assessment {
  if (parentId === null) {
    return { ...doc, scheme: convertSections(doc.scheme, points) };
  }
  const factors = new Map<string, number>();
  const criteria = mapCriteria(doc.scheme.criteria, parentId, (c, i) => {
    const k = c.points > 0 ? points[i]! / c.points : 1;
    for (const id of subtreeIds(c)) factors.set(id, k);
    return scaleExactly(c, k);
  });
  const entries = doc.entries.map((e) => {
    const k = factors.get(e.criterionId);
    return k !== undefined && e.value.kind === 'score' ? { ...e, value: { kind: 'score' as const, score: e.value.score * k } } : e;
  });
  return { ...doc, scheme: { ...doc.scheme, criteria }, entries };
}

/** Tiered levels scaled to new points, in whole steps, never above the item's points. */
function scaleRuleInSteps(rule: LeafRule | undefined, k: number, points: number, step: number): LeafRule | undefined {
  if (rule?.kind !== 'tiered') return rule;
  return { ...rule, levels: rule.levels.map((l) => ({ ...l, points: Math.min(points, r6(Math.round((l.points * k) / step) * step)) })) };
}

/** A subtree given new points: parts re-apportioned in whole steps in proportion to their old points. */
function resize(c: SchemeCriterion, points: number, step: number): SchemeCriterion {
  const k = c.points > 0 ? points / c.points : 1;
  if (c.children.length === 0) return { ...c, points, rule: scaleRuleInSteps(c.rule, k, points, step) };
  const shares = apportionInSteps(
    points,
    c.children.map((x) => x.points),
    step,
  );
  return { ...c, points, children: c.children.map((x, i) => resize(x, shares[i]!, step)) };
}

function apportionInSteps(amount: number, weights: number[], step: number): number[] {
  return apportion(r6(amount / step), weights).map((units) => r6(units * step));
}

/**
 * The scheme with accepted points for the group under `parentId`. First level: sections are
 * converted (domainScale) so no item and no score changes. Deeper: the criteria and their parts
 * get new points in whole steps (levels of tiered items follow); the caller must make sure no
 * score exists under the parent, since the items' maxima change.
 */
export function schemeWithGroupPoints(scheme: Scheme, parentId: string | null, points: readonly number[], step: number): Scheme {
  if (parentId === null) return convertSections(scheme, points);
  return { ...scheme, criteria: mapCriteria(scheme.criteria, parentId, (c, i) => resize(c, points[i]!, step)) };
}
