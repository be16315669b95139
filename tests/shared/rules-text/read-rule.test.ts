import { describe, expect, it } from 'vitest';
import { readRule } from '../../../shared/rules-text/read-rule';
import type { RuleReading } from '../../../shared/rules-text/types';
import { PHRASINGS, type Expected } from './phrasings';

function simplified(r: RuleReading): Expected {
  if (r.kind === 'leaf') return { leaf: r.rule };
  if (r.kind === 'bonus') return { bonus: r.levels, cap: r.cap };
  if (r.kind === 'veto') return { veto: r.effect };
  return 'unrecognised';
}

describe('readRule: real-world phrasings', () => {
  it('has at least 40 phrasings', () => expect(PHRASINGS.length).toBeGreaterThanOrEqual(40));
  it.each(PHRASINGS)('%s (%d分)', (text, points, expected) => {
    expect(simplified(readRule(text, points))).toEqual(expected);
  });
});

describe('readRule: where a rule came from', () => {
  it('spans point at the words in the original (full-width) text', () => {
    const text = '查阅资料。迟报一次扣１分，扣完为止';
    const r = readRule(text, 3);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['迟报一次扣１分']);
  });
  it('a veto spans its veto words', () => {
    const text = '发生较大事故的，实行一票否决';
    const r = readRule(text);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['一票否决']);
  });
  it('each level clause is marked', () => {
    const text = '完成得3分，基本完成得2分，未完成不得分';
    expect(readRule(text, 3).spans).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('readRule: notes where the rule form cannot say everything', () => {
  it('a deduction capped below the item points', () => {
    expect(readRule('每处扣1分，最多扣2分', 5).notes).toEqual(['deductionCapped']);
  });
  it('levels above the item points', () => {
    expect(readRule('完成得6分，未完成不得分', 5).notes).toEqual(['levelsAbovePoints']);
  });
  it('levels that never reach the item points', () => {
    expect(readRule('完成得4分，未完成不得分', 5).notes).toEqual(['levelsBelowPoints']);
  });
  it('a range is plain scoring, noted', () => {
    expect(readRule('酌情扣1~2分', 2)).toMatchObject({ kind: 'leaf', pattern: 'deductionRange', notes: ['deductionRange'] });
  });
});
