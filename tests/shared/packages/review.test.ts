import { describe, expect, it } from 'vitest';
import { clearEntry, setEntry, setStatus, updateSettings } from '../../../shared/assessment/mutations';
import { auditLine } from '../../../shared/packages/audit-text';
import { createTranslator } from '../../../shared/i18n/messages';
import { scoredItems } from '../../../shared/assessment/criteria';
import { applyEntryChanges } from '../../../shared/assessment/mutations';
import { auditFacets, filterAudit } from '../../../shared/packages/audit-filter';
import { listConflicts } from '../../../shared/packages/conflicts';
import { disagreements } from '../../../shared/packages/disagreement';
import { finalizeAssessment } from '../../../shared/packages/finalize';
import { mergeSubmissions } from '../../../shared/packages/merge';
import { missingCells, progressBoard } from '../../../shared/packages/progress';
import { contentText, valueText } from '../../../shared/packages/value-text';
import { entry, leaf, makeDoc } from '../../helpers/assessment';
import { fill, issue, OFFICE, submit } from '../../helpers/packages';

const by = { actor: '考核办', at: '2020-12-02T08:00:00.000Z' };

describe('disagreement review', () => {
  const doc = (threshold: number) =>
    makeDoc({
      criteria: [
        leaf('a', 10),
        leaf('t', 4, {
          kind: 'tiered',
          levels: [
            { label: '全面完成', points: 4 },
            { label: '基本完成', points: 2 },
          ],
        }),
      ],
      units: ['A', 'B'],
      evaluators: ['e1', 'e2', 'e3'],
      entries: [
        entry('e1', 'A', 'a', 9),
        entry('e2', 'A', 'a', 6),
        entry('e3', 'A', 'a', { kind: 'na' }),
        entry('e1', 'B', 'a', 8),
        entry('e2', 'B', 'a', 7.5),
        entry('e1', 'B', 't', { kind: 'tier', level: 0 }),
        entry('e2', 'B', 't', { kind: 'tier', level: 1 }),
      ],
      settings: { disagreementThreshold: threshold },
    });

  it('lists cells whose spread exceeds the threshold share of the points, widest first', () => {
    const found = disagreements(doc(0.25));
    expect(found.map((d) => [d.unitId, d.criterionId, d.spread, d.share])).toEqual([
      ['B', 't', 2, 0.5],
      ['A', 'a', 3, 0.3],
    ]);
    expect(found[1]!.scores).toEqual([
      { evaluatorId: 'e1', name: '评委e1', score: 9 },
      { evaluatorId: 'e2', name: '评委e2', score: 6 },
    ]);
  });

  it('a spread exactly at the threshold is not a disagreement; the setting decides', () => {
    expect(disagreements(doc(0.3)).map((d) => d.criterionId)).toEqual(['t']);
    expect(disagreements(doc(0.5))).toEqual([]);
    expect(disagreements(doc(0)).map((d) => `${d.unitId}${d.criterionId}`)).toEqual(['Bt', 'Aa', 'Ba']);
  });
});

