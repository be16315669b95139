import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../shared/scoring/format';
import { runCli } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';
import { REPORT_SHEETS_ZH } from '../helpers/report-sheets';

const FILE_2020 = '2020年度全区应急管理工作考核.assessment.json';

describe('kaoping demo / results / validate', () => {
  const tmp = useTempDir();

  it('demo writes three years; results ranks the latest against the previous year', () => {
    const demo = runCli(['demo', '--out', tmp()]);
    expect(demo.status).toBe(0);
    expect(
      readdirSync(tmp())
        .filter((f) => f.endsWith('.assessment.json'))
        .sort(),
    ).toEqual(['2018年度全区应急管理工作考核.assessment.json', '2019年度全区应急管理工作考核.assessment.json', FILE_2020]);
    const { status, stdout, stderr } = runCli(['results', join(tmp(), FILE_2020), '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ year: 2020, method: 'trimmedMean', previousYear: 2019, complete: true });
    expect(json.units).toHaveLength(14);
    const first = json.units[0];
    expect(Object.keys(first).slice(0, 10)).toEqual([
      'unit',
      'unitCode',
      'total',
      'bonus',
      'rank',
      'grade',
      'vetoed',
      'complete',
      'previousRank',
      'previousTotal',
    ]);
    expect(first).toMatchObject({ unit: '南宁市', rank: 1, grade: 'excellent', bonus: 2, previousRank: 1 });
    expect(first.sections).toHaveLength(6);
    expect(first.sections[0]).toEqual({
      code: '1',
      title: '深入學習貫徹習近平總書記關于應急管理重要論述',
      score: expect.any(Number),
      points: 8,
      notApplicablePoints: 0,
    });
    const vetoed = json.units.at(-1);
    expect(vetoed).toMatchObject({ unit: '贵港市', vetoed: true, grade: 'fail', rank: 14 });
    expect(json.units.every((u: { grade: string }) => ['excellent', 'good', 'pass', 'fail'].includes(u.grade))).toBe(true);
    expect(
      json.units
        .find((u: { unit: string }) => u.unit === '防城港市')
        .sections.some((s: { notApplicablePoints: number }) => s.notApplicablePoints === 4),
    ).toBe(true);
  });

  it("demo --report also writes the latest year's Excel report: the main job, headless", async () => {
    const { status, stdout } = runCli(['demo', '--out', tmp(), '--report']);
    expect(status).toBe(0);
    const report = join(tmp(), '2020年度全区应急管理工作考核-年终报表.xlsx');
    expect(stdout).toContain(report);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    expect(book.worksheets.map((w) => w.name)).toEqual(REPORT_SHEETS_ZH);
    // Drawn by the chart worker while the years were saved: the ranking on 汇总排名, the trends on 同比分析.
    expect(stdout).toContain('3 幅图表');
    expect(book.model.media).toHaveLength(3);
    expect(book.getWorksheet('汇总排名')!.getImages()).toHaveLength(1);
    expect(book.getWorksheet('同比分析')!.getImages()).toHaveLength(2);
  });

  it('prints the ranking table in Chinese', () => {
    runCli(['demo', '--out', tmp()]);
    const { status, stdout } = runCli(['results', join(tmp(), FILE_2020)]);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toContain('合成方法：去掉一个最高分和一个最低分后取平均');
    expect(lines[2]).toMatch(/^排名\s+单位\s+总分\s+加分\s+等次/);
    expect(lines[3]).toMatch(/^\s+1\s+南宁市\s+94\.50\s+2\.00\s+优秀/);
    expect(stdout).toMatch(/贵港市.*不合格.*一票否决/);
    // Totals as the screens and the report show them: the same rounding, not toFixed's.
    const json = JSON.parse(runCli(['results', join(tmp(), FILE_2020), '--json']).stdout) as { units: { unit: string; total: number }[] };
    for (const u of json.units) expect(lines.find((l) => l.includes(` ${u.unit} `))).toContain(` ${formatScore(u.total)} `);
  });

  it('validate says a sound file is sound, and names every broken place otherwise', () => {
    runCli(['demo', '--out', tmp()]);
    const ok = runCli(['validate', join(tmp(), FILE_2020)]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/文件完好.*14 个单位，6 位考核人员，25 项指标/);
    const path = join(tmp(), FILE_2020);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.scores.rows[2].values[5] = 9;
    file.details[0].unitId = '999999';
    writeFileSync(path, JSON.stringify(file));
    const bad = runCli(['validate', path]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toEqual([
      `${FILE_2020}：scores.rows[2].values[5]：9 超过分值 4`,
      `${FILE_2020}：details[0]：没有编号为 999999 的被考核单位`,
    ]);
  });

  it('results on a broken file: exit 2, one line, naming the file and the place', () => {
    const path = join(tmp(), 'x.assessment.json');
    writeFileSync(path, '{"format": "kaoping-assessment", "schemaVersion": 9}');
    const { status, stdout, stderr } = runCli(['results', path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('x.assessment.json：schemaVersion：文件格式版本 9 比本程序新，请升级考评软件后再打开\n');
  });

  it('demo refuses to overwrite a different assessment and writes nothing', () => {
    runCli(['demo', '--out', tmp()]);
    const path = join(tmp(), FILE_2020);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.id = 'someone-elses';
    writeFileSync(path, JSON.stringify(file));
    const before = readFileSync(join(tmp(), '2018年度全区应急管理工作考核.assessment.json'), 'utf8');
    const { status, stderr } = runCli(['demo', '--out', tmp()]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/已存在且不是同一份考核，未写入任何文件/);
    expect(readFileSync(join(tmp(), '2018年度全区应急管理工作考核.assessment.json'), 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(path, 'utf8')).id).toBe('someone-elses');
  });

  it('results without the file argument or on a missing file: exit 2', () => {
    expect(runCli(['results']).status).toBe(2);
    const missing = runCli(['results', join(tmp(), 'nope.assessment.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('找不到文件：nope.assessment.json\n');
  });
});
