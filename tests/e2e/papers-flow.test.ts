// The papers on the 导出与导入 screen in Chromium against the real handlers: choose two units,
// give the office's name, export their feedback letters and read them back; export the notice.
// KAOPING_SCREENSHOTS=<folder> also keeps a screenshot of the section at 1366×768.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumMissing } from '../helpers/browser-app';
import { useBrowserSuite } from '../helpers/browser-suite';
import { readDocx } from '../helpers/docx-xml';

const missing = chromiumMissing();

describe.skipIf(missing)('the papers in Chromium, bound to the real handlers', () => {
  const { tmp, start } = useBrowserSuite();

  it("exports the chosen units' feedback letters with the office typed in, and the notice", async () => {
    const { ctx, page, errors } = await start({ width: 1366, height: 768 });
    await page.locator('nav').getByRole('button', { name: '导出与导入' }).click();
    const section = page.locator('.papers-section');
    await section.getByRole('button', { name: '全不选' }).click();
    await expect.poll(() => section.getByRole('button', { name: '导出扣分情况反馈…' }).isDisabled()).toBe(true);
    await section.getByLabel('南宁市').check();
    await section.getByLabel('贵港市').check();
    await expect.poll(() => section.locator('legend').textContent()).toContain('已选 2 / 14 个单位');
    await section.getByLabel('制表单位 / 落款').fill('自治区安全生产委员会办公室');
    await section.getByLabel('成文日期').fill('2020-12-28');
    const dir = join(tmp(), 'letters');
    mkdirSync(dir);
    ctx.folderChoices.push(dir);
    await section.getByRole('button', { name: '导出扣分情况反馈…' }).click();
    // Writing .docx files is CPU work: on a machine shared by many jobs it can take longer than the page's default wait.
    await section.getByText(`已导出 2 份扣分情况反馈到 ${dir}`).waitFor({ timeout: 60_000 });
    expect(readdirSync(dir).sort()).toEqual(['南宁市-扣分情况反馈.docx', '贵港市-扣分情况反馈.docx']);
    const letter = readDocx(join(dir, '贵港市-扣分情况反馈.docx')).paragraphs.join('\n');
    expect(letter).toContain('于2021年1月4日前将确认意见书面反馈自治区安全生产委员会办公室');
    expect(letter).toContain('2020年12月28日');

    const notice = join(tmp(), 'notice.docx');
    ctx.reportChoices.push(notice);
    await section.getByRole('button', { name: '导出考核结果通报…' }).click();
    await section.getByText('已导出 notice.docx').waitFor({ timeout: 60_000 });
    expect(readDocx(notice).paragraphs.join('\n')).toContain('优秀等次');
    if (process.env.KAOPING_SCREENSHOTS) {
      mkdirSync(process.env.KAOPING_SCREENSHOTS, { recursive: true });
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(process.env.KAOPING_SCREENSHOTS, 'zh-5-export-papers.png') });
    }
    expect(errors).toEqual([]);
    // Two documents written and read back through a busy two-core machine: more than the default 30 s at times.
  }, 90_000);
});
