import { describe, expect, it } from 'vitest';
import { ChartRenderError, renderChartPng } from '../../../electron/services/charts/render-chart';
import { rankingBarConfig } from '../../../shared/charts/ranking-bar';
import { GRADE_COLORS, SERIES_COLORS, VETO_COLORS } from '../../../shared/charts/theme';
import { yearRanksLineConfig, yearTotalsLineConfig } from '../../../shared/charts/year-lines';
import type { RankingEntry } from '../../../shared/charts/types';
import {
  GUANGXI_CITIES,
  RANKING_LABELS,
  RANKS_LABELS,
  rankingEntries,
  ranksByYear,
  TOTALS_LABELS,
  totalsByYear,
} from '../../helpers/chart-data';
import { colourCounts, decodePng, diffBox, pixelsOf, pngSize } from '../../helpers/png';

const PRINT = { widthPx: 1600, heightPx: 900, scale: 2 };
const still = { interactive: false };

describe('chart images', () => {
  it('draws the ranking chart as a PNG of the asked size on white, in the grade colours', async () => {
    const entries = rankingEntries(GUANGXI_CITIES);
    const png = await renderChartPng(rankingBarConfig(entries, RANKING_LABELS, still), PRINT);
    expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
    const pixels = await decodePng(png);
    expect(pixels.width).toBe(1600);
    const counts = colourCounts(pixels);
    expect(counts.size).toBeGreaterThan(50);
    expect(counts.get('#ffffff')! / (1600 * 900)).toBeGreaterThan(0.4);
    expect(counts.get('#ffffff')! / (1600 * 900)).toBeLessThan(0.9);
    // Corners are opaque white, not transparent (Excel would show black).
    expect([...pixels.data.slice(0, 4)]).toEqual([255, 255, 255, 255]);
    for (const grade of new Set(entries.filter((e) => !e.vetoed).map((e) => e.grade!))) {
      expect(counts.get(GRADE_COLORS[grade]) ?? 0, grade).toBeGreaterThan(1000);
    }
    expect(counts.get(VETO_COLORS.fill) ?? 0).toBeGreaterThan(100);
  });

  it('draws Chinese unit names as glyphs, not as identical boxes', async () => {
    const draw = (firstName: string) => {
      const entries: RankingEntry[] = GUANGXI_CITIES.map((unit, i) => ({
        unit: i === 0 ? firstName : unit,
        total: 99 - i,
        grade: 'good',
        vetoed: false,
      }));
      return renderChartPng(rankingBarConfig(entries, RANKING_LABELS, still), PRINT).then(decodePng);
    };
    const [nanning, again, liuzhou] = await Promise.all([draw('南宁市'), draw('南宁市'), draw('柳州市')]);
    expect(diffBox(nanning, again)).toBeNull();
    const box = diffBox(nanning, liuzhou);
    expect(box).not.toBeNull();
    // Only the first name differs: the change sits left of the bars, in the top row.
    expect(box!.right).toBeLessThan(1600 * 0.12);
    expect(box!.bottom).toBeLessThan(900 * 0.25);
    expect(box!.count).toBeGreaterThan(300);
  });

  it('draws an interactive config the same as a still one (animation forced off)', async () => {
    const entries = rankingEntries(GUANGXI_CITIES);
    const screen = rankingBarConfig(entries, RANKING_LABELS);
    const [a, b] = await Promise.all([
      renderChartPng(screen, PRINT),
      renderChartPng(rankingBarConfig(entries, RANKING_LABELS, still), PRINT),
    ]);
    expect(diffBox(await decodePng(a), await decodePng(b))).toBeNull();
    // The caller's config is left as it was, free to be drawn again or sent to a window.
    expect(screen.options!.animation).toBeUndefined();
    expect(Object.getOwnPropertyNames(screen.data.datasets[0]!.data)).not.toContain('_chartjs');
  });

  it('keeps the exact pixel size when it is not a multiple of the scale', async () => {
    const png = await renderChartPng(rankingBarConfig(rankingEntries(GUANGXI_CITIES), RANKING_LABELS, still), {
      widthPx: 1001,
      heightPx: 601,
      scale: 2,
    });
    expect(pngSize(png)).toEqual({ width: 1001, height: 601 });
  });

  it('draws the totals line chart with every city in its own colour', async () => {
    const png = await renderChartPng(yearTotalsLineConfig(totalsByYear(), TOTALS_LABELS, still), PRINT);
    expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
    const counts = colourCounts(await decodePng(png));
    expect(SERIES_COLORS.filter((c) => (counts.get(c) ?? 0) > 100)).toHaveLength(14);
  });

  it('draws ranks with rank 1 at the top', async () => {
    // 南宁市 falls from 1st to 4th to 7th: its line must run downwards, left to right.
    const pixels = await decodePng(await renderChartPng(yearRanksLineConfig(ranksByYear(), RANKS_LABELS, still), PRINT));
    const line = pixelsOf(pixels, SERIES_COLORS[0]!, 1600 * 0.8);
    const left = Math.min(...line.map((p) => p.x));
    const right = Math.max(...line.map((p) => p.x));
    const meanY = (x: number) => {
      const ys = line.filter((p) => Math.abs(p.x - x) < 3).map((p) => p.y);
      return ys.reduce((a, b) => a + b, 0) / ys.length;
    };
    expect(right - left).toBeGreaterThan(600);
    expect(meanY(left)).toBeLessThan(900 * 0.2);
    expect(meanY(right)).toBeGreaterThan(meanY(left) + 200);
  });

  it('throws a ChartRenderError naming the chart when it cannot draw', async () => {
    const config = rankingBarConfig(rankingEntries(GUANGXI_CITIES), RANKING_LABELS, still);
    const pie = { ...config, type: 'pie' } as unknown as typeof config;
    await expect(renderChartPng(pie, PRINT)).rejects.toMatchObject({ name: 'ChartRenderError', chart: RANKING_LABELS.title });
    await expect(renderChartPng(pie, PRINT)).rejects.toBeInstanceOf(ChartRenderError);
    await expect(renderChartPng(config, { ...PRINT, widthPx: 0, name: 'ranking' })).rejects.toMatchObject({ chart: 'ranking' });
    await expect(renderChartPng(config, { ...PRINT, scale: Number.NaN })).rejects.toBeInstanceOf(ChartRenderError);
  });
});
