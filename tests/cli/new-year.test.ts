import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const FILE_2020 = '2020年度全区应急管理工作考核.assessment.json';
const FILE_2021 = '2021年度全区应急管理工作考核.assessment.json';

describe('kaoping new-year', () => {
  const tmp = useTempDir();

  it('writes next year beside last year (same scheme, units and people, no scores) and prints its file name', () => {
    expect(runCli(['demo', '--out', tmp()]).status).toBe(0);
    const { status, stdout, stderr } = runCli(['new-year', join(tmp(), FILE_2020), '--year', '2021']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(`${FILE_2021}\n`);
    const last = JSON.parse(readFileSync(join(tmp(), FILE_2020), 'utf8'));
    const next = JSON.parse(readFileSync(join(tmp(), FILE_2021), 'utf8'));
    expect(next).toMatchObject({ year: 2021, name: '2021年度全区应急管理工作考核', status: 'draft' });
    expect(next.scheme.criteria).toEqual(last.scheme.criteria);
    expect(next.scheme.bonus).toEqual(last.scheme.bonus);
    expect(next.scheme.vetoes).toEqual(last.scheme.vetoes);
    expect(next.units).toEqual(last.units);
    expect(next.evaluators).toEqual(last.evaluators);
    expect(next.teams).toEqual(last.teams);
    expect(next.settings).toEqual(last.settings);
    expect(JSON.stringify(next)).not.toContain('"entries":[{');
    expect(next.audit).toHaveLength(1);
    expect(next.audit[0]).toMatchObject({ action: 'assessment.create', after: FILE_2020 });
    // The app's own check reads it as sound; results rank nobody yet.
    expect(runCli(['validate', join(tmp(), FILE_2021)]).stdout).toContain('0 条得分');
  });

  it('--name names it; a second run for the same name is refused with status 2 and writes nothing', () => {
    runCli(['demo', '--out', tmp()]);
    const first = runCli(['new-year', join(tmp(), FILE_2020), '--year', '2021', '--name', '2021年度试算']);
    expect(first.stdout).toBe('2021年度试算.assessment.json\n');
    const before = readFileSync(join(tmp(), '2021年度试算.assessment.json'));
    const again = runCli(['new-year', join(tmp(), FILE_2020), '--year', '2021', '--name', '2021年度试算']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('已有同名的考核文件 2021年度试算.assessment.json');
    expect(readFileSync(join(tmp(), '2021年度试算.assessment.json'))).toEqual(before);
  });

  it("refuses a bad or missing year in the user's language, writing nothing", () => {
    runCli(['demo', '--out', tmp()]);
    const files = readdirSync(tmp()).sort();
    expect(runCli(['new-year', join(tmp(), FILE_2020), '--year', '二〇二一'])).toMatchObject({
      status: 2,
      stderr: '参数错误：--year 应为 1900–2200 之间的整数，而不是 二〇二一\n',
    });
    expect(runCli(['new-year', join(tmp(), FILE_2020)]).stderr).toContain('缺少参数：--year <N>');
    expect(readdirSync(tmp()).sort()).toEqual(files);
    expect(existsSync(join(tmp(), FILE_2021))).toBe(false);
  });

  it('refuses in English too, and a file that is not there', () => {
    expect(runCli(['new-year', join(tmp(), FILE_2020), '--year', '1800'], { KAOPING_LANG: 'en' }).stderr).toContain(
      'must be a whole number from 1900 to 2200',
    );
    expect(runCli(['new-year', join(tmp(), 'nope.assessment.json'), '--year', '2021']).status).toBe(2);
    expect(readdirSync(tmp())).toEqual([]);
  });
});
