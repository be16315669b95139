import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { type TestContext } from '../helpers/app-context';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';

const missing = chromiumMissing();

describe.skipIf(missing)('the cell details panel and the main process’s events, in Chromium', () => {
  const { start: openOnDemo } = useBrowserSuite();

  async function start(): Promise<{ ctx: TestContext; page: Page; entry: (unit: string, criterion: string) => Promise<unknown> }> {
    const { ctx, page } = await openOnDemo();
    const entry = async (unit: string, criterion: string) =>
      (await loadAssessmentFile(ctx.session.current!.path)).doc.entries.find(
        (e) => e.evaluatorId === 'e1' && e.unitId === unit && e.criterionId === criterion,
      );
    return { ctx, page, entry };
  }
  const saved = (page: Page) => expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('saved');

  it('records deductions each with its reason, refuses one without, and keeps a note', async () => {
    const { ctx, page, entry } = await start();
    // Row 10 is (八) 严厉打击违法违规行为, scored by deduction; column 0 is 南宁市.
    await page.locator('[data-cell="10:0"]').click();
    const panel = page.getByRole('complementary', { name: '单元格详情' });
    await panel.getByRole('button', { name: '增加一条扣分' }).click();
    await panel.getByLabel('次数', { exact: true }).last().fill('2');
    await panel.locator('table').getByLabel('扣分理由', { exact: true }).last().fill('迟报事故信息1起');
    await panel.getByLabel('备注').fill('已核实台账');
    await panel.getByRole('button', { name: '保存' }).click();
    await saved(page);
    await expect
      .poll(() => entry('450100', 'c3.2'))
      .toMatchObject({ value: { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报事故信息1起' }] }, note: '已核实台账' });
    // The cell shows the points left after the deductions; how many there were is in its title.
    const points = (await loadAssessmentFile(ctx.session.current!.path)).doc.scheme.criteria
      .flatMap((c) => c.children)
      .find((c) => c.id === 'c3.2')!.points;
    await expect.poll(() => page.locator('[data-cell="10:0"]').textContent()).toBe(String(points - 2));
    expect(await page.locator('[data-cell="10:0"]').getAttribute('title')).toContain('扣分 2 次');

    await panel.getByRole('button', { name: '增加一条扣分' }).click();
    await panel.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toBe('扣分或加分必须填写理由');
    expect(await entry('450100', 'c3.2')).toMatchObject({ value: { occurrences: [{ count: 2 }] } });
  });

  it('marks 不适用 and a veto explicitly', async () => {
    const { page, entry } = await start();
    await page.locator('[data-cell="1:0"]').click();
    await page.getByRole('complementary').getByRole('button', { name: '标记为不适用' }).click();
    await saved(page);
    await expect.poll(() => page.locator('[data-cell="1:0"]').textContent()).toBe('不适用');
    expect(await entry('450100', 'c1.1')).toMatchObject({ value: { kind: 'na' } });

    // To the last row (否优项 v3) by keyboard, then up to 一票否决 v1; "1" means triggered.
    await page.getByRole('grid').focus();
    for (let i = 0; i < 45; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    // A veto is saved only after a confirmation that names the unit, with its reason.
    const dialog = page.getByRole('dialog', { name: '确认一票否决' });
    await expect.poll(() => dialog.textContent()).toContain('南宁市');
    await dialog.getByLabel('否决事由').fill('发生重大生产安全事故1起');
    await dialog.getByRole('button', { name: '确认并保存' }).click();
    await saved(page);
    await expect
      .poll(() => entry('450100', 'v1'))
      .toMatchObject({ value: { kind: 'veto', triggered: true }, reason: '发生重大生产安全事故1起' });
    await page.locator('nav').getByRole('button', { name: /汇总/ }).click();
    await expect.poll(() => page.locator('tr[data-unit="南宁市"]').textContent()).toContain('一票否决');
  });

  it('follows menu commands sent by the main process', async () => {
    const { ctx, page } = await start();
    ctx.emit('menu:command', { command: 'screen:people' });
    await page.getByRole('heading', { name: '被考核单位' }).waitFor();
    ctx.emit('preferences:changed', { language: 'en' });
    await page.getByRole('heading', { name: 'Assessed units' }).waitFor();
  });
});

if (missing) it.skip(`browser tests skipped: ${missing}`, () => undefined);
