// The 设置 screen and the 年度考核 dialog for `npm run screenshots`, at 1440×900 and at the
// 1366×768 of an ordinary office laptop: the settings with an unsaved change and its effect,
// the year list, the new-year form, and a year started from a document with unmatched criteria.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/messages';
import { testContext } from '../helpers/app-context';
import { openApp } from '../helpers/browser-app';
import { SEED_PLAN } from '../helpers/paths';

const LABELS: Record<
  Language,
  {
    settings: string;
    manage: string;
    create: string;
    newYear: string;
    method: string;
    fromPlan: string;
    choose: string;
    createButton: string;
  }
> = {
  'zh-CN': {
    settings: '设置',
    manage: '年度考核…',
    create: '新建年度考核…',
    newYear: '新建年度考核',
    method: '合成方法',
    fromPlan: '从工作要点或评分细则文档导入方案',
    choose: '选择文档…',
    createButton: '创建',
  },
  en: {
    settings: 'Settings',
    manage: 'Assessments…',
    create: 'New assessment…',
    newYear: 'New assessment',
    method: 'Combining method',
    fromPlan: 'A work plan or scoring table document',
    choose: 'Choose document…',
    createButton: 'Create',
  },
};

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1366, height: 768 },
];

export async function yearShots(
  browser: Browser,
  url: string,
  work: string,
  language: Language,
  tag: string,
  shot: (page: Page, name: string, fullPage?: boolean) => Promise<void>,
): Promise<void> {
  const label = LABELS[language];
  for (const size of SIZES) {
    const root = mkdtempSync(join(work, 'yr-'));
    const ctx = testContext(root);
    ctx.preferences.update({ language });
    const { page } = await openApp(browser, url, ctx, size);
    const suffix = `${size.width}x${size.height}`;
    await page.getByRole('grid').waitFor({ timeout: 60_000 });
    await page.locator('nav').getByRole('button', { name: label.settings }).click();
    await page.getByLabel(label.method).selectOption('mean');
    await page.getByRole('radio').nth(3).check();
    await shot(page, `${tag}-8-settings-${suffix}`);
    await page.getByRole('button', { name: label.manage }).click();
    await shot(page, `${tag}-9-years-${suffix}`);
    await page.getByRole('button', { name: label.create }).click();
    await page.getByRole('radio', { name: new RegExp(label.fromPlan) }).check();
    const plan = join(root, '2021年工作要点.txt');
    writeFileSync(
      plan,
      readFileSync(SEED_PLAN, 'utf8').replaceAll('深入學習貫徹習近平總書記關于應急管理重要論述', '全面加強應急管理體系建設'),
    );
    ctx.planChoices.push(plan);
    await page.getByRole('button', { name: label.choose }).click();
    await page.getByText('2021年工作要点.txt').waitFor();
    await shot(page, `${tag}-9-new-year-${suffix}`);
    await page.getByRole('button', { name: label.createButton, exact: true }).click();
    await page.getByTestId('unmatched-current').waitFor();
    await shot(page, `${tag}-9-new-year-created-${suffix}`);
    await page.close();
  }
}
