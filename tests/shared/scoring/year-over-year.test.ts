import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/scoring/compute';
import { compareYears, history, matchSections, previousYearOf } from '../../../shared/scoring/year-over-year';
import { leaf, makeDoc, scores, section } from '../../helpers/assessment';

function year(y: number, titles: string[], totals: Record<string, number>) {
  const share = 100 / titles.length;
  const criteria = titles.map((t, i) => ({ ...section(`s${i}`, share, [leaf(`s${i}.1`, share)]), title: t, code: String(i + 1) }));
  const entries = Object.entries(totals).flatMap(([u, t]) => titles.flatMap((_, i) => scores('e1', `s${i}.1`, { [u]: t / titles.length })));
  const doc = { ...makeDoc({ criteria, units: Object.keys(totals), entries }), year: y };
  return { doc, results: computeResults(doc) };
}

describe('year on year', () => {
  it('compares total and rank per unit; a positive rank change means moving up', () => {
    const prev = year(2019, ['安全生产', '消防工作'], { A: 90, B: 80, C: 70 });
    const cur = year(2020, ['安全生产', '消防工作'], { A: 85, B: 88, C: 70 });
    const cmp = compareYears(cur, prev);
    expect(cmp.units.map((u) => [u.unitId, u.rank, u.previousRank, u.rankChange, u.totalChange])).toEqual([
      ['A', 2, 1, -1, -5],
      ['B', 1, 2, 1, 8],
      ['C', 3, 3, 0, 0],
    ]);
    expect(cmp.units[1]!.sections).toEqual([
      { code: '1', title: '安全生产', score: 44, previousScore: 40, change: 4 },
      { code: '2', title: '消防工作', score: 44, previousScore: 40, change: 4 },
    ]);
  });

  it('matches sections by title across scripts and lists the ones it cannot match', () => {
    const prev = year(2019, ['安全生產', '森林防火'], { A: 90 });
    const cur = year(2020, ['安全生产', '消防工作'], { A: 90 });
    const cmp = compareYears(cur, prev);
    expect(cmp.units[0]!.sections.map((s) => s.title)).toEqual(['安全生产']);
    expect(cmp.unmatchedSections).toEqual({ current: [{ code: '2', title: '消防工作' }], previous: [{ code: '2', title: '森林防火' }] });
    expect(matchSections(cur.doc.scheme.criteria, prev.doc.scheme.criteria).pairs).toHaveLength(1);
  });

  it('has no previous figures in the first year and lists units new this year', () => {
    expect(compareYears(year(2020, ['甲'], { A: 90 }), null).units[0]).toMatchObject({ previousTotal: null, rankChange: null });
    const cmp = compareYears(year(2020, ['甲'], { A: 90, N: 80 }), year(2019, ['甲'], { A: 85 }));
    expect(cmp.unmatchedUnits).toEqual({ current: ['N市'], previous: [] });
  });

  it('finds the previous year and builds the series for the trend charts', () => {
    const all = [year(2020, ['甲'], { A: 90, B: 80 }), year(2018, ['甲'], { A: 70, B: 75 }), year(2019, ['甲'], { A: 80, B: 85 })];
    expect(previousYearOf(2020, all)?.doc.year).toBe(2019);
    expect(previousYearOf(2018, all)).toBeNull();
    expect(history(all)).toEqual({
      years: [2018, 2019, 2020],
      units: [
        { name: 'A市', totals: [70, 80, 90], ranks: [2, 2, 1] },
        { name: 'B市', totals: [75, 85, 80], ranks: [1, 1, 2] },
      ],
    });
  });
});
