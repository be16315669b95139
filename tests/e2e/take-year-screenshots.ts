// `npx tsx tests/e2e/take-year-screenshots.ts [<folder>]`: only the 设置 and 年度考核 shots
// (npm run screenshots takes them too, with every other screen).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/messages';
import { buildRenderer, launchChromium, serveRenderer } from '../helpers/browser-app';
import { yearShots } from './year-screenshots';

const outDir = process.argv[2] ?? '/tmp/kaoping-screenshots';
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'kaoping-shots-'));
await buildRenderer(join(work, 'renderer'));
const server = await serveRenderer(join(work, 'renderer'));
const browser = await launchChromium();
const shot = async (page: Page, name: string, fullPage = false) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage });
  console.log(join(outDir, `${name}.png`));
};
try {
  for (const language of ['zh-CN', 'en'] as Language[])
    await yearShots(browser, server.url, work, language, language === 'zh-CN' ? 'zh' : 'en', shot);
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
