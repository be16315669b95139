import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { UserError } from '../../../shared/errors';
import { startChartPainter } from '../../services/charts/chart-painter';
import type { Command } from '../io';
import { userErrorLine } from '../format-error';

/** `report <assessment file> --out <file.xlsx> [--history <files…>]`: the year-end Excel report. */
export const reportCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, history: { type: 'string', multiple: true } },
  });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<file>' });
  if (positionals.length > 1) throw new UserError('cli.unexpectedArgument', { detail: positionals.slice(1).join(' ') });
  if (!values.out) throw new UserError('cli.missingArgument', { name: '--out <file.xlsx>' });
  // The chart worker starts before the report's code loads, and loads its own while the years are read.
  const painter = startChartPainter();
  try {
    const { exportReport } = await import('../../services/report/export-report');
    const report = await exportReport(path, resolve(values.out), io.t, { historyPaths: values.history, painter });
    for (const b of report.broken)
      io.err(`${io.t('results.brokenNeighbour', { file: basename(b.path), message: userErrorLine(b.error, io.t) })}\n`);
    for (const m of report.missing)
      io.err(`${io.t('report.chartWarning', { message: io.t('report.chart.missing', { chart: m.title, reason: m.reason }) })}\n`);
    io.out(`${io.t('report.written', { path: report.path, sheets: report.sheets.length, charts: report.charts })}\n`);
    return 0;
  } finally {
    painter.close();
  }
};
