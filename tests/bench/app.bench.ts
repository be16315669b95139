// Issues 5 and 15: the UI in Chromium on a 14 units × 120 criteria × 10 evaluators assessment — the
// scoring grid's first render, an edit until the ranking shows it, an edit until it is saved —
// and the renderer bundle's size. Same harness as the end-to-end tests (real handlers). Nothing
// here waits on a clock: Playwright's time-outs are off and every wait is for a condition. The
// anchor is the bench's fixed JS sort run inside the page, interleaved with the figure's runs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { testContext } from '../helpers/app-context';
import { buildRenderer, chromiumMissing, launchChromium, openApp, serveRenderer } from '../helpers/browser-app';
import { largeAssessment } from '../helpers/large-assessment';
import { PAGE_ANCHOR, report, type Figure } from './measure';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function appFigures(): Promise<Figure[]> {
  const missing = chromiumMissing();
  if (missing) {
    console.error(`app bench skipped: ${missing}`);
    return [];
  }
  const work = mkdtempSync(join(tmpdir(), 'kaoping-bench-app-'));
  const build = join(work, 'renderer');
  await buildRenderer(build);
  const assets = join(build, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const html = readFileSync(join(build, 'index.html'), 'utf8');
  const initial = js.filter((f) => html.includes(f));
  const gz = (files: string[]) => files.reduce((a, f) => a + gzipSync(readFileSync(join(assets, f))).length, 0) / 1024;

  const ws = join(work, 'ws');
  mkdirSync(ws);
  await saveAssessmentFile(join(ws, '大规模测试.assessment.json'), largeAssessment(14, 120, 10));
  const ctx = testContext(work);
  ctx.preferences.update({ recentWorkspaces: [ws] });
  const server = await serveRenderer(build);
  const browser = await launchChromium();
  try {
    const { page } = await openApp(browser, server.url, ctx);
    // A loaded machine may take longer than any time-out: wait for the condition, however long.
    page.setDefaultTimeout(0);
    await page.getByRole('grid').waitFor();
    const anchors: number[] = [];
    const anchor = async () => anchors.push(await page.evaluate(PAGE_ANCHOR));
    const runs = 15;

    // Grid render: from leaving the export screen until the grid of 14 × 120 is painted.
    const render: number[] = [];
    for (let i = 0; i < runs; i++) {
      await anchor();
      await page.locator('nav').getByRole('button', { name: '导出' }).click();
      render.push(
        await page.evaluate(async () => {
          const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.includes('评分')) as HTMLButtonElement;
          const t0 = performance.now();
          button.click();
          while (!document.querySelector('[role=grid] [data-cell="1:0"]')) await new Promise((r) => setTimeout(r, 0));
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          return performance.now() - t0;
        }),
      );
    }

    // Edit → ranking: Enter in the cell editor until the unit's total in the footer changes;
    // edit → saved: until the main process has written the file and answered.
    const toRanking: number[] = [];
    const toSaved: number[] = [];
    for (let i = 0; i < runs; i++) {
      await anchor();
      await page.locator('[data-cell="1:0"]').click();
      await page.keyboard.type(i % 2 ? '0.5' : '0');
      const [ranking, saved] = await page.evaluate(async () => {
        const foot = document.querySelector('[data-foot="total:U001"]')!;
        const status = document.querySelector('[data-status]')!;
        const before = foot.textContent;
        const input = document.querySelector('.cell-editor') as HTMLInputElement;
        let t1 = 0;
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (foot.textContent === before) return;
            t1 = performance.now();
            observer.disconnect();
            resolve();
          });
          observer.observe(foot, { childList: true, characterData: true, subtree: true });
        });
        const t0 = performance.now();
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        await shown;
        while (status.getAttribute('data-status') !== 'saved') await new Promise((r) => setTimeout(r, 1));
        return [t1 - t0, performance.now() - t0];
      });
      toRanking.push(ranking);
      toSaved.push(saved);
    }
    const a = median(anchors);
    return [
      report({
        name: 'scoring grid render, 14 units × 120 criteria (Chromium)',
        median: median(render),
        unit: 'ms',
        aim: { below: 300 },
        runs,
        anchor: a,
      }),
      report({
        name: 'score edit → totals and ranks on screen, 14 × 120 × 10 (Chromium)',
        median: median(toRanking),
        unit: 'ms',
        aim: { below: 16 },
        runs,
        anchor: a,
      }),
      report({ name: 'score edit → saved to disk (IPC, validate, atomic write)', median: median(toSaved), unit: 'ms', runs, anchor: a }),
      report({
        name: `renderer initial JS, gzipped (${initial.length} file)`,
        median: gz(initial),
        unit: 'KB',
        aim: { below: 500 },
        runs: 1,
      }),
      report({ name: `renderer all JS, gzipped (${js.length} files)`, median: gz(js), unit: 'KB', runs: 1 }),
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
