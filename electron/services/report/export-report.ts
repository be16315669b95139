// Exports the year-end report: loads the years, draws the charts, builds the workbook model
// (shared/report) and writes the .xlsx atomically. A chart that cannot be drawn does not stop
// the export: the report says which chart is missing and why.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../../shared/errors';
import type { Translate } from '../../../shared/i18n/messages';
import { buildReport, reportChartSpecs } from '../../../shared/report/build-report';
import type { MissingChart, ReportInput } from '../../../shared/report/context';
import type { YearData } from '../../../shared/scoring/year-over-year';
import type { OnProgress } from '../../../shared/progress';
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
  /** Told of each stage and step (years loaded, each chart drawn, each sheet begun, the file saved). */
  onProgress?: OnProgress;
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
  const progress: OnProgress = options.onProgress ?? (() => undefined);
  await progress({ stage: 'loadYears', done: 0, total: 1 });
  const years = await loadReportYears(path, options.historyPaths);
  await progress({ stage: 'loadYears', done: 1, total: 1 });
  return writeReport(years, out, t, options);
}

/** The years a report is made of: the assessment with its results, the others beside it, the ones that could not be read. */
export interface LoadedYears {
  current: YearData;
  others: YearData[];
  broken: BrokenFile[];
}

/**
 * Writes the report of years already in memory (the app holds them, results computed, as its
 * screens show them) to `out`: the charts, the sheets, the file. Bad input throws UserError
 * before anything is written.
 */
export async function writeReport(
  years: LoadedYears,
  out: string,
  t: Translate,
  options: Omit<ExportReportOptions, 'historyPaths'> = {},
): Promise<ExportedReport> {
  await checkTarget(out);
  const progress: OnProgress = options.onProgress ?? (() => undefined);
  const now = options.now ?? new Date();
  const input: ReportInput = {
    doc: years.current.doc,
    results: years.current.results,
    others: years.others,
    generatedAt: displayTime(now),
    generatedIso: now.toISOString(),
    appVersion: APP_VERSION,
  };
  const render = options.renderChart ?? renderChartPng;
  const images = new Map<string, Buffer>();
  const missing: MissingChart[] = [];
  // Drawn one after another, but PNG encoding runs on libuv's thread pool: started together,
  // one chart is encoded while the next is drawn.
  const specs = reportChartSpecs(input, t);
  await progress({ stage: 'drawCharts', done: 0, total: specs.length });
  let charted = 0;
  const drawn = await Promise.allSettled(
    specs.map((spec) =>
      render(spec.config, {
        widthPx: spec.width * spec.scale,
        heightPx: spec.height * spec.scale,
        scale: spec.scale,
        name: spec.title,
      }).finally(() => progress({ stage: 'drawCharts', done: ++charted, total: specs.length })),
    ),
  );
  drawn.forEach((result, i) => {
    const spec = specs[i]!;
    if (result.status === 'fulfilled') return void images.set(spec.id, result.value);
    if (!(result.reason instanceof ChartRenderError)) throw result.reason;
    const cause: unknown = result.reason.cause;
    missing.push({ id: spec.id, title: spec.title, reason: cause instanceof Error ? cause.message : String(cause) });
  });
  const model = buildReport(input, t, missing);
  const sheets = model.sheets.length;
  const bytes = await workbookBytes(model, images, 'stream', (index, name) =>
    progress({ stage: 'writeSheets', done: index, total: sheets, detail: name }),
  );
  await progress({ stage: 'saveFile', done: 0, total: 1, detail: basename(out) });
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    throw new UserError('error.writeFailed', { file: basename(out), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  await progress({ stage: 'saveFile', done: 1, total: 1, detail: basename(out) });
  return { path: out, sheets: model.sheets.map((s) => s.name), charts: images.size, missing, broken: years.broken };
}
