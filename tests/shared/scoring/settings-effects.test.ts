import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/assessment/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { entry, leaf, makeDoc, scores } from '../../helpers/assessment';

function docWithTotals(totals: Record<string, number>, settings: Partial<Settings> = {}) {
  return makeDoc({
    criteria: [leaf('a', 100, { kind: 'plain', step: 0.01 })],
    units: Object.keys(totals),
    entries: scores('e1', 'a', totals),
    settings,
  });
}

const grades = (settings: Partial<Settings>) =>
  computeResults(docWithTotals({ A: 97, B: 95, C: 95, D: 91 }, settings)).units.map((u) => u.grade);

describe('the 优秀 quota at a tie on its boundary', () => {
  it("'share' (and a file that does not say): the tied units all keep 优秀, beyond the quota", () => {
    const quota = { kind: 'count', value: 2 } as const;
    expect(grades({ excellentQuota: quota })).toEqual(['excellent', 'excellent', 'excellent', 'good']);
    expect(grades({ excellentQuota: quota, quotaTies: 'share' })).toEqual(['excellent', 'excellent', 'excellent', 'good']);
  });

  it("'strict' (不超过N个): the tied group that would exceed the quota loses 优秀 whole, and nobody is over", () => {
    const results = computeResults(
      docWithTotals({ A: 97, B: 95, C: 95, D: 91 }, { excellentQuota: { kind: 'count', value: 2 }, quotaTies: 'strict' }),
    );
    expect(results.units.map((u) => [u.grade, u.quotaLimited])).toEqual([
      ['excellent', false],
      ['good', true],
      ['good', true],
      ['good', true],
    ]);
    expect(results.quota).toEqual({ count: 2, exceededByTie: false });
  });

  it("'strict' changes nothing when the tie fits inside the quota", () => {
    expect(grades({ excellentQuota: { kind: 'count', value: 3 }, quotaTies: 'strict' })).toEqual([
      'excellent',
      'excellent',
      'excellent',
      'good',
    ]);
  });

  it("'strict' with a share: 50% of 4 units is 2 places", () => {
    expect(grades({ excellentQuota: { kind: 'share', value: 0.5 }, quotaTies: 'strict' })).toEqual(['excellent', 'good', 'good', 'good']);
  });
});

describe('the N/A rule', () => {
  // 60 + 40 points; unit A's 40-point item is not applicable, it earned 45 of 60.
  const doc = (naRule?: 'rescale' | 'full') =>
    makeDoc({
      criteria: [leaf('x', 60, { kind: 'plain', step: 0.5 }), leaf('y', 40, { kind: 'plain', step: 0.5 })],
      entries: [entry('e1', 'A', 'x', 45), entry('e1', 'A', 'y', { kind: 'na' })],
      settings: naRule ? { naRule } : {},
    });

  it('rescales by default: 45 ÷ (100 − 40) × 100 = 75', () => {
    expect(computeResults(doc()).units[0]!.total).toBeCloseTo(75, 10);
    expect(computeResults(doc('rescale')).units[0]!.total).toBeCloseTo(75, 10);
  });

  it("'full' counts the N/A item at its points: 45 + 40 = 85", () => {
    const u = computeResults(doc('full')).units[0]!;
    expect(u.total).toBeCloseTo(85, 10);
    expect(u.naPoints).toBe(40);
  });
});
