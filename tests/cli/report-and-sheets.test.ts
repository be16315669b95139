import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { loadAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { runCli } from '../helpers/cli';
import { SEED_PLAN } from '../helpers/paths';
import { readWorkbook, rowValues } from '../helpers/report';
import { layoutOf, setCells } from '../helpers/score-sheets';
import { useTempDir } from '../helpers/temp';

describe('kaoping report', () => {
  const tmp = useTempDir();

  it('writes the report of an assessment, comparing with the other years in its folder', async () => {
    const [, , y2020] = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const out = join(tmp(), '结果.xlsx');
    const { status, stdout, stderr } = runCli(['report', y2020!.path, '--out', out]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(`已写入 ${out}（8 个工作表，3 幅图表）\n`);
    const wb = await readWorkbook(out);
    expect(rowValues(wb.getWorksheet('同比分析')!, 3, 2, 6)).toEqual(['2018 年', '2018 年', '2019 年', '2019 年', '2020 年']);
  });

  it('compares with the files given by --history instead', async () => {
    const [y2018, , y2020] = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const out = join(tmp(), 'r.xlsx');
    expect(runCli(['report', y2020!.path, '--out', out, '--history', y2018!.path]).status).toBe(0);
    const ws = (await readWorkbook(out)).getWorksheet('同比分析')!;
    expect(rowValues(ws, 3, 2, 6)).toEqual(['2018 年', '2018 年', '2020 年', '2020 年', '较 2018 年']);
  });

  it('refuses bad input with one line, exit 2, and writes nothing', async () => {
    const [, , y2020] = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const cases: [string[], string][] = [
      [['report', join(tmp(), 'nope.assessment.json'), '--out', join(tmp(), 'r.xlsx')], '找不到文件：nope.assessment.json\n'],
      [['report', y2020!.path], '缺少参数：--out <file.xlsx>\n'],
      [['report', y2020!.path, '--out', join(tmp(), 'r.csv')], '--out 必须是 .xlsx 文件，而不是 r.csv\n'],
      [['report', y2020!.path, '--out', join(tmp(), 'r.xlsx'), '--bogus'], '参数错误：没有 --bogus 这个选项\n'],
    ];
    for (const [args, line] of cases) {
      const { status, stdout, stderr } = runCli(args);
      expect([status, stdout, stderr], args.join(' ')).toEqual([2, '', line]);
    }
    expect(runCli(cases[0]![0], { KAOPING_LANG: 'en' }).stderr).toBe('File not found: nope.assessment.json\n');
    expect(readdirSync(tmp()).filter((f) => f !== 'ws')).toEqual([]);
  });
});

describe('kaoping sheet', () => {
  const tmp = useTempDir();

  it('exports blank sheets, refuses a bad one with its cell, then imports the corrected one', async () => {
    const [, , y2020] = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const out = join(tmp(), 'out');
    mkdirSync(out);
    const exported = runCli(['sheet', 'export', y2020!.path, '--evaluator', 'e5', '--out', out]);
    expect([exported.status, exported.stderr]).toEqual([0, '']);
    const file = join(out, '2020-评分表-第二考核组-陈静.xlsx');
    expect(exported.stdout).toBe(`已导出 ${file}（陈静：7 个单位，30 项）\n`);
    // Exporting again would overwrite what may be a filled sheet: refused.
    expect(runCli(['sheet', 'export', y2020!.path, '--evaluator', 'all', '--out', out]).stderr).toBe(
      '2020-评分表-第二考核组-陈静.xlsx 已存在：为免覆盖已填写的评分表，未导出任何文件（请换一个文件夹，或先移走该文件）\n',
    );
    expect(readdirSync(out)).toEqual(['2020-评分表-第二考核组-陈静.xlsx']);

    const { doc } = await loadAssessmentFile(y2020!.path);
    const layout = layoutOf(doc, 'e5');
    const item = layout.items.find((i) => i.input.kind === 'score')!;
    const first = layout.units[0]!;
    await setCells(file, [
      [item.row, first.valueCol, 12],
      [item.row + 1, first.valueCol, 3.5],
    ]);
    const before = readFileSync(y2020!.path);
    const bad = runCli(['sheet', 'import', y2020!.path, file]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      `2020-评分表-第二考核组-陈静.xlsx：${first.name} · ${item.code} ${item.label}，评分表!E${item.row}：12 超过分值 4\n发现 1 处问题，未导入任何评分\n`,
    );
    expect(readFileSync(y2020!.path).equals(before)).toBe(true);

    await setCells(file, [[item.row, first.valueCol, 4]]);
    const good = runCli(['sheet', 'import', y2020!.path, file]);
    expect([good.status, good.stdout, good.stderr]).toEqual([0, '已导入 2020-评分表-第二考核组-陈静.xlsx：陈静 的 2 条评分\n', '']);
    const saved = (await loadAssessmentFile(y2020!.path)).doc.entries.filter(
      (e) => e.evaluatorId === 'e5' && e.unitId === first.unitId && e.source === 'sheet',
    );
    expect(saved.map((e) => e.value)).toEqual([
      { kind: 'score', score: 4 },
      { kind: 'score', score: 3.5 },
    ]);
    expect(existsSync(join(tmp(), 'ws', '.kaoping-backups'))).toBe(true);
  });

  it('exports a team as one sheet per member; says how to use it; refuses an unknown evaluator', async () => {
    const [, , y2020] = await writeDemoWorkspace(join(tmp(), 'ws'), SEED_PLAN);
    const out = join(tmp(), 'out');
    mkdirSync(out);
    const team = runCli(['sheet', 'export', y2020!.path, '--team', 't2', '--out', out]);
    expect(team.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '2020-评分表-第二考核组-刘洋.xlsx',
      '2020-评分表-第二考核组-杨帆.xlsx',
      '2020-评分表-第二考核组-陈静.xlsx',
    ]);
    expect(runCli(['sheet']).status).toBe(2);
    expect(runCli(['sheet', 'export', y2020!.path, '--out', out]).stderr).toBe(
      '请用 --evaluator <编号|all> 或 --team <考核组编号> 指定导出谁的评分表（二者选一）\n',
    );
    const r = runCli(['sheet', 'export', y2020!.path, '--evaluator', 'e9', '--out', tmp()]);
    expect([r.status, r.stderr]).toEqual([2, '没有编号为 e9 的考核人员（可用：e1, e2, e3, e4, e5, e6）\n']);
  });
});
