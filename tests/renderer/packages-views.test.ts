import { describe, expect, it } from 'vitest';
import { buildAssignmentIndex } from '../../shared/assessment/assignment';
import type { AuditRecord } from '../../shared/assessment/schema';
import { assignedRows } from '../../renderer/screens/scoring/assigned-rows';
import { buildRows } from '../../renderer/screens/scoring/grid-model';
import { auditFilterOf, auditRows, cachedWords, EMPTY_AUDIT_FORM } from '../../renderer/screens/packages/audit-view';
import { problemLines } from '../../renderer/screens/packages/names';
import { createTranslator } from '../../shared/i18n/messages';
import { leaf, makeDoc, section } from '../helpers/assessment';

const TITLES = { bonus: '加分项', vetoes: '否决项' };

describe('the scoring grid of a task package', () => {
  const doc = makeDoc({
    criteria: [section('s1', 10, [leaf('a', 5), leaf('b', 5)]), section('s2', 5, [leaf('c', 5)]), leaf('d', 5)],
    units: ['A', 'B'],
    evaluators: [
      { id: 'e1', assignment: { unitIds: ['A'], criterionIds: ['b', 'v'] } },
      { id: 'e2', assignment: { unitIds: ['B'], criterionIds: ['s2'] } },
    ],
    vetoes: [{ id: 'v', title: '重大事故', text: '', effect: 'veto' }],
  });
  const rows = buildRows(doc, TITLES);
  const index = buildAssignmentIndex(doc);
  const keys = (r: ReturnType<typeof buildRows>) => r.map((x) => x.key);

  it('keeps only assigned items and the headings above them', () => {
    expect(keys(rows)).toEqual(['h-s1', 'a', 'b', 'h-s2', 'c', 'd', 'h-veto', 'v']);
    expect(keys(assignedRows(rows, index, ['e1']))).toEqual(['h-s1', 'b', 'h-veto', 'v']);
    expect(keys(assignedRows(rows, index, ['e2']))).toEqual(['h-s2', 'c']);
    expect(keys(assignedRows(rows, index, ['e1', 'e2']))).toEqual(['h-s1', 'b', 'h-s2', 'c', 'h-veto', 'v']);
  });

  it('keeps everything for an evaluator assigned to all items, and nothing for one with no units', () => {
    const all = makeDoc({
      criteria: [section('s1', 10, [leaf('a', 5), leaf('b', 5)])],
      evaluators: [{ id: 'e1' }, { id: 'e2', assignment: { unitIds: [], criterionIds: null } }],
    });
    const allRows = buildRows(all, TITLES);
    expect(assignedRows(allRows, buildAssignmentIndex(all), ['e1'])).toEqual(allRows);
    expect(assignedRows(allRows, buildAssignmentIndex(all), ['e2'])).toEqual([]);
  });
});

describe('the audit view', () => {
  const record = (at: string, actor: string, action: string, target: Record<string, string> = {}, reason = ''): AuditRecord => ({
    at,
    actor,
    action,
    target,
    reason,
  });
  const audit = [
    record('2020-12-01T01:00:00.000Z', '考核办', 'entry.set', { evaluator: 'e1', unit: 'A', criterion: 'a' }),
    record('2020-12-10T01:00:00.000Z', '张伟', 'workspace.entry.set', { evaluator: 'e1', unit: 'B', criterion: 'a' }),
    record('2020-12-20T01:00:00.000Z', '考核办', 'conflict.resolve', { evaluator: 'e1', unit: 'B', criterion: 'a' }, '以第二次提交为准'),
    record('2020-12-28T01:00:00.000Z', '考核办', 'status.finalize'),
  ];

  it("orders by each record's own time, so laptop records imported later sit where they happened", () => {
    const imported = [
      ...audit.slice(0, 3),
      record('2020-12-20T01:00:00.000Z', '考核办', 'package.import'),
      record('2020-12-05T01:00:00.000Z', '张伟', 'workspace.entry.set'),
    ];
    expect(auditRows(imported, EMPTY_AUDIT_FORM).map((r) => r.index)).toEqual([3, 2, 1, 4, 0]);
  });

  it('shows the newest first and filters by who, what, where and local calendar days', () => {
    expect(auditRows(audit, EMPTY_AUDIT_FORM).map((r) => r.index)).toEqual([3, 2, 1, 0]);
    expect(auditRows(audit, { ...EMPTY_AUDIT_FORM, actor: '张伟' }).map((r) => r.index)).toEqual([1]);
    expect(auditRows(audit, { ...EMPTY_AUDIT_FORM, action: 'conflict.resolve' }).map((r) => r.index)).toEqual([2]);
    expect(auditRows(audit, { ...EMPTY_AUDIT_FORM, unitId: 'B', evaluatorId: 'e1' }).map((r) => r.index)).toEqual([2, 1]);
    expect(auditRows(audit, { ...EMPTY_AUDIT_FORM, text: '第二次' }).map((r) => r.index)).toEqual([2]);
    expect(auditRows(audit, { ...EMPTY_AUDIT_FORM, from: '2020-12-10', to: '2020-12-20' }).map((r) => r.index)).toEqual([2, 1]);
  });

  it('finds records by the names people read, not only by the ids they hold', () => {
    const words = (r: AuditRecord) => `${r.target.unit === 'B' ? '柳州市' : ''} ${r.actor}`;
    expect(auditRows(audit, { ...EMPTY_AUDIT_FORM, text: '柳州' }).map((r) => r.index)).toEqual([]);
    expect(auditRows(audit, { ...EMPTY_AUDIT_FORM, text: '柳州' }, words).map((r) => r.index)).toEqual([2, 1]);
    let calls = 0;
    const remembered = cachedWords((r) => (calls++, words(r)));
    auditRows(audit, { ...EMPTY_AUDIT_FORM, text: '柳' }, remembered);
    auditRows(audit, { ...EMPTY_AUDIT_FORM, text: '柳州' }, remembered);
    expect(calls).toBe(audit.length);
  });

  it('turns calendar days into the first and last moment of the day in the local time zone', () => {
    const filter = auditFilterOf({ ...EMPTY_AUDIT_FORM, from: '2020-12-10', to: '2020-12-20', actor: '' });
    expect(filter).toEqual({ from: new Date(2020, 11, 10).toISOString(), to: new Date(2020, 11, 20, 23, 59, 59, 999).toISOString() });
    expect(auditFilterOf({ ...EMPTY_AUDIT_FORM, from: '2020-13-45x' })).toEqual({});
  });
});

describe('a refused package in plain words', () => {
  const t = createTranslator('zh-CN');
  it('says each problem, with the entry it is about but without field names', () => {
    expect(
      problemLines(
        {
          key: 'error.documentInvalid',
          params: {},
          file: 'x.kpr',
          problems: [{ place: 'signature', key: 'packages.badSignature', params: {} }],
        },
        t,
      ),
    ).toEqual([t('packages.badSignature')]);
    expect(
      problemLines(
        {
          key: 'error.documentInvalid',
          params: {},
          file: 'x.kpr',
          problems: [{ place: 'entries[3] · 张伟 · 南宁市 · 1.1 加强', key: 'packages.outsideAssignment', params: {} }],
        },
        t,
      ),
    ).toEqual(['张伟 · 南宁市 · 1.1 加强：不在该考核人员的评分任务范围内']);
    expect(problemLines({ key: 'error.finalized', params: {} }, t)).toEqual([t('error.finalized')]);
  });
});
