import type { Criterion, PlanTree } from '../plan/types';
import type { Scheme, SchemeCriterion } from './schema';

function fromCriterion(c: Criterion): SchemeCriterion {
  return {
    id: `c${c.code}`,
    code: c.code,
    number: c.number,
    title: c.title,
    text: c.text,
    points: c.points,
    ...(c.ruleText ? { ruleText: c.ruleText } : {}),
    ...(c.rule ? { rule: c.rule } : {}),
    children: c.children.map(fromCriterion),
  };
}

/**
 * A scheme from a parsed work plan or scoring table: the criteria tree with the rules read from
 * the 评分标准 (plain scoring where none was recognised), and a table's bonus and veto items. Ids derive from the codes at import, so
 * they stay stable when criteria are later renumbered.
 */
export function schemeFromPlan(plan: PlanTree, source: { fileName: string; importedAt: string; depth: 2 | 3 }): Scheme {
  return {
    version: 1,
    title: plan.title ?? (plan.year ? `${plan.year}年度考核方案` : '考核方案'),
    description: plan.description,
    total: plan.total,
    criteria: plan.criteria.map(fromCriterion),
    bonus: plan.bonus ?? { cap: null, items: [] },
    vetoes: plan.vetoes ?? [],
    source,
  };
}
