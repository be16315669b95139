import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { UserError } from '../../../shared/errors';
import { startChartPainter } from '../../services/charts/chart-painter';
import { defaultSeedPlanPath } from '../../services/seed';
import type { Command } from '../io';

/**
 * `demo --out <dir> [--report]`: writes the deterministic demo workspace (2018–2020, 14 cities)
 * from the embedded seed plan and, with --report, the latest year's Excel report beside it —
 * the app's main job on the embedded default, headless.
 *
 * With --report the chart worker starts first and loads its kit while the rest of the code
 * loads; the charts are drawn while the years are saved and the sheets written. The report is
 * made from the years just saved, each checked by loading its own text before it was written.
 */
export const demoCommand: Command = async (args, io) => {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, report: { type: 'boolean' } } });
  if (!values.out) throw new UserError('cli.missingArgument', { name: '--out <dir>' });
  const dir = resolve(values.out);
  const painter = values.report ? startChartPainter() : null;
  try {
    const [{ demoAssessments, saveDemoAssessments }, report] = await Promise.all([
      import('../../services/demo-workspace'),
      values.report ? import('./demo-report') : null,
    ]);
    const docs = await demoAssessments(defaultSeedPlanPath());
    const charts = report && painter ? report.startDemoReport(docs, io.t, painter) : null;
    const written = await saveDemoAssessments(dir, docs);
    for (const { path } of written) io.out(`${io.t('demo.written', { path })}\n`);
    if (report && charts) {
      const latest = written.at(-1)!;
      const out = await report.writeDemoReport(charts, join(dir, `${latest.doc.name}-年终报表.xlsx`), io.t);
      io.out(`${io.t('report.written', { path: out.path, sheets: out.sheets.length, charts: out.charts })}\n`);
    }
  } finally {
    painter?.close();
  }
  return 0;
};
