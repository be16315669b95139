// Issue 4: the year-end report. Whole CLI processes (as `npm run cli -- report` runs them, with
// their peak memory), and in process the split of the time: charts, the report's writing, and
// exceljs alone writing the same cells without any styling, so the overhead is a ratio.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { createTranslator } from '../../shared/i18n/messages';
import { buildReport, reportChartSpecs } from '../../shared/report/build-report';
import type { ReportInput } from '../../shared/report/context';
import type { WorkbookModel } from '../../shared/workbook/model';
import { renderChartPng } from '../../electron/services/charts/render-chart';
import { loadReportYears } from '../../electron/services/report/load-years';
import { workbookWriterClass } from '../../electron/services/xlsx/exceljs-parts';
import { workbookBytes } from '../../electron/services/xlsx/write-workbook';
import { ROOT } from '../helpers/paths';
import { medianMs, type Figure } from './measure';
import { benchWorkspace } from './report-data';

const zh = createTranslator('zh-CN');

/**
 * The CLI bundled into one file, as a packaged app runs it: the same code without tsx compiling
 * TypeScript at start-up. Inside node_modules so that packages still resolve.
 */
async function bundledCli(): Promise<string> {
  const outfile = join(ROOT, 'node_modules', '.cache', 'kaoping-bench', 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'electron', 'cli', 'main.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning' });
  return outfile;
}

/** Runs the real CLI `runs` times (through tsx, or a bundle); median wall time and median peak memory. */
function cliRuns(path: string, out: string, runs: number, bundle?: string): { ms: number; mb: number } {
  const times: number[] = [];
  const peaks: number[] = [];
  const entry = bundle ? [bundle] : ['--import', 'tsx', 'electron/cli/main.ts'];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', './tests/bench/max-rss.mjs', ...entry, 'report', path, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`report failed: ${r.stderr}`);
    peaks.push(Number(/kaoping-max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: median(times), mb: median(peaks) };
}

/** exceljs's streaming writer alone, writing the model's cell values: no styles, merges, widths or pictures. */
async function bareWrite(cells: (string | number | null)[][][], names: string[]): Promise<number> {
  const sink = new PassThrough();
  let size = 0;
  sink.on('data', (chunk: Buffer) => (size += chunk.length));
  const WorkbookWriter = workbookWriterClass();
  const wb = new WorkbookWriter({ stream: sink, useSharedStrings: true });
  cells.forEach((rows, i) => {
    const ws = wb.addWorksheet(names[i]);
    for (const values of rows) ws.addRow(values).commit();
    ws.commit();
  });
  await wb.commit();
  return size;
}

/** In process: charts, the whole report write, the bare write of the same cells. */
async function split(path: string, label: string, runs: number): Promise<Figure[]> {
  const years = await loadReportYears(path);
  const input: ReportInput = { doc: years.current.doc, results: years.current.results, others: years.others, generatedAt: '', generatedIso: new Date().toISOString(), appVersion: 'bench' };
  const specs = reportChartSpecs(input, zh);
  const draw = () => Promise.all(specs.map((s) => renderChartPng(s.config, { widthPx: s.width * s.scale, heightPx: s.height * s.scale, scale: s.scale })));
  const charts = await medianMs(draw, runs, 1);
  const pngs = await draw();
  const images = new Map(specs.map((s, i) => [s.id, pngs[i]!]));
  const report = await medianMs(async () => workbookBytes(buildReport(input, zh), images), runs, 1);
  const model: WorkbookModel = buildReport(input, zh);
  const cells = model.sheets.map((s) => [...s.rows()].map((r) => Array.from(r.cells, (c) => c?.v ?? null)));
  const bare = await medianMs(() => bareWrite(cells, model.sheets.map((s) => s.name)), runs, 1);
  return [
    { name: `${label}: charts drawn (${specs.length})`, median: charts, unit: 'ms', runs },
    { name: `${label}: report model + styled write`, median: report, unit: 'ms', runs },
    { name: `${label}: exceljs bare write, same cells`, median: bare, unit: 'ms', runs },
    { name: `${label}: report write ÷ bare write`, median: report / bare, unit: '×', aim: '≤ 1.5', runs },
  ];
}

export async function reportFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-report-'));
  try {
    const mid = await benchWorkspace(join(dir, 'mid'), 14, 100, 3, 3);
    const big = await benchWorkspace(join(dir, 'big'), 111, 300, 20, 1);
    const big3 = await benchWorkspace(join(dir, 'big3'), 111, 300, 20, 3);
    const m = cliRuns(mid, join(dir, 'mid.xlsx'), 5);
    const mb = cliRuns(mid, join(dir, 'mid.xlsx'), 5, await bundledCli());
    const b = cliRuns(big, join(dir, 'big.xlsx'), 3);
    const b3 = cliRuns(big3, join(dir, 'big3.xlsx'), 1);
    return [
      { name: 'report CLI, 14 units × 100 criteria × 3 evaluators, 3 years, all charts', median: m.ms, unit: 'ms', aim: '< 1500 ms', runs: 5 },
      { name: '  peak memory', median: m.mb, unit: 'MB', runs: 5 },
      { name: '  same, CLI bundled by esbuild (no tsx at start-up)', median: mb.ms, unit: 'ms', aim: '< 1500 ms', runs: 5 },
      { name: 'report CLI, 111 × 300 × 20 (666,000 entries), 1 year', median: b.ms, unit: 'ms', aim: '< 8000 ms', runs: 3 },
      { name: '  peak memory', median: b.mb, unit: 'MB', aim: '< 600 MB', runs: 3 },
      { name: 'report CLI, 111 × 300 × 20, 3 years (two loaded for year on year)', median: b3.ms, unit: 'ms', runs: 1 },
      { name: '  peak memory', median: b3.mb, unit: 'MB', runs: 1 },
      ...(await split(mid, '14 × 100 × 3', 5)),
      ...(await split(big, '111 × 300 × 20', 3)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
