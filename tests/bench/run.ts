// `npm run bench`: prints the median of each figure the issues name. Figures, not pass/fail:
// machines are noisy, so compare medians and ratios, never single runs.
import { appFigures } from './app.bench';
import { chartFigures } from './charts.bench';
import { packageFigures } from './packages.bench';
import { exportFigures } from './export.bench';
import { planFigures } from './plan.bench';
import { reportFigures } from './report.bench';
import { reviewFigures } from './review.bench';
import { scoringFigures } from './scoring.bench';
import { tableFigures } from './tables.bench';
import { printFigures, type Figure } from './measure';

const suites: Record<string, () => Promise<Figure[]>> = {
  plan: planFigures,
  tables: tableFigures,
  scoring: scoringFigures,
  charts: chartFigures,
  report: reportFigures,
  export: exportFigures,
  app: appFigures,
  packages: packageFigures,
  review: reviewFigures,
};

const only = process.argv.slice(2);
const figures: Figure[] = [];
for (const [name, suite] of Object.entries(suites)) {
  if (only.length === 0 || only.includes(name)) figures.push(...(await suite()));
}
printFigures(figures);
