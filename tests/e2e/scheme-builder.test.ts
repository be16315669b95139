// The office builds its own scheme in the real UI against the real handlers: from an empty
// workspace, by hand; and a scheme change that would break scores asks first and lists them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { chromiumMissing } from '../helpers/browser-app';
import { testContext } from '../helpers/app-context';
import { useBrowserSuite } from '../helpers/browser-suite';

const missing = chromiumMissing();

/** Pastes text into a field as Excel would (a paste event with the text on the clipboard). */
async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const row = (page: Page, code: string) => page.locator(`tr[data-criterion="${code}"]`);
/** Selects a row by its number cell (the middle of a row is a points field). */
const pick = (page: Page, code: string) => row(page, code).locator('td.col-number').click();

describe.skipIf(missing)('building a scheme in the 方案 screen', () => {
  const { tmp, open } = useBrowserSuite();

  it('from an empty workspace: sections and items, a control target per city pasted from Excel, bonus and veto items, saved with sums off after a yes', async () => {
    const dir = join(tmp(), '新工作区');
    mkdirSync(dir);
    const ctx = testContext(tmp());
    ctx.preferences.update({ recentWorkspaces: [dir] });
    const { page, errors } = await open(ctx);
    // Eight sessions share two cores here: give each step room, the checks still wait on conditions.
    page.setDefaultTimeout(30_000);
    // A new year has no evaluators yet, so the scoring screen shows no grid: wait for the year itself.
    await page
      .getByText(/年度考核方案/)
      .or(page.getByRole('navigation'))
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /方案/ }).first().click();

    // The new year starts on the embedded plan: clear it to build from nothing.
    await pick(page, '1');
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByText('方案还没有指标').waitFor();

    await page.getByRole('button', { name: '＋一级指标' }).click();
    await page.getByLabel('指标 1 的名称').fill('安全生产');
    await page.getByLabel('指标 1 的分值', { exact: true }).fill('60');
    await page.getByRole('button', { name: '＋下级' }).click();
    await page.getByLabel('指标 1.1 的名称').fill('落实安全生产责任');
    await page.getByLabel('指标 1.1 的分值').fill('30');
    await page.getByLabel('评分标准').fill('未签订责任书的扣2分');
    await page.getByRole('button', { name: '＋同级' }).click();
    await page.getByLabel('指标 1.2 的名称').fill('控制事故死亡人数');
    await page.getByLabel('指标 1.2 的分值').fill('30');
    await row(page, '1.2').getByLabel('评分方式').selectOption('control');
    await pasteInto(page, '南宁市的控制目标', '南宁市\t12\n柳州市\t8\n桂林市\t6');
    await expect.poll(() => page.getByLabel('柳州市的控制目标').inputValue()).toBe('8');

    // Leaving the screen keeps the edit as a draft.
    await page.getByRole('button', { name: /评分/ }).first().click();
    await page.getByRole('button', { name: /方案/ }).first().click();
    await expect.poll(() => page.getByLabel('指标 1.2 的名称').inputValue()).toBe('控制事故死亡人数');
    // So does closing the window: the app starts again with the draft (marked in the nav).
    await page.reload();
    await page.locator('.nav-draft').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /方案/ }).first().click();
    await pick(page, '1.2');
    await expect.poll(() => page.getByLabel('柳州市的控制目标').inputValue()).toBe('8');

    await page.getByRole('button', { name: '＋一级指标' }).click();
    await page.getByLabel('指标 2 的名称').fill('应急管理');
    await page.getByLabel('指标 2 的分值', { exact: true }).fill('40');
    await page.getByRole('button', { name: '＋下级' }).click();
    await page.getByLabel('指标 2.1 的名称').fill('完善应急预案');
    await page.getByLabel('指标 2.1 的分值').fill('35');
    // An item added to the first section, then moved down and back, renumbers the section.
    await pick(page, '1.1');
    await page.getByRole('button', { name: '＋同级' }).click();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    expect(await page.locator('tr[data-criterion] td.col-number').allTextContents()).toEqual(['一、', '(一)', '(二)', '二、', '(一)']);
    await expect.poll(() => page.locator('[data-sum="2"]').textContent()).toBe('35 ≠ 40');

    await page.getByRole('button', { name: '＋加分项' }).click();
    await page.getByLabel('加分项“新加分项”的名称').fill('获得表彰奖励');
    await page.getByLabel('加分项“获得表彰奖励”的档次').fill('国家级:2；自治区级:1；市级:0.5');
    await page.getByLabel('加分项“获得表彰奖励”的上限').fill('2');
    await page.getByLabel('加分合计上限').fill('3');
    await page.getByRole('button', { name: '＋一票否决项' }).click();
    await page.getByLabel('否决项“新一票否决项”的名称').fill('发生重大生产安全事故');
    await page.getByRole('button', { name: '＋否优项' }).click();
    await page.getByLabel('否决项“新否优项”的名称').fill('发生较大生产安全事故');
    expect(await page.getByTestId('veto-effect').textContent()).toContain('定为不合格');

    await expect.poll(() => page.locator('.sum-problems').textContent()).toBe('二、应急管理：下级合计 35 分，与本级 40 分不符');
    await expect.poll(() => page.getByTestId('sum-status').textContent()).toContain('1 处分值合计不符');
    await page.getByRole('button', { name: '保存方案' }).click();
    const dialog = page.getByRole('dialog', { name: '保存前请确认' });
    await expect.poll(() => dialog.getByTestId('check-sums').textContent()).toContain('二、应急管理：下级合计 35 分，与本级 40 分不符');
    await dialog.getByRole('button', { name: '仍然保存' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);

    const { doc } = await loadAssessmentFile(ctx.session.current!.path);
    const s = doc.scheme;
    expect(
      s.criteria.map((c) => [c.code, c.number, c.title, c.points, c.children.map((x) => [x.code, x.number, x.title, x.points])]),
    ).toEqual([
      [
        '1',
        '一、',
        '安全生产',
        60,
        [
          ['1.1', '(一)', '落实安全生产责任', 30],
          ['1.2', '(二)', '控制事故死亡人数', 30],
        ],
      ],
      ['2', '二、', '应急管理', 40, [['2.1', '(一)', '完善应急预案', 35]]],
    ]);
    expect(s.criteria[0]!.children[0]!.ruleText).toBe('未签订责任书的扣2分');
    const control = s.criteria[0]!.children[1]!.rule;
    expect(control).toMatchObject({ kind: 'control', targets: { [doc.units[0]!.id]: 12, [doc.units[1]!.id]: 8, [doc.units[2]!.id]: 6 } });
    expect(s.bonus).toEqual({
      cap: 3,
      items: [
        expect.objectContaining({
          title: '获得表彰奖励',
          cap: 2,
          levels: [
            { label: '国家级', points: 2 },
            { label: '自治区级', points: 1 },
            { label: '市级', points: 0.5 },
          ],
        }),
      ],
    });
    expect(s.vetoes.map((v) => [v.title, v.effect])).toEqual([
      ['发生重大生产安全事故', 'veto'],
      ['发生较大生产安全事故', 'barExcellent'],
    ]);
    expect(doc.audit.at(-1)).toMatchObject({ action: 'scheme.change' });
    expect(await page.locator('.nav-draft').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

  it('a change that would break entered scores lists each one (unit · item · evaluator · value), and cancel changes nothing', async () => {
    const ctx = testContext(tmp());
    const { page, errors } = await open(ctx);
    // Eight sessions share two cores here: give each step room, the checks still wait on conditions.
    page.setDefaultTimeout(30_000);
    await page.getByRole('grid').waitFor({ timeout: 60_000 });
    const before = ctx.session.current!.doc;
    const leaf = before.scheme.criteria[0]!.children[0]!;
    const scored = before.entries.filter((e) => e.criterionId === leaf.id);
    expect(scored.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: /方案/ }).first().click();
    await pick(page, leaf.code);
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('button', { name: '保存方案' }).click();
    const dialog = page.getByRole('dialog', { name: '保存前请确认' });
    await expect.poll(() => dialog.getByTestId('check-stale').locator('tbody tr').count()).toBe(scored.length);
    const first = await dialog.getByTestId('check-stale').locator('tbody tr').first().locator('td').allTextContents();
    expect(first[1]).toBe(`${leaf.number}${leaf.title}`);
    expect(first[4]).toBe('指标已删除或已不是末级指标');
    await dialog.getByRole('button', { name: '返回修改' }).click();
    expect((await loadAssessmentFile(ctx.session.current!.path)).doc.entries).toHaveLength(before.entries.length);

    await page.getByRole('button', { name: '保存方案' }).click();
    await dialog.getByRole('button', { name: `删除 ${scored.length} 条得分并保存` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);
    const { doc } = await loadAssessmentFile(ctx.session.current!.path);
    expect(doc.entries).toHaveLength(before.entries.length - scored.length);
    const record = doc.audit.at(-1)!;
    expect(record).toMatchObject({ action: 'scheme.change', reason: '修改考核方案，删除不再适用的得分' });
    expect((record.before as { droppedEntries: unknown[] }).droppedEntries).toHaveLength(scored.length);
    expect(errors).toEqual([]);
  }, 180_000);
});
