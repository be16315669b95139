import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../../electron/services/plan-document';
import { xmlIsWellFormed } from '../../../electron/services/tables/xml-well-formed';
import { UserError } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n/messages';
import { THREE_LEVEL } from '../../fixtures/tables/specs';
import { tableXlsx } from '../../helpers/scoring-tables';
import { useTempDir } from '../../helpers/temp';

/** The workbook with one part rewritten: a valid zip whose XML is broken, as a crashed save leaves it. */
async function breakPart(buf: Buffer, part: string, change: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  zip.file(part, change(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function refusal(dir: string, buf: Buffer): Promise<UserError> {
  const path = join(dir, '2025年考核评分细则.xlsx');
  writeFileSync(path, buf);
  const error = await loadPlan(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('a valid .xlsx zip with broken XML is refused naming the file and the sheet, in both languages', () => {
  const tmp = useTempDir();

  it('a truncated sheet names the sheet as Excel shows it, never exceljs\'s "unexpected close tag"', async () => {
    const good = await tableXlsx(THREE_LEVEL);
    const error = await refusal(tmp(), await breakPart(good, 'xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', '')));
    expect(error).toMatchObject({ key: 'error.xlsxSheetBroken', params: { file: '2025年考核评分细则.xlsx', sheet: '评分细则' } });
    const zh = createTranslator('zh-CN')(error.key, error.params);
    const en = createTranslator('en')(error.key, error.params);
    expect(zh).toContain('工作表“评分细则”已损坏');
    expect(en).toContain('the sheet "评分细则" is damaged');
    for (const message of [zh, en]) {
      expect(message).toContain('2025年考核评分细则.xlsx');
      expect(message).not.toMatch(/unexpected|close tag|\d+:\d+/);
    }
  });

  it('the second of two sheets cut short is named by its own name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['本表由考核办填写']);
    wb.addWorksheet('评分表 (2)').addRow(['考核项目', '分值']);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const error = await refusal(tmp(), await breakPart(good, 'xl/worksheets/sheet2.xml', (x) => x.slice(0, -40)));
    expect(error).toMatchObject({ key: 'error.xlsxSheetBroken', params: { sheet: '评分表 (2)' } });
  });

  it('a damaged shared-strings part is named by its place in the file', async () => {
    const good = await tableXlsx(THREE_LEVEL);
    const error = await refusal(tmp(), await breakPart(good, 'xl/sharedStrings.xml', (x) => x.replace('<si>', '<si><t>')));
    expect(error).toMatchObject({ key: 'error.xlsxPartBroken', params: { part: 'xl/sharedStrings.xml' } });
  });
});

describe('xmlIsWellFormed', () => {
  it('passes every part exceljs writes and fails the usual damage', async () => {
    const zip = await JSZip.loadAsync(await tableXlsx(THREE_LEVEL));
    for (const part of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p)))
      expect([part, xmlIsWellFormed(await zip.file(part)!.async('string'))]).toEqual([part, true]);
    const ok = '<?xml version="1.0"?><!-- c --><a x="1>2" y=\'</b>\'><b/><![CDATA[<c>]]><d>t</d></a>\n';
    expect(xmlIsWellFormed(ok)).toBe(true);
    for (const bad of ['<a><b></a>', '<a>', '<a></a><b/>', 'text<a/>', '<a x="1></a>', '<a><!-- open</a>', '', '<a></a>tail'])
      expect([bad, xmlIsWellFormed(bad)]).toEqual([bad, false]);
  });
});

describe('a sheet whose content spans more than any table is refused by its extent, fast', () => {
  const tmp = useTempDir();

  it('one stray cell at XFD1048576 (a 6 KB file) names the sheet and its extent instead of walking 17 billion cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('评分细则');
    ws.addRow(['考核项目', '分值', '评分标准']);
    ws.getCell('XFD1048576').value = 'x';
    const path = join(tmp(), 'stray.xlsx');
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    await expect(loadPlan(path)).rejects.toMatchObject({
      key: 'error.sheetTooLarge',
      params: { file: 'stray.xlsx', sheet: '评分细则', rows: 1048576, cols: 16384 },
    });
  });

  it('styled but empty cells far away do not count: the table is read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('评分细则');
    ws.addRow(['考核项目', '分值', '评分标准']);
    ws.addRow(['责任落实', 100, '未签订责任书的扣2分']);
    ws.getCell('XFD1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    const path = join(tmp(), 'styled.xlsx');
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const { plan } = await loadPlan(path);
    expect(plan.criteria.map((c) => [c.title, c.points, c.rule])).toEqual([['责任落实', 100, { kind: 'deduction', perOccurrence: 2 }]]);
  });
});
