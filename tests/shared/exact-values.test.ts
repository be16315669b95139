import { describe, expect, it } from 'vitest';
import { setEntries } from '../../shared/assessment/mutations';
import { checkValue } from '../../shared/assessment/rules';
import { scoredItems } from '../../shared/assessment/criteria';
import { leaf, makeDoc } from '../helpers/assessment';

describe('values arriving now are exact (issue 10: strictness)', () => {
  const doc = makeDoc({
    criteria: [leaf('a', 10, { kind: 'plain', step: 0.5 }), leaf('b', 0.7 - 0.4, { kind: 'plain', step: 0.1 })],
    units: ['A'],
  });
  const by = { actor: 't', at: '2020-12-01T00:00:00Z' };
  const set = (criterionId: string, score: number) => () =>
    setEntries(doc, [{ evaluatorId: 'e1', unitId: 'A', criterionId, value: { kind: 'score', score }, reason: '' }], by);

  it('refuses 1e-8 off the step and 1e-9 over the maximum, naming the value', () => {
    expect(set('a', 2.5 + 1e-8)).toThrow(expect.objectContaining({ key: 'value.offStep' }));
    expect(set('a', 10 + 1e-9)).toThrow(expect.objectContaining({ key: 'value.aboveMax', params: { value: 10 + 1e-9, max: 10 } }));
  });

  it('takes values written at the rule precision, even where points carry float noise', () => {
    expect(set('a', 2.5)).not.toThrow();
    expect(set('a', 10)).not.toThrow();
    // 0.7 - 0.4 = 0.29999999999999993 points: 0.3 as typed is the maximum, not above it.
    expect(set('b', 0.3)).not.toThrow();
    expect(set('b', 0.2)).not.toThrow();
  });

  it('files already saved keep loading: the tolerant check lets float noise pass', () => {
    const item = scoredItems(doc).get('a')!;
    expect(checkValue({ kind: 'score', score: 2.5 + 1e-9 }, item)).toBeNull();
    expect(checkValue({ kind: 'score', score: 2.5 + 1e-9 }, item, { exact: true })).toMatchObject({ key: 'value.offStep' });
  });
});
