import { describe, expect, it } from 'vitest';
import { clearEntry, setEntries, setEntry, setStatus, updateScheme, updateSettings } from '../../../shared/assessment/mutations';
import { entry, leaf, makeDoc } from '../../helpers/assessment';

const by = { actor: '考核办', at: '2020-12-02T08:00:00.000Z' };
const base = () =>
  makeDoc({ criteria: [leaf('a', 4), leaf('d', 5, { kind: 'deduction', perOccurrence: 1 })], entries: [entry('e1', 'A', 'a', 3)] });

describe('changing an assessment', () => {
  it('sets an entry and records old and new values in the audit trail', () => {
    const doc = setEntry(
      base(),
      { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 3.5 }, reason: '资料齐全' },
      by,
    );
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]).toMatchObject({ value: { kind: 'score', score: 3.5 }, reason: '资料齐全', at: by.at });
    expect(doc.audit).toEqual([
      {
        at: by.at,
        actor: '考核办',
        action: 'entry.set',
        target: { evaluator: 'e1', unit: 'A', criterion: 'a' },
        before: { value: { kind: 'score', score: 3 }, reason: '' },
        after: { value: { kind: 'score', score: 3.5 }, reason: '资料齐全' },
        reason: '',
      },
    ]);
  });

  it('refuses a value outside the rule, changing nothing', () => {
    const doc = base();
    expect(() => setEntry(doc, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 12 } }, by)).toThrow(
      expect.objectContaining({ key: 'value.aboveMax', params: { value: 12, max: 4 } }),
    );
    expect(() =>
      setEntry(
        doc,
        { evaluatorId: 'e1', unitId: 'A', criterionId: 'd', value: { kind: 'deductions', occurrences: [{ count: 1, reason: '' }] } },
        by,
      ),
    ).toThrow(expect.objectContaining({ key: 'value.reasonRequired' }));
    expect(() => setEntry(doc, { evaluatorId: 'zz', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 1 } }, by)).toThrow(
      expect.objectContaining({ key: 'doc.unknownEvaluator' }),
    );
    expect(doc).toEqual(base());
  });

  it('finalized is read-only until reopened with a reason, and both are recorded', () => {
    const final = setStatus(base(), 'finalized', by);
    expect(() => setEntry(final, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 1 } }, by)).toThrow(
      expect.objectContaining({ key: 'error.finalized' }),
    );
    expect(() => updateSettings(final, { ranking: 'dense' }, by)).toThrow(expect.objectContaining({ key: 'error.finalized' }));
    expect(() => setStatus(final, 'scoring', by, '  ')).toThrow(expect.objectContaining({ key: 'error.reasonRequired' }));
    const reopened = setStatus(final, 'scoring', by, '复核发现录入错误');
    expect(reopened.audit.map((a) => [a.action, a.reason])).toEqual([
      ['status.finalize', ''],
      ['status.reopen', '复核发现录入错误'],
    ]);
  });

  it('records settings changes field by field', () => {
    const doc = updateSettings(base(), { ranking: 'dense', combine: 'mean' }, by);
    expect(doc.audit[0]).toMatchObject({ action: 'settings.change', before: { ranking: 'competition' }, after: { ranking: 'dense' } });
  });

  it('clears an entry, keeping the old value in the audit trail', () => {
    const doc = clearEntry(base(), { evaluatorId: 'e1', unitId: 'A', criterionId: 'a' }, by);
    expect(doc.entries).toEqual([]);
    expect(doc.audit[0]).toMatchObject({ action: 'entry.clear', before: { value: { kind: 'score', score: 3 } } });
  });

  it('refuses a scheme change that would orphan scores unless told to drop them, and keeps them in the audit trail', () => {
    const doc = base();
    const scheme = { ...doc.scheme, criteria: [leaf('d', 9, { kind: 'deduction', perOccurrence: 1 })] };
    expect(() => updateScheme(doc, scheme, by)).toThrow(expect.objectContaining({ key: 'error.schemeDropsEntries', params: { count: 1 } }));
    const next = updateScheme(doc, scheme, by, { dropStale: true, reason: '删除指标a' });
    expect(next.scheme.version).toBe(2);
    expect(next.entries).toEqual([]);
    expect(next.audit[0]).toMatchObject({
      action: 'scheme.change',
      before: { version: 1, droppedEntries: [doc.entries[0]] },
      reason: '删除指标a',
    });
  });

  it('sets a batch in one go, all or nothing, one audit record per entry', () => {
    const doc = base();
    const ok = setEntries(
      doc,
      [
        { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 2 } },
        { evaluatorId: 'e1', unitId: 'A', criterionId: 'd', value: { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报' }] } },
      ],
      by,
    );
    expect(ok.entries.map((e) => [e.criterionId, e.value])).toEqual([
      ['a', { kind: 'score', score: 2 }],
      ['d', { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报' }] }],
    ]);
    expect(ok.audit.map((a) => [a.target.criterion, a.before === undefined])).toEqual([
      ['a', false],
      ['d', true],
    ]);
    expect(() =>
      setEntries(
        doc,
        [
          { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 2 } },
          { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 99 } },
        ],
        by,
      ),
    ).toThrow(expect.objectContaining({ key: 'value.aboveMax' }));
    expect(doc).toEqual(base());
  });
});
