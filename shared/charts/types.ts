// Inputs of the chart builders: plain data, independent of how scores are computed, so the
// charts can be drawn from the scoring engine, a saved result or a test literal alike.
import type { ChartGrade } from './theme';

export type { ChartGrade } from './theme';

/** One unit (city) in the ranking bar chart. */
export interface RankingEntry {
  unit: string;
  total: number;
  /** null: not graded yet. */
  grade: ChartGrade | null;
  /** 一票否决: the bar is hatched grey and labelled, whatever the score. */
  vetoed: boolean;
}

/** Texts of the ranking chart, already in the reader's language. */
export interface RankingLabels {
  title: string;
  /** Value axis title, e.g. 得分. */
  axis: string;
  grades: Record<ChartGrade, string>;
  ungraded: string;
  vetoed: string;
}

/** One value per year and unit; null where the unit has no value that year (drawn as a gap). */
export interface YearSeriesInput {
  years: number[];
  series: { unit: string; values: (number | null)[] }[];
}

/** Texts of a year-on-year chart, already in the reader's language. */
export interface YearLineLabels {
  title: string;
  /** e.g. 年度 */
  xAxis: string;
  /** e.g. 得分 or 排名 */
  yAxis: string;
}

/** Where the config will be drawn. */
export interface ChartBuildOptions {
  /**
   * true (default): a screen chart: animated, resizing with its container, hover tooltips.
   * false: a still image (Node, print): no animation, fixed size, no events.
   */
  interactive?: boolean;
  /** Pixels per CSS pixel; for still images the print scale (e.g. 2). */
  devicePixelRatio?: number;
}
