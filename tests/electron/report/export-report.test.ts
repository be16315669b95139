import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { leafScore } from '../../../shared/assessment/rules';
import { leavesOf } from '../../../shared/assessment/criteria';
import { createTranslator } from '../../../shared/i18n/messages';
import { rankingChartHeight } from '../../../shared/charts/ranking-bar';
import { computeResults } from '../../../shared/scoring/compute';
import { compareYears, history } from '../../../shared/scoring/year-over-year';
import { APP_VERSION } from '../../../electron/services/app-version';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import { exportReport } from '../../../electron/services/report/export-report';
import { ChartRenderError, renderChartPng } from '../../../electron/services/charts/render-chart';
import { SEED_PLAN } from '../../helpers/paths';
import { findRow, readWorkbook, rowValues, sheetImages, sheetText } from '../../helpers/report';
import { colourCounts, decodePng, pngSize } from '../../helpers/png';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { REPORT_SHEETS_ZH } from '../../helpers/report-sheets';
import { taskFraction, type Progress } from '../../../shared/progress';

const zh = createTranslator('zh-CN');
const NOW = new Date(2020, 11, 28, 16, 5);

/** One demo workspace and its 2020 report for the whole file: writing it is the slow part. */
const dir = mkdtempSync(join(tmpdir(), 'kaoping-report-'));
let wb: ExcelJS.Workbook;
let docs: Awaited<ReturnType<typeof writeDemoWorkspace>>;
const out = join(dir, '2020年度考核结果.xlsx');

