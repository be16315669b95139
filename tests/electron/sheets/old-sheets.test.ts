// Score sheets exported before items had readable codes (bonus and veto rows coded b1, v1 where
// today's sheets say 加1, 否1) are still what their evaluators filled in: they import, each row
// to its current item, when their checksum proves that older layout. Anything that maps to no
// known layout is refused in the user's language, naming the file and asking for a new export.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { IDENTITY_SHEET, layoutSignature } from '../../../shared/sheets/layout';
import { legacyCodesLayout } from '../../../shared/sheets/legacy-layout';
import { sheetProblemText } from '../../../shared/sheets/problem-text';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import { layoutChecksum } from '../../../electron/services/sheets/checksum';
import { exportScoreSheets } from '../../../electron/services/sheets/export-sheets';
import { importScoreSheets, SheetImportError } from '../../../electron/services/sheets/import-sheets';
import { loadAssessmentFile } from '../../../electron/services/workspace/assessment-file';
import { SEED_PLAN } from '../../helpers/paths';
import { editWorkbook, layoutOf, setCells } from '../../helpers/score-sheets';
import { useTempDir } from '../../helpers/temp';

/** Row of the checksum in the hidden identity sheet. */
const CHECKSUM_ROW = 12;

async function setup(dir: string) {
  const written = await writeDemoWorkspace(join(dir, 'ws'), SEED_PLAN);
  const out = join(dir, 'sheets');
  mkdirSync(out);
  const path = written[2]!.path;
  const [sheet] = await exportScoreSheets(path, { evaluator: 'e1' }, out, 'zh-CN');
  const { doc } = await loadAssessmentFile(path);
  const layout = layoutOf(doc, 'e1');
  return { path, file: sheet!.path, doc, layout, legacy: legacyCodesLayout(layout, doc) };
}

/** Makes the exported file what the version before readable codes wrote: ids in the code cells, their checksum. */
async function makeOld(s: Awaited<ReturnType<typeof setup>>, checksum = layoutChecksum(layoutSignature(s.legacy))) {
  await editWorkbook(s.file, (wb) => {
    const ws = wb.worksheets.find((w) => w.state === 'visible')!;
    for (const item of s.legacy.items) ws.getCell(item.row, 1).value = item.code;
    expect(wb.getWorksheet(IDENTITY_SHEET)!.getCell(CHECKSUM_ROW, 1).value).toBe('checksum');
    wb.getWorksheet(IDENTITY_SHEET)!.getCell(CHECKSUM_ROW, 2).value = checksum;
  });
}

describe('score sheets exported before readable item codes', () => {
  const tmp = useTempDir();

  it('import row by row into the current items when their layout is exactly the older one', async () => {
    const s = await setup(tmp());
    const bonus = s.layout.items.find((i) => i.input.kind === 'bonus')!;
    const veto = s.layout.items.find((i) => i.input.kind === 'veto')!;
    const plain = s.layout.items.find((i) => i.input.kind === 'score')!;
    // The older codes really differ: ids, not 加1 / 否1.
    expect(s.legacy.items.find((i) => i.row === bonus.row)!.code).toBe(bonus.itemId);
    expect(bonus.code).toBe('加1');
    await makeOld(s);
    const [unit] = s.layout.units;
    await setCells(s.file, [
      [plain.row, unit!.valueCol, 1.5],
      [plain.row, unit!.reasonCol, '台账不全'],
      [bonus.row, unit!.valueCol, (bonus.input as { labels: string[] }).labels[0]!],
      [bonus.row, unit!.reasonCol, '获国家级表彰'],
      [veto.row, unit!.valueCol, '否'],
    ]);
    const [imported] = await importScoreSheets(s.path, [s.file]);
    expect(imported!.evaluatorName).toBe('张伟');
    const { doc } = await loadAssessmentFile(s.path);
    const entry = (itemId: string) =>
      doc.entries.find((e) => e.evaluatorId === 'e1' && e.unitId === unit!.unitId && e.criterionId === itemId);
    expect(entry(plain.itemId)).toMatchObject({ value: { kind: 'score', score: 1.5 }, reason: '台账不全', source: 'sheet' });
    expect(entry(bonus.itemId)?.value).toMatchObject({ kind: 'bonus', achievements: [{ level: 0 }] });
    expect(entry(veto.itemId)?.value).toEqual({ kind: 'veto', triggered: false });
  });

  it('are refused when the code cells and the checksum disagree (an old sheet edited to look new, or the reverse)', async () => {
    const s = await setup(tmp());
    await makeOld(s, layoutChecksum(layoutSignature(s.layout)));
    const before = readFileSync(s.path);
    const error = (await importScoreSheets(s.path, [s.file]).catch((e: unknown) => e)) as SheetImportError;
    expect(error).toBeInstanceOf(SheetImportError);
    const bonus = s.layout.items.find((i) => i.input.kind === 'bonus')!;
    expect(error.problems.map((p) => sheetProblemText(p, createTranslator('zh-CN')))).toContain(
      `2020-评分表-第一考核组-张伟.xlsx：评分表!A${bonus.row}：应为“加1”，实为“${bonus.itemId}”（评分表结构被修改过）`,
    );
    expect(readFileSync(s.path).equals(before)).toBe(true);
  });

  it('that match no known layout are refused in both languages, naming the file and asking for a new export', async () => {
    const s = await setup(tmp());
    await makeOld(s, 'f'.repeat(64));
    const before = readFileSync(s.path);
    const error = (await importScoreSheets(s.path, [s.file]).catch((e: unknown) => e)) as SheetImportError;
    expect(error).toBeInstanceOf(SheetImportError);
    expect(error.problems).toHaveLength(1);
    const [zh] = error.problems.map((p) => sheetProblemText(p, createTranslator('zh-CN')));
    const [en] = error.problems.map((p) => sheetProblemText(p, createTranslator('en')));
    expect(zh).toMatch(
      /^2020-评分表-第一考核组-张伟\.xlsx：评分表结构与当前考核不一致.*未导入。请在“导出与导入”重新导出该考核人员的评分表/,
    );
    expect(en).toMatch(
      /^2020-评分表-第一考核组-张伟\.xlsx: the sheet's structure does not match this assessment.*Export this evaluator's sheet again/,
    );
    expect(readFileSync(s.path).equals(before)).toBe(true);
  });
});
