// 导出与导入 in Chromium against the real handlers: an evaluator's score sheet exported with what
// they already entered, to check on paper — the option on screen, the file named by team and
// evaluator (never an id), the entries in its cells, and imported back unchanged it moves nothing.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../shared/scoring/compute';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';
import { readWorkbook } from '../helpers/report';
import { layoutOf } from '../helpers/score-sheets';

const missing = chromiumMissing();

describe.skipIf(missing)('a filled score sheet from the export screen, in Chromium', () => {
  const { tmp, start } = useBrowserSuite();
  const exportScreen = (page: Page) => page.locator('nav').getByRole('button', { name: '导出与导入' }).click();

  it('exports 张伟’s sheet with his entries, and it imports back without moving a point', async () => {
    const { ctx, page, errors } = await start({ width: 1366, height: 768 });
    const path = ctx.session.current!.path;
    const doc = (await loadAssessmentFile(path)).doc;

    await exportScreen(page);
    await page.getByLabel('导出对象').selectOption({ label: '张伟（第一考核组）' });
    const option = page.getByLabel('含已录入的评分（供考核人员纸面核对）');
    expect(await option.isChecked()).toBe(false);
    // Blank by default: the button says so, and ticking the option changes what it writes.
    await page.getByRole('button', { name: '导出评分表…' }).waitFor();
    await option.check();
    await page.getByText('核对无误原样导入不会改变任何分数', { exact: false }).waitFor();
    const folder = join(tmp(), 'sheets');
    mkdirSync(folder);
    ctx.folderChoices.push(folder);
    await page.getByRole('button', { name: '导出已填评分表…' }).click();
    const done = page.locator('.banner-done').filter({ hasText: `已导出 1 份评分表到 ${folder}` });
    await done.waitFor();
    const name = '2020-评分表（已填）-第一考核组-张伟.xlsx';
    await done.getByText(name, { exact: false }).waitFor();
    const file = join(folder, name);
    expect(existsSync(file)).toBe(true);

    // The file holds 张伟's own entries where he would have typed them.
    const layout = layoutOf(doc, 'e1');
    const form = (await readWorkbook(file)).worksheets[0]!;
    const mine = doc.entries.filter((e) => e.evaluatorId === 'e1' && e.value.kind === 'score');
    expect(mine.length).toBeGreaterThan(50);
    for (const entry of mine) {
      const item = layout.items.find((i) => i.itemId === entry.criterionId)!;
      const unit = layout.units.find((u) => u.unitId === entry.unitId)!;
      expect(form.getCell(item.row, unit.valueCol).value, `${entry.unitId}/${entry.criterionId}`).toBe(
        entry.value.kind === 'score' ? entry.value.score : null,
      );
    }

    // Back in unchanged: every entry is read, and no total or rank moves.
    const before = computeResults(doc);
    ctx.sheetFileChoices.push([file]);
    await page.getByRole('button', { name: '选择评分表并导入…' }).click();
    await page.locator('.banner-done').filter({ hasText: '条得分已导入（张伟：' }).waitFor();
    const after = computeResults((await loadAssessmentFile(path)).doc);
    expect(after.units.map((u) => [u.unitName, u.total.toFixed(6), u.rank])).toEqual(
      before.units.map((u) => [u.unitName, u.total.toFixed(6), u.rank]),
    );
    expect(errors).toEqual([]);
  });
});
