// Issue 13: an edit typed through an input method on 14 units × 120 criteria × 10 evaluators —
// the cost of each composition step (nothing is parsed, saved or recomputed while the input
// method composes: the footer must not change and nothing is saved until the commit), and the
// edit → updated ranking on screen after the composed text is committed with Enter.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { testContext } from '../helpers/app-context';
import { buildRenderer, chromiumMissing, launchChromium, openApp, serveRenderer } from '../helpers/browser-app';
import { largeAssessment } from '../helpers/large-assessment';
import { PAGE_ANCHOR, type Figure } from './measure';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function gridImeFigures(): Promise<Figure[]> {
  const missing = chromiumMissing();
  if (missing) {
    console.error(`grid IME bench skipped: ${missing}`);
    return [];
  }
  const work = mkdtempSync(join(tmpdir(), 'kaoping-bench-ime-'));
  const build = join(work, 'renderer');
  await buildRenderer(build);
  const ws = join(work, 'ws');
  mkdirSync(ws);
  await saveAssessmentFile(join(ws, '大规模测试.assessment.json'), largeAssessment(14, 120, 10));
  const ctx = testContext(work);
  ctx.preferences.update({ recentWorkspaces: [ws] });
  const server = await serveRenderer(build);
  const browser = await launchChromium();
  try {
    const { page } = await openApp(browser, server.url, ctx);
    page.setDefaultTimeout(60_000);
    await page.getByRole('grid').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const runs = 15;
    const steps: number[] = [];
    const toRanking: number[] = [];
    const toLaidOut: number[] = [];
    // The bench's fixed JS sort inside the page, run once per commit: the ratio to it is what to compare between runs.
    const anchors: number[] = [];
    let footerChanges = 0;
    let savesWhileComposing = 0;
    for (let i = 0; i < runs; i++) {
      await page.locator('[data-cell="1:0"]').click();
      const text = i % 2 ? '０．５' : '０';
      // Watch the footer and the save state while the input method composes.
      await page.evaluate(() => {
        const w = window as unknown as { imeWatch: { foot: number; saving: number; steps: number[] } };
        w.imeWatch = { foot: 0, saving: 0, steps: [] };
        const foot = document.querySelector('[data-foot="total:U001"]')!;
        new MutationObserver(() => w.imeWatch.foot++).observe(foot, { childList: true, characterData: true, subtree: true });
        const status = document.querySelector('[data-status]')!;
        new MutationObserver(() => {
          if (status.getAttribute('data-status') === 'saving') w.imeWatch.saving++;
        }).observe(status, { attributes: true });
        const editor = document.querySelector('.cell-editor') as HTMLInputElement & { watched?: boolean };
        if (!editor.watched) {
          editor.watched = true;
          editor.addEventListener('compositionupdate', () => {
            const t0 = performance.now();
            requestAnimationFrame(() => setTimeout(() => w.imeWatch.steps.push(performance.now() - t0), 0));
          });
        }
      });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'rawKeyDown',
        key: 'Process',
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
      });
      for (let k = 1; k <= text.length; k++)
        await cdp.send('Input.imeSetComposition', { text: text.slice(0, k), selectionStart: k, selectionEnd: k });
      await cdp.send('Input.insertText', { text });
      const watch = await page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return (window as unknown as { imeWatch: { foot: number; saving: number; steps: number[] } }).imeWatch;
      });
      footerChanges += watch.foot;
      savesWhileComposing += watch.saving;
      steps.push(...watch.steps);
      anchors.push(await page.evaluate(PAGE_ANCHOR));
      const [shown, laidOut] = await page.evaluate(async () => {
        const foot = document.querySelector('[data-foot="total:U001"]')!;
        const status = document.querySelector('[data-status]')!;
        const before = foot.textContent;
        const input = document.querySelector('.cell-editor') as HTMLInputElement;
        let t1 = 0;
        let t2 = 0;
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (foot.textContent === before) return;
            t1 = performance.now();
            // The browser's own share of the frame: style and layout of what the edit changed.
            void foot.getBoundingClientRect();
            t2 = performance.now();
            observer.disconnect();
            resolve();
          });
          observer.observe(foot, { childList: true, characterData: true, subtree: true });
        });
        const t0 = performance.now();
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        await shown;
        while (status.getAttribute('data-status') !== 'saved') await new Promise((r) => setTimeout(r, 1));
        return [t1 - t0, t2 - t0];
      });
      toRanking.push(shown);
      toLaidOut.push(laidOut);
    }
    console.error(
      `grid IME bench: footer changes while composing ${footerChanges}, saves while composing ${savesWhileComposing} (both should be 0)`,
    );
    return [
      {
        name: 'IME composition step → next frame, 14 × 120 × 10 (Chromium)',
        median: median(steps),
        unit: 'ms',
        aim: { below: 16.7 },
        runs: steps.length,
      },
      {
        name: 'IME commit + Enter → ranking on screen, 14 × 120 × 10',
        median: median(toRanking),
        unit: 'ms',
        aim: { below: 16.7 },
        runs,
        anchor: median(anchors),
      },
      {
        name: 'the same, until the ranking is laid out (style and layout included)',
        median: median(toLaidOut),
        unit: 'ms',
        aim: { below: 16.7 },
        runs,
        anchor: median(anchors),
      },
      {
        name: 'footer changes + saves while composing (must be 0)',
        median: footerChanges + savesWhileComposing,
        unit: '',
        runs,
        aim: { atMost: 0 },
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
