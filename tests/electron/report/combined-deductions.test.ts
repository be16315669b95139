// 扣分汇总, read back with exceljs: one row per unit and item with points lost on the combined
// score and the evaluators' reasons merged, each unit closing with a subtotal that reconciles
// with 汇总排名 (base = total − bonus = (applicable points − points lost) rescaled to the total).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leavesOf } from '../../../shared/assessment/criteria';
import { setEntries } from '../../../shared/assessment/mutations';
import type { Assessment } from '../../../shared/assessment/schema';
import { createTranslator } from '../../../shared/i18n/messages';
import { computeResults } from '../../../shared/scoring/compute';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import { exportReport } from '../../../electron/services/report/export-report';
import { loadAssessmentFile, saveAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { SEED_PLAN } from '../../helpers/paths';
import { readWorkbook, rowValues } from '../../helpers/report';

const dir = mkdtempSync(join(tmpdir(), 'kaoping-combined-'));
let wb: ExcelJS.Workbook;
let doc: Assessment;
/** The unit whose first plain item three evaluators docked. */
let docked: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const [, , y2020] = await writeDemoWorkspace(join(dir, 'ws'), SEED_PLAN);
  const loaded = await loadAssessmentFile(y2020!.path);
  // Three evaluators of the best unit lose it a point on the first plain item, two of them for
  // the same reason written differently, one for another.
  const results = computeResults(loaded.doc);
  const top = results.order[0]!;
  docked = top;
  const leaf = leavesOf(loaded.doc.scheme).find((l) => l.rule.kind === 'plain')!;
  const lose = (evaluatorId: string, reason: string) => ({
    evaluatorId,
    unitId: top,
    criterionId: leaf.criterion.id,
    value: { kind: 'score' as const, score: leaf.criterion.points - 1 },
    reason,
  });
  const edited = setEntries(
    loaded.doc,
    [lose('e1', '应急预案未按期修订。'), lose('e2', ' 应急预案未按期修订 '), lose('e3', '未开展综合演练')],
    { actor: '考核办', at: '2020-12-20T00:00:00.000Z' },
  );
  await saveAssessmentFile(y2020!.path, edited, loaded.stamp);
  doc = edited;
  const out = join(dir, 'report.xlsx');
  await exportReport(y2020!.path, out, createTranslator('zh-CN'), { now: new Date(2020, 11, 28) });
  wb = await readWorkbook(out);
});

/** The rows of the combined sheet, as [unit, item, points, score, lost, reasons]. */
function body(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  return Array.from({ length: ws.rowCount - 4 }, (_, i) => rowValues(ws, 5 + i, 1, 6));
}

describe('扣分汇总: points lost per unit and item, reasons merged, totals that reconcile', () => {
  it('sits beside the per-evaluator 扣分明细, with its header repeated on every printed page', () => {
    expect(wb.worksheets.map((w) => w.name).slice(2, 5)).toEqual(['评委明细', '扣分汇总', '扣分明细']);
    const ws = wb.getWorksheet('扣分汇总')!;
    expect(rowValues(ws, 3, 1, 6)).toEqual(['单位', '考核指标', '分值', '得分', '扣分', '扣分原因']);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '3:4' });
  });

  it('lists the same reason once, in the order first written', () => {
    const results = computeResults(doc);
    const top = results.units.find((u) => u.unitId === docked)!;
    const leaves = leavesOf(doc.scheme);
    const leaf = leaves.find((l) => l.rule.kind === 'plain')!;
    const row = body(wb.getWorksheet('扣分汇总')!).find(
      (r) => r[0] === top.unitName && r[1] === `${leaf.criterion.number} ${leaf.criterion.title}`,
    )!;
    const cell = results.cells[top.unitId]![leaves.indexOf(leaf)]!;
    expect(row).toEqual([
      top.unitName,
      `${leaf.criterion.number} ${leaf.criterion.title}`,
      leaf.criterion.points,
      cell.score,
      leaf.criterion.points - cell.score!,
      '应急预案未按期修订。\n未开展综合演练',
    ]);
  });

  it('has one subtotal per unit that agrees with 汇总排名, and items that add up to it', () => {
    const results = computeResults(doc);
    const summary = wb.getWorksheet('汇总排名')!;
    const rows = body(wb.getWorksheet('扣分汇总')!);
    const leaves = leavesOf(doc.scheme);
    let checked = 0;
    for (let r = 5; summary.getCell(r, 2).value; r++) {
      const [unit, total, bonus] = [summary.getCell(r, 2).value, summary.getCell(r, 3).value, summary.getCell(r, 4).value ?? 0];
      const mine = rows.filter((x) => x[0] === unit);
      const subtotal = mine.at(-1)!;
      expect(subtotal[1]).toBe(`${unit} 小计`);
      const items = mine.filter((x) => typeof x[4] === 'number' && x !== subtotal);
      const lost = items.reduce((a, x) => a + (x[4] as number), 0);
      expect(subtotal[4]).toBeCloseTo(lost, 9);
      const u = results.units.find((x) => x.unitName === unit)!;
      // The summary's base is what the unit kept of the points that applied, rescaled to the total.
      const applicable = leaves.reduce((a, l, i) => a + (results.cells[u.unitId]![i]!.state === 'na' ? 0 : l.criterion.points), 0);
      const base = ((applicable - lost) / applicable) * doc.scheme.total;
      expect(subtotal[3]).toBeCloseTo(base, 9);
      if (!(u.vetoed && doc.settings.vetoEffect === 'zero')) expect(total).toBeCloseTo((subtotal[3] as number) + (bonus as number), 9);
      expect(String(subtotal[5])).toContain(`总分 ${(total as number).toFixed(2)}`);
      checked++;
    }
    expect(checked).toBe(doc.units.length);
  });

  it('names the bonus with its achievements and each veto with its event', () => {
    const rows = body(wb.getWorksheet('扣分汇总')!);
    const veto = rows.find((x) => String(x[1]).startsWith('一票否决：'))!;
    expect(veto[0]).toBe('贵港市');
    expect(veto[5]).toContain('“8·26”重大建筑施工事故，死亡11人');
    expect(rows.some((x) => x[1] === '加分' && typeof x[3] === 'number' && String(x[5]).includes('全国安全生产先进单位'))).toBe(true);
  });
});
