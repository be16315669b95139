import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const TRAVEL = {
  criteria: ['景色', '费用', '居住', '饮食', '旅途'],
  matrix: [
    [1, 0.5, 4, 3, 3],
    [2, 1, 7, 5, 5],
    [0.25, 0.1429, 1, 0.5, 0.3333],
    [0.3333, 0.2, 2, 1, 1],
    [0.3333, 0.2, 3, 1, 1],
  ],
};

describe('kaoping weights', () => {
  const tmp = useTempDir();

  it('ahp --json prints exactly the documented object, from JSON and from CSV alike', () => {
    const json = join(tmp(), 'travel.json');
    writeFileSync(json, JSON.stringify(TRAVEL));
    const csv = join(tmp(), 'travel.csv');
    writeFileSync(
      csv,
      `,${TRAVEL.criteria.join(',')}\n${TRAVEL.criteria.map((c, i) => `${c},${TRAVEL.matrix[i]!.map((x, j) => (j < i ? `1/${TRAVEL.matrix[j]![i]!}` : x)).join(',')}`).join('\n')}\n`,
    );
    const a = runCli(['weights', 'ahp', json, '--json', '--ri', 'saaty']);
    expect(a.status, a.stderr).toBe(0);
    const out = JSON.parse(a.stdout);
    expect(Object.keys(out)).toEqual(['criteria', 'weights', 'lambdaMax', 'ci', 'ri', 'cr', 'method', 'riTable']);
    expect(out).toMatchObject({ criteria: TRAVEL.criteria, method: 'eigen', riTable: 'saaty', ri: 1.12 });
    expect(out.weights[1]).toBeCloseTo(0.4758, 3);
    expect(out.cr).toBeCloseTo(0.016, 3);
    const b = JSON.parse(runCli(['weights', 'ahp', csv, '--json', '--ri', 'saaty']).stdout);
    b.weights.forEach((w: number, i: number) => expect(w).toBeCloseTo(out.weights[i], 9));
  });

  it('ahp prints the table and flags an inconsistent matrix with the judgement to revisit', () => {
    const file = join(tmp(), 'bad.csv');
    writeFileSync(file, 'A,B,C\n1,5,1/7\n1/5,1,5\n7,1/5,1\n');
    const { status, stdout } = runCli(['weights', 'ahp', file]);
    expect(status).toBe(0);
    expect(stdout).toContain('一致性不可接受（CR ≥ 0.10）');
    expect(stdout).toMatch(/最不一致的判断：“[ABC]”比“[ABC]”填/);
  });

  it("refuses a bad matrix naming the file and each place, in the user's language", () => {
    const file = join(tmp(), 'm.csv');
    writeFileSync(file, 'A,B\n1,3\n3,1\n');
    const zh = runCli(['weights', 'ahp', file]);
    expect(zh.status).toBe(2);
    expect(zh.stderr.trim()).toBe('m.csv：判断矩阵第 2 行第 1 列的 3 应为对称位置 3 的倒数');
    writeFileSync(file, 'A,B\n1,x\n1,1\n');
    const en = runCli(['weights', 'ahp', file], { KAOPING_LANG: 'en' });
    expect(en.status).toBe(2);
    expect(en.stderr.trim()).toBe('m.csv, row 2, column 2: "x" is not a judgement (write 3, 0.333 or 1/3)');
    expect(runCli(['weights', 'ahp', file, '--method', 'power']).stderr).toContain('--method 只能是');
  });

  it("entropy, cv and critic weigh the demo year's first level and propose points that add up", () => {
    expect(runCli(['demo', '--out', tmp()]).status).toBe(0);
    const file = join(tmp(), '2020年度全区应急管理工作考核.assessment.json');
    for (const method of ['entropy', 'cv', 'critic']) {
      const { status, stdout, stderr } = runCli(['weights', method, file, '--json']);
      expect(status, stderr).toBe(0);
      const out = JSON.parse(stdout);
      expect(out).toMatchObject({ method, level: 1, year: 2020 });
      const [group] = out.groups;
      expect(group.criteria).toHaveLength(6);
      expect(group.criteria.reduce((a: number, c: { weight: number }) => a + c.weight, 0)).toBeCloseTo(1, 9);
      expect(group.criteria.reduce((a: number, c: { proposed: number }) => a + c.proposed, 0)).toBe(group.points);
    }
    const level2 = JSON.parse(runCli(['weights', 'entropy', file, '--level', '2', '--json']).stdout);
    expect(level2.groups).toHaveLength(6);
    // 防城港市 has 4.2 not applicable: the 4th group leaves it out, by name.
    expect(level2.groups[3].excluded).toEqual([{ unit: '防城港市', reason: 'notApplicable', criterion: '4.2' }]);
  });
});
