import type { Criterion } from '../../shared/plan/types';

/** Every criterion of a tree, depth first. */
export function allCriteria(criteria: Criterion[]): Criterion[] {
  return criteria.flatMap((c) => [c, ...allCriteria(c.children)]);
}

/** Sum of points, rounded against float noise. */
export function sumPoints(criteria: Criterion[]): number {
  return Math.round(criteria.reduce((a, c) => a + c.points, 0) * 1e6) / 1e6;
}

/** Every parent's children add up to the parent (leaves excepted). */
export function everyLevelAddsUp(criteria: Criterion[]): boolean {
  return allCriteria(criteria).every((c) => c.children.length === 0 || sumPoints(c.children) === c.points);
}
