import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY } from '../../../shared/charts/theme';
import { seriesStyle, yearRanksLineConfig, yearTotalsLineConfig } from '../../../shared/charts/year-lines';
import type { YearSeriesInput } from '../../../shared/charts/types';
import { GUANGXI_CITIES, RANKS_LABELS, ranksByYear, TOTALS_LABELS, totalsByYear } from '../../helpers/chart-data';
import { fontFamilies } from '../../helpers/font-families';

const input: YearSeriesInput = {
  years: [2022, 2023, 2024],
  series: [
    { unit: '南宁市', values: [88.5, null, 91] },
    { unit: '柳州市', values: [90, 89.25] },
    { unit: '桂林市', values: [80, 81, 82, 83] },
  ],
};

type Scale = { reverse?: boolean; min?: number; max?: number; ticks: { stepSize?: number; precision?: number } };

describe('year-on-year totals line chart config', () => {
  const config = yearTotalsLineConfig(input, TOTALS_LABELS);

  it('draws one line per unit over the years', () => {
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['2022', '2023', '2024']);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['南宁市', '柳州市', '桂林市']);
  });

  it('keeps missing years as gaps, never joined across', () => {
    expect(config.data.datasets[0]!.data).toEqual([88.5, null, 91]);
    expect(config.data.datasets[1]!.data).toEqual([90, 89.25, null]);
    expect(config.data.datasets[2]!.data).toEqual([80, 81, 82]);
    expect(config.data.datasets.every((d) => d.spanGaps === false)).toBe(true);
  });

  it('tells 14 lines apart by colour, and neighbours also by dash', () => {
    const cities = yearTotalsLineConfig(totalsByYear(), TOTALS_LABELS);
    const colours = cities.data.datasets.map((d) => d.borderColor);
    expect(new Set(colours).size).toBe(14);
    const dashes = cities.data.datasets.map((d) => JSON.stringify(d.borderDash));
    expect(new Set(dashes).size).toBeGreaterThanOrEqual(3);
    dashes.slice(1).forEach((dash, i) => expect(dash).not.toBe(dashes[i]));
    const styles = Array.from({ length: 42 }, (_, i) => seriesStyle(i)).map((s) => `${s.color} ${s.dash.join()}`);
    expect(new Set(styles).size).toBe(42);
  });

  it('puts the legend at the side for a province, below for many units', () => {
    expect(yearTotalsLineConfig(totalsByYear(), TOTALS_LABELS).options!.plugins!.legend!.position).toBe('right');
    const many: YearSeriesInput = { years: [2024], series: Array.from({ length: 30 }, (_, i) => ({ unit: `U${i}`, values: [i] })) };
    expect(yearTotalsLineConfig(many, TOTALS_LABELS).options!.plugins!.legend!.position).toBe('bottom');
  });

  it('draws legend samples with the line dash of their series', () => {
    const cities = yearTotalsLineConfig(totalsByYear(), TOTALS_LABELS);
    const chart = { data: cities.data, isDatasetVisible: (i: number) => i !== 2 };
    const items = cities.options!.plugins!.legend!.labels!.generateLabels!(chart as never);
    expect(items.map((i) => i.text)).toEqual(GUANGXI_CITIES);
    expect(items[1]!.lineDash).toEqual(seriesStyle(1).dash);
    expect(items[1]!.strokeStyle).toBe(seriesStyle(1).color);
    expect(items.map((i) => i.hidden)).toEqual(GUANGXI_CITIES.map((_, i) => i === 2));
  });

  it('fits the axis to the totals rather than starting at zero, with given titles and the app font', () => {
    const y = config.options!.scales!.y as Scale & { beginAtZero?: boolean; title: { text: string } };
    expect(y.beginAtZero).toBeUndefined();
    expect(y.reverse).toBeUndefined();
    expect(y.title.text).toBe('得分');
    expect(config.options!.plugins!.title!.text).toBe(TOTALS_LABELS.title);
    expect(new Set(fontFamilies(config))).toEqual(new Set([CHART_FONT_FAMILY]));
  });

  it('turns animation and resizing off for a still image', () => {
    const still = yearTotalsLineConfig(input, TOTALS_LABELS, { interactive: false, devicePixelRatio: 3 });
    expect(still.options).toMatchObject({ animation: false, responsive: false, devicePixelRatio: 3 });
  });
});

describe('year-on-year ranks line chart config', () => {
  const config = yearRanksLineConfig(ranksByYear(), RANKS_LABELS);
  const y = config.options!.scales!.y as Scale;

  it('puts rank 1 at the top, whole ranks only, spanning all units', () => {
    expect(y.reverse).toBe(true);
    expect(y.min).toBe(1);
    expect(y.max).toBe(14);
    expect(y.ticks).toMatchObject({ stepSize: 1, precision: 0 });
  });

  it('keeps a missing rank as a gap', () => {
    expect(config.data.datasets[3]!.data).toEqual([4, null, 10]);
  });

  it('stretches the axis to a rank beyond the unit count rather than cutting it off', () => {
    const odd = yearRanksLineConfig({ years: [2024], series: [{ unit: 'A', values: [3] }] }, RANKS_LABELS);
    expect((odd.options!.scales!.y as Scale).max).toBe(3);
  });
});
