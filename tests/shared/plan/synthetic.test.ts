import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/plan/parse-plan';
import { chineseNumber, syntheticPlan } from '../../helpers/synthetic-plan';
import { everyLevelAddsUp } from '../../helpers/tree';

describe('the synthetic plan used by the benchmark', () => {
  it('writes Chinese numbers as plans do', () => {
    expect([1, 10, 11, 17, 20, 25].map(chineseNumber)).toEqual(['一', '十', '十一', '十七', '二十', '二十五']);
  });

  it('parses into 20 sections of 25 items with two sector points each at depth 3', () => {
    const plan = parsePlan(syntheticPlan(500), 'text', { depth: 3 });
    expect(plan.criteria).toHaveLength(20);
    expect(plan.criteria.flatMap((c) => c.children)).toHaveLength(500);
    expect(plan.criteria[19]!.children[24]!.children.map((p) => p.title)).toEqual([
      '交通运输行业',
      '建筑施工行业',
      '按季度报送工作进展情况',
    ]);
    expect(everyLevelAddsUp(plan.criteria)).toBe(true);
  });
});
