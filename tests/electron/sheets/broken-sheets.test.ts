import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { setStatus, updateScheme } from '../../../shared/assessment/mutations';
import type { Assessment } from '../../../shared/assessment/schema';
import { IDENTITY_SHEET, type ScoreSheetLayout } from '../../../shared/sheets/layout';
import { sheetProblemText } from '../../../shared/sheets/problem-text';
import { cellAddress } from '../../../shared/workbook/cells';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import { exportScoreSheets } from '../../../electron/services/sheets/export-sheets';
import { importScoreSheets, SheetImportError } from '../../../electron/services/sheets/import-sheets';
import { loadAssessmentFile, saveAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { SEED_PLAN } from '../../helpers/paths';
import { editWorkbook, layoutOf, setCells, zh } from '../../helpers/score-sheets';
import { useTempDir } from '../../helpers/temp';

interface Setup {
  path: string;
  sheet: string;
  doc: Assessment;
  layout: ScoreSheetLayout;
}

/** Imports `files`, expects a refusal, and checks the assessment file did not change by a byte. */
async function refused(setup: Setup, files: string[] = [setup.sheet]): Promise<string[]> {
  const before = readFileSync(setup.path);
  const error = await importScoreSheets(setup.path, files).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SheetImportError);
  expect(readFileSync(setup.path).equals(before)).toBe(true);
  return (error as SheetImportError).problems.map((p) => sheetProblemText(p, zh));
}

