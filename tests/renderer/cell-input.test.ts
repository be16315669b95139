import { describe, expect, it } from 'vitest';
import { scoredItems } from '../../shared/assessment/criteria';
import { cellText, parseCellInput } from '../../renderer/screens/scoring/cell-input';
import { leaf, makeDoc } from '../helpers/assessment';

const doc = makeDoc({
  criteria: [
    leaf('plain', 5, { kind: 'plain', step: 0.5 }),
    leaf('ded', 4, { kind: 'deduction', perOccurrence: 1 }),
    leaf('tier', 4, {
      kind: 'tiered',
      levels: [
        { label: '全面完成', points: 4 },
        { label: '基本完成', points: 3 },
      ],
    }),
    leaf('ctl', 6, { kind: 'control', perUnitOver: 2, target: 1, targets: {} }),
  ],
  vetoes: [{ id: 'v', title: '重大事故', text: '', effect: 'veto' }],
  bonus: { cap: 5, items: [{ id: 'b', title: '表彰', text: '', cap: 3, levels: [{ label: '国家级', points: 2 }] }] },
});
const items = scoredItems(doc);
const item = (id: string) => items.get(id)!;
const words = { na: '不适用', yes: '是', no: '否', separator: '；' };

describe('typing into a scoring cell', () => {
  it('reads scores, with full-width digits from a Chinese IME', () => {
    expect(parseCellInput('4.5', item('plain'))).toEqual({ kind: 'value', value: { kind: 'score', score: 4.5 } });
    expect(parseCellInput('４．５', item('plain'))).toEqual({ kind: 'value', value: { kind: 'score', score: 4.5 } });
    expect(parseCellInput('  ', item('plain'))).toEqual({ kind: 'clear' });
  });

  it('refuses values outside the rule with the reason', () => {
    expect(parseCellInput('6', item('plain'))).toMatchObject({ kind: 'problem', problem: { key: 'value.aboveMax', params: { max: 5 } } });
    expect(parseCellInput('4.3', item('plain'))).toMatchObject({
      kind: 'problem',
      problem: { key: 'value.offStep', params: { step: 0.5 } },
    });
    expect(parseCellInput('-1', item('plain'))).toMatchObject({ kind: 'problem', problem: { key: 'value.negative' } });
    expect(parseCellInput('四', item('plain'))).toMatchObject({
      kind: 'problem',
      problem: { key: 'typed.score', params: { value: '四' } },
    });
  });

  it('reads deductions as a count and a reason, and wants the reason', () => {
    expect(parseCellInput('2 迟报事故信息', item('ded'))).toEqual({
      kind: 'value',
      value: { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报事故信息' }] },
    });
    expect(parseCellInput('0', item('ded'))).toEqual({ kind: 'value', value: { kind: 'deductions', occurrences: [] } });
    expect(parseCellInput('2', item('ded'))).toMatchObject({ kind: 'problem', problem: { key: 'value.reasonRequired' } });
  });

  it('reads levels by number or name, actual figures, N/A, and veto marks', () => {
    expect(parseCellInput('2', item('tier'))).toEqual({ kind: 'value', value: { kind: 'tier', level: 1 } });
    expect(parseCellInput('全面完成', item('tier'))).toEqual({ kind: 'value', value: { kind: 'tier', level: 0 } });
    expect(parseCellInput('3', item('tier'))).toMatchObject({ kind: 'problem', problem: { key: 'value.levelUnknown' } });
    expect(parseCellInput('3', item('ctl'))).toEqual({ kind: 'value', value: { kind: 'control', actual: 3 } });
    expect(parseCellInput('/', item('plain'))).toEqual({ kind: 'value', value: { kind: 'na' } });
    expect(parseCellInput('不适用', item('ded'))).toEqual({ kind: 'value', value: { kind: 'na' } });
    expect(parseCellInput('是', item('v'))).toEqual({ kind: 'value', value: { kind: 'veto', triggered: true } });
    expect(parseCellInput('0', item('v'))).toEqual({ kind: 'value', value: { kind: 'veto', triggered: false } });
    expect(parseCellInput('/', item('v'))).toMatchObject({ kind: 'problem', problem: { key: 'scoring.vetoInput' } });
    expect(parseCellInput('1', item('b'))).toMatchObject({ kind: 'problem', problem: { key: 'scoring.useDetail' } });
  });

  it('shows an entry in the form it is typed, so editing round-trips', () => {
    const entry = (value: import('../../shared/assessment/schema').EntryValue) => ({
      evaluatorId: 'e1',
      unitId: 'A',
      criterionId: 'x',
      value,
      reason: '',
      evidence: '',
      note: '',
      at: '',
      source: 'office' as const,
    });
    for (const [id, text] of [
      ['plain', '4.5'],
      ['ded', '2 迟报'],
      ['tier', '基本完成'],
      ['ctl', '3'],
      ['plain', '/'],
      ['v', '是'],
    ] as const) {
      const parsed = parseCellInput(text, item(id));
      if (parsed.kind !== 'value') throw new Error(`${id} ${text}`);
      const shown = cellText(entry(parsed.value), item(id), words);
      expect(parseCellInput(shown, item(id))).toEqual(parsed);
    }
  });
});
