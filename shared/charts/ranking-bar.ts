// The ranking bar chart: every unit's total, best first, coloured by grade.
import type { ChartConfiguration, LegendItem } from 'chart.js';
import { formatScore } from '../scoring/format';
import { axisTitle, chartFont, modeOptions, titleOptions, tooltipOptions } from './base-options';
import { BAR_LABELS_PLUGIN_ID, barLabelsPlugin } from './bar-labels-plugin';
import { AXIS_COLOR, FONT_SIZE, GRADE_COLORS, GRID_COLOR, TEXT_COLOR, UNGRADED_COLOR, VETO_COLORS, type ChartGrade } from './theme';
import type { ChartBuildOptions, RankingEntry, RankingLabels } from './types';

export type RankingBarConfig = ChartConfiguration<'bar', number[], string>;

export interface RankingBarOptions extends ChartBuildOptions {
  /** Full marks; the value axis runs at least to it, so years and schemes compare at a glance. Default 100. */
  maxScore?: number;
  /** Where the value axis starts (default 0); see rankingAxisMin. The axis title should say so. */
  axisMin?: number;
}

/**
 * A start for the value axis near the lowest total, so differences of a few points between
 * units are visible: 5 points below the lowest, down to a multiple of 5; 0 when that is under
 * 20 (a truncated axis would then gain little and mislead more).
 */
export function rankingAxisMin(totals: readonly number[]): number {
  const finite = totals.filter(Number.isFinite);
  if (finite.length === 0) return 0;
  const min = Math.floor((Math.min(...finite) - 5) / 5) * 5;
  return min < 20 ? 0 : min;
}

/** Above this many units the bars get thinner and the unit names smaller. */
const CROWDED = 30;
const GRADE_ORDER: readonly ChartGrade[] = ['excellent', 'good', 'pass', 'fail'];

/**
 * Units in ranking order: best first, vetoed units after all others as the ranking places them;
 * equal totals keep the caller's order (usually the official code order).
 */
export function sortForRanking(entries: readonly RankingEntry[]): RankingEntry[] {
  const key = (e: RankingEntry) => (Number.isFinite(e.total) ? e.total : -Infinity);
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => Number(a.entry.vetoed) - Number(b.entry.vetoed) || key(b.entry) - key(a.entry) || a.i - b.i)
    .map(({ entry }) => entry);
}

/** Fill colour of a unit's bar: grey for a veto (it overrides the grade), else the grade's. */
export function barColor(entry: Pick<RankingEntry, 'grade' | 'vetoed'>): string {
  if (entry.vetoed) return VETO_COLORS.fill;
  return entry.grade ? GRADE_COLORS[entry.grade] : UNGRADED_COLOR;
}

/**
 * Height in CSS pixels that gives every unit a readable bar and name: 24 px per unit up to 30
 * units, 16 px beyond, never below a 16:9 page's 450. Multiply by the print scale for pixels.
 */
export function rankingChartHeight(unitCount: number): number {
  const perUnit = unitCount > CROWDED ? 16 : 24;
  return Math.max(450, 120 + unitCount * perUnit);
}

/** Rough width in CSS pixels of a label, to reserve room beyond the longest bar (CJK ≈ 1 em, Latin ≈ 0.6 em). */
function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! > 0x2e80 ? 1 : 0.6;
  return Math.ceil(ems * size);
}

function legendItems(entries: readonly RankingEntry[], labels: RankingLabels): LegendItem[] {
  const item = (text: string, fillStyle: string, strokeStyle = fillStyle): LegendItem => ({
    text,
    fillStyle,
    strokeStyle,
    lineWidth: 1,
    fontColor: TEXT_COLOR,
    hidden: false,
    datasetIndex: 0,
  });
  const items = GRADE_ORDER.filter((g) => entries.some((e) => !e.vetoed && e.grade === g)).map((g) =>
    item(labels.grades[g], GRADE_COLORS[g]),
  );
  if (entries.some((e) => !e.vetoed && e.grade === null)) items.push(item(labels.ungraded, UNGRADED_COLOR));
  if (entries.some((e) => e.vetoed)) items.push(item(labels.vetoed, VETO_COLORS.fill, VETO_COLORS.border));
  return items;
}

/**
 * Horizontal bar chart of units by total, best at the top: bars coloured by grade, vetoed
 * units hatched grey with the veto named after the score, totals with two decimals at the bar
 * ends, and a legend of the grades that occur. Horizontal, because 14–111 Chinese unit names
 * read well down an axis and badly across one.
 * @param entries units in any order (sorted here; ties keep the given order)
 * @param labels titles and grade names, already translated
 * @param options screen or still image; full marks for the axis
 */
export function rankingBarConfig(
  entries: readonly RankingEntry[],
  labels: RankingLabels,
  options: RankingBarOptions = {},
): RankingBarConfig {
  const sorted = sortForRanking(entries);
  const crowded = sorted.length > CROWDED;
  const texts = sorted.map((e) => (Number.isFinite(e.total) ? formatScore(e.total) : '') + (e.vetoed ? `  ${labels.vetoed}` : ''));
  const labelRoom = Math.max(0, ...texts.map((t) => estimateTextWidth(t, FONT_SIZE.valueLabel))) + 8;
  const interactive = options.interactive ?? true;
  return {
    type: 'bar',
    data: {
      labels: sorted.map((e) => e.unit),
      datasets: [
        {
          label: labels.axis,
          data: sorted.map((e) => (Number.isFinite(e.total) ? e.total : 0)),
          backgroundColor: sorted.map(barColor),
          borderColor: sorted.map((e) => (e.vetoed ? VETO_COLORS.border : barColor(e))),
          borderWidth: sorted.map((e) => (e.vetoed ? 1 : 0)),
          categoryPercentage: crowded ? 0.85 : 0.8,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      ...modeOptions(options),
      indexAxis: 'y',
      layout: { padding: { right: labelRoom, left: 4, top: 4, bottom: 4 } },
      scales: {
        x: {
          min: options.axisMin ?? 0,
          suggestedMax: options.maxScore ?? 100,
          grid: { color: GRID_COLOR },
          border: { color: AXIS_COLOR },
          ticks: { color: TEXT_COLOR, font: chartFont(FONT_SIZE.tick) },
          title: axisTitle(labels.axis),
        },
        y: {
          grid: { display: false },
          border: { color: AXIS_COLOR },
          // Every unit must be named; chart.js would otherwise skip names when they crowd.
          ticks: { autoSkip: false, color: TEXT_COLOR, font: chartFont(crowded ? FONT_SIZE.smallTick : FONT_SIZE.tick) },
        },
      },
      plugins: {
        title: titleOptions(labels.title),
        legend: {
          display: sorted.length > 0,
          position: 'top',
          // One dataset coloured per bar: the legend explains the colours, and clicking it
          // must not hide every bar at once.
          onClick: () => undefined,
          labels: {
            generateLabels: () => legendItems(sorted, labels),
            color: TEXT_COLOR,
            font: chartFont(FONT_SIZE.legend),
            boxWidth: 14,
            boxHeight: 14,
          },
        },
        // The same text as at the bar's end: two decimals and the veto, not chart.js's raw number.
        tooltip: { ...tooltipOptions(interactive), callbacks: { label: (item) => texts[item.dataIndex] ?? '' } },
        [BAR_LABELS_PLUGIN_ID]: {
          texts,
          hatched: sorted.map((e) => e.vetoed),
          color: TEXT_COLOR,
          hatchColor: VETO_COLORS.hatch,
          font: chartFont(FONT_SIZE.valueLabel),
        },
      },
    },
    plugins: [barLabelsPlugin],
  };
}
