import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { PLAN_FIXTURES, SEED_PLAN } from '../helpers/paths';
import { useTempDir } from '../helpers/temp';

interface JsonCriterion {
  code: string;
  number: string;
  title: string;
  text: string;
  points: number;
  weight: number;
  children: JsonCriterion[];
}

describe('kaoping plan', () => {
  const tmp = useTempDir();

  it('prints one JSON object of the documented shape', () => {
    const { status, stdout, stderr } = runCli(['plan', SEED_PLAN, '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['title', 'year', 'description', 'total', 'criteria', 'bonus', 'vetoes', 'warnings']);
    expect(json).toMatchObject({ bonus: { cap: null, items: [] }, vetoes: [] });
    expect(json).toMatchObject({ title: null, year: 2020, total: 100 });
    const item: JsonCriterion = json.criteria[4].children[2];
    expect(Object.keys(item)).toEqual(['code', 'number', 'title', 'text', 'points', 'weight', 'rule', 'ruleText', 'children']);
    expect(item).toMatchObject({ rule: { kind: 'plain', step: 0.5 }, ruleText: '' });
    expect(item).toMatchObject({ code: '5.3', number: '(十七)', title: '強化應急救援隊伍建設', points: 4, weight: 0.04 });
  });

  it('honours --depth 3 and --total', () => {
    const json = JSON.parse(runCli(['plan', SEED_PLAN, '--json', '--depth', '3', '--total', '200']).stdout);
    expect(json.total).toBe(200);
    expect(json.criteria.map((c: JsonCriterion) => c.points)).toEqual([16, 32, 24, 40, 64, 24]);
    expect(json.criteria[2].children[0].children[0]).toMatchObject({ code: '3.1.1', title: '交通運輸行業' });
  });

  it('prints an aligned table with code, title and points, and warnings on stderr', () => {
    const { status, stdout, stderr } = runCli(['plan', SEED_PLAN]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('标题：（未识别）    年度：2020');
    expect(lines[2]).toMatch(/^编码\s+考核指标\s+分值$/);
    expect(lines).toContainEqual(expect.stringMatching(/^5\.3\s+\(十七\)強化應急救援隊伍建設\s+4$/));
    expect(lines.at(-1)).toMatch(/^\s+合计\s+100$/);
    // Points line up in one column whatever the width of the Chinese titles.
    const ends = lines.slice(2).map((l) => l.length + (l.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0));
    expect(new Set(ends.filter((_, i) => !lines[i + 2]!.includes('“'))).size).toBe(1);
    expect(stderr).toContain('注意：文档正文重复粘贴');
  });

  it('speaks English when asked', () => {
    const { stdout } = runCli(['plan', join(PLAN_FIXTURES, 'flat-arabic.txt')], { KAOPING_LANG: 'en' });
    expect(stdout.split('\n')[2]).toMatch(/^Code\s+Criterion\s+Points$/);
  });

  it.each([
    ['a missing file', () => join(tmp(), '不存在.txt'), /^找不到文件：不存在\.txt$/],
    ['an empty file', () => (writeFileSync(join(tmp(), 'empty.txt'), ''), join(tmp(), 'empty.txt')), /^empty\.txt 是空文件$/],
    [
      'a binary file',
      () => (writeFileSync(join(tmp(), 'bin.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7])), join(tmp(), 'bin.txt')),
      /^bin\.txt 不是文本文件/,
    ],
    [
      'an unknown encoding',
      () => (
        writeFileSync(join(tmp(), 'latin.txt'), Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu. '.repeat(5), 'latin1')),
        join(tmp(), 'latin.txt')
      ),
      /^latin\.txt 的文字编码无法识别/,
    ],
    ['a text without numbering', () => join(PLAN_FIXTURES, 'no-structure.txt'), /^no-structure\.txt 中找不到编号结构/],
  ])('exits 2 with one line on stderr for %s', (_name, makePath, message) => {
    const { status, stdout, stderr } = runCli(['plan', makePath(), '--json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it.each([
    [['plan', SEED_PLAN, '--depth', '4'], /--depth 只能是 2 或 3/],
    [['plan', SEED_PLAN, '--total=-5'], /--total 必须是正数/],
    [['plan', SEED_PLAN, '--total', '-5'], /选项 --total 缺少值或值无效/],
    [['plan', SEED_PLAN, '--bogus'], /^参数错误：没有 --bogus 这个选项$/],
    [['plan'], /缺少参数：<file>/],
    [['nonsense'], /^未知命令：nonsense/],
  ])('exits 2 on bad options %j', (args, message) => {
    const { status, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('kaoping plan with scoring tables', () => {
  const tmp = useTempDir();
  const bare = '责任落实\t10\t未签订责任书的扣2分\n隐患排查\t90\t每发现一处隐患扣1分，扣完为止\n考核工作\t0\t工作有特色\n';

  it('--columns maps a table without header words; rules, warnings by item code', () => {
    const path = join(tmp(), 'bare.txt');
    writeFileSync(path, bare);
    const refused = runCli(['plan', path, '--json']);
    expect(refused.status).not.toBe(0);
    const { status, stdout } = runCli(['plan', path, '--json', '--columns', '一级指标=A,分值=B,评分标准=C']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.criteria[0]).toMatchObject({
      title: '责任落实',
      points: 10,
      rule: { kind: 'deduction', perOccurrence: 2 },
      ruleText: '未签订责任书的扣2分',
    });
    expect(json.warnings).toEqual([expect.stringContaining('3 考核工作')]);
  });

  it('a malformed --columns is named', () => {
    const { status, stderr } = runCli(['plan', 'x.txt', '--columns', '一级指标']);
    expect(status).not.toBe(0);
    expect(stderr).toContain('--columns');
  });
});
