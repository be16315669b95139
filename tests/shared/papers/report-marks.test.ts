import { describe, expect, it } from 'vitest';
import { rankingAxisMin } from '../../../shared/charts/ranking-bar';
import { yearTotalsLineConfig } from '../../../shared/charts/year-lines';
import { createTranslator } from '../../../shared/i18n/messages';
import { buildReport, reportChartSpecs } from '../../../shared/report/build-report';
import type { ReportInput } from '../../../shared/report/context';
import { computeResults } from '../../../shared/scoring/compute';
import { leaf, makeDoc, scores } from '../../helpers/assessment';

const zh = createTranslator('zh-CN');

function input(status: 'scoring' | 'finalized' = 'scoring'): ReportInput {
  const doc = {
    ...makeDoc({ criteria: [leaf('a', 100)], units: ['A', 'B', 'C'], entries: scores('e1', 'a', { A: 95, B: 88, C: 81.5 }) }),
    status,
  };
  return {
    doc,
    results: computeResults(doc),
    others: [],
    generatedAt: '2020-12-28 10:00',
    generatedIso: '2020-12-28T02:00:00.000Z',
    appVersion: '0.1.0',
  };
}

describe('the year-end report says what a leader must know at a glance', () => {
  it('starts the ranking axis near the lowest score and says so in the axis title', () => {
    expect(rankingAxisMin([95, 88, 81.5])).toBe(75);
    expect(rankingAxisMin([95, 30])).toBe(25);
    expect(rankingAxisMin([95, 12])).toBe(0);
    expect(rankingAxisMin([])).toBe(0);
    const ranking = reportChartSpecs(input(), zh).find((c) => c.id === 'ranking')!;
    const x = (ranking.config.options as { scales: { x: { min: number; title: { text: string } } } }).scales.x;
    expect(x.min).toBe(75);
    expect(x.title.text).toBe('得分（横轴从 75 分起，未从 0 起）');
  });

  it('marks every sheet 未定稿 in its page header until the assessment is finalized', () => {
    for (const sheet of buildReport(input(), zh).sheets) expect(sheet.print!.header, sheet.name).toContain('&L&B未定稿');
    for (const sheet of buildReport(input('finalized'), zh).sheets) expect(sheet.print!.header, sheet.name).not.toContain('未定稿');
  });

  it('carries 制表单位, 制表人, 审核人 and the date under the summary table', () => {
    const summary = buildReport(input(), zh).sheets[0]!;
    const texts = [...summary.rows()].flatMap((r) => r.cells.map((c) => String(c?.v ?? '')));
    const line = texts.find((s) => s.startsWith('制表单位：'))!;
    expect(line).toContain('制表人：');
    expect(line).toContain('审核人：');
    expect(line).toContain('日期：');
  });

  it('draws the highlighted units of a year-on-year chart in colour on top, the others grey behind', () => {
    const series = ['甲', '乙', '丙'].map((unit, i) => ({ unit, values: [80 + i, 81 + i] }));
    const config = yearTotalsLineConfig(
      { years: [2019, 2020], series },
      { title: 't', xAxis: 'x', yAxis: 'y' },
      { highlight: new Set(['甲', '丙']) },
    );
    const sets = config.data.datasets.map((d) => [d.label, d.borderColor, d.order]);
    expect(sets[1]).toEqual(['乙', '#c4c9d0', 1]);
    expect(sets[0]![2]).toBe(0);
    expect(sets[2]![2]).toBe(0);
    expect(sets[0]![1]).not.toBe(sets[2]![1]);
  });
});
