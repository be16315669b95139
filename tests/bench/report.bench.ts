// Issue 4: the year-end report. Whole CLI processes (as `npm run cli -- report` runs them, with
// their peak memory), and in process the split of the time: charts, the report's writing, and
// exceljs alone writing the same cells without any styling, so the overhead is a ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createTranslator } from '../../shared/i18n/messages';
import { buildReport, reportChartSpecs } from '../../shared/report/build-report';
import type { ReportInput } from '../../shared/report/context';
import type { WorkbookModel } from '../../shared/workbook/model';
import { renderChartPng } from '../../electron/services/charts/render-chart';
import { loadReportYears } from '../../electron/services/report/load-years';
import { workbookWriterClass } from '../../electron/services/xlsx/exceljs-parts';
import { workbookBytes } from '../../electron/services/xlsx/write-workbook';
import { buildCli, isStale } from '../../bin/cli-bundle.mjs';
import { cliFigure } from './cli-process';
import { report, timed, type Figure } from './measure';
import { benchWorkspace } from './report-data';

const zh = createTranslator('zh-CN');

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
  const input: ReportInput = {
    doc: years.current.doc,
    results: years.current.results,
    others: years.others,
    generatedAt: '',
    generatedIso: new Date().toISOString(),
    appVersion: 'bench',
  };
  const specs = reportChartSpecs(input, zh);
  const draw = () =>
    Promise.all(specs.map((s) => renderChartPng(s.config, { widthPx: s.width * s.scale, heightPx: s.height * s.scale, scale: s.scale })));
  const pngs = await draw();
  const images = new Map(specs.map((s, i) => [s.id, pngs[i]!]));
  const model: WorkbookModel = buildReport(input, zh);
  const cells = model.sheets.map((s) => [...s.rows()].map((r) => Array.from(r.cells, (c) => c?.v ?? null)));
  const charts = await timed(`${label}: charts drawn (${specs.length})`, draw, { runs, warmup: 1 });
  const styled = await timed(`${label}: report model + styled write`, () => workbookBytes(buildReport(input, zh), images), {
    runs,
    warmup: 1,
  });
  const bare = await timed(
    `${label}: exceljs bare write, same cells`,
    () =>
      bareWrite(
        cells,
        model.sheets.map((s) => s.name),
      ),
    { runs, warmup: 1 },
  );
  return [
    charts,
    styled,
    bare,
    report({ name: `${label}: report write ÷ bare write`, median: styled.median / bare.median, unit: '×', aim: { atMost: 1.5 }, runs }),
  ];
}

export async function reportFigures(): Promise<Figure[]> {
  if (isStale()) await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-report-'));
  try {
    const mid = await benchWorkspace(join(dir, 'mid'), 14, 100, 3, 3);
    const big = await benchWorkspace(join(dir, 'big'), 111, 300, 20, 1);
    const big3 = await benchWorkspace(join(dir, 'big3'), 111, 300, 20, 3);
    const args = (path: string, out: string) => () => ['report', path, '--out', join(dir, out)];
    return [
      ...(await cliFigure(
        'report CLI, 14 units × 100 criteria × 3 evaluators, 3 years, all charts (kaoping bin)',
        'bin',
        args(mid, 'mid.xlsx'),
        { runs: 5, aim: { below: 1500 }, memory: true },
      )),
      ...(await cliFigure('report CLI, 111 × 300 × 20 (666,000 entries), 1 year', 'bin', args(big, 'big.xlsx'), {
        runs: 3,
        aim: { below: 8000 },
        memoryAim: { below: 600 },
      })),
      ...(await cliFigure('report CLI, 111 × 300 × 20, 3 years (two loaded for year on year)', 'bin', args(big3, 'big3.xlsx'), {
        runs: 1,
        memory: true,
      })),
      ...(await split(mid, '14 × 100 × 3', 5)),
      ...(await split(big, '111 × 300 × 20', 3)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
