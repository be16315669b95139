import type { Settings } from './schema';

/** Settings of a new assessment: the rules most schemes use (see ../shared/DOMAIN.md). */
export const DEFAULT_SETTINGS: Settings = {
  combine: 'mean',
  useEvaluatorWeights: false,
  ranking: 'competition',
  rankIncomplete: false,
  grades: { excellent: 90, good: 80, pass: 60 },
  gradeNames: 'standard',
  excellentQuota: null,
  vetoEffect: 'fail',
  defaultStep: 0.5,
  disagreementThreshold: 0.25,
};