beforeAll(async () => {
  docs = await writeDemoWorkspace(join(dir, 'ws'), SEED_PLAN);
  const report = await exportReport(docs[2]!.path, out, zh, { now: NOW });
  expect(report.missing).toEqual([]);
  wb = await readWorkbook(out);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the year-end report, read back with exceljs', () => {
  it('has the eight sheets, in Chinese', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(REPORT_SHEETS_ZH);
  });

  it("ranks, totals, grades and year-on-year changes on the summary are the engine's", () => {
    const doc = docs[2]!.doc;
    const results = computeResults(doc);
    const previous = docs[1]!.doc;
    const changes = new Map(
      compareYears({ doc, results }, { doc: previous, results: computeResults(previous) }).units.map((c) => [c.unitId, c]),
    );
    const ws = wb.getWorksheet('汇总排名')!;
    expect(rowValues(ws, 3, 1, 8)).toEqual(['排名', '单位', '总分', '加分', '等次', '说明', '较 2019 年', '较 2019 年']);
    expect(rowValues(ws, 4, 7, 8)).toEqual(['名次变化', '总分变化']);
    const rows = results.order.map((id, i) => {
      const u = results.units.find((x) => x.unitId === id)!;
      return [rowValues(ws, 5 + i, 1, 5), u, changes.get(id)!] as const;
    });
    for (const [cells, u] of rows)
      expect(cells).toEqual([
        u.rank,
        u.unitName,
        u.total,
        u.bonus || null,
        { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' }[u.grade!],
      ]);
    for (const [, u, change] of rows) {
      const r = findRow(ws, 2, u.unitName);
      expect([ws.getCell(r, 7).value, ws.getCell(r, 8).value]).toEqual([change.rankChange, change.totalChange]);
      expect(rowValues(ws, r, 9, 8 + u.sections.length)).toEqual(u.sections.map((s) => s.score));
    }
    // The vetoed city is last, graded 不合格 whatever its score, and the note names the veto.
    const last = ws.getRow(5 + rows.length - 1);
    expect([last.getCell(2).value, last.getCell(5).value, last.getCell(6).value]).toEqual([
      '贵港市',
      '不合格',
      '一票否决：发生重大及以上生产安全事故',
    ]);
    expect(ws.getCell(5, 3).numFmt).toBe('0.00');
    expect(ws.getCell(5, 5).fill).toMatchObject({ fgColor: { argb: 'FFDCEFE1' } });
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(20);
  });

  it('the indicator matrix groups criteria under merged section headers, with points and subtotals', () => {
    const doc = docs[2]!.doc;
    const results = computeResults(doc);
    const ws = wb.getWorksheet('分项得分')!;
    const first = doc.scheme.criteria[0]!;
    expect(ws.getCell('C3').value).toBe(`${first.number}${first.title}（8 分）`);
    expect(ws.model.merges as string[]).toContain('C3:E3');
    expect(rowValues(ws, 4, 5, 5)).toEqual(['小计']);
    expect(rowValues(ws, 5, 2, 5)).toEqual(['分值', 4, 4, 8]);
    const top = results.units.find((u) => u.unitId === results.order[0])!;
    expect(rowValues(ws, 6, 1, 5)).toEqual([
      1,
      top.unitName,
      results.cells[top.unitId]![0]!.score,
      results.cells[top.unitId]![1]!.score,
      top.sections[0]!.score,
    ]);
    const fcg = findRow(ws, 2, '防城港市');
    expect(rowValues(ws, fcg, 1, ws.columnCount)).toContain('不适用');
  });

  it("the evaluators sheet shows each evaluator's points beside the combined score and the spread, unit by unit under its team", async () => {
    const doc = docs[2]!.doc;
    const results = computeResults(doc);
    const ws = wb.getWorksheet('评委明细')!;
    const group = '考核人员评分（姓名见各单位首行）';
    expect(rowValues(ws, 3, 1, 10)).toEqual(['考核组', '单位', '考核指标', '分值', group, group, group, '合成得分', '极差', '提示']);
    // Two teams of three: three point columns, not six half-empty ones.
    expect(rowValues(ws, 4, 5, 10)).toEqual(['评委1', '评委2', '评委3', '合成得分', '极差', '提示']);
    expect(ws.columnCount).toBe(10);
    // Team by team, ranking order within a team; each block opens with its team and evaluators.
    const team1 = new Set(doc.teams[0]!.assignment!.unitIds);
    const order = [...results.order.filter((id) => team1.has(id)), ...results.order.filter((id) => !team1.has(id))];
    const name = (id: string) => doc.units.find((u) => u.id === id)!.name;
    const bands = [];
    for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, 3).value === '本单位考核人员') bands.push(r);
    expect(bands.map((r) => rowValues(ws, r, 1, 7))).toEqual(
      order.map((id) => [
        team1.has(id) ? '第一考核组' : '第二考核组',
        name(id),
        '本单位考核人员',
        null,
        ...(team1.has(id) ? ['张伟', '李娜', '王强'] : ['刘洋', '陈静', '杨帆']),
      ]),
    );
    const leaf = leavesOf(doc.scheme)[0]!;
    const top = order[0]!;
    const expected = ['e1', 'e2', 'e3'].map((e) => {
      const entry = doc.entries.find((x) => x.evaluatorId === e && x.unitId === top && x.criterionId === leaf.criterion.id)!;
      return leafScore(entry.value, leaf.rule, leaf.criterion.points, top);
    });
    const cell = results.cells[top]![0]!;
    expect(rowValues(ws, 6, 1, 9)).toEqual([
      '第一考核组',
      name(top),
      `${leaf.criterion.number} ${leaf.criterion.title}`,
      leaf.criterion.points,
      ...expected,
      cell.score,
      cell.count > 1 ? cell.spread : null,
    ]);
    // The second team's points sit in the same three columns, under its own names.
    const second = order.find((id) => !team1.has(id))!;
    const entry = doc.entries.find((x) => x.evaluatorId === 'e5' && x.unitId === second && x.criterionId === leaf.criterion.id)!;
    const band = bands[order.indexOf(second)]!;
    expect(ws.getCell(band + 1, 6).value).toBe(leafScore(entry.value, leaf.rule, leaf.criterion.points, second));
    // No point column is empty on every row.
    for (let col = 5; col <= 7; col++) {
      const values = Array.from({ length: ws.rowCount - 4 }, (_, i) => ws.getCell(5 + i, col).value).filter((v) => v !== null);
      expect(values.length, `column ${col}`).toBeGreaterThan(doc.units.length);
    }
    const leaves = leavesOf(doc.scheme).length;
    const extra = doc.entries.filter((e) => !leavesOf(doc.scheme).some((l) => l.criterion.id === e.criterionId));
    const extraRows = new Set(extra.map((e) => `${e.unitId}/${e.criterionId}`)).size;
    expect(ws.rowCount).toBe(4 + doc.units.length * (1 + leaves) + extraRows);
    // Each unit after the first starts a printed page; the header rows repeat above it.
    const xml = await new JSZip().loadAsync(readFileSync(out)).then((zip) => zip.file('xl/worksheets/sheet3.xml')!.async('string'));
    expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(bands.slice(1).map((r) => r - 1));
    expect(ws.pageSetup.printTitlesRow).toBe('3:4');
  });

  it('the deductions sheet lists each deduction, veto and bonus with unit, criterion, points and reason', () => {
    const ws = wb.getWorksheet('扣分明细')!;
    const text = sheetText(ws);
    expect(text).toContain('“8·26”重大建筑施工事故，死亡11人');
    expect(text).toContain('全国安全生产先进单位');
    const veto = findRow(ws, 6, '“8·26”重大建筑施工事故，死亡11人');
    expect(rowValues(ws, veto, 1, 4)).toEqual(['贵港市', '发生重大及以上生产安全事故', '刘洋', '一票否决']);
    const deduction = findRow(ws, 4, '扣分');
    expect(ws.getCell(deduction, 5).value).toBeLessThan(0);
    expect(String(ws.getCell(deduction, 6).value)).not.toBe('');
  });

  it("the year-on-year sheet holds every year's totals and ranks", () => {
    const h = history(docs.map((d) => ({ doc: d.doc, results: computeResults(d.doc) })));
    const ws = wb.getWorksheet('同比分析')!;
    expect(rowValues(ws, 3, 2, 9)).toEqual(['2018 年', '2018 年', '2019 年', '2019 年', '2020 年', '2020 年', '较 2019 年', '较 2019 年']);
    for (const u of h.units) {
      const r = findRow(ws, 1, u.name);
      expect(rowValues(ws, r, 2, 7)).toEqual(u.totals.flatMap((t, i) => [t, u.ranks[i]]));
    }
  });

  it('the method sheet states scheme, method, grades, data status, generation time and version', () => {
    const text = sheetText(wb.getWorksheet('说明')!);
    for (const s of [
      '去掉一个最高分和一个最低分后取平均',
      '优秀 ≥ 90；良好 80–<90；合格 60–<80；不合格 < 60',
      '完整：所有单位的所有指标均已评分',
      '2020-12-28 16:05',
      `考评 ${APP_VERSION}`,
      '全部生成（3 幅）',
      '每次扣 1 分，扣完为止',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('prints every sheet on A4 landscape, fitted to width, header rows repeated, title and page x of y', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToHeight: 0 });
      expect(ws.pageSetup.fitToWidth, ws.name).toBeGreaterThanOrEqual(1);
      expect(ws.pageSetup.printTitlesRow, ws.name).toMatch(/^\d+:\d+$/);
      expect(ws.headerFooter.oddHeader, ws.name).toContain(`2020年度全区应急管理工作考核 · ${ws.name}`);
      expect(ws.headerFooter.oddFooter, ws.name).toContain('第 &P 页，共 &N 页');
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen' });
      expect((ws.views[0] as { ySplit: number }).ySplit, ws.name).toBeGreaterThan(0);
    }
    // The wide matrix prints on more pages across, its rank and unit columns repeated, from
    // its header rows on (a merged title would show cut on every page across).
    const matrix = wb.getWorksheet('分项得分')!;
    expect(matrix.pageSetup).toMatchObject({ fitToWidth: 2, printTitlesColumn: 'A:B' });
    expect(matrix.pageSetup.printArea).toBe(`A3:AJ${matrix.rowCount}`);
  });

  it('carries the workbook properties', () => {
    expect(wb.title).toBe('2020年度全区应急管理工作考核');
    expect(wb.creator).toBe(`考评 ${APP_VERSION}`);
    expect(wb.created.getTime()).toBe(Math.floor(NOW.getTime() / 1000) * 1000);
  });

  it('embeds the ranking and both trend charts as print-resolution PNGs that are not blank', async () => {
    const ranking = sheetImages(wb, wb.getWorksheet('汇总排名')!);
    const trends = sheetImages(wb, wb.getWorksheet('同比分析')!);
    expect(ranking).toHaveLength(1);
    expect(trends).toHaveLength(2);
    expect(pngSize(ranking[0]!)).toEqual({ width: 1920, height: rankingChartHeight(14) * 2 });
    for (const png of trends) expect(pngSize(png)).toEqual({ width: 1920, height: 960 });
    for (const png of [...ranking, ...trends]) {
      const counts = colourCounts(await decodePng(png));
      const white = counts.get('#ffffff') ?? 0;
      expect(white / (pngSize(png).width * pngSize(png).height)).toBeLessThan(0.95);
      expect(counts.size).toBeGreaterThan(50);
    }
    // On the sheet at 96 DPI, half the PNG's size: 192 DPI on paper.
    expect(wb.getWorksheet('汇总排名')!.getImages()[0]!.range.tl.nativeCol).toBe(0);
  });

  // The sheets are written while the charts are drawn, as if all will be: a chart that fails
  // late (the trends, after five sheets) or first (the ranking) still ends in a report that says so.
  it.each([
    ['ranks', 1, 1],
    ['ranking', 0, 2],
  ] as const)(
    'when only the %s chart cannot be drawn, the others are placed and the report says which is missing',
    async (failing, ranked, trended) => {
      const partial = join(dir, `without-${failing}.xlsx`);
      const specs = new Map([
        ['ranking', '2020年度考核得分排名'],
        ['ranks', '历年考核排名（本年度前三名、后三名以彩色显示，其余单位为灰色）'],
      ]);
      const renderChart: typeof renderChartPng = (config, options) =>
        options.name === specs.get(failing)
          ? Promise.reject(new ChartRenderError(options.name!, new Error('canvas gone')))
          : renderChartPng(config, options);
      const told: number[] = [];
      const onProgress = (p: Progress) => void told.push(taskFraction('report:export', p));
      const report = await exportReport(docs[2]!.path, partial, zh, { now: NOW, renderChart, onProgress });
      expect(report.missing.map((m) => [m.id, m.reason])).toEqual([[failing, 'canvas gone']]);
      // Written twice, told once: the bar only moves forward, to the end.
      expect(told).toEqual([...told].sort((a, b) => a - b));
      expect(told.at(-1)).toBe(1);
      expect(report.charts).toBe(2);
      const book = await readWorkbook(partial);
      expect(sheetImages(book, book.getWorksheet('汇总排名')!)).toHaveLength(ranked);
      expect(sheetImages(book, book.getWorksheet('同比分析')!)).toHaveLength(trended);
      const note = `图表“${specs.get(failing)}”未能生成：canvas gone`;
      expect(sheetText(book.getWorksheet(failing === 'ranking' ? '汇总排名' : '同比分析')!)).toContain(note);
      expect(sheetText(book.getWorksheet('说明')!)).toContain(note);
    },
  );

  it('writes no formula anywhere', () => {
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
