import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { BONUS_VETO } from '../fixtures/tables/specs';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';
import { testContext } from '../helpers/app-context';
import { tableXlsx } from '../helpers/scoring-tables';

const SHOTS = process.env.KAOPING_SHOTS;

describe.skipIf(chromiumMissing())('方案 screen: importing a scoring table (real Chromium, real handlers)', () => {
  const { open, tmp } = useBrowserSuite();
  // The grid and the import are waited on as conditions, with room for a loaded machine.
  const WAIT = { timeout: 60_000 };
  const start = async () => {
    const ctx = testContext(tmp());
    const app = await open(ctx, { width: 1366, height: 768 });
    await app.page.getByRole('grid').waitFor(WAIT);
    return { ctx, ...app };
  };

  it('shows the rules read beside their words, the rules to confirm, and saves rules, bonus and vetoes', async () => {
    const { ctx, page, errors } = await start();
    const path = join(tmp(), '防灾减灾评分细则.xlsx');
    writeFileSync(
      path,
      await tableXlsx({
        ...BONUS_VETO,
        rows: BONUS_VETO.rows.map((r, i) => (i === 6 ? ['队伍建设', '30', '工作有特色，成效明显', ''] : r)),
      }),
    );
    await page.getByRole('button', { name: /方案/ }).first().click();
    ctx.planChoices.push(path);
    await page.getByRole('button', { name: '导入方案或评分细则…' }).click();
    const review = page.getByTestId('rules-review');
    await review.waitFor(WAIT).catch(async (e: unknown) => {
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'debug.png') });
      throw e;
    });
    await expect.poll(() => review.textContent(), WAIT).toContain('加分项 2 项，否决/否优项 2 项');
    await expect.poll(() => page.getByTestId('rules-to-confirm').textContent(), WAIT).toContain('队伍建设');
    await review.locator('summary').click();
    await expect.poll(() => review.locator('mark').first().textContent(), WAIT).toBe('未建立工作机制的扣5分；机制运转不畅的每次扣2分');
    await page
      .getByTestId('rules-to-confirm')
      .getByRole('button', { name: /2\.2\s+队伍建设/ })
      .click();
    await expect.poll(() => page.locator('tr[data-criterion="2.2"]').getAttribute('class'), WAIT).toContain('selected');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'table-import-1366.png') });
    await page.getByRole('button', { name: '保存方案' }).click();
    // The demo year holds scores for the old criteria: saving a new table lists them and asks before dropping them.
    await page
      .getByRole('dialog', { name: '保存前请确认' })
      .getByRole('button', { name: /^删除 \d+ 条得分并保存$/ })
      .click(WAIT);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count(), WAIT).toBe(1);
    const saved = (await loadAssessmentFile(ctx.session.current!.path)).doc.scheme;
    expect(saved.criteria[0]!.children[1]!.rule).toEqual({
      kind: 'tiered',
      levels: [
        { label: '完成', points: 20 },
        { label: '基本完成', points: 10 },
        { label: '未完成', points: 0 },
      ],
    });
    expect(saved.bonus).toMatchObject({ cap: 5, items: [{ title: '表彰奖励' }, { title: '经验推广' }] });
    expect(saved.vetoes.map((v) => v.effect)).toEqual(['veto', 'barExcellent']);
    expect(errors).toEqual([]);
  }, 240_000);

  it('a table without header words is mapped by hand, and the mapping is remembered', async () => {
    const { ctx, page, errors } = await start();
    const path = join(tmp(), 'bare.xlsx');
    const rows = [
      ['责任落实', '10', '未签订责任书的扣2分'],
      ['隐患排查', '90', '每发现一处隐患扣1分，扣完为止'],
    ];
    writeFileSync(path, await tableXlsx({ preamble: [], merges: [], rows }));
    await page.getByRole('button', { name: /方案/ }).first().click();
    ctx.planChoices.push(path);
    await page.getByRole('button', { name: '导入方案或评分细则…' }).click();
    await page.getByTestId('column-mapper').waitFor(WAIT);
    await page.getByLabel('第 A 列').selectOption('level1');
    await page.getByLabel('第 B 列').selectOption('points');
    await page.getByLabel('第 C 列').selectOption('rule');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'table-map-1366.png') });
    await page.getByRole('button', { name: '按此读取' }).click();
    await expect.poll(() => page.getByTestId('rules-review').textContent(), WAIT).toContain('2/2 条已识别');
    ctx.planChoices.push(path);
    await page.getByRole('button', { name: '导入方案或评分细则…' }).click();
    await expect.poll(() => page.getByTestId('rules-review').textContent(), WAIT).toContain('2/2 条已识别');
    expect(await page.getByTestId('column-mapper').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
