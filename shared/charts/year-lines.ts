// Year-on-year line charts: how each unit's total and rank moved since earlier years.
import type { Chart, ChartConfiguration, ChartDataset, LegendItem } from 'chart.js';
import { axisTitle, chartFont, modeOptions, titleOptions, tooltipOptions } from './base-options';
import { AXIS_COLOR, FONT_SIZE, GRID_COLOR, SERIES_COLORS, SERIES_DASHES, SERIES_POINT_STYLES, TEXT_COLOR } from './theme';
import type { ChartBuildOptions, YearLineLabels, YearSeriesInput } from './types';

export type YearLineConfig = ChartConfiguration<'line', (number | null)[], string>;

/** Beyond this many lines the legend moves from the side to the bottom, where it can wrap. */
const SIDE_LEGEND_MAX = 20;

/** Colour, dash and marker of the i-th line: three cues, so lines stay apart in greyscale print. */
export function seriesStyle(i: number): { color: string; dash: number[]; pointStyle: (typeof SERIES_POINT_STYLES)[number] } {
  return {
    color: SERIES_COLORS[i % SERIES_COLORS.length]!,
    dash: [...SERIES_DASHES[i % SERIES_DASHES.length]!],
    pointStyle: SERIES_POINT_STYLES[i % SERIES_POINT_STYLES.length]!,
  };
}

/** Values aligned with the years: missing ones become null (a gap), surplus ones are dropped. */
function alignToYears(values: readonly (number | null)[], years: number): (number | null)[] {
  return Array.from({ length: years }, (_, i) => {
    const v = values[i];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  });
}

/** Options of the year-on-year charts. */
export interface YearLineOptions extends ChartBuildOptions {
  /**
   * Units drawn in colour; the others thin and grey behind them. Fourteen coloured lines are a
   * tangle: with the top and bottom units highlighted, a reader follows those and sees the rest
   * as the field they move in.
   */
  highlight?: ReadonlySet<string>;
}

/** The muted look of a unit that is not highlighted. */
const MUTED = { color: '#c4c9d0', width: 1.25 };

function datasets(input: YearSeriesInput, highlight?: ReadonlySet<string>): ChartDataset<'line', (number | null)[]>[] {
  let shown = 0;
  return input.series.map((s, i) => {
    if (highlight && !highlight.has(s.unit)) {
      return {
        label: s.unit,
        data: alignToYears(s.values, input.years.length),
        borderColor: MUTED.color,
        backgroundColor: MUTED.color,
        borderDash: [],
        borderWidth: MUTED.width,
        pointStyle: 'circle',
        pointRadius: 2,
        pointHoverRadius: 4,
        spanGaps: false,
        tension: 0,
        clip: 8,
        // Drawn first, under the highlighted lines.
        order: 1,
      };
    }
    const style = seriesStyle(highlight ? shown++ : i);
    return {
      order: 0,
      label: s.unit,
      data: alignToYears(s.values, input.years.length),
      borderColor: style.color,
      backgroundColor: style.color,
      borderDash: style.dash,
      borderWidth: 2,
      pointStyle: style.pointStyle,
      pointRadius: 4,
      pointHoverRadius: 6,
      // A missing year is a gap: joining across it would invent a trend.
      spanGaps: false,
      tension: 0,
      // Let markers at rank 1 or at the last place show whole instead of cut by the chart area.
      clip: 8,
    };
  });
}

/**
 * Legend entries drawn as a short stretch of each line, dash included. chart.js's own entries
 * take their style from the first point, which has no dash, so every sample would look solid.
 */
function legendItems(chart: Chart<'line'>): LegendItem[] {
  return chart.data.datasets.map((d, i) => ({
    text: d.label ?? '',
    strokeStyle: d.borderColor as string,
    fillStyle: d.backgroundColor as string,
    lineDash: d.borderDash as number[],
    lineWidth: d.borderWidth as number,
    pointStyle: 'line',
    fontColor: TEXT_COLOR,
    hidden: !chart.isDatasetVisible(i),
    datasetIndex: i,
  }));
}

function lineConfig(input: YearSeriesInput, labels: YearLineLabels, options: YearLineOptions, y: Record<string, unknown>): YearLineConfig {
  const interactive = options.interactive ?? true;
  return {
    type: 'line',
    data: { labels: input.years.map(String), datasets: datasets(input, options.highlight) },
    options: {
      ...modeOptions(options),
      layout: { padding: { top: 4, right: 8, bottom: 4, left: 4 } },
      scales: {
        x: {
          // Half a step of room at both ends, so first and last points are not cut by the axes.
          offset: true,
          grid: { color: GRID_COLOR },
          border: { color: AXIS_COLOR },
          ticks: { color: TEXT_COLOR, font: chartFont(FONT_SIZE.tick) },
          title: axisTitle(labels.xAxis),
        },
        y: {
          grid: { color: GRID_COLOR },
          border: { color: AXIS_COLOR },
          title: axisTitle(labels.yAxis),
          ...y,
        },
      },
      plugins: {
        title: titleOptions(labels.title),
        legend: {
          display: input.series.length > 0,
          position: input.series.length > SIDE_LEGEND_MAX ? 'bottom' : 'right',
          // A short line in the series' dash, so the legend matches the chart in greyscale too.
          labels: {
            generateLabels: legendItems,
            usePointStyle: true,
            pointStyleWidth: 28,
            color: TEXT_COLOR,
            font: chartFont(FONT_SIZE.legend),
            padding: 8,
          },
        },
        tooltip: tooltipOptions(interactive),
      },
    },
  };
}

/**
 * One line per unit of its total over the years; a null value is a gap in the line. Totals
 * cluster (say 80–95), so the axis fits the data rather than starting at zero.
 * @param input years in display order, one value per year per unit
 * @param labels titles, already translated
 */
export function yearTotalsLineConfig(input: YearSeriesInput, labels: YearLineLabels, options: YearLineOptions = {}): YearLineConfig {
  return lineConfig(input, labels, options, {
    grace: '5%',
    ticks: { color: TEXT_COLOR, font: chartFont(FONT_SIZE.tick) },
  });
}

/**
 * One line per unit of its rank over the years, rank 1 at the top, whole ranks only; a null
 * value is a gap. The axis spans 1 … the number of units, so one unit's move reads the same
 * whatever the others did.
 * @param input years in display order, one rank per year per unit
 * @param labels titles, already translated
 */
export function yearRanksLineConfig(input: YearSeriesInput, labels: YearLineLabels, options: YearLineOptions = {}): YearLineConfig {
  const ranks = input.series.flatMap((s) => alignToYears(s.values, input.years.length)).filter((v): v is number => v !== null);
  const lowest = Math.max(1, input.series.length, ...ranks);
  return lineConfig(input, labels, options, {
    reverse: true,
    min: 1,
    max: lowest,
    ticks: { stepSize: 1, precision: 0, autoSkip: true, color: TEXT_COLOR, font: chartFont(FONT_SIZE.tick) },
  });
}
