// Exports the year-end report: loads the years, draws the charts, builds the workbook model
// (shared/report) and writes the .xlsx atomically. A chart that cannot be drawn does not stop
// the export: the report says which chart is missing and why.
import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../../shared/errors';
import type { Translate } from '../../../shared/i18n/messages';
import { buildReport } from '../../../shared/report/build-report';
import type { MissingChart, ReportInput } from '../../../shared/report/context';
import type { WorkbookModel } from '../../../shared/workbook/model';
import type { OnProgress } from '../../../shared/progress';
import { APP_VERSION } from '../app-version';
import { threadPainter, type ChartPainter } from '../charts/chart-painter';
import type { renderChartPng } from '../charts/render-chart';
import { writeFileAtomic } from '../workspace/atomic-file';
import type { BrokenFile } from '../workspace/workspace';
import { workbookBytes } from '../xlsx/write-workbook';
import { loadReportYears, type LoadedYears } from './load-years';
import { allOutcomes, startReportCharts, type ReportCharts } from './report-charts';

export interface ExportReportOptions {
  /** Assessments to compare with, instead of the other files in the assessment's folder. */
  historyPaths?: string[];
  /** Time of the report; default now. */
  now?: Date;
  /** Draw the charts in the calling thread with this renderer (tests pass one that fails). */
  renderChart?: typeof renderChartPng;
  /** Charts already started (startReportCharts) for these years, e.g. while the files were saved. */
  charts?: ReportCharts;
  /** Who draws the charts (started early, its worker loads while the years are read); the caller closes it. Default: one for this report. */
  painter?: ChartPainter;
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

/** Raised inside the optimistic write when a chart turns out to be missing: the report is written again, saying so. */
class ChartMissing extends Error {}

/**
 * Writes the report of years already in memory (the app holds them, results computed, as its
 * screens show them) to `out`: the charts, the sheets, the file. Bad input throws UserError
 * before anything is written.
 *
 * The charts are drawn (by a worker when built) while the sheets are written: the workbook is
 * built as if every chart will be drawn, and a sheet with a chart waits for its picture. If a
 * chart cannot be drawn, the workbook is built again with the sheets saying so where it would
 * have been.
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
  const painter = options.painter ?? (options.renderChart ? threadPainter(options.renderChart) : undefined);
  const charts = options.charts ?? startReportCharts(input, t, painter);
  await progress({ stage: 'drawCharts', done: 0, total: charts.specs.length });
  charts.setProgress(progress);
  const images = new Map<string, Buffer>();
  const picture = async (id: string) => {
    const outcome = await charts.outcomes.get(id);
    if (!outcome) return;
    if ('missing' in outcome) throw new ChartMissing(id);
    images.set(id, outcome.png);
  };
  // A rewrite tells only of sheets past those already told of: the bar never moves back.
  let told = -1;
  const write = (model: WorkbookModel, waitForCharts: boolean) =>
    workbookBytes(model, images, 'stream', async (index, name) => {
      const sheet = model.sheets[index];
      if (waitForCharts) {
        for (const image of sheet?.images ?? []) await picture(image.imageId);
        // Before the file is finished, every chart, so that the count on 说明 is true.
        if (!sheet) for (const spec of charts.specs) await picture(spec.id);
      }
      charts.setProgress(null);
      if (index <= told) return;
      told = index;
      await progress({ stage: 'writeSheets', done: index, total: model.sheets.length, detail: name });
    });
  let model = buildReport(input, t);
  let bytes: Buffer;
  try {
    bytes = await write(model, true);
  } catch (e) {
    if (!(e instanceof ChartMissing)) throw e;
    const outcomes = await allOutcomes(charts);
    outcomes.forEach((o, i) => 'png' in o && images.set(charts.specs[i]!.id, o.png));
    model = buildReport(
      input,
      t,
      outcomes.flatMap((o) => ('missing' in o ? [o.missing] : [])),
    );
    bytes = await write(model, false);
  }
  await progress({ stage: 'saveFile', done: 0, total: 1, detail: basename(out) });
  try {
    await writeFileAtomic(out, bytes);
  } catch (e) {
    throw new UserError('error.writeFailed', { file: basename(out), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  await progress({ stage: 'saveFile', done: 1, total: 1, detail: basename(out) });
  const missing = (await allOutcomes(charts)).flatMap((o) => ('missing' in o ? [o.missing] : []));
  return { path: out, sheets: model.sheets.map((s) => s.name), charts: images.size, missing, broken: years.broken };
}
