// Exports the year-end report: loads the years, draws the charts, builds the workbook model
// (shared/report) and writes the .xlsx atomically. A chart that cannot be drawn does not stop
// the export: the report says which chart is missing and why.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../../shared/errors';
import type { Translate } from '../../../shared/i18n/messages';
import { buildReport, reportChartSpecs } from '../../../shared/report/build-report';
import type { MissingChart, ReportInput } from '../../../shared/report/context';
import { APP_VERSION } from '../app-version';
import { ChartRenderError, renderChartPng } from '../charts/render-chart';
import { writeFileAtomic } from '../workspace/atomic-file';
import type { BrokenFile } from '../workspace/workspace';
import { workbookBytes } from '../xlsx/write-workbook';
import { loadReportYears } from './load-years';

export interface ExportReportOptions {
  /** Assessments to compare with, instead of the other files in the assessment's folder. */
  historyPaths?: string[];
  /** Time of the report; default now. */
  now?: Date;
  /** The chart renderer (tests pass one that fails). */
  renderChart?: typeof renderChartPng;
}

export interface ExportedReport {
  path: string;
  sheets: string[];
  charts: number;
  missing: MissingChart[];
  broken: BrokenFile[];
}

/** "2020-12-28 16:05": local time, as people read it on paper. */
export function displayTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

async function checkTarget(out: string): Promise<void> {
  if (extname(out).toLowerCase() !== '.xlsx') throw new UserError('report.badOut', { value: basename(out) });
  const dir = await stat(dirname(out)).catch(() => null);
  if (!dir?.isDirectory()) throw new UserError('error.fileMissing', { file: dirname(out) });
}

/**
 * Writes the report of the assessment at `path` to `out` (.xlsx), in the language of `t`.
 * Bad input throws UserError before anything is written.
 */
export async function exportReport(path: string, out: string, t: Translate, options: ExportReportOptions = {}): Promise<ExportedReport> {
  await checkTarget(out);
  const years = await loadReportYears(path, options.historyPaths);
  const now = options.now ?? new Date();
  const input: ReportInput = { doc: years.current.doc, results: years.current.results, others: years.others, generatedAt: displayTime(now), generatedIso: now.toISOString(), appVersion: APP_VERSION };
  const render = options.renderChart ?? renderChartPng;
  const images = new Map<string, Buffer>();
  const missing: MissingChart[] = [];
  // Drawn one after another, but PNG encoding runs on libuv's thread pool: started together,
  // one chart is encoded while the next is drawn.
  const specs = reportChartSpecs(input, t);
  const drawn = await Promise.allSettled(specs.map((spec) => render(spec.config, { widthPx: spec.width * spec.scale, heightPx: spec.height * spec.scale, scale: spec.scale, name: spec.title })));
  drawn.forEach((result, i) => {
    const spec = specs[i]!;
    if (result.status === 'fulfilled') return void images.set(spec.id, result.value);
    if (!(result.reason instanceof ChartRenderError)) throw result.reason;
    const cause: unknown = result.reason.cause;
    missing.push({ id: spec.id, title: spec.title, reason: cause instanceof Error ? cause.message : String(cause) });
  });
  const model = buildReport(input, t, missing);
  const bytes = await workbookBytes(model, images);
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    throw new UserError('error.writeFailed', { file: basename(out), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return { path: out, sheets: model.sheets.map((s) => s.name), charts: images.size, missing, broken: years.broken };
}
