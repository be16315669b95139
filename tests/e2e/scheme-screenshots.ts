// `npx tsx tests/e2e/scheme-screenshots.ts [folder]`: the 方案 screen on the demo data, in
// Chinese and English, at 1440×900 and 1366×768: editing (a control target per city, sums off),
// the bonus and veto sections, and the check before saving (sums off, scores that would go).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/messages';
import { testContext } from '../helpers/app-context';
import { buildRenderer, chromiumMissing, launchChromium, openApp, serveRenderer } from '../helpers/browser-app';

const outDir = process.argv[2] ?? '/tmp/kaoping-scheme-screenshots';
const missing = chromiumMissing();
if (missing) {
  console.error(missing);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'kaoping-scheme-shots-'));
const build = join(work, 'renderer');
await buildRenderer(build);
const server = await serveRenderer(build);
const browser = await launchChromium();

const WORDS = {
  'zh-CN': {
    scheme: '方案',
    points: (c: string) => `指标 ${c} 的分值`,
    rule: '评分方式',
    target: '南宁市的控制目标',
    save: '保存方案',
    ruleText: '评分标准',
  },
  en: {
    scheme: 'Scheme',
    points: (c: string) => `Points of criterion ${c}`,
    rule: 'Scoring',
    target: 'Control target of 南宁市',
    save: 'Save scheme',
    ruleText: 'Scoring rule text',
  },
} as const;

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path });
  console.log(path);
}

try {
  for (const language of ['zh-CN', 'en'] as Language[]) {
    for (const [width, height] of [
      [1440, 900],
      [1366, 768],
    ] as const) {
      const w = WORDS[language];
      const ctx = testContext(mkdtempSync(join(work, 'ws-')));
      ctx.preferences.update({ language });
      const { page } = await openApp(browser, server.url, ctx, { width, height });
      const tag = `${language === 'zh-CN' ? 'zh' : 'en'}-1-scheme`;
      await page.getByRole('grid').waitFor({ timeout: 60_000 });
      await page.locator('nav').getByRole('button', { name: w.scheme }).click();
      await page.getByLabel(w.points('1.1')).fill('2');
      const row = page.locator('tr[data-criterion="3.1"]');
      await row.locator('td.col-number').click();
      await row.getByLabel(w.rule).selectOption('control');
      await page
        .getByLabel(w.ruleText)
        .fill(
          language === 'zh-CN'
            ? '死亡人数超过控制目标的，每超 1 人扣 1 分，扣完为止。'
            : 'One point off per death over the target, down to zero.',
        );
      await page.getByLabel(w.target).evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', '南宁市\t12\n柳州市\t8\n桂林市\t6\n梧州市\t5');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await shot(page, `${tag}-edit-${width}`);
      await page.locator('.scheme-tree-panel').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await shot(page, `${tag}-bonus-veto-${width}`);
      await page.getByRole('button', { name: w.save }).click();
      await page.getByRole('dialog').waitFor();
      await shot(page, `${tag}-save-check-${width}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
