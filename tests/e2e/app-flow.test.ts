import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../shared/assessment/criteria';
import { formatScore } from '../../shared/scoring/format';
import { computeResults } from '../../shared/scoring/compute';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';
import { SEED_PLAN } from '../helpers/paths';

const missing = chromiumMissing();

describe.skipIf(missing)('the app in Chromium, bound to the real handlers', () => {
  const { start } = useBrowserSuite();

  it('opens on the demo workspace, latest year, with no script or CSP errors', async () => {
    const { page, errors } = await start();
    await expect.poll(() => page.getByLabel('考核年度').inputValue()).toBe('2020年度全区应急管理工作考核.assessment.json');
    expect(await page.getByRole('columnheader', { name: /南宁市/ }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('imports the seed plan, shows the sums react to changed points, and saves the scheme', async () => {
    const { ctx, page, errors } = await start();
    await page.getByRole('button', { name: /方案/ }).first().click();
    ctx.planChoices.push(SEED_PLAN);
    await page.getByRole('button', { name: '导入方案或评分细则…' }).click();
    await page.getByText(/已读取 guangxi-2020/).waitFor();
    // The seed's import notes (its body pasted twice) are listed, so the status must not say all is well.
    await expect.poll(() => page.getByTestId('sum-status').textContent()).toMatch(/^\d+ 条导入提示待核对$/);
    expect(await page.locator('.sum-problems').count()).toBe(0);
    const leafPoints = page.getByLabel('指标 1.1 的分值');
    const before = Number(await leafPoints.inputValue());
    await leafPoints.fill(String(before + 2));
    await expect.poll(() => page.locator('[data-sum="1"]').textContent()).toMatch(/≠/);
    await expect.poll(() => page.getByTestId('sum-status').textContent()).toContain('1 处分值合计不符');
    const sectionPoints = page.getByLabel('指标 1 的分值', { exact: true });
    await sectionPoints.fill(String(Number(await sectionPoints.inputValue()) + 2));
    await expect.poll(() => page.locator('[data-sum="1"]').textContent()).toMatch(/✓/);
    await expect.poll(() => page.getByTestId('sum-status').textContent()).toContain('1 处分值合计不符');
    await expect.poll(() => page.locator('.sum-problems').textContent()).toContain('与总分 100 分不符');
    await page.getByLabel('总分', { exact: true }).fill('102');
    await expect.poll(() => page.locator('.sum-problems').count()).toBe(0);
    await expect.poll(() => page.getByTestId('sum-status').textContent()).toMatch(/条导入提示待核对/);
    await page.getByRole('button', { name: '保存方案' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);
    const saved = await loadAssessmentFile(ctx.session.current!.path);
    expect(saved.doc.scheme.total).toBe(102);
    expect(saved.doc.scheme.criteria[0]!.children[0]!.points).toBe(before + 2);
    expect(errors).toEqual([]);
  });

  it('scores a city by keyboard, refuses a value over the points, and the ranking follows', async () => {
    const { ctx, page, errors } = await start();
    const path = ctx.session.current!.path;
    const doc = (await loadAssessmentFile(path)).doc;
    const leaf = leavesOf(doc.scheme).find((l) => l.rule.kind === 'plain')!;
    const grid = page.getByRole('grid');
    await grid.focus();
    // The first row is a heading; the grid starts on the first item, 南宁市.
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.grid-message').textContent()).toContain(`超过分值 ${leaf.criterion.points}`);
    expect((await loadAssessmentFile(path)).doc.entries).toEqual(doc.entries);
    await page.keyboard.press('Escape');
    // All three evaluators of team one give 0: the trimmed mean then drops to 0 as well.
    for (const name of ['张伟', '李娜', '王强']) {
      const value = await page.getByLabel('考核人员').locator('option', { hasText: name }).getAttribute('value');
      await page.getByLabel('考核人员').selectOption(value!);
      await page.locator('[data-cell="1:0"]').click();
      await page.keyboard.type('0');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);
    }
    const after = (await loadAssessmentFile(path)).doc;
    const results = computeResults(after);
    const nanning = results.units.find((u) => u.unitId === '450100')!;
    expect(after.entries.filter((e) => e.unitId === '450100' && e.criterionId === leaf.criterion.id).map((e) => e.value)).toEqual([
      { kind: 'score', score: 0 },
      { kind: 'score', score: 0 },
      { kind: 'score', score: 0 },
    ]);
    await expect.poll(() => page.locator('[data-foot="total:450100"]').textContent()).toBe(formatScore(nanning.total));
    await expect.poll(() => page.locator('[data-foot="rank:450100"]').textContent()).toBe(String(nanning.rank));

    await page.getByRole('button', { name: /汇总/ }).click();
    const row = page.locator('tr[data-unit="南宁市"]');
    await expect.poll(() => row.locator('[data-col="total"]').textContent()).toBe(formatScore(nanning.total));
    await expect.poll(() => row.locator('[data-col="rank"]').textContent()).toBe(String(nanning.rank));
    await expect.poll(() => page.locator('canvas').count()).toBe(2);
    const drawn = await page
      .locator('canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
        return ink;
      });
    expect(drawn).toBeGreaterThan(1000);

    // What if: the plain mean instead of the trimmed mean shows each unit's move before anything is saved.
    await page.getByLabel('合成方法').selectOption('mean');
    await page.getByText('正在模拟，尚未保存').waitFor();
    expect(await page.locator('[data-col="what-if"]').count()).toBe(14);
    expect((await loadAssessmentFile(path)).doc.settings.combine).toBe('trimmedMean');
    expect(errors).toEqual([]);
  });

  it('pastes a block from Excel into consecutive cells, all or nothing', async () => {
    const { ctx, page } = await start();
    const path = ctx.session.current!.path;
    const doc = (await loadAssessmentFile(path)).doc;
    const firstTwo = leavesOf(doc.scheme).slice(0, 2);
    const paste = (text: string) =>
      page.locator('[data-grid-editor]').evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    await page.getByRole('grid').focus();
    await paste(`0\t0.5\n${firstTwo[1]!.criterion.points + 5}\t1\n`);
    await expect.poll(() => page.locator('.grid-message').textContent()).toContain('粘贴未执行');
    await paste('0\t0.5\n1\t1\n');
    await expect.poll(() => page.locator('.grid-message').textContent()).toContain('已粘贴 4 个得分');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);
    const saved = (await loadAssessmentFile(path)).doc;
    const value = (unitId: string, c: number) =>
      saved.entries.find((e) => e.evaluatorId === 'e1' && e.unitId === unitId && e.criterionId === firstTwo[c]!.criterion.id)!.value;
    expect([value('450100', 0), value('450200', 0), value('450100', 1), value('450200', 1)]).toEqual([
      { kind: 'score', score: 0 },
      { kind: 'score', score: 0.5 },
      { kind: 'score', score: 1 },
      { kind: 'score', score: 1 },
    ]);
  });

  it('switches to English and back, every label from the catalogs', async () => {
    const { ctx, page } = await start();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /Scoring/ }).waitFor();
    expect(ctx.preferences.get().language).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: /评分/ }).waitFor();
    expect(ctx.preferences.get().language).toBe('zh-CN');
  });
});

if (missing) it.skip(`browser tests skipped: ${missing}`, () => undefined);
