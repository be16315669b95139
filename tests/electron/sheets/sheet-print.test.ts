// A score sheet wider than a page prints in pages of whole units: the page ends between two
// units' score-and-reason pairs, never through one (LibreOffice showed 梧州市's 理由 column alone
// at the top of page 2 when the sheet was merely fitted to two pages across).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sheetPrintPlan } from '../../../shared/sheets/sheet-workbook';
import { writeDemoWorkspace } from '../../../electron/services/demo-workspace';
import { exportScoreSheets } from '../../../electron/services/sheets/export-sheets';
import { importScoreSheets } from '../../../electron/services/sheets/import-sheets';
import { SEED_PLAN } from '../../helpers/paths';
import { readWorkbook } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

describe('score sheets print in pages of whole units', () => {
  const tmp = useTempDir();

  it('plans one page when everything fits, else breaks between pairs at a readable scale', () => {
    expect(sheetPrintPlan(3)).toEqual({ pagesWide: 1 });
    // Four fixed columns, then units from column 5 in pairs: three pairs a page end after column 10.
    expect(sheetPrintPlan(4)).toEqual({ pagesWide: 2, colBreaksAfter: [10], scale: 65 });
    expect(sheetPrintPlan(14)).toEqual({ pagesWide: 5, colBreaksAfter: [10, 16, 22, 28], scale: 65 });
    for (const plan of [5, 7, 14, 111].map(sheetPrintPlan)) for (const col of plan.colBreaksAfter!) expect((col - 4) % 2).toBe(0);
  });

  it('writes the breaks where Excel, WPS and LibreOffice read them, and the sheet still imports', async () => {
    const [, , y2020] = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const out = join(tmp(), 'sheets');
    mkdirSync(out);
    const [sheet] = await exportScoreSheets(y2020!.path, { evaluator: 'e1' }, out, 'zh-CN', new Date(), undefined, { filled: true });
    const xml = await (await JSZip.loadAsync(readFileSync(sheet!.path))).file('xl/worksheets/sheet1.xml')!.async('string');
    // 张伟 scores seven cities: three pages across, the first ending after 桂林市's reason column (J).
    expect(xml).toContain(
      '<colBreaks count="2" manualBreakCount="2"><brk id="10" max="1048575" man="1"/><brk id="16" max="1048575" man="1"/></colBreaks>',
    );
    expect(xml.indexOf('<colBreaks')).toBeGreaterThan(xml.indexOf('<headerFooter'));
    expect(xml).toMatch(/<pageSetup[^>]*scale="65"/);
    const wb = await readWorkbook(sheet!.path);
    expect(wb.worksheets[0]!.getCell(4, 9).value).toBe('桂林市');
    expect(wb.worksheets[0]!.pageSetup).toMatchObject({ fitToPage: false, scale: 65, printTitlesColumn: 'A:D' });
    await expect(importScoreSheets(y2020!.path, [sheet!.path])).resolves.toHaveLength(1);
  });
});
