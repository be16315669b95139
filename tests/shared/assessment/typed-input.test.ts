import { describe, expect, it } from 'vitest';
import { scoredItems } from '../../../shared/assessment/criteria';
import { normalizeTyped, parseTypedValue } from '../../../shared/assessment/typed-input';
import { leaf, makeDoc } from '../../helpers/assessment';

const doc = makeDoc({
  criteria: [
    leaf('plain', 5, { kind: 'plain', step: 0.5 }),
    leaf('ded', 4, { kind: 'deduction', perOccurrence: 1 }),
    leaf('half', 4, { kind: 'deduction', perOccurrence: 1.5 }),
    leaf('tier', 4, {
      kind: 'tiered',
      levels: [
        { label: '完成', points: 4 },
        { label: '基本完成', points: 2 },
        { label: '未完成', points: 0 },
      ],
    }),
    leaf('ctl', 6, { kind: 'control', perUnitOver: 2, target: 1, targets: {} }),
  ],
  vetoes: [{ id: 'v', title: '重大事故', text: '', effect: 'veto' }],
  bonus: { cap: 5, items: [{ id: 'b', title: '表彰', text: '', cap: 3, levels: [{ label: '国家级', points: 2 }] }] },
});
const items = scoredItems(doc);
const read = (text: string, id: string, earlier?: Parameters<typeof parseTypedValue>[2]) => parseTypedValue(text, items.get(id)!, earlier);
const value = (v: unknown) => ({ kind: 'value', value: v });
const refused = (key: string) => ({ kind: 'problem', problem: { key } });

describe('text typed with a Chinese input method, read as the rule expects', () => {
  it('turns full-width digits and punctuation into ASCII', () => {
    expect(normalizeTyped('３．５')).toBe('3.5');
    expect(normalizeTyped('３.５')).toBe('3.5');
    expect(normalizeTyped('３。５')).toBe('3.5');
    expect(normalizeTyped('\u3000２\u3000次　')).toBe('2 次');
    expect(normalizeTyped('／')).toBe('/');
  });

  it('reads scores with units and deductions from the full points', () => {
    expect(read('3.5', 'plain')).toEqual(value({ kind: 'score', score: 3.5 }));
    expect(read('３．５', 'plain')).toEqual(value({ kind: 'score', score: 3.5 }));
    expect(read('３.５', 'plain')).toEqual(value({ kind: 'score', score: 3.5 }));
    expect(read('3.5分', 'plain')).toEqual(value({ kind: 'score', score: 3.5 }));
    expect(read('得４分', 'plain')).toEqual(value({ kind: 'score', score: 4 }));
    expect(read('扣2分', 'plain')).toEqual(value({ kind: 'score', score: 3 }));
    expect(read('扣１．５分', 'plain')).toEqual(value({ kind: 'score', score: 3.5 }));
    expect(read('扣6分', 'plain')).toMatchObject(refused('typed.deductedTooMuch'));
  });

  it('never guesses: ".5" (a swallowed first key), words and odd numbers are refused with the reason', () => {
    expect(read('.5', 'plain')).toMatchObject(refused('typed.leadingPoint'));
    expect(read('．５', 'plain')).toMatchObject(refused('typed.leadingPoint'));
    expect(read('四', 'plain')).toMatchObject(refused('typed.score'));
    expect(read('3,5', 'plain')).toMatchObject(refused('typed.score'));
    expect(read('1e0', 'plain')).toMatchObject(refused('typed.score'));
    expect(read('-1', 'plain')).toMatchObject(refused('value.negative'));
    expect(read('4.3', 'plain')).toMatchObject(refused('value.offStep'));
    expect(read('—', 'plain')).toMatchObject(refused('typed.score'));
    expect(read('x', 'v')).toMatchObject(refused('scoring.vetoInput'));
  });

  it('reads deductions as counts (次, 扣N分) and keeps the earlier reason when none is typed', () => {
    expect(read('2 迟报事故信息', 'ded')).toEqual(value({ kind: 'deductions', occurrences: [{ count: 2, reason: '迟报事故信息' }] }));
    expect(read('2次 迟报', 'ded')).toEqual(value({ kind: 'deductions', occurrences: [{ count: 2, reason: '迟报' }] }));
    expect(read('扣3分 瞒报', 'half')).toMatchObject(value({ kind: 'deductions', occurrences: [{ count: 2, reason: '瞒报' }] }));
    expect(read('扣2分 瞒报', 'half')).toMatchObject(refused('typed.deductionOffStep'));
    expect(read('0', 'ded')).toEqual(value({ kind: 'deductions', occurrences: [] }));
    expect(read('2次', 'ded')).toMatchObject(refused('value.reasonRequired'));
    const earlier = { kind: 'deductions' as const, occurrences: [{ count: 1, reason: '迟报' }] };
    expect(read('２次', 'ded', earlier)).toEqual(value({ kind: 'deductions', occurrences: [{ count: 2, reason: '迟报' }] }));
    expect(read('1.5次 迟报', 'ded')).toMatchObject(refused('typed.wholeCount'));
  });

  it('reads levels by name, number or points; marks; actual figures', () => {
    expect(read('基本完成', 'tier')).toEqual(value({ kind: 'tier', level: 1 }));
    expect(read('３', 'tier')).toEqual(value({ kind: 'tier', level: 2 }));
    expect(read('2分', 'tier')).toEqual(value({ kind: 'tier', level: 1 }));
    expect(read('差不多', 'tier')).toMatchObject(refused('scoring.tierInput'));
    expect(read('不适用', 'tier')).toEqual(value({ kind: 'na' }));
    expect(read('／', 'plain')).toEqual(value({ kind: 'na' }));
    expect(read('是', 'v')).toEqual(value({ kind: 'veto', triggered: true }));
    expect(read('否', 'v')).toEqual(value({ kind: 'veto', triggered: false }));
    expect(read('２人', 'ctl')).toEqual(value({ kind: 'control', actual: 2 }));
    expect(read('1', 'b')).toMatchObject(refused('scoring.useDetail'));
    expect(read('　', 'plain')).toEqual({ kind: 'clear' });
  });
});
