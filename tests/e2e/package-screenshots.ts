// The offline-package screens for `npm run screenshots`: 汇审 after a real round of packages
// (tests/helpers/package-scenario.ts) and the evaluator's scoring-only window.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/messages';
import { testContext } from '../helpers/app-context';
import { openApp } from '../helpers/browser-app';
import { decemberClock, packageScenario } from '../helpers/package-scenario';

const LABELS: Record<Language, { nav: string; import: string; export: string; submit: string }> = {
  'zh-CN': { nav: '汇审', import: '导入结果包…', export: '导出任务包…', submit: '提交结果包…' },
  en: { nav: 'Review', import: 'Import result packages…', export: 'Export task packages…', submit: 'Submit result package…' },
};

export async function packageShots(
  browser: Browser,
  url: string,
  work: string,
  language: Language,
  tag: string,
  shot: (page: Page, name: string, fullPage?: boolean) => Promise<void>,
): Promise<void> {
  const root = mkdtempSync(join(work, 'pk-'));
  const ctx = testContext(root, { now: decemberClock() });
  ctx.actor = '考核办';
  ctx.preferences.update({ language });
  const scenario = await packageScenario(ctx, root);
  const { page } = await openApp(browser, url, ctx);
  const label = LABELS[language];
  await page.getByRole('grid').waitFor();
  await page.locator('nav').getByRole('button', { name: label.nav }).click();
  ctx.exportFolders.push(join(root, 'U盘-第二批'));
  await page.getByRole('button', { name: label.export }).click();
  await page.getByTestId('export-result').waitFor();
  ctx.resultChoices.push(scenario.results);
  await page.getByRole('button', { name: label.import }).click();
  await page.getByTestId('import-result').waitFor();
  await shot(page, `${tag}-6-packages-exchange`);

  await page.locator('#pkg-tab-conflicts').click();
  await page.locator('article.conflict').first().waitFor();
  await page.locator('article.conflict').first().getByRole('radio').last().check();
  await shot(page, `${tag}-6-packages-conflicts`, true);
  await page.locator('#pkg-tab-disagreements').click();
  await shot(page, `${tag}-6-packages-disagreements`);
  await page.locator('#pkg-tab-progress').click();
  await page.locator('[data-board="张伟|柳州市"]').click();
  await shot(page, `${tag}-6-packages-progress`);
  await page.locator('#pkg-tab-audit').click();
  await page.locator('.audit-table').waitFor();
  await shot(page, `${tag}-6-packages-audit`);

  // The laptop: File › Open of 张伟's task package, a cell chosen, submitted.
  ctx.packageChoices.push(scenario.task);
  ctx.emit('menu:command', { command: 'openPackage' });
  await page.getByTestId('offline-banner').waitFor();
  await page.locator('[data-cell="4:2"]').click();
  await shot(page, `${tag}-7-offline-scoring`);
  ctx.submitTargets.push(join(scenario.usb, '张伟-结果-第三次.kpr'));
  await page.getByRole('button', { name: label.submit }).click();
  await page.getByTestId('submitted').waitFor();
  await shot(page, `${tag}-7-offline-submitted`);
  await page.close();
}
