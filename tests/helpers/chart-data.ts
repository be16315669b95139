// Chart inputs for tests and benchmarks: Guangxi's 14 cities, and a 111-unit province.
import type { RankingEntry, RankingLabels, YearLineLabels, YearSeriesInput } from '../../shared/charts/types';

export const GUANGXI_CITIES = [
  '南宁市',
  '柳州市',
  '桂林市',
  '梧州市',
  '北海市',
  '防城港市',
  '钦州市',
  '贵港市',
  '玉林市',
  '百色市',
  '贺州市',
  '河池市',
  '来宾市',
  '崇左市',
];

export const RANKING_LABELS: RankingLabels = {
  title: '2024年度安全生产考核得分排名',
  axis: '得分',
  grades: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' },
  ungraded: '未定等次',
  vetoed: '一票否决',
};

export const TOTALS_LABELS: YearLineLabels = { title: '考核得分同比变化', xAxis: '年度', yAxis: '得分' };
export const RANKS_LABELS: YearLineLabels = { title: '考核排名同比变化', xAxis: '年度', yAxis: '排名' };

/** Deterministic pseudo-random totals in [55, 98) with the grade the thresholds give. */
export function rankingEntries(units: readonly string[], seed = 7): RankingEntry[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return units.map((unit, i) => {
    const total = Math.round((55 + next() * 43) * 4) / 4;
    const grade = total >= 90 ? 'excellent' : total >= 80 ? 'good' : total >= 60 ? 'pass' : 'fail';
    return { unit, total, grade, vetoed: i === 5 };
  });
}

/** 111 unit names such as 第37县, to stand for a province's counties. */
export function manyUnits(count = 111): string[] {
  return Array.from({ length: count }, (_, i) => `第${i + 1}县（区）`);
}

/** Totals of the 14 cities over three years, with one gap. */
export function totalsByYear(): YearSeriesInput {
  const years = [2022, 2023, 2024];
  return {
    years,
    series: GUANGXI_CITIES.map((unit, i) => ({
      unit,
      values: years.map((_, y) => (i === 3 && y === 1 ? null : Math.round((78 + ((i * 7 + y * 5) % 18) + y * 0.5) * 100) / 100)),
    })),
  };
}

/** Ranks of the 14 cities over three years (a permutation per year), with one gap. */
export function ranksByYear(): YearSeriesInput {
  const years = [2022, 2023, 2024];
  const n = GUANGXI_CITIES.length;
  return {
    years,
    series: GUANGXI_CITIES.map((unit, i) => ({
      unit,
      values: years.map((_, y) => (i === 3 && y === 1 ? null : ((i + y * 3) % n) + 1)),
    })),
  };
}
