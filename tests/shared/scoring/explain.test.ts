import { describe, expect, it } from 'vitest';
import { explain } from '../../../shared/scoring/explain';
import { computeResults } from '../../../shared/scoring/compute';
import { entry, leaf, makeDoc, scores } from '../../helpers/assessment';

describe('every figure can explain itself', () => {
  it('names the entries, what the rule made of each, the method, what it dropped and the result', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 5, { kind: 'deduction', perOccurrence: 1 })],
      evaluators: ['e1', 'e2', 'e3', 'e4'],
      settings: { combine: 'trimmedMean' },
      entries: [
        entry('e1', 'A', 'a', { kind: 'deductions', occurrences: [{ count: 1, reason: '迟报1起' }] }),
        entry('e2', 'A', 'a', { kind: 'deductions', occurrences: [] }),
        entry('e3', 'A', 'a', { kind: 'deductions', occurrences: [{ count: 3, reason: '隐患未整改' }] }),
      ],
    });
    const x = explain(doc, 'A', 'a')!;
    expect(x).toMatchObject({
      kind: 'leaf',
      method: 'trimmedMean',
      points: 5,
      rule: { kind: 'deduction', perOccurrence: 1 },
      result: 4,
      missing: ['e4'],
    });
    expect(x.entries.map((e) => [e.evaluatorId, e.points, e.dropped])).toEqual([
      ['e1', 4, false],
      ['e2', 5, true],
      ['e3', 2, true],
    ]);
    expect(computeResults(doc).units[0]!.sections[0]!.score).toBe(x.result);
  });

  it('shows normalised values when that method applies', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 10)],
      units: ['A', 'B'],
      evaluators: ['e1', 'e2'],
      settings: { combine: 'normalized' },
      entries: [...scores('e1', 'a', { A: 8, B: 6 }), ...scores('e2', 'a', { A: 10, B: 8 })],
    });
    const x = explain(doc, 'A', 'a')!;
    expect(x.entries.every((e) => e.normalized !== null)).toBe(true);
    expect(x.result).toBeCloseTo(computeResults(doc).units[0]!.total, 12);
  });

  it('returns null for an unknown unit or criterion', () => {
    const doc = makeDoc({ criteria: [leaf('a', 10)] });
    expect(explain(doc, 'Z', 'a')).toBeNull();
    expect(explain(doc, 'A', 'zz')).toBeNull();
  });
});
