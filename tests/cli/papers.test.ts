import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { runCli } from '../helpers/cli';
import { readDocx } from '../helpers/docx-xml';
import { SEED_PLAN } from '../helpers/paths';
import { readWorkbook } from '../helpers/report';

// One demo workspace for the file; each process run in a test of its own (tsx starts slowly on two busy cores).
const root = mkdtempSync(join(tmpdir(), 'kaoping-cli-papers-'));
let assessment = '';
beforeAll(async () => {
  const [, , y2020] = await writeDemoWorkspace(join(root, 'ws'), SEED_PLAN);
  assessment = y2020!.path;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cli unit-sheets, feedback, notice', () => {
  it('unit-sheets writes one worksheet per chosen unit, named by the unit', async () => {
    const sheets = runCli(['unit-sheets', assessment, '--out', join(root, 'units.xlsx'), '--unit', '南宁市', '--unit', '百色市']);
    expect(sheets.stderr).toBe('');
    expect(sheets.stdout).toContain('2 张评分表');
    expect((await readWorkbook(join(root, 'units.xlsx'))).worksheets.map((w) => w.name)).toEqual(['南宁市', '百色市']);
  });

  it("feedback writes the chosen unit's letter with the office and appeal date given", () => {
    const dir = join(root, 'letters');
    mkdirSync(dir);
    const letters = runCli([
      'feedback',
      assessment,
      '--out',
      dir,
      '--unit',
      '贵港市',
      '--date',
      '2020-12-28',
      '--appeal-by',
      '2021-01-08',
      '--office',
      '考核办',
    ]);
    expect(letters.status).toBe(0);
    expect(readdirSync(dir)).toEqual(['贵港市-扣分情况反馈.docx']);
    const text = readDocx(join(dir, '贵港市-扣分情况反馈.docx')).paragraphs.join('\n');
    expect(text).toContain('于2021年1月8日前将确认意见书面反馈考核办');
    expect(text).toContain('一票否决');
  });

  it('notice writes the draft in English when asked', () => {
    const notice = runCli(['notice', assessment, '--out', join(root, 'notice.docx')], { KAOPING_LANG: 'en' });
    expect(notice.status).toBe(0);
    expect(readDocx(join(root, 'notice.docx')).paragraphs.join('\n')).toContain('Excellent (');
  });

  it('refuses an unknown unit and a date that does not exist with exit 2, writing nothing', () => {
    const bad = runCli(['feedback', assessment, '--out', root, '--unit', '南宁']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('没有名为“南宁”的被考核单位');
    const badDate = runCli(['notice', assessment, '--out', join(root, 'n2.docx'), '--date', '2020-02-30']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--date 应为日期');
    expect(existsSync(join(root, 'n2.docx'))).toBe(false);
  });
});
