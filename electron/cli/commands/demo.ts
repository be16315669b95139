import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { UserError } from '../../../shared/errors';
import { writeDemoWorkspace } from '../../services/demo-workspace';
import { exportReport } from '../../services/report/export-report';
import { defaultSeedPlanPath } from '../../services/seed';
import type { Command } from '../io';

/**
 * `demo --out <dir> [--report]`: writes the deterministic demo workspace (2018–2020, 14 cities)
 * from the embedded seed plan and, with --report, the latest year's Excel report beside it —
 * the app's main job on the embedded default, headless.
 */
export const demoCommand: Command = async (args, io) => {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, report: { type: 'boolean' } } });
  if (!values.out) throw new UserError('cli.missingArgument', { name: '--out <dir>' });
  const dir = resolve(values.out);
  const written = await writeDemoWorkspace(dir, defaultSeedPlanPath());
  for (const { path } of written) io.out(`${io.t('demo.written', { path })}\n`);
  if (values.report) {
    const latest = written.at(-1)!;
    const report = await exportReport(latest.path, join(dir, `${latest.doc.name}-年终报表.xlsx`), io.t);
    io.out(`${io.t('report.written', { path: report.path, sheets: report.sheets.length, charts: report.charts })}\n`);
  }
  return 0;
};
