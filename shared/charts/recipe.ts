// A chart as the plain data its builder takes: which builder, its inputs, labels and options.
// A config holds functions (legend labels, tooltips) and cannot cross to a worker thread or
// another process; its recipe can, and the other side builds the very same config from it.
import type { ChartConfiguration } from 'chart.js';
import { rankingBarConfig, type RankingBarOptions } from './ranking-bar';
import type { RankingEntry, RankingLabels, YearLineLabels, YearSeriesInput } from './types';
import { yearRanksLineConfig, yearTotalsLineConfig, type YearLineOptions } from './year-lines';

export type ChartRecipe =
  | { kind: 'rankingBar'; entries: RankingEntry[]; labels: RankingLabels; options: RankingBarOptions }
  | { kind: 'yearTotals' | 'yearRanks'; input: YearSeriesInput; labels: YearLineLabels; options: YearLineOptions };

/** Any of the configs a recipe builds. */
export type RecipeConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

/** The chart.js config of `recipe`: the same call the screens make. */
export function chartConfig(recipe: ChartRecipe): RecipeConfig {
  switch (recipe.kind) {
    case 'rankingBar':
      return rankingBarConfig(recipe.entries, recipe.labels, recipe.options) as RecipeConfig;
    case 'yearTotals':
      return yearTotalsLineConfig(recipe.input, recipe.labels, recipe.options) as RecipeConfig;
    case 'yearRanks':
      return yearRanksLineConfig(recipe.input, recipe.labels, recipe.options) as RecipeConfig;
  }
}