describe('progress board', () => {
  it('counts assigned, entered and missing cells per evaluator and unit, with packages and conflicts', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 10), leaf('b', 10)],
      units: ['A', 'B'],
      evaluators: [{ id: 'e1' }, { id: 'e2', assignment: { unitIds: ['B'], criterionIds: null } }],
      entries: [entry('e1', 'A', 'a', 5), entry('e1', 'B', 'b', { kind: 'na' }), entry('e2', 'B', 'a', 4)],
    });
    const { ledger, tasks } = issue(doc);
    const merged = mergeSubmissions(
      doc,
      ledger,
      [
        submit(
          tasks[1]!,
          fill(tasks[1]!, [
            ['e2', 'B', 'a', 6],
            ['e2', 'B', 'b', 7],
          ]),
          '2020-12-11T00:00:00.000Z',
        ),
      ],
      OFFICE,
    );
    const board = progressBoard(merged.doc, merged.ledger, listConflicts(merged.doc, merged.ledger));
    expect(
      board.evaluators.map((e) => [e.evaluatorId, e.expected, e.entered, e.missing, e.conflicts, e.issued, e.received, e.lastSubmittedAt]),
    ).toEqual([
      ['e1', 4, 2, 2, 0, 1, 0, null],
      ['e2', 2, 2, 0, 1, 1, 1, '2020-12-11T00:00:00.000Z'],
    ]);
    expect(
      board.units.map((u) => [u.unitId, u.expected, u.entered, u.evaluators.map((e) => `${e.evaluatorId}:${e.entered}/${e.expected}`)]),
    ).toEqual([
      ['A', 2, 1, ['e1:1/2']],
      ['B', 4, 3, ['e1:1/2', 'e2:2/2']],
    ]);
    expect(board.total).toEqual({ expected: 6, entered: 4, missing: 2, conflicts: 1 });
    expect(missingCells(merged.doc, { unitId: 'B' })).toEqual([{ evaluatorId: 'e1', unitId: 'B', criterionId: 'a' }]);
    expect(missingCells(merged.doc, { evaluatorId: 'e1' }).map((c) => `${c.unitId}${c.criterionId}`)).toEqual(['Ab', 'Ba']);
    expect(() => finalizeAssessment(merged.doc, merged.ledger, OFFICE)).toThrow(
      expect.objectContaining({ key: 'packages.finalizeConflicts', params: { count: 1 } }),
    );
  });
});

describe('audit trail', () => {
  it('records entries, settings and statuses uniformly and filters them', () => {
    let doc = makeDoc({ criteria: [leaf('a', 10)], units: ['A', 'B'], evaluators: ['e1', 'e2'] });
    doc = setEntry(doc, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 5 }, reason: '台账不全' }, by);
    doc = setEntry(
      doc,
      { evaluatorId: 'e2', unitId: 'B', criterionId: 'a', value: { kind: 'score', score: 6 } },
      { actor: '李娜', at: '2020-12-05T08:00:00.000Z' },
    );
    doc = updateSettings(doc, { disagreementThreshold: 0.2 }, by);
    doc = clearEntry(doc, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a' }, { actor: '考核办', at: '2020-12-06T08:00:00.000Z' });
    expect(filterAudit(doc.audit, { actions: ['entry.'] }).map((r) => r.index)).toEqual([0, 1, 3]);
    expect(filterAudit(doc.audit, { actions: ['settings.change'] }).map((r) => r.record.after)).toEqual([{ disagreementThreshold: 0.2 }]);
    expect(filterAudit(doc.audit, { unitId: 'A' }).map((r) => r.record.action)).toEqual(['entry.set', 'entry.clear']);
    expect(filterAudit(doc.audit, { evaluatorId: 'e2' }).map((r) => r.record.actor)).toEqual(['李娜']);
    expect(filterAudit(doc.audit, { actor: '李' }).map((r) => r.index)).toEqual([1]);
    expect(filterAudit(doc.audit, { from: '2020-12-05', to: '2020-12-05' }).map((r) => r.index)).toEqual([1]);
    expect(filterAudit(doc.audit, { text: '台账' }).map((r) => r.index)).toEqual([0, 3]);
    expect(auditFacets(doc.audit)).toEqual({ actions: ['entry.clear', 'entry.set', 'settings.change'], actors: ['李娜', '考核办'] });
  });

  it("says each record in the user's language, naming unit, criterion and evaluator", () => {
    let doc = makeDoc({ criteria: [leaf('d', 5, { kind: 'deduction', perOccurrence: 1 })], units: ['A'], evaluators: ['e1'] });
    doc = setEntry(
      doc,
      {
        evaluatorId: 'e1',
        unitId: 'A',
        criterionId: 'd',
        value: { kind: 'deductions', occurrences: [{ count: 1, reason: '迟报' }] },
        reason: '查阅台账',
      },
      by,
    );
    doc = setStatus(doc, 'finalized', by);
    doc = setStatus(doc, 'scoring', by, '复核');
    const zh = createTranslator('zh-CN');
    expect(doc.audit.map((r) => auditLine(r, doc, zh))).toEqual([
      {
        at: by.at,
        actor: '考核办',
        action: '录入或修改得分',
        subject: 'A市 · d 指标d · 评委e1',
        before: '',
        after: '扣分 1 次：迟报（查阅台账）',
        reason: '',
      },
      { at: by.at, actor: '考核办', action: '定稿', subject: '', before: '评分中', after: '已定稿', reason: '' },
      { at: by.at, actor: '考核办', action: '重新开启', subject: '', before: '已定稿', after: '评分中', reason: '复核' },
    ]);
    expect(auditLine({ ...doc.audit[0]!, action: 'something.new', after: { x: 1 } }, doc, createTranslator('en'))).toMatchObject({
      action: 'something.new',
      after: '{"x":1}',
      before: '',
    });
  });

  it('a batch of changes writes the very records setEntry and clearEntry write', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 10), leaf('b', 10)],
      units: ['A'],
      evaluators: ['e1'],
      entries: [entry('e1', 'A', 'b', 3)],
    });
    const one = clearEntry(
      setEntry(doc, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 5 }, reason: '理由' }, by),
      { evaluatorId: 'e1', unitId: 'A', criterionId: 'b' },
      by,
    );
    const batch = applyEntryChanges(
      doc,
      [
        { cell: { evaluatorId: 'e1', unitId: 'A', criterionId: 'a' }, entry: { ...entry('e1', 'A', 'a', 5, '理由'), at: by.at } },
        { cell: { evaluatorId: 'e1', unitId: 'A', criterionId: 'b' }, entry: null },
      ],
      by,
    );
    expect(batch.audit).toEqual(one.audit);
    expect(batch.entries).toEqual(one.entries);
    expect(() =>
      applyEntryChanges(doc, [{ cell: { evaluatorId: 'e1', unitId: 'A', criterionId: 'a' }, entry: entry('e1', 'A', 'a', 50) }], by),
    ).toThrow(expect.objectContaining({ key: 'value.aboveMax' }));
  });
});

