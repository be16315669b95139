import type { Scheme, SchemeCriterion } from '../assessment/schema';

/** A parent and the criteria weighted against each other under it (null parent: the first level). */
export interface WeightGroup {
  parent: SchemeCriterion | null;
  /** The points the group's criteria share: the parent's points, or the scheme total. */
  points: number;
  criteria: SchemeCriterion[];
}

/** The group under `parentId` (null: the first-level indicators), or null if it has no parts. */
export function weightGroup(scheme: Scheme, parentId: string | null): WeightGroup | null {
  if (parentId === null) {
    const points = scheme.criteria.reduce((a, c) => a + c.points, 0);
    return scheme.criteria.length > 0 ? { parent: null, points: Math.round(points * 1e6) / 1e6, criteria: scheme.criteria } : null;
  }
  const find = (list: SchemeCriterion[]): SchemeCriterion | null => {
    for (const c of list) {
      if (c.id === parentId) return c;
      const inner = find(c.children);
      if (inner) return inner;
    }
    return null;
  };
  const parent = find(scheme.criteria);
  return parent && parent.children.length > 0 ? { parent, points: parent.domainScale ?? parent.points, criteria: parent.children } : null;
}

/**
 * Every group of a given level (1: the first-level indicators; 2: the parts of each of them; …)
 * with at least two criteria: a lone criterion has nothing to be weighed against.
 */
export function groupsAtLevel(scheme: Scheme, level: number): WeightGroup[] {
  let parents: (SchemeCriterion | null)[] = [null];
  for (let l = 1; l < level; l++) parents = parents.flatMap((c) => (c ? c.children : scheme.criteria));
  return parents.map((p) => weightGroup(scheme, p?.id ?? null)).filter((g): g is WeightGroup => g !== null && g.criteria.length >= 2);
}

/** Ids of a criterion and all its descendants. */
export function subtreeIds(c: SchemeCriterion): string[] {
  return [c.id, ...c.children.flatMap(subtreeIds)];
}
