// Typing into the scoring grid through a real input-method path (the Chrome DevTools
// Protocol's IME commands: a "Process" keydown, composition steps, then the committed text),
// undo and redo across a save and a reload, copying a block out and pasting it back, a veto
// refused without its reason; every check reads the stored entry back from the file on disk.
import type { CDPSession, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { buildRows } from '../../renderer/screens/scoring/grid-model';
import type { Assessment, ScoreEntry } from '../../shared/assessment/schema';
import { testContext, type TestContext } from '../helpers/app-context';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';

const missing = chromiumMissing();

describe.skipIf(missing)('scoring input with a Chinese input method, in Chromium', () => {
  const suite = useBrowserSuite();

  async function start() {
    const ctx = testContext(suite.tmp());
    const { page, errors } = await suite.open(ctx);
    // The machine is shared: wait for the first screen as long as load may need.
    page.setDefaultTimeout(30_000);
    await page.getByRole('grid').waitFor();
    const path = ctx.session.current!.path;
    const doc = (await loadAssessmentFile(path)).doc;
    const rows = buildRows(doc, { bonus: '加分项', vetoes: '一票否决与否优项' });
    const rowOf = (criterionId: string) => rows.findIndex((r) => r.kind === 'item' && r.criterionId === criterionId);
    const unitOf = async (col: number) => {
      const name = (await page.locator('.head-unit > span:first-child').nth(col).textContent())!.trim();
      return doc.units.find((u) => u.name === name)!.id;
    };
    const stored = async (col: number, criterionId: string): Promise<ScoreEntry | undefined> => {
      const unitId = await unitOf(col);
      return (await loadAssessmentFile(path)).doc.entries.find(
        (e) => e.evaluatorId === 'e1' && e.unitId === unitId && e.criterionId === criterionId,
      );
    };
    const cdp = await page.context().newCDPSession(page);
    return { ctx, page, errors, doc, path, rowOf, stored, cdp };
  }

  const saved = (page: Page) => expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('saved');

  /** Types text as an input method does: the key arrives as "Process" (229), then composition steps, then the commit. */
  async function imeType(cdp: CDPSession, steps: string[], text: string) {
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Process',
      code: 'KeyS',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    for (const step of steps)
      await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    await cdp.send('Input.insertText', { text });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Process',
      code: 'KeyS',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
  }

  /** Clicks a cell, scrolling it into the rendered (virtualised) rows first. */
  async function select(page: Page, row: number, col: number) {
    const cell = page.locator(`[data-cell="${row}:${col}"]`);
    if ((await cell.count()) === 0) await page.getByRole('grid').evaluate((el, top) => el.scrollTo({ top }), Math.max(0, row * 30 - 120));
    await cell.click();
  }

  async function scoreWithIme(page: Page, cdp: CDPSession, row: number, col: number, steps: string[], text: string) {
    await select(page, row, col);
    await imeType(cdp, steps, text);
    await page.keyboard.press('Enter');
  }

  const plainId = (doc: Assessment) =>
    doc.scheme.criteria[0]!.children.find((c) => (c.rule?.kind ?? 'plain') === 'plain' && c.points >= 4)!.id;
  const tierId = (doc: Assessment) => doc.scheme.criteria.flatMap((s) => s.children).find((c) => c.rule?.kind === 'tiered')!.id;

  it('lands the composed text on empty and filled cells: 3.5, ３．５, 基本完成, 不适用, 是', { timeout: 240_000 }, async () => {
    const { page, cdp, doc, rowOf, stored, errors } = await start();
    const plain = rowOf(plainId(doc));
    const tier = rowOf(tierId(doc));
    const cases: { row: number; criterion: string; steps: string[]; text: string; prior: string; expected: unknown }[] = [
      { row: plain, criterion: plainId(doc), steps: ['3', '3.', '3.5'], text: '3.5', prior: '1', expected: { kind: 'score', score: 3.5 } },
      {
        row: plain,
        criterion: plainId(doc),
        steps: ['３', '３．', '３．５'],
        text: '３．５',
        prior: '2',
        expected: { kind: 'score', score: 3.5 },
      },
      {
        row: tier,
        criterion: tierId(doc),
        steps: ['j', 'jiben', 'jibenwancheng', '基本完成'],
        text: '基本完成',
        prior: '1',
        expected: { kind: 'tier', level: 1 },
      },
      { row: plain, criterion: plainId(doc), steps: ['b', 'bushiyong', '不适用'], text: '不适用', prior: '1', expected: { kind: 'na' } },
    ];
    for (const c of cases) {
      // An empty cell (cleared with Delete first) in column 0, a filled one in column 1.
      await select(page, c.row, 0);
      await page.keyboard.press('Delete');
      await saved(page);
      await expect.poll(() => stored(0, c.criterion)).toBeUndefined();
      await scoreWithIme(page, cdp, c.row, 0, c.steps, c.text);
      await saved(page);
      await expect.poll(async () => (await stored(0, c.criterion))?.value).toEqual(c.expected);

      await select(page, c.row, 1);
      await page.keyboard.type(c.prior);
      await page.keyboard.press('Enter');
      await saved(page);
      await expect.poll(async () => (await stored(1, c.criterion))?.value).not.toEqual(c.expected);
      await scoreWithIme(page, cdp, c.row, 1, c.steps, c.text);
      await saved(page);
      await expect.poll(async () => (await stored(1, c.criterion))?.value).toEqual(c.expected);
    }

    // 是 on a veto row: the composed word lands, and is saved only with its reason once confirmed.
    const veto = rowOf('v1');
    for (const col of [0, 1]) {
      if (col === 1) {
        await select(page, veto, col);
        await page.keyboard.type('0');
        await page.keyboard.press('Enter');
        await saved(page);
        await expect.poll(async () => (await stored(1, 'v1'))?.value).toEqual({ kind: 'veto', triggered: false });
      }
      await scoreWithIme(page, cdp, veto, col, ['s', 'shi', '是'], '是');
      const dialog = page.getByRole('dialog', { name: '确认一票否决' });
      await dialog.getByLabel('否决事由').fill('瞒报较大事故1起');
      await dialog.getByRole('button', { name: '确认并保存' }).click();
      await saved(page);
      await expect.poll(() => stored(col, 'v1')).toMatchObject({ value: { kind: 'veto', triggered: true }, reason: '瞒报较大事故1起' });
    }

    // What an input method cannot make a score of is refused with the reason, and nothing is stored.
    const before = await stored(0, plainId(doc));
    await scoreWithIme(page, cdp, plain, 0, ['．５'], '．５');
    await expect.poll(() => page.locator('.grid-message').textContent()).toContain('请写出整数部分');
    await page.keyboard.press('Escape');
    expect(await stored(0, plainId(doc))).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('undoes and redoes entries across a save and a reload, each step saved and in the audit trail', { timeout: 120_000 }, async () => {
    const { ctx, page, doc, path, rowOf, stored } = await start();
    const row = rowOf(plainId(doc));
    await select(page, row, 0);
    await page.keyboard.type('2.5');
    await page.keyboard.press('Enter');
    await saved(page);
    await select(page, row, 0);
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await saved(page);
    await expect.poll(async () => (await stored(0, plainId(doc)))?.value).toEqual({ kind: 'score', score: 3 });
    const audits = (await loadAssessmentFile(path)).doc.audit.length;

    await page.keyboard.press('Control+z');
    await saved(page);
    await expect.poll(async () => (await stored(0, plainId(doc)))?.value).toEqual({ kind: 'score', score: 2.5 });
    await page.reload();
    await page.getByRole('grid').waitFor();
    await page.keyboard.press('Control+y');
    await saved(page);
    await expect.poll(async () => (await stored(0, plainId(doc)))?.value).toEqual({ kind: 'score', score: 3 });
    // 编辑 › 撤销 from the application menu does the same.
    ctx.emit('menu:command', { command: 'undo' });
    await expect.poll(async () => (await stored(0, plainId(doc)))?.value).toEqual({ kind: 'score', score: 2.5 });
    const trail = (await loadAssessmentFile(path)).doc.audit.slice(audits);
    expect(trail.map((r) => r.action)).toEqual(['entry.set', 'entry.set', 'entry.set']);
  });

  it('copies a block out as Excel text; pasted back it gives the same values', { timeout: 120_000 }, async () => {
    const { page, doc, path } = await start();
    await page.evaluate(() => {
      window.addEventListener('copy', (e) => {
        (window as unknown as { copied: string }).copied = e.clipboardData!.getData('text/plain');
      });
    });
    const first = buildRows(doc, { bonus: '', vetoes: '' }).findIndex((r) => r.kind === 'item');
    await select(page, first, 0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied.split('\r\n')).toHaveLength(4);
    expect(copied.split('\r\n')[0]!.split('\t')).toHaveLength(2);
    const mine = (d: Assessment) =>
      d.entries
        .filter((e) => e.evaluatorId === 'e1')
        .map((e) => [e.unitId, e.criterionId, JSON.stringify(e.value)].join('|'))
        .sort();
    const before = mine((await loadAssessmentFile(path)).doc);

    await page.keyboard.press('Delete');
    await saved(page);
    await expect.poll(async () => mine((await loadAssessmentFile(path)).doc).length).toBeLessThan(before.length);
    await page.locator('[data-grid-editor]').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, copied);
    await saved(page);
    await expect.poll(async () => mine((await loadAssessmentFile(path)).doc)).toEqual(before);
  });

  it('refuses a veto without its reason, and Ctrl+Home / Ctrl+End reach the ends', { timeout: 120_000 }, async () => {
    const { page, rowOf, stored } = await start();
    const before = await stored(0, 'v2');
    await select(page, rowOf('v2'), 0);
    await page.keyboard.type('是');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '确认一票否决' });
    await dialog.getByRole('button', { name: '确认并保存' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('请填写否决事由');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await stored(0, 'v2')).toEqual(before);

    await page.keyboard.press('Control+End');
    await expect.poll(() => page.locator('[aria-selected="true"]').getAttribute('data-cell')).toMatch(/^\d+:\d+$/);
    const last = await page.locator('[aria-selected="true"]').getAttribute('data-cell');
    expect(Number(last!.split(':')[0])).toBe(rowOf('v3'));
    await page.keyboard.press('Control+Home');
    await expect.poll(() => page.locator('[aria-selected="true"]').getAttribute('data-cell')).toBe('1:0');
  });

  for (const language of ['zh', 'en'] as const) {
    it(
      `fits a 1366 × 768 laptop (and 125 % scaling) in ${language}: the top bar, 8+ unit columns, the item column`,
      { timeout: 120_000 },
      async () => {
        for (const [width, height, name] of [
          [1366, 768, '1366'],
          [1093, 614, '1366-125pct'],
        ] as const) {
          const home = join(suite.tmp(), `${language}-${name}`);
          mkdirSync(home, { recursive: true });
          const ctx: TestContext = testContext(home);
          const { page } = await suite.open(ctx, { width, height });
          page.setDefaultTimeout(30_000);
          await page.getByRole('grid').waitFor();
          if (language === 'en') {
            await page.getByRole('button', { name: 'English' }).click();
            await page.getByRole('button', { name: /Scoring/ }).waitFor();
          }
          const bar = await page.locator('header.topbar').boundingBox();
          expect(bar!.height).toBeLessThanOrEqual(52);
          // Room for unit columns right of the fixed ones (张伟 scores 7 cities; the room is what matters).
          const grid = (await page.getByRole('grid').boundingBox())!;
          const fixed = (await page.locator('.grid-head .grid-cell.fixed').nth(3).boundingBox())!;
          const unit = (await page.locator('.head-unit').first().boundingBox())!;
          expect(Math.floor((grid.x + grid.width - (fixed.x + fixed.width)) / unit.width)).toBeGreaterThanOrEqual(8);
          const title = (await page.locator('.grid-head .grid-cell.fixed').nth(1).boundingBox())!;
          expect(title.width).toBeGreaterThanOrEqual(180);
          await page.screenshot({ path: `/tmp/kp-grid/${language}-scoring-${name}.png` });
          await page.close();
        }
      },
    );
  }
});

if (missing) it.skip(`browser tests skipped: ${missing}`, () => undefined);