describe('values as people read them', () => {
  it('says each kind of value in Chinese and in English', () => {
    const doc = makeDoc({
      criteria: [
        leaf('t', 4, {
          kind: 'tiered',
          levels: [
            { label: '全面完成', points: 4 },
            { label: '基本完成', points: 2 },
          ],
        }),
        leaf('d', 5, { kind: 'deduction', perOccurrence: 1 }),
      ],
      bonus: { cap: 3, items: [{ id: 'bn', title: '表彰', text: '', cap: 2, levels: [{ label: '国家级', points: 2 }] }] },
    });
    const items = scoredItems(doc);
    const zh = createTranslator('zh-CN');
    expect(valueText({ kind: 'tier', level: 1 }, items.get('t'), zh)).toBe('基本完成');
    expect(
      valueText(
        {
          kind: 'deductions',
          occurrences: [
            { count: 2, reason: '迟报' },
            { count: 1, reason: '漏报' },
          ],
        },
        items.get('d'),
        zh,
      ),
    ).toBe('扣分 3 次：迟报×2；漏报');
    expect(valueText({ kind: 'bonus', achievements: [{ name: '全国先进', level: 0, reason: '文件' }] }, items.get('bn'), zh)).toBe(
      '加分：全国先进（国家级）',
    );
    expect(contentText({ value: { kind: 'score', score: 3.5 }, reason: '资料不全', evidence: '', note: '' }, undefined, zh)).toBe(
      '3.5 分（资料不全）',
    );
    expect(contentText(null, undefined, createTranslator('en'))).toBe('(emptied)');
    expect(
      contentText(
        { value: { kind: 'score', score: 3.5 }, reason: 'records incomplete', evidence: 'site visit', note: '' },
        undefined,
        createTranslator('en'),
      ),
    ).toBe('3.5 points (records incomplete; site visit)');
    expect(valueText({ kind: 'na' }, undefined, createTranslator('en'))).toBe('not applicable');
  });
});
