import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { buildReport } from '../../../shared/report/build-report';
import { reportContext, type ReportInput } from '../../../shared/report/context';
import { deductionLines } from '../../../shared/report/deductions-sheet';
import { evaluatorsByTeam } from '../../../shared/report/evaluators-sheet';
import { gradesText, ruleText } from '../../../shared/report/rule-text';
import { computeResults } from '../../../shared/scoring/compute';
import type { SheetModel } from '../../../shared/workbook/model';
import { entry, leaf, makeDoc, section } from '../../helpers/assessment';

const zh = createTranslator('zh-CN');

/** Two sections, three units, two evaluators, one of every kind of entry that explains itself. */
function doc() {
  const d = makeDoc({
    criteria: [
      section('s1', 10, [leaf('a', 6, { kind: 'plain', step: 0.5 }), leaf('b', 4, { kind: 'deduction', perOccurrence: 1 })]),
      section('s2', 5, [
        leaf('c', 5, {
          kind: 'tiered',
          levels: [
            { label: '好', points: 5 },
            { label: '差', points: 2 },
          ],
        }),
      ]),
    ],
    units: ['A', 'B', 'C'],
    evaluators: ['e1', 'e2'],
    bonus: {
      cap: 3,
      items: [
        {
          id: 'x',
          title: '表彰',
          text: '',
          cap: 2,
          levels: [
            { label: '国家级', points: 2 },
            { label: '省级', points: 1 },
          ],
        },
      ],
    },
    vetoes: [{ id: 'v', title: '重大事故', text: '', effect: 'veto' }],
  });
  for (const e of ['e1', 'e2']) {
    d.entries.push(
      entry(e, 'A', 'a', 6),
      entry(e, 'B', 'a', 5, '台账不全'),
      entry(e, 'C', 'a', 4),
      entry(e, 'A', 'b', { kind: 'deductions', occurrences: [] }),
      entry(e, 'B', 'b', { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报' }] }),
      entry(e, 'C', 'b', { kind: 'deductions', occurrences: [] }),
      entry(e, 'A', 'c', { kind: 'tier', level: 0 }),
      entry(e, 'B', 'c', { kind: 'tier', level: 1 }),
      entry(e, 'C', 'c', { kind: 'na' }, '无此任务'),
    );
  }
  d.entries.push(entry('e1', 'A', 'x', { kind: 'bonus', achievements: [{ name: '先进集体', level: 1, reason: '先进集体' }] }));
  d.entries.push(entry('e1', 'C', 'v', { kind: 'veto', triggered: true }, '重大火灾'));
  return d;
}

function input(d = doc()): ReportInput {
  return {
    doc: d,
    results: computeResults(d),
    others: [],
    generatedAt: '2020-12-28 16:05',
    generatedIso: '2020-12-28T08:05:00.000Z',
    appVersion: '9.9.9',
  };
}

const rows = (sheet: SheetModel) => [...sheet.rows()];
const values = (sheet: SheetModel, r: number) => rows(sheet)[r - 1]!.cells.map((c) => c?.v ?? null);

describe('the report model', () => {
  it('lays out the summary from the results, vetoed unit last, grades styled by grade', () => {
    const model = buildReport(input(), zh);
    const summary = model.sheets[0]!;
    const results = computeResults(doc());
    expect(
      rows(summary)
        .slice(4, 7)
        .map((r) => [r.cells[0]!.v, r.cells[1]!.v, r.cells[2]!.v, r.cells[4]!.s]),
    ).toEqual(
      results.order.map((id) => {
        const u = results.units.find((x) => x.unitId === id)!;
        return [
          u.rank,
          u.unitName,
          u.total,
          { excellent: 'gradeExcellent', good: 'gradeGood', pass: 'gradePass', fail: 'gradeFail' }[u.grade!],
        ];
      }),
    );
    expect(values(summary, 7)[1]).toBe('C市');
    expect(values(summary, 7)[5]).toBe('一票否决：重大事故；5 分不适用');
    expect(summary.images).toEqual([{ imageId: 'ranking', col: 0, row: rows(summary).length - 1, width: 960, height: 450 }]);
    expect(summary.breaksAfter).toEqual([rows(summary).length - 1]);
  });

  it('puts every leaf under its section in the matrix, each section closed by its subtotal', () => {
    const matrix = buildReport(input(), zh).sheets[1]!;
    expect(values(matrix, 3).slice(2)).toEqual(['部分s1（10 分）', null, null, '部分s2（5 分）', null, '基础分', '加分', '总分']);
    expect(values(matrix, 4).slice(2, 7)).toEqual(['指标a', '指标b', '小计', '指标c', '小计']);
    expect(values(matrix, 5).slice(1)).toEqual(['分值', 6, 4, 10, 5, 5, 15, 3, null]);
    expect(matrix.merges).toEqual(expect.arrayContaining(['C3:E3', 'F3:G3', 'A3:A4']));
    const c = rows(matrix).find((r) => r.cells[1]?.v === 'C市')!;
    expect(c.cells[5]).toEqual({ v: '不适用', s: 'muted' });
  });

  it('explains every lost point that carries a reason, every deduction, bonus, veto and N/A', () => {
    const lines = deductionLines(reportContext(input(), zh));
    expect(lines.map((l) => [l.unitId, l.item, l.evaluator, l.kind, l.points, l.reason])).toEqual([
      ['A', '加分：表彰', '评委e1', 'bonus', 1, '先进集体'],
      ['B', '指标a', '评委e1', 'loss', -1, '台账不全'],
      ['B', '指标a', '评委e2', 'loss', -1, '台账不全'],
      ['B', '指标b', '评委e1', 'deduction', -2, '迟报'],
      ['B', '指标b', '评委e2', 'deduction', -2, '迟报'],
      ['C', '指标c', '评委e1', 'na', null, '无此任务'],
      ['C', '指标c', '评委e2', 'na', null, '无此任务'],
      ['C', '重大事故', '评委e1', 'veto', null, '重大火灾'],
    ]);
  });

  it('says in words how the scores were made', () => {
    expect(gradesText({ ...doc().settings, grades: { excellent: 90, good: null, pass: 60 }, gradeNames: 'compliance' }, zh)).toBe(
      '优秀 ≥ 90；达标 60–<90；不达标 < 60',
    );
    expect(ruleText(leaf('z', 4), { kind: 'control', perUnitOver: 2, target: 3, targets: {} }, zh)).toBe(
      '控制目标 3，每超出 1 扣 2 分，扣完为止',
    );
    const method = buildReport(input(), zh, [{ id: 'ranking', title: '排名图', reason: 'boom' }]).sheets.find((s) => s.name === '说明')!;
    const facts = rows(method).map((r) => [r.cells[0]?.v, r.cells[1]?.v]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ['软件版本', '考评 9.9.9'],
        ['生成时间', '2020-12-28 16:05'],
        ['图表', '图表“排名图”未能生成：boom'],
        ['数据状态', '完整：所有单位的所有指标均已评分'],
      ]),
    );
  });

  it('orders evaluators by team for the grouped columns', () => {
    const d = doc();
    d.teams = [
      { id: 't2', name: '二组', assignment: { unitIds: null, criterionIds: null } },
      { id: 't1', name: '一组', assignment: { unitIds: null, criterionIds: null } },
    ];
    d.evaluators[0]!.teamId = 't1';
    d.evaluators[1]!.teamId = 't2';
    expect(evaluatorsByTeam(d).map((x) => [x.evaluator.id, x.team])).toEqual([
      ['e2', '二组'],
      ['e1', '一组'],
    ]);
  });
});
