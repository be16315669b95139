// The 导出与导入 screen in Chromium against the real handlers: export the report and check the
// file, export score sheets, fill one as an evaluator would, import it and see it in the grid,
// and see a broken sheet refused cell by cell with nothing changed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../shared/assessment/criteria';
import { formatScore } from '../../shared/scoring/format';
import { computeResults } from '../../shared/scoring/compute';
import { cellAddress } from '../../shared/workbook/cells';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';
import { readWorkbook, rowValues } from '../helpers/report';
import { layoutOf, setCells } from '../helpers/score-sheets';
import { REPORT_SHEETS_ZH } from '../helpers/report-sheets';

const missing = chromiumMissing();

/** What the page showed while a task ran: each stage line, and whether every action button was disabled then. */
async function watchTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { stage: string; allDisabled: boolean }[] = [];
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      const stage = document.querySelector('.task-stage')?.textContent;
      if (!stage) return;
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.export-actions button.primary')];
      seen.push({ stage, allDisabled: buttons.length === 3 && buttons.every((b) => b.disabled) });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const seenTasks = (page: Page) => page.evaluate(() => (window as unknown as { __seen: { stage: string; allDisabled: boolean }[] }).__seen);

describe.skipIf(missing)('export and import in Chromium, bound to the real handlers', () => {
  const { tmp, start } = useBrowserSuite();
  const exportScreen = (page: Page) => page.locator('nav').getByRole('button', { name: '导出与导入' }).click();

  it('exports the report with progress on screen, and the file holds the eight sheets and the ranks the screen shows', async () => {
    const { ctx, page, errors } = await start();
    await page.getByRole('button', { name: /汇总/ }).click();
    const ranking = page.locator('table.ranking tbody tr');
    await ranking.first().waitFor();
    const onScreen = await ranking.evaluateAll((rows) =>
      rows.map((r) => [
        Number(r.querySelector('[data-col="rank"]')!.textContent),
        r.getAttribute('data-unit'),
        r.querySelector('[data-col="total"]')!.textContent,
      ]),
    );
    expect(onScreen).toHaveLength(14);

    await exportScreen(page);
    await expect.poll(() => page.getByTestId('report-years').textContent()).toBe('同比分析：2018、2019、2020 年（本工作区中的各年度）');
    await watchTasks(page);
    const file = join(tmp(), 'exports', '年终报表.xlsx');
    mkdirSync(join(tmp(), 'exports'));
    ctx.reportChoices.push(file);
    await page.getByRole('button', { name: '导出年终报表…' }).click();
    const done = page.locator('.banner-done').filter({ hasText: '已导出 年终报表.xlsx' });
    await done.waitFor();
    expect(await done.textContent()).toContain('8 张工作表，3 幅图表');

    const seen = await seenTasks(page);
    expect(seen.some((s) => s.stage.startsWith('正在写入工作表'))).toBe(true);
    expect(seen.some((s) => s.stage.startsWith('正在绘制图表'))).toBe(true);
    expect(seen.every((s) => s.allDisabled)).toBe(true);
    expect(
      await page.locator('.export-actions button.primary').evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).disabled)),
    ).toEqual([false, false, false]);

    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(REPORT_SHEETS_ZH);
    const summary = wb.getWorksheet('汇总排名')!;
    const inFile = onScreen
      .map((_, i) => rowValues(summary, 5 + i, 1, 3))
      .map(([rank, unit, total]) => [rank, unit, formatScore(total as number)]);
    expect(inFile).toEqual(onScreen);

    await done.getByRole('button', { name: '在文件夹中显示' }).click();
    await expect.poll(() => ctx.shownInFolder).toEqual([file]);
    expect(errors).toEqual([]);
  });

  it("exports 张伟's score sheet, imports it filled in, and the grid and totals show the entry", async () => {
    const { ctx, page, errors } = await start();
    const path = ctx.session.current!.path;
    const doc = (await loadAssessmentFile(path)).doc;
    const first = leavesOf(doc.scheme)[0]!;
    expect(first.rule.kind).toBe('plain');
    const old = doc.entries.find((e) => e.evaluatorId === 'e1' && e.unitId === '450100' && e.criterionId === first.criterion.id)!;
    const score = old.value.kind === 'score' && old.value.score === 0 ? 0.5 : 0;

    await exportScreen(page);
    await page.getByLabel('导出对象').selectOption({ label: '张伟（第一考核组）' });
    await expect.poll(() => page.getByTestId('sheets-plan').textContent()).toMatch(/^将生成 1 份评分表：张伟（7 个单位，\d+ 项）$/);
    const folder = join(tmp(), 'sheets');
    mkdirSync(folder);
    ctx.folderChoices.push(folder);
    await page.getByRole('button', { name: '导出评分表…' }).click();
    await page
      .locator('.banner-done')
      .filter({ hasText: `已导出 1 份评分表到 ${folder}` })
      .waitFor();
    const sheet = join(folder, '2020-评分表-第一考核组-张伟.xlsx');

    // 张伟 fills in 南宁市's first item, with a reason, as he would in Excel or WPS.
    const layout = layoutOf(doc, 'e1');
    const item = layout.items.find((i) => i.itemId === first.criterion.id)!;
    const nanning = layout.units.find((u) => u.unitId === '450100')!;
    await setCells(sheet, [
      [item.row, nanning.valueCol, score],
      [item.row, nanning.reasonCol, '现场检查发现台账缺失'],
    ]);
    ctx.sheetFileChoices.push([sheet]);
    await page.getByRole('button', { name: '选择评分表并导入…' }).click();
    const imported = page.locator('.banner-done').filter({ hasText: '1 条得分已导入（张伟：1 条）' });
    await imported.waitFor();

    const saved = (await loadAssessmentFile(path)).doc;
    expect(
      saved.entries.find((e) => e.evaluatorId === 'e1' && e.unitId === '450100' && e.criterionId === first.criterion.id),
    ).toMatchObject({ value: { kind: 'score', score }, reason: '现场检查发现台账缺失', source: 'sheet' });
    const nanningResult = computeResults(saved).units.find((u) => u.unitId === '450100')!;

    await imported.getByRole('button', { name: '到评分页查看' }).click();
    await page.getByRole('grid').waitFor();
    expect(await page.getByLabel('考核人员').inputValue()).toBe('e1');
    // Row 1 is the first item (row 0 its section's heading), column 0 is 南宁市.
    await expect.poll(() => page.locator('[data-cell="1:0"]').textContent()).toBe(String(score));
    await expect.poll(() => page.locator('[data-foot="total:450100"]').textContent()).toBe(formatScore(nanningResult.total));
    expect(errors).toEqual([]);
  });

  it('refuses a broken sheet: each problem with its cell, unit and criterion, and nothing changes', async () => {
    const { ctx, page } = await start();
    const path = ctx.session.current!.path;
    const doc = (await loadAssessmentFile(path)).doc;
    await exportScreen(page);
    await page.getByLabel('导出对象').selectOption({ label: '李娜（第一考核组）' });
    ctx.folderChoices.push(tmp());
    await page.getByRole('button', { name: '导出评分表…' }).click();
    await page.locator('.banner-done').filter({ hasText: '已导出 1 份评分表' }).waitFor();
    const sheet = join(tmp(), '2020-评分表-第一考核组-李娜.xlsx');
    const layout = layoutOf(doc, 'e2');
    const item = layout.items.find((i) => i.input.kind === 'score')!;
    const unit = layout.units[1]!;
    await setCells(sheet, [[item.row, unit.valueCol, 99]]);
    const before = readFileSync(path, 'utf8');

    ctx.sheetFileChoices.push([sheet]);
    await page.getByRole('button', { name: '选择评分表并导入…' }).click();
    await page.getByText('检查了 1 份评分表，发现 1 处问题，未导入任何评分。').waitFor();
    const row = page.locator('.problems tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').allTextContents()).toEqual([
      '2020-评分表-第一考核组-李娜.xlsx',
      '评分表',
      cellAddress(item.row, unit.valueCol),
      unit.name,
      `${item.code} ${item.label}`,
      `99 超过分值 ${item.points}`,
    ]);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(await page.locator('.export-import .banner-done').count()).toBe(0);
  });

  it('names the units whose scores are incomplete before the report is exported', async () => {
    const { page } = await start();
    await exportScreen(page);
    expect(await page.getByTestId('report-incomplete').count()).toBe(0);
    await page.getByRole('button', { name: /评分/ }).first().click();
    await page.locator('[data-cell="1:0"]').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('saved');
    await exportScreen(page);
    await expect.poll(() => page.getByTestId('report-incomplete').textContent()).toMatch(/^1 个单位得分尚不完整（南宁市）：报表可以导出，/);
  });

  it("the 文件 menu's 导入评分表… opens this screen and its dialog; cancelling changes nothing", async () => {
    const { ctx, page, errors } = await start();
    const before = readFileSync(ctx.session.current!.path, 'utf8');
    ctx.emit('menu:command', { command: 'importSheets' });
    await page.getByRole('heading', { name: '导入已填写的评分表' }).waitFor();
    await expect.poll(() => ctx.dialogStarts).toEqual([ctx.session.workspaceDir]);
    await expect.poll(() => page.getByRole('button', { name: '选择评分表并导入…' }).isEnabled()).toBe(true);
    expect(await page.locator('.export-import .banner').count()).toBe(0);
    expect(readFileSync(ctx.session.current!.path, 'utf8')).toBe(before);
    expect(errors).toEqual([]);
  });
});

if (missing) it.skip(`browser tests skipped: ${missing}`, () => undefined);
