import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combine, type Weighted } from '../../../shared/scoring/combine';
import { normalizeRatio } from '../../../shared/scoring/normalize';
import { computeResults } from '../../../shared/scoring/compute';
import { leaf, makeDoc, scores } from '../../helpers/assessment';

const w = (...values: number[]): Weighted[] => values.map((value, evaluator) => ({ value, weight: 1, evaluator }));

describe('combining evaluators, hand-computed', () => {
  it('mean, weighted mean', () => {
    expect(combine(w(3, 4, 3.5), 'mean').value).toBe(3.5);
    expect(
      combine(
        [
          { value: 4, weight: 2, evaluator: 0 },
          { value: 1, weight: 1, evaluator: 1 },
        ],
        'mean',
      ).value,
    ).toBe(3);
  });

  it('median of odd and even counts, weighted median', () => {
    expect(combine(w(1, 9, 4), 'median').value).toBe(4);
    expect(combine(w(1, 2, 3, 10), 'median').value).toBe(2.5);
    expect(
      combine(
        [
          { value: 1, weight: 1, evaluator: 0 },
          { value: 2, weight: 1, evaluator: 1 },
          { value: 10, weight: 3, evaluator: 2 },
        ],
        'median',
      ).value,
    ).toBe(10);
  });

  it('trimmed mean drops one highest and one lowest from three or more, else is the mean', () => {
    expect(combine(w(1, 3, 4, 10), 'trimmedMean')).toEqual({ value: 3.5, dropped: [0, 3] });
    expect(combine(w(2, 2, 2), 'trimmedMean').value).toBe(2);
    expect(combine(w(1, 4), 'trimmedMean')).toEqual({ value: 2.5, dropped: [] });
  });

  it('normalisation maps an evaluator onto the group mean and spread', () => {
    // Evaluator mean 0.5, sd 0.1; group mean 0.7, sd 0.2: 0.6 → 0.7 + 0.1 × 2 = 0.9.
    expect(normalizeRatio(0.6, { n: 2, mean: 0.5, sd: 0.1 }, { n: 4, mean: 0.7, sd: 0.2 })).toBeCloseTo(0.9, 12);
    expect(normalizeRatio(0.5, { n: 3, mean: 0.5, sd: 0 }, { n: 6, mean: 0.8, sd: 0.1 })).toBe(0.8);
  });

  it('normalisation with an evaluator who gave every unit the same score produces no NaN', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 10)],
      units: ['A', 'B', 'C'],
      evaluators: ['e1', 'e2'],
      entries: [...scores('e1', 'a', { A: 6, B: 6, C: 6 }), ...scores('e2', 'a', { A: 9, B: 7, C: 5 })],
      settings: { combine: 'normalized' },
    });
    const totals = computeResults(doc).units.map((u) => u.total);
    expect(totals.every(Number.isFinite)).toBe(true);
    // Group mean 0.65, sd √(0.0225+…)…; e1 maps every unit to the group mean 6.5.
    // e2 (mean 0.7, sd 0.1633) maps to 0.65 + (r − 0.7) × (group sd / e2 sd).
    const groupSd = Math.sqrt(((0.6 - 0.65) ** 2 * 3 + (0.9 - 0.65) ** 2 + (0.7 - 0.65) ** 2 + (0.5 - 0.65) ** 2) / 6);
    const e2sd = Math.sqrt((0.2 ** 2 + 0 + 0.2 ** 2) / 3);
    const e2A = (0.65 + 0.2 * (groupSd / e2sd)) * 10;
    expect(totals[0]).toBeCloseTo((6.5 + e2A) / 2, 10);
    expect(totals[1]).toBeCloseTo(6.5, 10);
  });

  it('evaluator weights: the team leader counts double', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 10)],
      evaluators: [{ id: 'lead', weight: 2 }, { id: 'm' }],
      entries: [...scores('lead', 'a', { A: 9 }), ...scores('m', 'a', { A: 6 })],
      settings: { useEvaluatorWeights: true },
    });
    expect(computeResults(doc).units[0]!.total).toBe(8);
  });

  it('a criterion can override the scheme’s method', () => {
    const doc = makeDoc({
      criteria: [{ ...leaf('a', 10), combine: 'median' }, leaf('b', 10)],
      evaluators: ['e1', 'e2', 'e3'],
      entries: [
        ...scores('e1', 'a', { A: 1 }),
        ...scores('e2', 'a', { A: 8 }),
        ...scores('e3', 'a', { A: 9 }),
        ...scores('e1', 'b', { A: 1 }),
        ...scores('e2', 'b', { A: 8 }),
        ...scores('e3', 'b', { A: 9 }),
      ],
    });
    expect(computeResults(doc).units[0]!.sections.map((s) => s.score)).toEqual([8, 6]);
  });

  it('does not depend on the order of the values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ value: fc.double({ min: 0, max: 10, noNaN: true }), weight: fc.integer({ min: 1, max: 3 }), evaluator: fc.nat(20) }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.constantFrom('mean' as const, 'median' as const, 'trimmedMean' as const),
        (values, method) => {
          const shuffled = [...values].reverse();
          expect(combine(shuffled, method).value).toBe(combine(values, method).value);
        },
      ),
    );
  });
});
