import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Criterion, PlanTree } from '../../shared/plan/types';
import { GOLDEN } from './paths';

interface GoldenCriterion {
  code: string;
  number: string;
  title: string;
  points: number;
  rule?: unknown;
  ruleText?: string;
  children: GoldenCriterion[];
}

function shape(c: Criterion): GoldenCriterion {
  return {
    code: c.code,
    number: c.number,
    title: c.title,
    points: c.points,
    ...(c.children.length ? {} : { rule: c.rule ?? null, ruleText: c.ruleText ?? '' }),
    children: c.children.map(shape),
  };
}

/** What a golden file holds of a parsed table: everything a user checks, nothing incidental. */
export function goldenShape(plan: PlanTree): object {
  return {
    title: plan.title,
    year: plan.year,
    total: plan.total,
    source: plan.source,
    criteria: plan.criteria.map(shape),
    bonus: plan.bonus,
    vetoes: plan.vetoes,
    warnings: plan.warnings,
  };
}

/**
 * The golden JSON of a fixture. UPDATE_GOLDEN=1 writes it from the actual value instead (then read
 * the diff before committing: the golden is the reviewed answer, not a recording).
 */
export function golden(name: string, actual: object): unknown {
  const path = join(GOLDEN, 'tables', `${name}.json`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  return JSON.parse(readFileSync(path, 'utf8'));
}
