import { renderChartPng } from '../../electron/services/charts/render-chart';
import { rankingBarConfig, rankingChartHeight } from '../../shared/charts/ranking-bar';
import { yearTotalsLineConfig } from '../../shared/charts/year-lines';
import { GUANGXI_CITIES, manyUnits, RANKING_LABELS, rankingEntries, TOTALS_LABELS, totalsByYear } from '../helpers/chart-data';
import { timed, type Figure } from './measure';

/** Chart images for the Excel report: config plus drawing plus PNG encoding, at print size (scale 2). */
export async function chartFigures(): Promise<Figure[]> {
  const still = { interactive: false };
  const city = rankingEntries(GUANGXI_CITIES);
  const county = rankingEntries(manyUnits(111));
  const print = { widthPx: 1600, heightPx: 900, scale: 2 };
  const tall = { widthPx: 1600, heightPx: rankingChartHeight(county.length) * 2, scale: 2 };
  const runs = 20;
  return [
    await timed('ranking bar PNG, 14 units (1600×900)', () => renderChartPng(rankingBarConfig(city, RANKING_LABELS, still), print), {
      runs,
    }),
    await timed(
      'totals line PNG, 14 units × 3 years (1600×900)',
      () => renderChartPng(yearTotalsLineConfig(totalsByYear(), TOTALS_LABELS, still), print),
      { runs },
    ),
    await timed(
      `ranking bar PNG, 111 units (1600×${tall.heightPx})`,
      () => renderChartPng(rankingBarConfig(county, RANKING_LABELS, still), tall),
      { runs },
    ),
  ];
}
