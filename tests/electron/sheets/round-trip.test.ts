import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/scoring/compute';
import { IDENTITY_SHEET } from '../../../shared/sheets/layout';
import { SHEET_PASSWORD } from '../../../shared/sheets/sheet-workbook';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import { exportScoreSheets } from '../../../electron/services/sheets/export-sheets';
import { importScoreSheets } from '../../../electron/services/sheets/import-sheets';
import { loadAssessmentFile, saveAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { SEED_PLAN } from '../../helpers/paths';
import { cellsFromEntries, layoutOf, setCells } from '../../helpers/score-sheets';
import { useTempDir } from '../../helpers/temp';
import { mkdirSync } from 'node:fs';

/** The 2020 demo assessment (status: scoring) in a fresh workspace, and an empty folder for sheets. */
async function demo(dir: string) {
  const written = await writeDemoWorkspace(join(dir, 'ws'), SEED_PLAN);
  const out = join(dir, 'sheets');
  mkdirSync(out);
  return { path: written[2]!.path, out };
}

describe('score sheets out and back', () => {
  const tmp = useTempDir();

  it('exports one workbook per evaluator: the form with locked structure and validated input cells, and a hidden identity sheet', async () => {
    const { path, out } = await demo(tmp());
    const sheets = await exportScoreSheets(path, { evaluator: 'all' }, out, 'zh-CN', new Date('2020-12-01T08:00:00Z'));
    expect(sheets.map((s) => s.evaluatorName)).toEqual(['张伟', '李娜', '王强', '刘洋', '陈静', '杨帆']);
    const { doc } = await loadAssessmentFile(path);
    const layout = layoutOf(doc, 'e2');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheets[1]!.path);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['评分表', 'visible'],
      [IDENTITY_SHEET, 'veryHidden'],
    ]);
    const form = wb.worksheets[0]!;
    // The team's seven cities as columns, a value and a reason column each.
    expect(layout.units.map((u) => form.getCell(layout.unitRow, u.valueCol).value)).toEqual([
      '南宁市',
      '柳州市',
      '桂林市',
      '梧州市',
      '北海市',
      '防城港市',
      '钦州市',
    ]);
    const plain = layout.items.find((i) => i.input.kind === 'score')!;
    const input = form.getCell(plain.row, layout.units[0]!.valueCol);
    expect(input.protection?.locked).toBe(false);
    expect(form.getCell(plain.row, layout.units[0]!.reasonCol).protection?.locked).toBe(false);
    expect(form.getCell(plain.row, 2).protection?.locked).not.toBe(false);
    expect(input.dataValidation).toMatchObject({ type: 'custom', showErrorMessage: true });
    expect(input.dataValidation.formulae![0]).toContain(`${input.address}<=4`);
    const tiered = layout.items.find((i) => i.input.kind === 'level')!;
    expect(form.getCell(tiered.row, layout.units[0]!.valueCol).dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringContaining(`'${IDENTITY_SHEET}'!$D$2:$D$6`)],
    });
    // Protected (with a known password: it prevents accidents, it is not security).
    expect(SHEET_PASSWORD).toBe('kaoping');
    expect((form as unknown as { sheetProtection: { sheet: boolean; algorithmName: string } }).sheetProtection).toMatchObject({
      sheet: true,
      algorithmName: 'SHA-512',
    });
    const identity = wb.getWorksheet(IDENTITY_SHEET)!;
    const fields = Object.fromEntries(identity.getRows(1, 13)!.map((r) => [r.getCell(1).value, r.getCell(2).value]));
    expect(fields).toMatchObject({
      format: 'kaoping-score-sheet',
      assessmentId: 'demo-2020',
      schemeVersion: 1,
      evaluatorId: 'e2',
      evaluatorName: '李娜',
      language: 'zh-CN',
      sheet: '评分表',
    });
    expect(String(fields.checksum)).toMatch(/^[0-9a-f]{64}$/);
    expect(identity.getColumn(4).values.slice(1)).toEqual([tiered.itemId, '全面完成', '基本完成', '部分完成', '未完成', '不适用']);
  });

  it("round trip: sheets filled with the evaluators' own scores give the same results, recorded in the audit trail", async () => {
    const { path, out } = await demo(tmp());
    const { doc: original, stamp } = await loadAssessmentFile(path);
    const who = ['e1', 'e4'];
    // The office has everything but these two evaluators' scores.
    await saveAssessmentFile(path, { ...original, entries: original.entries.filter((e) => !who.includes(e.evaluatorId)) }, stamp);
    const files: string[] = [];
    for (const id of who) {
      const [sheet] = await exportScoreSheets(path, { evaluator: id }, out, 'zh-CN');
      await setCells(sheet!.path, cellsFromEntries(original, layoutOf(original, id)));
      files.push(sheet!.path);
    }
    const imported = await importScoreSheets(path, files, new Date('2020-12-20T09:00:00Z'));
    const count = (id: string) => original.entries.filter((e) => e.evaluatorId === id).length;
    expect(imported.map((i) => [i.evaluatorName, i.count])).toEqual([
      ['张伟', count('e1')],
      ['刘洋', count('e4')],
    ]);
    const { doc } = await loadAssessmentFile(path);
    const before = computeResults(original);
    const after = computeResults(doc);
    expect(after.units).toEqual(before.units);
    expect(after.cells).toEqual(before.cells);
    const fromSheets = doc.entries.filter((e) => who.includes(e.evaluatorId));
    expect(fromSheets.every((e) => e.source === 'sheet')).toBe(true);
    const sets = doc.audit.filter((a) => a.action === 'entry.set');
    expect(sets).toHaveLength(count('e1') + count('e4'));
    expect(new Set(sets.map((a) => a.actor))).toEqual(new Set(['张伟', '刘洋']));
    expect(doc.audit.filter((a) => a.action === 'sheet.import').map((a) => a.target)).toEqual([
      { file: '2020-评分表-第一考核组-张伟.xlsx', evaluator: 'e1' },
      { file: '2020-评分表-第二考核组-刘洋.xlsx', evaluator: 'e4' },
    ]);
  });

  it('keeps reasons typed like formulas as text, on the way in and in the file', async () => {
    const { path, out } = await demo(tmp());
    const { doc } = await loadAssessmentFile(path);
    const [sheet] = await exportScoreSheets(path, { evaluator: 'e2' }, out, 'zh-CN');
    const layout = layoutOf(doc, 'e2');
    const plain = layout.items.find((i) => i.input.kind === 'score')!;
    const unit = layout.units[0]!;
    await setCells(sheet!.path, [
      [plain.row, unit.valueCol, 3],
      [plain.row, unit.reasonCol, '=SUM(A1)'],
    ]);
    await importScoreSheets(path, [sheet!.path]);
    const saved = (await loadAssessmentFile(path)).doc.entries.find(
      (e) => e.evaluatorId === 'e2' && e.unitId === unit.unitId && e.criterionId === plain.itemId,
    )!;
    expect(saved.reason).toBe('=SUM(A1)');
    expect(readFileSync(path, 'utf8')).toContain('=SUM(A1)');
  });
});
