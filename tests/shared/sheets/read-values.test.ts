import { describe, expect, it } from 'vitest';
import type { ScoredItem } from '../../../shared/assessment/criteria';
import { readInput } from '../../../shared/sheets/read-values';
import { leaf } from '../../helpers/assessment';

const plainLeaf: ScoredItem = {
  kind: 'leaf',
  leaf: { criterion: leaf('a', 4), rule: { kind: 'plain', step: 0.5 }, section: leaf('s', 4), sectionIndex: 0 },
};
const deductionLeaf: ScoredItem = {
  kind: 'leaf',
  leaf: { criterion: leaf('b', 4), rule: { kind: 'deduction', perOccurrence: 1 }, section: leaf('s', 4), sectionIndex: 0 },
};
const veto: ScoredItem = { kind: 'veto', item: { id: 'v', title: '事故', text: '', effect: 'veto' } };
const score = { kind: 'score' as const, max: 4, step: 0.5 };

describe('reading what an evaluator typed', () => {
  it('takes numbers typed as text, in full width too, and 不适用 or N/A', () => {
    expect(readInput('３．５', null, score, plainLeaf)).toEqual({ ok: true, value: { kind: 'score', score: 3.5 }, reason: '' });
    expect(readInput(' 3 ', '  台账不全 ', score, plainLeaf)).toEqual({ ok: true, value: { kind: 'score', score: 3 }, reason: '台账不全' });
    expect(readInput('N/A', '无此项', score, plainLeaf)).toEqual({ ok: true, value: { kind: 'na' }, reason: '无此项' });
    expect(readInput('不适用', null, score, plainLeaf)).toMatchObject({ ok: true, value: { kind: 'na' } });
  });

  it('leaves empty cells out, but not a reason without a score', () => {
    expect(readInput(null, null, score, plainLeaf)).toBeNull();
    expect(readInput('  ', '', score, plainLeaf)).toBeNull();
    expect(readInput(null, '理由', score, plainLeaf)).toMatchObject({ ok: false, key: 'sheet.reasonWithoutValue', onReason: true });
  });

  it('turns a count of deductions into occurrences with the reason, zero into none', () => {
    const count = { kind: 'count' as const, per: 1 };
    expect(readInput(0, null, count, deductionLeaf)).toEqual({ ok: true, value: { kind: 'deductions', occurrences: [] }, reason: '' });
    expect(readInput(2, '迟报', count, deductionLeaf)).toEqual({
      ok: true,
      value: { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报' }] },
      reason: '',
    });
    expect(readInput(-1, '迟报', count, deductionLeaf)).toMatchObject({ ok: false, key: 'value.negative' });
  });

  it('reads yes and no for a veto, and never evaluates formulas', () => {
    expect(readInput('否', null, { kind: 'veto' }, veto)).toEqual({ ok: true, value: { kind: 'veto', triggered: false }, reason: '' });
    expect(readInput('Yes', '重大事故', { kind: 'veto' }, veto)).toEqual({
      ok: true,
      value: { kind: 'veto', triggered: true },
      reason: '重大事故',
    });
    expect(readInput({ formula: '2+2', result: 4 }, null, score, plainLeaf)).toMatchObject({ ok: false, key: 'sheet.formula' });
    expect(readInput(3, { formula: 'A1', result: 'x' }, score, plainLeaf)).toMatchObject({
      ok: false,
      key: 'sheet.formula',
      onReason: true,
    });
  });
});
