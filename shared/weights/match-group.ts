import type { Scheme, SchemeCriterion } from '../assessment/schema';
import { matchKey } from '../text/normalize';
import type { WeightGroup } from './groups';

/** The chain of criteria from the first level down to `id`, or null. */
function pathTo(list: SchemeCriterion[], id: string): SchemeCriterion[] | null {
  for (const c of list) {
    if (c.id === id) return [c];
    const inner = pathTo(c.children, id);
    if (inner) return [c, ...inner];
  }
  return null;
}

/**
 * The same group in another year's scheme, criteria paired by title (script, width and
 * punctuation aside, as year on year pairs sections): the parent is followed down the tree title
 * by title, then each criterion of the group is looked up among the other parent's parts. The
 * result keeps this year's order; a criterion without a partner is listed, never guessed.
 */
export function matchGroup(
  scheme: Scheme,
  group: WeightGroup,
  other: Scheme,
): { criteria: (SchemeCriterion | null)[]; unmatched: string[] } {
  let parts = other.criteria;
  if (group.parent) {
    for (const c of pathTo(scheme.criteria, group.parent.id) ?? []) {
      const partner = parts.find((p) => matchKey(p.title) === matchKey(c.title));
      if (!partner) return { criteria: group.criteria.map(() => null), unmatched: group.criteria.map((x) => x.code) };
      parts = partner.children;
    }
  }
  const used = new Set<SchemeCriterion>();
  const criteria = group.criteria.map((c) => {
    const partner = parts.find((p) => !used.has(p) && matchKey(p.title) === matchKey(c.title)) ?? null;
    if (partner) used.add(partner);
    return partner;
  });
  return { criteria, unmatched: group.criteria.filter((_, i) => !criteria[i]).map((c) => c.code) };
}
