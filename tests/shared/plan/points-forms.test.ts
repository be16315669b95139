import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/plan/parse-plan';

const text = [
  '2021年度考核细则',
  '一、组织领导',
  '1. 建立责任制',
  '（12分）',
  '明确责任。',
  '2. 定期研究 8分',
  '二、隐患治理',
  '1. 排查 30分',
  '2. 整治',
  '(50分)',
].join('\n');

describe('points as prose plans write them', () => {
  it('reads points on the next line and "N分" without brackets; the points line is not text', () => {
    const plan = parsePlan(text, 'text');
    expect(plan.criteria.map((c) => [c.title, c.points, c.children.map((x) => [x.title, x.points, x.pointsFromText])])).toEqual([
      [
        '组织领导',
        20,
        [
          ['建立责任制', 12, true],
          ['定期研究', 8, true],
        ],
      ],
      [
        '隐患治理',
        80,
        [
          ['排查', 30, true],
          ['整治', 50, true],
        ],
      ],
    ]);
    expect(plan.criteria[0]!.children[0]!.text).not.toContain('12分');
    expect(plan.warnings).toEqual([]);
  });

  it('a rule at the end of a heading is not points', () => {
    const plan = parsePlan('一、责任\n1. 未落实的扣2分\n2. 落实\n二、治理\n1. 排查\n2. 整治', 'text');
    expect(plan.criteria[0]!.children[0]!.pointsFromText).toBe(false);
  });

  it('written points that disagree with the stated total are a warning, and the document wins', () => {
    const plan = parsePlan(
      text.replace('（12分）', '（22分）').replace('2021年度考核细则\n', '2021年度考核细则\n考核实行百分制，满分100分。\n'),
      'text',
    );
    expect(plan.warnings).toContainEqual({ code: 'inlineTotalDiffers', params: { sum: 110, total: 100 } });
    expect(plan.total).toBe(110);
  });
});

describe('more than 999 items at a level', () => {
  it('reads item 1000 and beyond as items, not as text of item 999', () => {
    const items = Array.from({ length: 1002 }, (_, i) => `${i + 1}. 第${i + 1}项工作要求落实到位。`);
    const plan = parsePlan(['一、基础工作', ...items, '二、其他工作', '1. 其他要求。'].join('\n'), 'text', { total: 2004 });
    expect(plan.criteria[0]!.children).toHaveLength(1002);
    expect(plan.criteria[0]!.children[999]!.title).toBe('第1000项工作要求落实到位');
  });
});
