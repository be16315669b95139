// The report's charts: the same chart.js configs the screens use, as still images at print size.
import { rankingAxisMin, rankingChartHeight } from '../charts/ranking-bar';
import { chartConfig, type ChartRecipe, type RecipeConfig } from '../charts/recipe';
import { gradeLabel } from '../i18n/labels';
import { yearHistory, type ReportContext } from './context';

export type ReportChartId = 'ranking' | 'totals' | 'ranks';

export interface ChartSpec {
  id: ReportChartId;
  title: string;
  /** What to draw, as plain data: it can be sent to a worker, which builds `config` from it. */
  recipe: ChartRecipe;
  /** chartConfig(recipe). */
  config: RecipeConfig;
  /** Size on the sheet in pixels at 96 DPI. */
  width: number;
  height: number;
  /** Pixels of the PNG per pixel on the sheet: 2 prints sharply at 192 DPI. */
  scale: number;
}

/** Width of every chart on the sheet: an A4 landscape page's printable width at the usual scale. */
export const CHART_WIDTH = 960;
const LINE_HEIGHT = 480;
/** Legend rows below a line chart with many units (chart.js moves the legend down past 20). */
const legendRoom = (units: number) => (units > 20 ? Math.ceil(units / 8) * 20 : 0);

/** From this many ranked units on, the year-on-year charts highlight the top and bottom three. */
const HIGHLIGHT_FROM = 8;

const drawn = (recipe: ChartRecipe) => ({ recipe, config: chartConfig(recipe) });

/**
 * The charts of the report: the ranking bars, and with more than one year the totals and ranks
 * lines (ranks on an inverted axis). Pure configs; electron/services draws them.
 */
export function reportCharts(ctx: ReportContext): ChartSpec[] {
  const { t, doc } = ctx;
  const still = { interactive: false, devicePixelRatio: 2 };
  const grades = {
    excellent: gradeLabel('excellent', doc.settings.gradeNames, t),
    good: gradeLabel('good', doc.settings.gradeNames, t),
    pass: gradeLabel('pass', doc.settings.gradeNames, t),
    fail: gradeLabel('fail', doc.settings.gradeNames, t),
  };
  const rankingTitle = t('report.chart.ranking', { year: doc.year });
  const entries = ctx.ranked.map((u) => ({ unit: u.unitName, total: u.total, grade: u.grade, vetoed: u.vetoed }));
  // The axis starts near the lowest total, so a reader sees the gaps between units; its title says where it starts.
  const axisMin = rankingAxisMin(entries.map((e) => e.total));
  const axis = axisMin > 0 ? t('papers.chart.axisFrom', { min: axisMin }) : t('report.chart.axisScore');
  const charts: ChartSpec[] = [
    {
      id: 'ranking',
      title: rankingTitle,
      ...drawn({
        kind: 'rankingBar',
        entries,
        labels: { title: rankingTitle, axis, grades, ungraded: t('grade.pending'), vetoed: t('report.kind.veto') },
        options: { ...still, maxScore: doc.scheme.total, axisMin },
      }),
      width: CHART_WIDTH,
      height: rankingChartHeight(entries.length),
      scale: 2,
    },
  ];
  if (ctx.years.length < 2) return charts;
  const h = yearHistory(ctx);
  const order = new Map(ctx.ranked.map((u, i) => [u.unitName, i]));
  const units = [...h.units].sort((a, b) => (order.get(a.name) ?? Infinity) - (order.get(b.name) ?? Infinity));
  const height = LINE_HEIGHT + legendRoom(units.length);
  // Many units: the three best and the three last of this year in colour, the rest grey (and the title says so).
  const ranked = ctx.ranked.filter((u) => u.rank !== null).map((u) => u.unitName);
  const highlight = ranked.length > HIGHLIGHT_FROM ? new Set([...ranked.slice(0, 3), ...ranked.slice(-3)]) : undefined;
  const titled = (title: string) => (highlight ? t('papers.chart.highlight', { title }) : title);
  const totalsTitle = titled(t('report.chart.totals'));
  const ranksTitle = titled(t('report.chart.ranks'));
  const lines = { ...still, highlight };
  charts.push(
    {
      id: 'totals',
      title: totalsTitle,
      ...drawn({
        kind: 'yearTotals',
        input: { years: h.years, series: units.map((u) => ({ unit: u.name, values: u.totals })) },
        labels: { title: totalsTitle, xAxis: t('report.chart.axisYear'), yAxis: t('report.chart.axisScore') },
        options: lines,
      }),
      width: CHART_WIDTH,
      height,
      scale: 2,
    },
    {
      id: 'ranks',
      title: ranksTitle,
      ...drawn({
        kind: 'yearRanks',
        input: { years: h.years, series: units.map((u) => ({ unit: u.name, values: u.ranks })) },
        labels: { title: ranksTitle, xAxis: t('report.chart.axisYear'), yAxis: t('report.chart.axisRank') },
        options: lines,
      }),
      width: CHART_WIDTH,
      height,
      scale: 2,
    },
  );
  return charts;
}
