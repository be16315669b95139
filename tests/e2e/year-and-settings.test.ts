import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CombineMethod } from '../../shared/assessment/schema';
import { computeResults } from '../../shared/scoring/compute';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';
import { testContext } from '../helpers/app-context';

const missing = chromiumMissing();
const F2020 = '2020年度全区应急管理工作考核.assessment.json';
const F2021 = '2021年度全区应急管理工作考核.assessment.json';

describe.skipIf(missing)("the year's lifecycle and the 设置 screen in Chromium, bound to the real handlers", () => {
  const { open, tmp } = useBrowserSuite();
  // The first run writes the demo workspace: on a busy machine that alone can pass the page's
  // default 10 s, so the first wait is on the grid with a longer limit.
  const start = async () => {
    const ctx = testContext(tmp());
    const app = await open(ctx);
    await app.page.getByRole('grid').waitFor({ timeout: 60_000 });
    return { ctx, ...app };
  };

  it(
    'starts next year from this one and finds the copy: no scores, the same scheme and units; deleting it asks and keeps it in 回收',
    { timeout: 90_000 },
    async () => {
      const { ctx, page, errors } = await start();
      const dir = ctx.session.workspaceDir!;
      await page.getByRole('button', { name: '年度考核…' }).click();
      await page.getByRole('button', { name: '新建年度考核…' }).click();
      // The year and the name are explicit, suggested from the latest year.
      await expect.poll(() => page.getByLabel('年度', { exact: true }).inputValue()).toBe('2021');
      await expect.poll(() => page.getByLabel('名称', { exact: true }).inputValue()).toBe('2021年度全区应急管理工作考核');
      await page.getByRole('button', { name: '创建' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `已创建 ${F2021}` })
        .waitFor();
      await page.getByText('与 2020 年度相比').waitFor();
      await page.getByRole('button', { name: '关闭' }).click();

      // The copy is the open year; the top bar says 草稿.
      await expect.poll(() => page.getByLabel('考核年度').inputValue()).toBe(F2021);
      await expect
        .poll(() => page.getByLabel('考核年度').locator('option:checked').textContent())
        .toBe('2021 · 2021年度全区应急管理工作考核 · 草稿');
      const copy = (await loadAssessmentFile(join(dir, F2021))).doc;
      const last = (await loadAssessmentFile(join(dir, F2020))).doc;
      expect(copy.entries).toEqual([]);
      expect(copy.scheme.criteria).toEqual(last.scheme.criteria);
      expect(copy.units).toEqual(last.units);
      expect(copy.evaluators).toEqual(last.evaluators);
      expect(copy.settings).toEqual(last.settings);
      expect(copy.audit.map((a) => a.action)).toEqual(['assessment.create']);
      // The grid shows the same cities, and nobody is ranked on 汇总: no scores yet.
      expect(await page.getByRole('columnheader', { name: /南宁市/ }).count()).toBe(1);
      await page.locator('nav').getByRole('button', { name: /汇总/ }).click();
      await expect.poll(() => page.locator('tr[data-unit="南宁市"] [data-col="rank"]').textContent()).toBe('—');
      // The banner points to the real 设置 screen.
      await page.locator('.banner-info').getByRole('button', { name: '设置…' }).click();
      await page.getByRole('heading', { name: '考核设置' }).waitFor();

      // 定稿 on 汇审: the top bar says the same word at once (it used to keep 草稿 until a restart).
      await page.locator('nav').getByRole('button', { name: /汇审/ }).click();
      await page.getByRole('button', { name: '定稿…' }).click();
      await page.getByRole('button', { name: '确认定稿' }).click();
      await expect.poll(() => page.getByTestId('finalize-bar').textContent()).toContain('已定稿');
      await expect
        .poll(() => page.getByLabel('考核年度').locator('option:checked').textContent())
        .toBe('2021 · 2021年度全区应急管理工作考核 · 已定稿');

      // Deleting asks first, naming it; the file goes to 回收 and 2020 opens.
      await page.getByRole('button', { name: '年度考核…' }).click();
      await page.locator(`tr[data-file="${F2021}"]`).getByRole('button', { name: '删除…' }).click();
      await page.getByText('将“2021年度全区应急管理工作考核”（2021 年度）移入工作区的“回收”文件夹？').waitFor();
      expect(existsSync(join(dir, F2021))).toBe(true);
      await page.getByRole('button', { name: '移入回收' }).click();
      await expect.poll(() => page.getByLabel('考核年度').inputValue()).toBe(F2020);
      expect(existsSync(join(dir, '回收', F2021))).toBe(true);
      expect(existsSync(join(dir, F2021))).toBe(false);
      await page.getByRole('button', { name: '恢复' }).waitFor();
      expect(errors).toEqual([]);
    },
  );

  it(
    'changes settings on 设置 and sees ranks follow on 汇总; a refused value says why and saves nothing',
    { timeout: 90_000 },
    async () => {
      const { ctx, page, errors } = await start();
      const path = ctx.session.current!.path;
      const before = (await loadAssessmentFile(path)).doc;
      const saved = computeResults(before);
      const rankOf = (results: ReturnType<typeof computeResults>) => results.units.map((u) => `${u.unitName}:${u.rank}`).join(' ');
      // A combining method under which some unit's rank moves (the demo is built so that one does).
      const method = CombineMethod.options.find(
        (m) => rankOf(computeResults({ ...before, settings: { ...before.settings, combine: m, ranking: 'dense' } })) !== rankOf(saved),
      )!;
      expect(method).toBeDefined();
      const expected = computeResults({ ...before, settings: { ...before.settings, combine: method, ranking: 'dense' } });

      await page.locator('nav').getByRole('button', { name: /设置/ }).click();
      await page.getByRole('heading', { name: '考核设置' }).waitFor();
      // 优秀 below 良好 is refused beside the field and cannot be saved.
      await page.getByLabel('优秀 ≥').fill('70');
      await page.getByText('分数线应由高到低：70 应高于 80').waitFor();
      await expect.poll(() => page.getByRole('button', { name: '保存设置' }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: '放弃修改' }).click();

      await page.getByLabel('合成方法').selectOption(method);
      await page.getByRole('radio', { name: '中国式排名（1,2,2,3）' }).check();
      await expect.poll(() => page.getByTestId('settings-effect').textContent()).toMatch(/保存后：\d+ 个单位名次变化/);
      expect((await loadAssessmentFile(path)).doc.settings.combine).toBe(before.settings.combine);
      // Leaving the screen keeps the edit as a draft: coming back shows it again, unsaved.
      await page.locator('nav').getByRole('button', { name: /汇总/ }).click();
      await page.locator('nav').getByRole('button', { name: /设置/ }).click();
      await expect.poll(() => page.getByLabel('合成方法').inputValue()).toBe(method);
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText('设置已保存，并记入修改记录').waitFor();
      const after = (await loadAssessmentFile(path)).doc;
      expect(after.settings).toMatchObject({ combine: method, ranking: 'dense' });
      expect(after.audit.at(-1)).toMatchObject({ action: 'settings.change', after: { combine: method, ranking: 'dense' } });

      await page.locator('nav').getByRole('button', { name: /汇总/ }).click();
      for (const u of expected.units) {
        await expect.poll(() => page.locator(`tr[data-unit="${u.unitName}"] [data-col="rank"]`).textContent()).toBe(String(u.rank));
      }
      expect(errors).toEqual([]);
    },
  );
});

if (missing) it.skip(`browser tests skipped: ${missing}`, () => undefined);
