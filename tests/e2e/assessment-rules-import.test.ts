import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';
import { testContext } from '../helpers/app-context';
import { ROOT } from '../helpers/paths';
import { BONUS_VETO } from '../fixtures/tables/specs';
import { tableXlsx } from '../helpers/scoring-tables';

const SHOTS = process.env.KAOPING_SHOTS;
const RULES = join(ROOT, 'tests', 'fixtures', 'tables', 'assessment-rules.txt');

describe.skipIf(chromiumMissing())('方案 screen: a 考核办法 and the chooser of its parts (real Chromium, real handlers)', () => {
  const { open, tmp } = useBrowserSuite();
  const WAIT = { timeout: 60_000 };
  const start = async (language: 'zh-CN' | 'en' = 'zh-CN') => {
    const ctx = testContext(tmp());
    ctx.preferences.update({ language });
    const app = await open(ctx, { width: 1366, height: 768 });
    await app.page.getByRole('grid').waitFor(WAIT);
    await app.page
      .getByRole('button', { name: language === 'en' ? /Scheme/ : /方案/ })
      .first()
      .click();
    return { ctx, ...app };
  };
  const treeTitles = (page: Awaited<ReturnType<typeof start>>['page']) =>
    page
      .locator('tr[data-criterion] input[aria-label^="指标"][aria-label$="的名称"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  it('reads the items part, says the articles are rules, and reads another part when the user chooses it', async () => {
    const { ctx, page, errors } = await start();
    ctx.planChoices.push(RULES);
    await page.getByRole('button', { name: '导入方案或评分细则…' }).click();
    const chooser = page.getByTestId('part-chooser');
    await chooser.waitFor(WAIT);
    await expect.poll(() => page.getByRole('note').textContent(), WAIT).toContain('这是一份考核办法：第一章 总则、第三章 考核方式与程序');
    const select = chooser.getByLabel('考核项目所在部分');
    expect(await select.inputValue()).toBe('第二章');
    expect(await select.locator('option').allTextContents()).toEqual([
      '第一章 总则 · 3 条编号内容（考核规定）',
      '第二章 考核内容 · 11 条编号内容',
      '第三章 考核方式与程序 · 2 条编号内容（考核规定）',
      '第四章 等次评定与结果运用 · 3 条编号内容（考核规定）',
      '第五章 附则 · 2 条编号内容（考核规定）',
    ]);
    await expect.poll(() => treeTitles(page), WAIT).toContain('安全生产责任落实');
    expect(await chooser.getByRole('button', { name: '读取这一部分' }).isDisabled()).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'zh-parts-chooser-1366.png') });

    await select.selectOption('第三章');
    await chooser.getByRole('button', { name: '读取这一部分' }).click();
    await expect.poll(() => treeTitles(page), WAIT).toContain('考核采取日常考核与年终考核相结合的方式，日常考核占40%，年终考核占60%');
    expect(await treeTitles(page)).not.toContain('安全生产责任落实');
    expect(await chooser.getByLabel('考核项目所在部分').inputValue()).toBe('第三章');
    expect(errors).toEqual([]);
  }, 240_000);

  it('when no part looks like items, the chooser comes first and nothing is guessed into the tree', async () => {
    const { ctx, page, errors } = await start();
    const path = join(tmp(), '考核办法-无考核内容标题.txt');
    // The items part called 组织实施 (a procedural word): every part reads as rules, so the user must choose.
    const text = readFileSync(RULES, 'utf8')
      .replace('第二章 考核内容', '第二章 组织实施')
      .replace(/（(\d+)分）/g, '')
      .replace('第四条 考核内容包括以下方面：', '第四条 各县（区）按以下要求组织实施：');
    writeFileSync(path, text);
    const before = await treeTitles(page);
    ctx.planChoices.push(path);
    await page.getByRole('button', { name: '导入方案或评分细则…' }).click();
    const chooser = page.getByTestId('part-chooser');
    await chooser.waitFor(WAIT);
    expect(await chooser.textContent()).toContain('这是一份考核办法，请选择考核项目所在的部分');
    expect(await treeTitles(page)).toEqual(before);
    await chooser.getByLabel('考核项目所在部分').selectOption('第二章');
    await chooser.getByRole('button', { name: '读取这一部分' }).click();
    await expect.poll(() => treeTitles(page), WAIT).toContain('安全生产责任落实');
    expect(errors).toEqual([]);
  }, 240_000);

  it('speaks English', async () => {
    const { ctx, page, errors } = await start('en');
    ctx.planChoices.push(RULES);
    await page.getByRole('button', { name: 'Import plan/table…' }).click();
    const chooser = page.getByTestId('part-chooser');
    await chooser.waitFor(WAIT);
    const options = await chooser.getByLabel('Part holding the items').locator('option').allTextContents();
    expect(options[0]).toBe('第一章 总则 · 3 numbered paragraphs (rules of the assessment)');
    await expect.poll(() => page.getByRole('note').textContent(), WAIT).toContain('This is an assessment regulation (考核办法)');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'en-parts-chooser-1366.png') });

    // A table with a rule nobody could read: listed to confirm, and one click shows it in the tree.
    const table = join(tmp(), 'disaster-relief-rules.xlsx');
    writeFileSync(
      table,
      await tableXlsx({
        ...BONUS_VETO,
        rows: BONUS_VETO.rows.map((r, i) => (i === 6 ? ['队伍建设', '30', '工作有特色，成效明显', ''] : r)),
      }),
    );
    ctx.planChoices.push(table);
    await page.getByRole('button', { name: 'Import plan/table…' }).click();
    const confirm = page.getByTestId('rules-to-confirm');
    await expect.poll(() => confirm.textContent(), WAIT).toContain('队伍建设');
    expect(await page.getByTestId('part-chooser').count()).toBe(0);
    await confirm.getByRole('button', { name: /2\.2\s+队伍建设/ }).click();
    await expect.poll(() => page.locator('tr[data-criterion="2.2"]').getAttribute('class'), WAIT).toContain('selected');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'en-table-import-1366.png') });
    expect(errors).toEqual([]);
  }, 240_000);
});
