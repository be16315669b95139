import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../shared/assessment/criteria';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { WORKING_FILE } from '../../electron/services/packages/scoring-folder';
import { scoringRoot } from '../../electron/app/task-workspace';
import { type TestContext } from '../helpers/app-context';
import { chromiumMissing, settled } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';

const missing = chromiumMissing();
const TITLE = '2020年度全区应急管理工作考核-第一考核组-张伟';

describe.skipIf(missing)('offline packages in Chromium, bound to the real handlers', () => {
  const { tmp, start: openOnDemo } = useBrowserSuite();

  // Polls until the value comes (no clock: the suite's safety net bounds a hang).
  const poll = <T>(read: () => Promise<T>) => expect.poll(read);
  const saved = (page: Page) => poll(() => page.getByRole('status').filter({ hasText: '已保存' }).count()).toBe(1);

  /** Types into the active cell: the first key opens the editor, the rest goes into it once it is there. */
  async function typeInCell(page: Page, text: string) {
    await page.keyboard.press(text[0]!);
    await page.locator('.cell-editor').waitFor();
    if (text.length > 1) await page.keyboard.type(text.slice(1));
  }

  /** File › Open of a task package, then score 南宁市's third item (grid row 4, below two items and a heading) by keyboard and submit to the USB stick. */
  async function scoreOnLaptop(ctx: TestContext, page: Page, task: string, text: string, target: string) {
    ctx.packageChoices.push(task);
    ctx.emit('menu:command', { command: 'openPackage' });
    await poll(() => page.getByTestId('offline-banner').textContent()).toBe('离线评分：2020年度全区应急管理工作考核 · 张伟 · 第一考核组');
    await page.getByRole('grid').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await typeInCell(page, text);
    await page.keyboard.press('Enter');
    await saved(page);
    ctx.submitTargets.push(target);
    await page.getByRole('button', { name: '提交结果包…' }).click();
    await poll(() => page.getByTestId('submitted').textContent()).toContain(target);
    await page.getByRole('button', { name: '返回考核办工作区' }).click();
    await page.locator('nav').waitFor();
  }

  async function importAtOffice(ctx: TestContext, page: Page, files: string[]) {
    await page.locator('nav').getByRole('button', { name: '汇审' }).click();
    await page.getByRole('tab', { name: '任务包收发' }).click();
    ctx.resultChoices.push(files);
    await page.getByRole('button', { name: '导入结果包…' }).click();
  }

  it('exports, scores on the laptop, imports, refuses a tampered package, resolves a conflict, finalizes and reopens', async () => {
    const { ctx, page, errors } = await openOnDemo();
    const path = ctx.session.current!.path;
    const doc = (await loadAssessmentFile(path)).doc;
    const leaf = leavesOf(doc.scheme)[2]!;
    expect(leaf.rule.kind).toBe('plain');
    const cellOf = (d: typeof doc) =>
      d.entries.find((e) => e.evaluatorId === 'e1' && e.unitId === '450100' && e.criterionId === leaf.criterion.id);
    const usb = join(tmp(), 'usb');
    mkdirSync(usb);

    // The office empties 张伟's third cell of 南宁市, so the laptop's score is new to it.
    await page.getByRole('grid').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Delete');
    await saved(page);
    expect(cellOf((await loadAssessmentFile(path)).doc)).toBeUndefined();

    // The progress board shows the gap; its item leads to the cell in the grid.
    await page.locator('nav').getByRole('button', { name: '汇审' }).click();
    await page.getByRole('tab', { name: '进度' }).click();
    await poll(() => page.getByTestId('progress-summary').textContent()).toContain('缺 1 格');
    await page.locator('[data-board="张伟|南宁市"]').click();
    await poll(() => page.getByTestId('missing-list').textContent()).toContain('张伟 · 南宁市：缺 1 项');
    await page.getByTestId('missing-list').getByRole('button').click();
    await poll(() => page.locator('[data-cell="4:0"]').getAttribute('aria-selected')).toBe('true');
    await page.locator('nav').getByRole('button', { name: '汇审' }).click();
    await page.getByRole('tab', { name: '任务包收发' }).click();
    ctx.exportFolders.push(usb);
    await page.getByRole('button', { name: '导出任务包…' }).click();
    await poll(() => page.getByTestId('export-result').textContent()).toContain(`已生成 6 个任务包，保存在 ${usb}`);
    const task = join(usb, `${TITLE}.kpt`);

    // On the laptop: scoring only, 张伟's seven cities, the value autosaved in the scoring folder.
    ctx.packageChoices.push(task);
    ctx.emit('menu:command', { command: 'openPackage' });
    await page.getByTestId('offline-banner').waitFor();
    expect(await page.locator('nav').count()).toBe(0);
    // The office's menu commands do nothing here: no other workspace, no other screen.
    ctx.workspaceChoices.push(tmp());
    ctx.emit('menu:command', { command: 'openWorkspace' });
    ctx.emit('menu:command', { command: 'screen:results' });
    await settled(page);
    expect(ctx.workspaceChoices).toHaveLength(1);
    expect(await page.getByTestId('offline-banner').count()).toBe(1);
    ctx.workspaceChoices.length = 0;
    expect(await page.getByRole('columnheader', { name: /贵港市/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: /钦州市/ }).count()).toBe(1);
    await page.getByRole('grid').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await typeInCell(page, '99');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.grid-message').textContent()).toContain(`超过分值 ${leaf.criterion.points}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '返回考核办工作区' }).click();
    await page.locator('nav').waitFor();
    await scoreOnLaptop(ctx, page, task, '2.5', join(usb, '张伟-第一次.kpr'));
    const working = JSON.parse(readFileSync(join(scoringRoot(ctx.documentsDir), TITLE, WORKING_FILE), 'utf8')) as {
      entries: { unitId: string; criterionId: string; value: unknown }[];
    };
    expect(working.entries.find((e) => e.unitId === '450100' && e.criterionId === leaf.criterion.id)?.value).toEqual({
      kind: 'score',
      score: 2.5,
    });

    // Back at the office: the entry comes in; the same package again changes nothing.
    await importAtOffice(ctx, page, [join(usb, '张伟-第一次.kpr')]);
    await poll(() => page.getByTestId('import-result').textContent()).toContain('张伟-第一次.kpr：已导入');
    await poll(() => page.locator('.import-summary').textContent()).toContain('共改动 1 个得分格；0 处冲突待处理');
    expect(cellOf((await loadAssessmentFile(path)).doc)).toMatchObject({ value: { kind: 'score', score: 2.5 }, source: 'package' });
    await page.locator('nav').getByRole('button', { name: '评分' }).click();
    await poll(() => page.locator('[data-cell="4:0"]').textContent()).toBe('2.5');
    const bytes = readFileSync(path);
    await importAtOffice(ctx, page, [join(usb, '张伟-第一次.kpr')]);
    await poll(() => page.getByTestId('import-result').textContent()).toContain('此前已导入过，内容相同，未做任何改动');
    await poll(() => page.locator('.import-summary').textContent()).toContain('考核文件未改动');
    expect(readFileSync(path)).toEqual(bytes);

    // A value changed on the USB stick: refused whole, the reason in plain words, nothing changed.
    const tampered = join(usb, '张伟-改过.kpr');
    writeFileSync(tampered, readFileSync(join(usb, '张伟-第一次.kpr'), 'utf8').replace('"score":2.5}', '"score":4}'));
    await importAtOffice(ctx, page, [tampered]);
    await poll(() => page.locator('.import-log .refused').textContent()).toContain('张伟-改过.kpr：已拒收，未做任何改动');
    expect(await page.locator('.import-log .refused').textContent()).toContain('签名不符：结果包在提交后被改动过');
    expect(readFileSync(path)).toEqual(bytes);

    // 张伟 changes the cell and submits again: a conflict, not last-write-wins.
    await scoreOnLaptop(ctx, page, task, '3', join(usb, '张伟-第二次.kpr'));
    await importAtOffice(ctx, page, [join(usb, '张伟-第二次.kpr')]);
    await poll(() => page.locator('.import-summary').textContent()).toContain('1 处冲突待处理');
    expect(cellOf((await loadAssessmentFile(path)).doc)).toBeUndefined();
    await page.getByRole('button', { name: '定稿…' }).click();
    await poll(() => page.getByRole('alert').filter({ hasText: '还有 1 处评分冲突待处理，处理后才能定稿' }).count()).toBe(1);
    expect((await loadAssessmentFile(path)).doc.status).toBe('scoring');

    await page.getByRole('button', { name: '查看冲突' }).click();
    const card = page.locator('article.conflict');
    await poll(() => card.locator('.candidate-value').allTextContents()).toEqual(['2.5 分', '3 分']);
    expect(await card.textContent()).toContain('张伟-第一次.kpr');
    await card.getByRole('radio', { name: /^3 分/ }).check();
    await card.getByLabel('选定理由').fill('经与第一考核组核实，以第二次提交为准');
    await card.getByRole('button', { name: '采用所选值' }).click();
    await poll(() => page.getByRole('tab', { name: '冲突（0）' }).count()).toBe(1);
    expect(cellOf((await loadAssessmentFile(path)).doc)?.value).toEqual({ kind: 'score', score: 3 });

    await page.getByRole('tab', { name: '修改记录' }).click();
    await page.getByLabel('操作', { exact: true }).selectOption('conflict.resolve');
    const rows = page.locator('.audit-table tbody tr');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('经与第一考核组核实，以第二次提交为准');
    expect(await rows.first().textContent()).toContain('南宁市');

    // Finalizing locks; reopening asks for a reason and is recorded.
    await page.getByRole('button', { name: '定稿…' }).click();
    await page.getByRole('dialog', { name: '定稿' }).getByRole('button', { name: '确认定稿' }).click();
    await poll(() => page.getByTestId('finalize-bar').textContent()).toContain('状态：已定稿');
    expect((await loadAssessmentFile(path)).doc.status).toBe('finalized');
    expect(await page.getByText('该考核已定稿，只读').count()).toBe(1);
    await page.getByRole('button', { name: '重新开启…' }).click();
    const dialog = page.getByRole('dialog', { name: '重新开启考核' });
    expect(await dialog.getByRole('button', { name: '重新开启', exact: true }).isDisabled()).toBe(true);
    await dialog.getByLabel('重新开启的理由').fill('审定会要求复核南宁市');
    await dialog.getByRole('button', { name: '重新开启', exact: true }).click();
    await poll(() => page.getByTestId('finalize-bar').textContent()).toContain('状态：评分中');
    const final = (await loadAssessmentFile(path)).doc;
    expect(final.status).toBe('scoring');
    expect(final.audit.at(-1)).toMatchObject({ action: 'status.reopen', reason: '审定会要求复核南宁市' });
    await page.getByLabel('操作', { exact: true }).selectOption('status.reopen');
    await poll(() => rows.first().textContent()).toContain('审定会要求复核南宁市');
    expect(errors).toEqual([]);
  });
});

if (missing) it.skip(`browser tests skipped: ${missing}`, () => undefined);
