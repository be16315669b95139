// 评委明细 as a model: units grouped by who scored them, each block naming its team and
// evaluators, as many point columns as the largest block, none empty on every row.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { evaluatorsSheet } from '../../../shared/report/evaluators-sheet';
import { reportContext } from '../../../shared/report/context';
import { computeResults } from '../../../shared/scoring/compute';
import { entry, leaf, makeDoc, section } from '../../helpers/assessment';

const zh = createTranslator('zh-CN');

/** Three units: A by team 一组 (e1, e2), B by e3 alone (no team), C by e2 and e3 together. */
function doc() {
  const d = makeDoc({
    criteria: [section('s1', 10, [leaf('a', 6, { kind: 'plain', step: 0.5 }), leaf('b', 4, { kind: 'plain', step: 0.5 })])],
    units: ['A', 'B', 'C'],
    evaluators: ['e1', 'e2', 'e3'],
  });
  d.teams = [{ id: 't1', name: '一组', assignment: { unitIds: null, criterionIds: null } }];
  d.evaluators[0]!.teamId = 't1';
  d.evaluators[1]!.teamId = 't1';
  const only = (...unitIds: string[]) => ({ unitIds, criterionIds: null });
  d.evaluators[0]!.assignment = only('A');
  d.evaluators[1]!.assignment = only('A', 'C');
  d.evaluators[2]!.assignment = only('B', 'C');
  const scored: [string, string][] = [
    ['e1', 'A'],
    ['e2', 'A'],
    ['e3', 'B'],
    ['e2', 'C'],
    ['e3', 'C'],
  ];
  for (const [e, u] of scored) d.entries.push(entry(e, u, 'a', 5), entry(e, u, 'b', e === 'e3' ? 3 : 4));
  return d;
}

describe('评委明细 blocks', () => {
  const ctx = () => {
    const d = doc();
    return reportContext({ doc: d, results: computeResults(d), others: [], generatedAt: '', generatedIso: '', appVersion: '1' }, zh);
  };

  it('opens every unit with its team and evaluators, whose points follow in that order', () => {
    const sheet = evaluatorsSheet(ctx());
    const rows = [...sheet.rows()].map((r) => r.cells.map((c) => c?.v ?? null));
    // 考核组, 单位, 考核指标, 分值, 评委1, 评委2, 合成得分, 极差, 提示: two point columns, the largest block.
    expect(sheet.columns).toHaveLength(9);
    expect(rows[3]!.slice(4, 6)).toEqual(['评委1', '评委2']);
    const bands = rows.filter((r) => r[2] === '本单位考核人员').map((r) => r.slice(0, 6));
    // Blocks in team order: the units 一组 scored first, then the one with a 未分组 evaluator, then by rank.
    expect(bands.map((b) => b[1])).toEqual(['A市', 'C市', 'B市']);
    expect(bands).toEqual([
      ['一组', 'A市', '本单位考核人员', null, '评委e1', '评委e2'],
      ['一组、未分组', 'C市', '本单位考核人员', null, '评委e2', '评委e3'],
      ['未分组', 'B市', '本单位考核人员', null, '评委e3', null],
    ]);
    const bRow = rows.find((r) => r[1] === 'B市' && r[2] !== '本单位考核人员' && r[3] === 4)!;
    expect(bRow.slice(4, 7)).toEqual([3, null, 3]);
    const cRow = rows.find((r) => r[1] === 'C市' && r[3] === 4)!;
    expect(cRow.slice(4, 7)).toEqual([4, 3, 3.5]);
    // Each unit after the first starts a printed page.
    expect(sheet.breaksAfter).toEqual([4 + 3, 4 + 6]);
  });

  it('leaves no point column empty on every row', () => {
    const sheet = evaluatorsSheet(ctx());
    const body = [...sheet.rows()].slice(4).map((r) => r.cells.map((c) => c?.v ?? null));
    for (const col of [4, 5])
      expect(
        body.some((r) => typeof r[col] === 'number'),
        `column ${col + 1}`,
      ).toBe(true);
  });
});
