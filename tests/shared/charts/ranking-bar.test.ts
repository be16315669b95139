import { describe, expect, it } from 'vitest';
import { BAR_LABELS_PLUGIN_ID, barLabelsPlugin } from '../../../shared/charts/bar-labels-plugin';
import { rankingBarConfig, rankingChartHeight } from '../../../shared/charts/ranking-bar';
import { CHART_FONT_FAMILY, GRADE_COLORS, UNGRADED_COLOR, VETO_COLORS } from '../../../shared/charts/theme';
import type { RankingEntry } from '../../../shared/charts/types';
import { GUANGXI_CITIES, manyUnits, RANKING_LABELS, rankingEntries } from '../../helpers/chart-data';
import { fontFamilies } from '../../helpers/font-families';

const entries: RankingEntry[] = [
  { unit: '南宁市', total: 88.1, grade: 'good', vetoed: false },
  { unit: '柳州市', total: 92.5, grade: 'excellent', vetoed: false },
  { unit: '桂林市', total: 59.999, grade: 'fail', vetoed: false },
  { unit: '梧州市', total: 88.1, grade: 'good', vetoed: false },
  { unit: '北海市', total: 95, grade: 'fail', vetoed: true },
  { unit: '防城港市', total: 70.25, grade: 'pass', vetoed: false },
  { unit: '钦州市', total: 81, grade: null, vetoed: false },
];

describe('ranking bar chart config', () => {
  const config = rankingBarConfig(entries, RANKING_LABELS);
  const dataset = config.data.datasets[0]!;
  const labelOptions = config.options!.plugins![BAR_LABELS_PLUGIN_ID]!;

  it('is a horizontal bar chart of units, best first, vetoed last, ties in the given order', () => {
    expect(config.type).toBe('bar');
    expect(config.options!.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['柳州市', '南宁市', '梧州市', '钦州市', '防城港市', '桂林市', '北海市']);
    expect(dataset.data).toEqual([92.5, 88.1, 88.1, 81, 70.25, 59.999, 95]);
  });

  it('colours bars by grade, a veto overriding the grade', () => {
    expect(dataset.backgroundColor).toEqual([
      GRADE_COLORS.excellent,
      GRADE_COLORS.good,
      GRADE_COLORS.good,
      UNGRADED_COLOR,
      GRADE_COLORS.pass,
      GRADE_COLORS.fail,
      VETO_COLORS.fill,
    ]);
    expect(new Set(Object.values(GRADE_COLORS)).size).toBe(4);
    expect(labelOptions.hatched).toEqual([false, false, false, false, false, false, true]);
  });

  it('labels each bar with its total to two decimals and names the veto', () => {
    expect(labelOptions.texts).toEqual(['92.50', '88.10', '88.10', '81.00', '70.25', '60.00', '95.00  一票否决']);
    expect(config.plugins).toContain(barLabelsPlugin);
  });

  it('reserves room right of the bars for the longest label', () => {
    const padding = config.options!.layout!.padding as { right: number };
    expect(padding.right).toBeGreaterThan(12 * (5 * 0.6 + 4));
  });

  it('explains only the colours that occur, in grade order', () => {
    const generate = config.options!.plugins!.legend!.labels!.generateLabels!;
    const items = generate({} as never);
    expect(items.map((i) => i.text)).toEqual(['优秀', '良好', '合格', '不合格', '未定等次', '一票否决']);
    expect(items.map((i) => i.fillStyle)).toEqual([
      GRADE_COLORS.excellent,
      GRADE_COLORS.good,
      GRADE_COLORS.pass,
      GRADE_COLORS.fail,
      UNGRADED_COLOR,
      VETO_COLORS.fill,
    ]);
    // A grade no unit has is not explained; a vetoed unit's own grade does not count.
    const two = rankingBarConfig([entries[0]!, entries[4]!], RANKING_LABELS).options!.plugins!.legend!.labels!.generateLabels!({} as never);
    expect(two.map((i) => i.text)).toEqual(['良好', '一票否决']);
  });

  it('names title and axis as given, in the app font everywhere', () => {
    expect(config.options!.plugins!.title!.text).toBe(RANKING_LABELS.title);
    expect((config.options!.scales!.x as { title: { text: string } }).title.text).toBe('得分');
    const families = fontFamilies(config);
    expect(families.length).toBeGreaterThanOrEqual(6);
    expect(new Set(families)).toEqual(new Set([CHART_FONT_FAMILY]));
    expect(CHART_FONT_FAMILY.startsWith('"Kaoping Sans"')).toBe(true);
  });

  it('switches between screen and still image', () => {
    expect(config.options).toMatchObject({ responsive: true });
    expect(config.options).not.toHaveProperty('animation');
    expect(config.options).not.toHaveProperty('events');
    const still = rankingBarConfig(entries, RANKING_LABELS, { interactive: false, devicePixelRatio: 2 });
    expect(still.options).toMatchObject({
      responsive: false,
      animation: false,
      maintainAspectRatio: false,
      devicePixelRatio: 2,
      events: [],
    });
    expect(still.options!.plugins!.tooltip!.enabled).toBe(false);
  });

  it('takes full marks from the options for the axis', () => {
    expect((config.options!.scales!.x as { suggestedMax: number }).suggestedMax).toBe(100);
    const over = rankingBarConfig(entries, RANKING_LABELS, { maxScore: 120 });
    expect((over.options!.scales!.x as { suggestedMax: number }).suggestedMax).toBe(120);
  });

  it('names every one of 111 units, smaller, and asks for a taller image', () => {
    const many = rankingBarConfig(rankingEntries(manyUnits(111)), RANKING_LABELS);
    expect(many.data.labels).toHaveLength(111);
    // One vetoed unit (the sixth) comes last; the others run best first.
    const totals = many.data.datasets[0]!.data.slice(0, -1);
    expect(totals.every((t, i) => i === 0 || totals[i - 1]! >= t)).toBe(true);
    expect(many.data.labels!.at(-1)).toBe(manyUnits(111)[5]);
    const y = many.options!.scales!.y as { ticks: { autoSkip: boolean; font: { size: number } } };
    expect(y.ticks.autoSkip).toBe(false);
    expect(y.ticks.font.size).toBeLessThan(12);
    expect(rankingChartHeight(111)).toBeGreaterThanOrEqual(111 * 16);
    expect(rankingChartHeight(GUANGXI_CITIES.length)).toBe(456);
    expect(rankingChartHeight(3)).toBe(450);
  });

  it('copes with no units and with a total that is not a number', () => {
    const empty = rankingBarConfig([], RANKING_LABELS);
    expect(empty.data.labels).toEqual([]);
    expect(empty.options!.plugins!.legend!.display).toBe(false);
    const odd = rankingBarConfig(
      [
        { unit: 'A', total: Number.NaN, grade: null, vetoed: false },
        { unit: 'B', total: 1, grade: null, vetoed: false },
      ],
      RANKING_LABELS,
    );
    expect(odd.data.labels).toEqual(['B', 'A']);
    expect(odd.data.datasets[0]!.data).toEqual([1, 0]);
  });
});
