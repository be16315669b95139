import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../../shared/assessment/criteria';
import { bonusAmount, checkValue, leafScore } from '../../../shared/assessment/rules';
import type { LeafRule } from '../../../shared/assessment/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { entry, leaf, makeDoc } from '../../helpers/assessment';

const plain: LeafRule = { kind: 'plain', step: 0.5 };
const occ = (n: number, reason = '迟报') => ({
  kind: 'deductions' as const,
  occurrences: Array.from({ length: n }, () => ({ count: 1, reason })),
});

describe('rules, hand-computed', () => {
  it('plain: 0…points in steps; outside the rule is refused with the reason', () => {
    const doc = makeDoc({ criteria: [leaf('a', 4, plain)] });
    const item = { kind: 'leaf' as const, leaf: leavesOf(doc.scheme)[0]! };
    expect(checkValue({ kind: 'score', score: 3.5 }, item)).toBeNull();
    expect(checkValue({ kind: 'score', score: 12 }, item)).toEqual({ key: 'value.aboveMax', params: { value: 12, max: 4 } });
    expect(checkValue({ kind: 'score', score: 3.3 }, item)).toEqual({ key: 'value.offStep', params: { value: 3.3, step: 0.5 } });
    expect(checkValue({ kind: 'score', score: -1 }, item)?.key).toBe('value.negative');
    expect(checkValue({ kind: 'tier', level: 0 }, item)?.key).toBe('value.wrongKind');
    expect(leafScore({ kind: 'score', score: 3.5 }, plain, 4, 'A')).toBe(3.5);
  });

  it('deduction: points per occurrence, stops at zero, every occurrence needs a reason', () => {
    const rule: LeafRule = { kind: 'deduction', perOccurrence: 1.5 };
    expect(leafScore(occ(2), rule, 5, 'A')).toBe(2);
    expect(leafScore(occ(4), rule, 5, 'A')).toBe(0);
    expect(leafScore({ kind: 'deductions', occurrences: [{ count: 3, reason: '隐患未整改' }] }, rule, 5, 'A')).toBe(0.5);
    expect(leafScore(occ(0), rule, 5, 'A')).toBe(5);
    const doc = makeDoc({ criteria: [leaf('a', 5, rule)] });
    const item = { kind: 'leaf' as const, leaf: leavesOf(doc.scheme)[0]! };
    expect(checkValue(occ(1, '  '), item)).toEqual({ key: 'value.reasonRequired', params: {} });
  });

  it('tiered: the level reached gives its fixed points', () => {
    const rule: LeafRule = {
      kind: 'tiered',
      levels: [
        { label: '好', points: 3 },
        { label: '中', points: 2 },
        { label: '差', points: 1 },
      ],
    };
    expect([0, 1, 2].map((level) => leafScore({ kind: 'tier', level }, rule, 3, 'A'))).toEqual([3, 2, 1]);
    const doc = makeDoc({ criteria: [leaf('a', 3, rule)] });
    expect(checkValue({ kind: 'tier', level: 3 }, { kind: 'leaf', leaf: leavesOf(doc.scheme)[0]! })).toEqual({
      key: 'value.levelUnknown',
      params: { level: 4, count: 3 },
    });
  });

  it('control target: deduction per unit over the unit’s own target, floored at zero', () => {
    const rule: LeafRule = { kind: 'control', perUnitOver: 2, target: 10, targets: { B: 5 } };
    expect(leafScore({ kind: 'control', actual: 9 }, rule, 8, 'A')).toBe(8);
    expect(leafScore({ kind: 'control', actual: 12 }, rule, 8, 'A')).toBe(4);
    expect(leafScore({ kind: 'control', actual: 7 }, rule, 8, 'B')).toBe(4);
    expect(leafScore({ kind: 'control', actual: 30 }, rule, 8, 'B')).toBe(0);
  });

  it('bonus: the same achievement once at its highest level, capped per item', () => {
    const levels = [{ points: 2 }, { points: 1 }, { points: 0.5 }];
    const a = (name: string, level: number) => ({ name, level, reason: name });
    expect(bonusAmount({ kind: 'bonus', achievements: [a('先进集体', 0), a('先进集体', 1), a('经验推广', 2)] }, levels, 5)).toBe(2.5);
    expect(bonusAmount({ kind: 'bonus', achievements: [a('甲', 0), a('乙', 0), a('丙', 0)] }, levels, 3)).toBe(3);
  });

  it('not applicable: dropped and the total rescaled, earned / (total − N/A points) × total', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 40), leaf('b', 60)],
      units: ['A', 'B'],
      entries: [entry('e1', 'A', 'a', 30), entry('e1', 'A', 'b', { kind: 'na' }), entry('e1', 'B', 'a', 30), entry('e1', 'B', 'b', 45)],
    });
    const [a, b] = computeResults(doc).units;
    expect(a!.baseTotal).toBe(75);
    expect(a!.naPoints).toBe(60);
    expect(a!.complete).toBe(true);
    expect(b!.baseTotal).toBe(75);
  });

  it('domain weights: a section scored out of 100 and converted to its share', () => {
    const doc = makeDoc({
      criteria: [
        { ...leaf('s', 40), children: [leaf('s1', 50), leaf('s2', 50)], domainScale: 100 },
        { ...leaf('f', 60), children: [leaf('f1', 100)], domainScale: 100 },
      ],
      total: 100,
      entries: [entry('e1', 'A', 's1', 45), entry('e1', 'A', 's2', 35), entry('e1', 'A', 'f1', 90)],
    });
    const [a] = computeResults(doc).units;
    expect(a!.sections.map((s) => s.score)).toEqual([32, 54]);
    expect(a!.baseTotal).toBe(86);
  });
});
