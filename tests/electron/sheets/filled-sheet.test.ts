import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/scoring/compute';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import { exportScoreSheets } from '../../../electron/services/sheets/export-sheets';
import { importScoreSheets } from '../../../electron/services/sheets/import-sheets';
import { loadAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { SEED_PLAN } from '../../helpers/paths';
import { layoutOf, setCells } from '../../helpers/score-sheets';
import { FOOTER_ROWS } from '../../../shared/sheets/layout';
import { copyFileSync } from 'node:fs';
import { useTempDir } from '../../helpers/temp';

describe('a score sheet pre-filled with what the evaluator entered', () => {
  const tmp = useTempDir();

  it('shows the entries in the input cells, with readable codes, and imports back without moving a point', async () => {
    const [, , y2020] = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const out = join(tmp(), 'sheets');
    mkdirSync(out);
    const [sheet] = await exportScoreSheets(y2020!.path, { evaluator: 'e1' }, out, 'zh-CN', new Date('2020-12-01T08:00:00Z'), undefined, {
      filled: true,
    });
    const { doc } = await loadAssessmentFile(y2020!.path);
    const layout = layoutOf(doc, 'e1');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sheet!.path);
    const form = wb.worksheets[0]!;
    // On paper it cannot pass for a blank sheet.
    expect(form.getCell('A1').value).toBe('2020年度全区应急管理工作考核 · 评分表（已填：已录入的评分，供核对）');
    expect(form.headerFooter.oddHeader).toContain('（已填：已录入的评分，供核对）');
    const mine = doc.entries.filter((e) => e.evaluatorId === 'e1');
    const plain = mine.find((e) => e.value.kind === 'score')!;
    const item = layout.items.find((i) => i.itemId === plain.criterionId)!;
    const unit = layout.units.find((u) => u.unitId === plain.unitId)!;
    expect(form.getCell(item.row, unit.valueCol).value).toBe(plain.value.kind === 'score' ? plain.value.score : null);
    const deduction = mine.find((e) => e.value.kind === 'deductions' && e.value.occurrences.length > 0)!;
    const dRow = layout.items.find((i) => i.itemId === deduction.criterionId)!.row;
    const dCol = layout.units.find((u) => u.unitId === deduction.unitId)!;
    expect(String(form.getCell(dRow, dCol.reasonCol).value)).toContain(
      deduction.value.kind === 'deductions' ? deduction.value.occurrences[0]!.reason : '',
    );
    // Bonus and veto rows carry 加1 / 否1, never internal ids.
    const codes = layout.items.filter((i) => i.input.kind === 'bonus' || i.input.kind === 'veto').map((i) => form.getCell(i.row, 1).value);
    expect(codes).toEqual(['加1', '加2', '否1', '否2', '否3']);

    // 合计: the points of the regular items, and per unit what this evaluator's entries earn; then the signature line.
    const totalRow = layout.lastRow + 1;
    expect(form.getCell(totalRow, 1).value).toBe('合计');
    expect(form.getCell(totalRow, 3).value).toBe(100);
    expect(Number(form.getCell(totalRow, unit.valueCol).value)).toBeGreaterThan(50);
    expect(String(form.getCell(layout.lastRow + 3, 1).value)).toContain('考核人员签字');

    // A name typed on the signature line is not an entry and does not stop the import; content below the footer does.
    const beyond = join(tmp(), 'beyond.xlsx');
    copyFileSync(sheet!.path, beyond);
    await setCells(beyond, [[layout.lastRow + FOOTER_ROWS + 1, 1, '多余的内容']]);
    await expect(importScoreSheets(y2020!.path, [beyond])).rejects.toThrow();
    await setCells(sheet!.path, [[layout.lastRow + 3, 9, '张伟']]);

    const before = computeResults(doc);
    const [imported] = await importScoreSheets(y2020!.path, [sheet!.path], new Date('2020-12-02T08:00:00Z'));
    expect(imported!.count).toBeGreaterThan(100);
    const after = computeResults((await loadAssessmentFile(y2020!.path)).doc);
    expect(after.units.map((u) => [u.unitName, u.total.toFixed(6), u.rank])).toEqual(
      before.units.map((u) => [u.unitName, u.total.toFixed(6), u.rank]),
    );
  }, 90_000);
});
