import type { Assessment, BonusItem, LeafRule, Scheme, SchemeCriterion, VetoItem } from './schema';

/** Every criterion of a tree, depth first. */
export function walkCriteria(criteria: SchemeCriterion[]): SchemeCriterion[] {
  return criteria.flatMap((c) => [c, ...walkCriteria(c.children)]);
}

/** A scored leaf of the regular tree, with the first-level section it belongs to. */
export interface Leaf {
  criterion: SchemeCriterion;
  rule: LeafRule;
  section: SchemeCriterion;
  sectionIndex: number;
}

/** The scored leaves of the regular tree, in document order. */
export function leavesOf(scheme: Scheme, defaultStep = 0.5): Leaf[] {
  const result: Leaf[] = [];
  scheme.criteria.forEach((section, sectionIndex) => {
    const visit = (c: SchemeCriterion) => {
      if (c.children.length === 0)
        result.push({ criterion: c, rule: c.rule ?? { kind: 'plain', step: defaultStep }, section, sectionIndex });
      else c.children.forEach(visit);
    };
    visit(section);
  });
  return result;
}

export type ScoredItem = { kind: 'leaf'; leaf: Leaf } | { kind: 'bonus'; item: BonusItem } | { kind: 'veto'; item: VetoItem };

/** Everything an entry may point at, by id. */
export function scoredItems(doc: Pick<Assessment, 'scheme' | 'settings'>): Map<string, ScoredItem> {
  const map = new Map<string, ScoredItem>();
  for (const leaf of leavesOf(doc.scheme, doc.settings.defaultStep)) map.set(leaf.criterion.id, { kind: 'leaf', leaf });
  for (const item of doc.scheme.bonus.items) map.set(item.id, { kind: 'bonus', item });
  for (const item of doc.scheme.vetoes) map.set(item.id, { kind: 'veto', item });
  return map;
}

/** The ids of all leaves under the given criterion ids (a section id stands for its leaves). */
export function expandCriterionIds(scheme: Scheme, ids: string[]): Set<string> {
  const wanted = new Set(ids);
  const result = new Set<string>();
  const visit = (c: SchemeCriterion, inside: boolean) => {
    const on = inside || wanted.has(c.id);
    if (c.children.length === 0) {
      if (on) result.add(c.id);
    } else c.children.forEach((child) => visit(child, on));
  };
  scheme.criteria.forEach((c) => visit(c, false));
  for (const item of [...scheme.bonus.items, ...scheme.vetoes]) if (wanted.has(item.id)) result.add(item.id);
  return result;
}
