// `npm run bench [-- suite…]`: every figure the issues name, each printed as it is measured with
// its anchor and aim, then one table of all. Figures, not pass/fail: the machine is shared and
// noisy, so compare medians and ratios, never single runs.
import { appFigures } from './app.bench';
import { chartFigures } from './charts.bench';
import { cliFigures } from './cli.bench';
import { editFigures } from './edit.bench';
import { gridImeFigures } from './grid-ime.bench';
import { packageFigures } from './packages.bench';
import { papersFigures } from './papers.bench';
import { exportFigures } from './export.bench';
import { hostileFigures } from './hostile.bench';
import { planFigures } from './plan.bench';
import { reportFigures } from './report.bench';
import { reviewFigures } from './review.bench';
import { scoringFigures } from './scoring.bench';
import { tableFigures } from './tables.bench';
import { BENCH_NODE, printTable, type Figure } from './measure';

const suites: Record<string, () => Promise<Figure[]>> = {
  plan: planFigures,
  tables: tableFigures,
  scoring: scoringFigures,
  edit: editFigures,
  packages: packageFigures,
  cli: cliFigures,
  charts: chartFigures,
  report: reportFigures,
  review: reviewFigures,
  export: exportFigures,
  app: appFigures,
  papers: papersFigures,
  hostile: hostileFigures,
  ime: gridImeFigures,
};

const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(`unknown suite ${unknown.join(', ')}; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
const figures: Figure[] = [];
if (BENCH_NODE !== process.execPath) console.log(`whole processes run on ${BENCH_NODE} (KAOPING_BENCH_NODE)`);
for (const [name, suite] of Object.entries(suites)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n${name}`);
  const start = performance.now();
  figures.push(...(await suite()));
  console.log(`  (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}
printTable(figures);
