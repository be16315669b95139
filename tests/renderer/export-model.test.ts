import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../shared/demo/generate-demo';
import { createTranslator } from '../../shared/i18n/messages';
import { parsePlan } from '../../shared/plan/parse-plan';
import { computeResults } from '../../shared/scoring/compute';
import { scoreSheetLayout } from '../../shared/sheets/layout';
import {
  barFraction,
  importedText,
  incompleteUnits,
  plannedSheets,
  plannedText,
  sheetChoices,
  stageText,
} from '../../renderer/screens/export/export-model';
import { leaf, makeDoc } from '../helpers/assessment';
import { SEED_PLAN } from '../helpers/paths';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const demo = generateDemo(parsePlan(readFileSync(SEED_PLAN, 'utf8'), 'text'), 'seed.txt').at(-1)!;

describe('the export screen: whose score sheets', () => {
  it('offers everyone, each team and each evaluator, named for the user', () => {
    const choices = sheetChoices(demo, zh);
    expect(choices.map((c) => c.label)).toEqual([
      '全部考核人员（6 人）',
      '第一考核组（3 人）',
      '第二考核组（3 人）',
      '张伟（第一考核组）',
      '李娜（第一考核组）',
      '王强（第一考核组）',
      '刘洋（第二考核组）',
      '陈静（第二考核组）',
      '杨帆（第二考核组）',
    ]);
    expect(choices.map((c) => c.who)).toContainEqual({ kind: 'team', id: 't2' });
    expect(sheetChoices(demo, en)[0]!.label).toBe('All evaluators (6)');
  });

  it('plans the sheets main will write, with the same layout: a team is one sheet per member', () => {
    const planned = plannedSheets(demo, { kind: 'team', id: 't1' });
    expect(planned.map((s) => s.name)).toEqual(['张伟', '李娜', '王强']);
    const layout = scoreSheetLayout(demo, 'e1', zh);
    expect(planned[0]).toEqual({ evaluatorId: 'e1', name: '张伟', units: 7, items: layout.items.length });
    expect(plannedText(planned, zh)).toBe(
      `将生成 3 份评分表：张伟（7 个单位，${layout.items.length} 项）、李娜（7 个单位，${layout.items.length} 项）、王强（7 个单位，${layout.items.length} 项）`,
    );
    expect(plannedText(plannedSheets(demo, { kind: 'all' }), zh, 2)).toMatch(/^将生成 6 份评分表：张伟（.*）、李娜（.*）、等 4 人$/);
  });

  it('counts units and items exactly as the sheet layout does, for whole teams and for narrowed assignments', () => {
    const narrowed = {
      ...demo,
      teams: demo.teams.map((x, i) =>
        i === 0
          ? {
              ...x,
              assignment: { unitIds: ['450100', '450300'], criterionIds: [demo.scheme.criteria[1]!.id, demo.scheme.bonus.items[0]!.id] },
            }
          : x,
      ),
      evaluators: demo.evaluators.map((e) =>
        e.id === 'e6' ? { ...e, assignment: { unitIds: ['451400'], criterionIds: [demo.scheme.vetoes[0]!.id] } } : e,
      ),
    };
    for (const doc of [demo, narrowed]) {
      const expected = doc.evaluators
        .map((e) => scoreSheetLayout(doc, e.id, zh))
        .filter((l) => l.units.length > 0 && l.items.length > 0)
        .map((l) => ({ evaluatorId: l.evaluator.id, name: l.evaluator.name, units: l.units.length, items: l.items.length }));
      expect(plannedSheets(doc, { kind: 'all' })).toEqual(expected);
    }
    expect(plannedSheets(narrowed, { kind: 'team', id: 't1' }).map((s) => [s.units, s.items])).toEqual([
      [2, scoreSheetLayout(narrowed, 'e1', zh).items.length],
      [2, scoreSheetLayout(narrowed, 'e1', zh).items.length],
      [2, scoreSheetLayout(narrowed, 'e1', zh).items.length],
    ]);
    expect(plannedSheets(narrowed, { kind: 'evaluator', id: 'e6' })).toEqual([{ evaluatorId: 'e6', name: '杨帆', units: 1, items: 1 }]);
  });

  it('leaves out an evaluator with nothing assigned, as main does', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 10)],
      units: ['A'],
      evaluators: [{ id: 'e1' }, { id: 'e2', assignment: { unitIds: [], criterionIds: null } }],
    });
    expect(plannedSheets(doc, { kind: 'all' }).map((s) => s.evaluatorId)).toEqual(['e1']);
    expect(plannedSheets(doc, { kind: 'evaluator', id: 'e2' })).toEqual([]);
  });
});

describe('the export screen: progress and outcomes in words', () => {
  it('counts the step in hand, not the steps finished, and waits for the dialog before the bar moves', () => {
    expect(stageText({ stage: 'writeSheets', done: 2, total: 6, detail: '评委明细' }, zh)).toBe('正在写入工作表（3/6）评委明细…');
    expect(stageText({ stage: 'writeSheets', done: 6, total: 6 }, zh)).toBe('正在写入工作表（6/6）…');
    expect(stageText({ stage: 'drawCharts', done: 1, total: 3 }, en)).toBe('Drawing charts (1/3)…');
    expect(barFraction('report:export', null)).toBeNull();
    expect(barFraction('report:export', { stage: 'writeSheets', done: 3, total: 6 })).toBeCloseTo(0.625, 6);
    expect(barFraction('sheet:import', { stage: 'saveAssessment', done: 1, total: 1 })).toBe(1);
  });

  it('says what an import brought in, by evaluator', () => {
    const sheets = [
      { token: 'x'.repeat(16), fileName: 'a.xlsx', evaluatorName: '张伟', count: 40 },
      { token: 'y'.repeat(16), fileName: 'b.xlsx', evaluatorName: '李娜', count: 2 },
    ];
    expect(importedText(sheets, zh)).toBe('42 条得分已导入（张伟：40 条、李娜：2 条）');
    expect(importedText(sheets, en)).toBe('Entries imported: 42 (张伟: 40, 李娜: 2)');
  });

  it('names the units whose scores are not all in', () => {
    const doc = makeDoc({
      criteria: [leaf('a', 10)],
      units: ['A', 'B'],
      entries: [
        {
          evaluatorId: 'e1',
          unitId: 'A',
          criterionId: 'a',
          value: { kind: 'score', score: 5 },
          reason: '',
          evidence: '',
          note: '',
          at: '2020-12-01T00:00:00.000Z',
          source: 'office',
        },
      ],
    });
    expect(incompleteUnits(computeResults(doc))).toEqual({ names: ['B市'], provisional: false });
    expect(incompleteUnits(computeResults(demo))).toEqual({ names: [], provisional: false });
  });
});