describe('broken score sheets are refused, with the place of every problem, and nothing changes', () => {
  const tmp = useTempDir();
  let s: Setup;
  const item = (kind: string) => s.layout.items.find((i) => i.input.kind === kind)!;
  const unit = (i = 0) => s.layout.units[i]!;

  beforeEach(async () => {
    const written = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const out = join(tmp(), 'sheets');
    mkdirSync(out, { recursive: true });
    const path = written[2]!.path;
    const [exported] = await exportScoreSheets(path, { evaluator: 'e1' }, out, 'zh-CN');
    const { doc } = await loadAssessmentFile(path);
    s = { path, sheet: exported!.path, doc, layout: layoutOf(doc, 'e1') };
  });

  it('reports every bad value by unit and criterion in words and by cell', async () => {
    const plain = item('score');
    const count = item('count');
    const next = s.layout.items.find((i) => i.row === plain.row + 1)!;
    const level = item('level');
    const bonus = item('bonus');
    const veto = item('veto');
    const [a, b, c] = [unit(0), unit(1), unit(2)];
    await setCells(s.sheet, [
      [plain.row, a.valueCol, 12],
      [plain.row, b.valueCol, '三分'],
      [plain.row, c.valueCol, 3.3],
      [count.row, a.valueCol, 2],
      [count.row, b.valueCol, 1.5],
      [level.row, a.valueCol, '优秀'],
      [bonus.row, a.valueCol, '国家级'],
      [veto.row, a.valueCol, '是'],
      [veto.row, b.valueCol, '不适用'],
      [plain.row + 1, a.reasonCol, '只写了理由'],
      [plain.row + 1, b.valueCol, { formula: '1+2', result: 3 }],
    ]);
    const lines = await refused(s);
    const file = '2020-评分表-第一考核组-张伟.xlsx';
    const at = (row: number, col: number) => `评分表!${cellAddress(row, col)}`;
    expect(lines).toEqual([
      `${file}：南宁市 · ${plain.code} ${plain.label}，${at(plain.row, a.valueCol)}：12 超过分值 4`,
      `${file}：柳州市 · ${plain.code} ${plain.label}，${at(plain.row, b.valueCol)}：“三分”不是数字`,
      `${file}：桂林市 · ${plain.code} ${plain.label}，${at(plain.row, c.valueCol)}：3.3 不是 0.5 分的整数倍`,
      `${file}：南宁市 · ${next.code} ${next.label}，${at(plain.row + 1, a.reasonCol)}：填写了理由但没有评分`,
      `${file}：柳州市 · ${next.code} ${next.label}，${at(plain.row + 1, b.valueCol)}：单元格中是公式，请直接填写数值或文字`,
      `${file}：南宁市 · ${count.code} ${count.label}，${at(count.row, a.reasonCol)}：扣分或加分必须填写理由`,
      `${file}：柳州市 · ${count.code} ${count.label}，${at(count.row, b.valueCol)}：1.5 不是整数次数`,
      `${file}：南宁市 · ${level.code} ${level.label}，${at(level.row, a.valueCol)}：“优秀”不在可选项中（全面完成、基本完成、部分完成、未完成）`,
      `${file}：南宁市 · ${bonus.code} ${bonus.label}，${at(bonus.row, a.reasonCol)}：须在理由栏写明加分事项`,
      `${file}：南宁市 · ${veto.code} ${veto.label}，${at(veto.row, a.reasonCol)}：选“是”时须在理由栏说明事件`,
      `${file}：柳州市 · ${veto.code} ${veto.label}，${at(veto.row, b.valueCol)}：此项不能填“不适用”`,
    ]);
  });

  it('refuses a sheet whose structure was edited: a changed label, content outside the form', async () => {
    const plain = item('score');
    await setCells(s.sheet, [
      [plain.row, 2, '改过的指标'],
      [plain.row, s.layout.lastCol + 2, '多出来的'],
    ]);
    const lines = await refused(s);
    expect(lines).toEqual([
      `2020-评分表-第一考核组-张伟.xlsx：评分表!B${plain.row}：应为“${plain.label}”，实为“改过的指标”（评分表结构被修改过）`,
      `2020-评分表-第一考核组-张伟.xlsx：评分表!${cellAddress(plain.row, s.layout.lastCol + 2)}：评分区域以外有内容“多出来的”（评分表结构被修改过）`,
    ]);
  });

  it('refuses a sheet of another assessment, an older scheme version, or with its identification edited', async () => {
    const identity = (row: number, value: string | number) =>
      editWorkbook(s.sheet, (wb) => void (wb.getWorksheet(IDENTITY_SHEET)!.getCell(row, 2).value = value));
    const pristine = readFileSync(s.sheet);
    await identity(3, 'demo-2019');
    expect(await refused(s)).toEqual([
      '2020-评分表-第一考核组-张伟.xlsx：属于另一份考核（“2020年度全区应急管理工作考核”，编号 demo-2019），不是“2020年度全区应急管理工作考核”',
    ]);
    writeFileSync(s.sheet, pristine);
    await identity(12, '0'.repeat(64));
    expect(await refused(s)).toEqual([expect.stringContaining('张伟.xlsx：评分表结构与当前考核不一致')]);
    writeFileSync(s.sheet, pristine);
    await identity(7, 'e99');
    expect(await refused(s)).toEqual(['2020-评分表-第一考核组-张伟.xlsx：考核人员（e99）不在本考核中']);
    writeFileSync(s.sheet, pristine);
    const { doc, stamp } = await loadAssessmentFile(s.path);
    await saveAssessmentFile(s.path, updateScheme(doc, doc.scheme, { actor: '考核办', at: '2020-12-02T00:00:00.000Z' }), stamp);
    expect(await refused(s)).toEqual(['2020-评分表-第一考核组-张伟.xlsx：按考核方案第 1 版导出，当前为第 2 版，请重新导出评分表']);
  });

  it('refuses files that are not score sheets, and two sheets of one evaluator', async () => {
    const notXlsx = join(tmp(), 'notes.xlsx');
    writeFileSync(notXlsx, '这不是表格');
    const plain = join(tmp(), 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '得分';
    await wb.xlsx.writeFile(plain);
    const copy = join(tmp(), 'copy.xlsx');
    copyFileSync(s.sheet, copy);
    const lines = await refused(s, [notXlsx, plain, s.sheet, copy, join(tmp(), 'missing.xlsx')]);
    expect(lines[0]).toMatch(/^notes\.xlsx：不是有效的 Excel 文件（\.xlsx）/);
    expect(lines.slice(1)).toEqual([
      'plain.xlsx：不是考评导出的评分表（缺少识别信息）',
      '找不到文件：missing.xlsx',
      'copy.xlsx：与 2020-评分表-第一考核组-张伟.xlsx 是同一考核人员（张伟）的评分表，一次只能导入其中一份',
    ]);
  });

  it('refuses to import into a finalized assessment', async () => {
    const { doc, stamp } = await loadAssessmentFile(s.path);
    await saveAssessmentFile(s.path, setStatus(doc, 'finalized', { actor: '考核办', at: '2020-12-30T00:00:00.000Z' }), stamp);
    await expect(importScoreSheets(s.path, [s.sheet])).rejects.toMatchObject({ key: 'error.finalized' });
  });
});
