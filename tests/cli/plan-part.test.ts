import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';

const RULES = join(ROOT, 'tests', 'fixtures', 'tables', 'assessment-rules.txt');

describe('kaoping plan on a 考核办法 (--part)', () => {
  it('reads the items part, says in one line that the other parts are rules, and how to choose another', () => {
    const { status, stdout, stderr } = runCli(['plan', RULES]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1\s+（一）安全生产责任落实\s+30$/m);
    expect(stdout).not.toContain('第一条');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '注意：这是一份考核办法：第一章 总则、第三章 考核方式与程序、第四章 等次评定与结果运用、第五章 附则是关于考核的规定，不是评分项目；考核项目读自“第二章 考核内容”',
    );
    expect(lines.at(-1)).toBe(
      '可用 --part 另选考核项目所在的部分：第一章 总则 | 第二章 考核内容 | 第三章 考核方式与程序 | 第四章 等次评定与结果运用 | 第五章 附则',
    );
  });

  it('--part chooses by label or title words; JSON names the parts and the one read; an unknown part exits 2 with the choices', () => {
    const json = JSON.parse(runCli(['plan', RULES, '--json', '--part', '考核方式'], { KAOPING_LANG: 'en' }).stdout);
    expect(json.parts.chosen).toBe('第三章');
    expect(json.parts.list).toHaveLength(5);
    expect(json.criteria.map((c: { number: string }) => c.number)).toEqual(['第五条', '第六条']);
    expect(json.warnings[0]).toContain('the items were read from "第三章 考核方式与程序"');
    const bad = runCli(['plan', RULES, '--part', '第九章']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'assessment-rules.txt 中没有名为“第九章”的部分；可选：第一章 总则、第二章 考核内容、第三章 考核方式与程序、第四章 等次评定与结果运用、第五章 附则',
    );
  });
});
