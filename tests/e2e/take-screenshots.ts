// `npm run screenshots [-- <folder>]`: every screen with the demo data, in Chinese and English,
// as PNGs (default /tmp/kaoping-screenshots, or KAOPING_SCREENSHOTS). The same harness as the
// end-to-end tests: the built renderer in Chromium, the real handlers, a temporary workspace.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/messages';
import { testContext } from '../helpers/app-context';
import { buildRenderer, chromiumMissing, launchChromium, openApp, serveRenderer, settled } from '../helpers/browser-app';
import { SEED_PLAN } from '../helpers/paths';
import { layoutOf, setCells } from '../helpers/score-sheets';
import { packageShots } from './package-screenshots';
import { yearShots } from './year-screenshots';

const outDir = process.argv[2] ?? process.env.KAOPING_SCREENSHOTS ?? '/tmp/kaoping-screenshots';
const missing = chromiumMissing();
if (missing) {
  console.error(missing);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'kaoping-shots-'));
const build = join(work, 'renderer');
await buildRenderer(build);
const server = await serveRenderer(build);
const browser = await launchChromium();

type NavKey =
  | 'scheme'
  | 'people'
  | 'scoring'
  | 'results'
  | 'export'
  | 'unit'
  | 'method'
  | 'import'
  | 'report'
  | 'sheets'
  | 'sheetsFor'
  | 'e1'
  | 'importSheets';
const NAV: Record<Language, Record<NavKey, string>> = {
  'zh-CN': {
    scheme: '方案',
    people: '单位与考核组',
    scoring: '评分',
    results: '汇总',
    export: '导出与导入',
    unit: '单个单位',
    method: '合成方法',
    import: '导入方案或评分细则…',
    report: '导出年终报表…',
    sheets: '导出评分表…',
    sheetsFor: '导出对象',
    e1: '张伟（第一考核组）',
    importSheets: '选择评分表并导入…',
  },
  en: {
    scheme: 'Scheme',
    people: 'Units & teams',
    scoring: 'Scoring',
    results: 'Results',
    export: 'Export & import',
    unit: 'One unit',
    method: 'Combining',
    import: 'Import plan/table…',
    report: 'Export year-end report…',
    sheets: 'Export score sheets…',
    sheetsFor: 'For',
    e1: '张伟 (第一考核组)',
    importSheets: 'Choose score sheets and import…',
  },
};

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await settled(page);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  console.log(path);
}

try {
  for (const language of ['zh-CN', 'en'] as Language[]) {
    const ctx = testContext(mkdtempSync(join(work, 'ws-')));
    ctx.preferences.update({ language });
    const { page } = await openApp(browser, server.url, ctx);
    const nav = (key: NavKey) => page.locator('nav').getByRole('button', { name: NAV[language][key] });
    const tag = language === 'zh-CN' ? 'zh' : 'en';
    await page.getByRole('grid').waitFor();
    await page.locator('[data-cell="10:3"]').click();
    await shot(page, `${tag}-3-scoring`);
    await page.getByRole('button', { name: NAV[language].unit }).click();
    await page.locator('[data-cell="10:1"]').click();
    await shot(page, `${tag}-3-scoring-one-unit`);

    await nav('results').click();
    await page.locator('canvas').first().waitFor();
    await shot(page, `${tag}-4-results`, true);
    await page.getByLabel(NAV[language].method).selectOption('mean');
    await shot(page, `${tag}-4-results-what-if`);

    await nav('people').click();
    await shot(page, `${tag}-2-units-and-teams`);

    await nav('scheme').click();
    ctx.planChoices.push(SEED_PLAN);
    await page.getByRole('button', { name: NAV[language].import }).click();
    await page.locator('.document-text').waitFor();
    await page.locator('tr[data-criterion="3.2"]').click();
    await page.getByLabel(language === 'zh-CN' ? '指标 3.2 的分值' : 'Points of criterion 3.2').fill('5');
    await shot(page, `${tag}-1-scheme-import`);

    await nav('export').click();
    await shot(page, `${tag}-5-export`);

    // The report while it is written (caught if the stage line shows in time), then done.
    const exports = mkdtempSync(join(work, 'exports-'));
    ctx.reportChoices.push(join(exports, language === 'zh-CN' ? '2020年度年终报表.xlsx' : '2020-year-end-report.xlsx'));
    await page.getByRole('button', { name: NAV[language].report }).click();
    const stage = await page
      .locator('.task-stage')
      .filter({ hasText: /正在写入|Writing/ })
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    if (stage) await page.screenshot({ path: join(outDir, `${tag}-5-export-progress.png`) });
    await page.locator('.banner-done').first().waitFor();
    // 张伟's sheet out, then back with two mistakes: the import is refused cell by cell.
    ctx.folderChoices.push(exports);
    await page
      .locator('label.field')
      .filter({ has: page.getByText(NAV[language].sheetsFor, { exact: true }) })
      .locator('select')
      .selectOption({ label: NAV[language].e1 });
    await page.getByRole('button', { name: NAV[language].sheets }).click();
    await page.locator('.banner-done').nth(1).waitFor();
    const sheet = join(exports, language === 'zh-CN' ? '2020-评分表-第一考核组-张伟.xlsx' : '2020-Score sheet-第一考核组-张伟.xlsx');
    const layout = layoutOf(ctx.session.current!.doc, 'e1');
    const plain = layout.items.find((i) => i.input.kind === 'score')!;
    const count = layout.items.find((i) => i.input.kind === 'count')!;
    const broken = join(exports, 'broken.xlsx');
    copyFileSync(sheet, broken);
    await setCells(broken, [
      [plain.row, layout.units[0]!.valueCol, 12],
      [count.row, layout.units[2]!.valueCol, 2],
    ]);
    ctx.sheetFileChoices.push([broken]);
    await page.getByRole('button', { name: NAV[language].importSheets }).click();
    await page.locator('.problems').waitFor();
    await shot(page, `${tag}-5-export-done`, true);
    await page.close();
    await packageShots(browser, server.url, work, language, tag, shot);
    await yearShots(browser, server.url, work, language, tag, shot);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
