import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeafRule } from '../../../shared/assessment/schema';
import type { Criterion } from '../../../shared/plan/types';
import { loadPlan } from '../../../electron/services/plan-document';
import { tableDocx, tableXlsx, type Merge, type TableSpec } from '../../helpers/scoring-tables';
import { useTempDir } from '../../helpers/temp';

interface Node {
  title: string;
  points: number;
  rule?: LeafRule;
  ruleText: string;
  children: Node[];
}

const WORDS = ['责任落实', '隐患排查', '应急演练', '宣传培训', '执法检查', '信息报送', '物资储备', '队伍建设', '风险管控', '值班值守'];

/** A rule sentence and the rule it must read back as. */
const ruleArb: fc.Arbitrary<(points: number) => { text: string; rule?: LeafRule }> = fc.oneof(
  fc
    .constantFrom(0.5, 1, 2, 3)
    .map((n) => () => ({ text: `每发现一处问题扣${n}分，扣完为止`, rule: { kind: 'deduction', perOccurrence: n } as LeafRule })),
  fc.constant((p: number) => ({
    text: `完成得${p}分，基本完成得${p / 2}分，未完成不得分`,
    rule: {
      kind: 'tiered',
      levels: [
        { label: '完成', points: p },
        { label: '基本完成', points: p / 2 },
        { label: '未完成', points: 0 },
      ],
    } as LeafRule,
  })),
  fc.constant((p: number) => ({
    text: `优秀（${p}分）；合格（${p / 2}分）；不合格（0分）`,
    rule: {
      kind: 'tiered',
      levels: [
        { label: '优秀', points: p },
        { label: '合格', points: p / 2 },
        { label: '不合格', points: 0 },
      ],
    } as LeafRule,
  })),
  fc.constant(() => ({
    text: '未制定方案的扣2分；方案不完善的扣1分',
    rule: {
      kind: 'deduction',
      perOccurrence: 1,
      reasons: [
        { label: '未制定方案', points: 2 },
        { label: '方案不完善', points: 1 },
      ],
    } as LeafRule,
  })),
  fc.constant(() => ({ text: '工作成效明显' })),
);

const leafArb = fc.record({ points: fc.integer({ min: 1, max: 10 }).map((n) => n * 2), rule: ruleArb });
const treeArb = (depth: 2 | 3) =>
  fc
    .array(
      depth === 3
        ? fc.array(fc.array(leafArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
        : fc.array(leafArb, { minLength: 1, maxLength: 3 }).map((l) => [l]),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((sections) => {
      let k = 0;
      const name = () => `${WORDS[k % WORDS.length]}${String.fromCharCode(0x7532 + k++)}`;
      const build = (x: unknown, level: number): Node => {
        if (!Array.isArray(x)) {
          const leaf = x as { points: number; rule: (p: number) => { text: string; rule?: LeafRule } };
          const { text, rule } = leaf.rule(leaf.points);
          return { title: name(), points: leaf.points, ruleText: text, ...(rule ? { rule } : {}), children: [] };
        }
        const children = (level === 2 && depth === 2 ? (x[0] as unknown[]) : x).map((c) => build(c, level + 1));
        return { title: name(), points: children.reduce((a, c) => a + c.points, 0), ruleText: '', children };
      };
      return sections.map((s) => build(depth === 2 ? s[0] : s, 1));
    });

/** The table an office would draw of a tree: one row per leaf, section cells merged down their rows. */
function specOf(tree: Node[], depth: 2 | 3): TableSpec {
  const levels = depth === 3 ? ['一级指标', '二级指标', '三级指标'] : ['一级指标', '二级指标'];
  const rows: string[][] = [[...levels, '分值', '评分标准', '考评分']];
  const merges: Merge[] = [];
  const walk = (n: Node, level: number, path: string[]) => {
    if (!n.children.length) {
      const row = levels.map((_, i) => (i === level ? n.title : (path[i] ?? '')));
      rows.push([...row, String(n.points), n.ruleText, '']);
      return;
    }
    const start = rows.length - 1;
    n.children.forEach((c) => walk(c, level + 1, [...path, `${n.title}（${n.points}分）`]));
    const span = rows.length - 1 - start;
    rows[start + 1]![level] = `${n.title}（${n.points}分）`;
    for (let r = start + 2; r <= start + span; r++) rows[r]![level] = '';
    if (span > 1) merges.push({ r: start + 1, c: level, rows: span, cols: 1 });
  };
  tree.forEach((n) => walk(n, 0, []));
  return { preamble: ['年度考核评分细则'], rows, merges };
}

const shape = (c: Criterion): Node => ({
  title: c.title,
  points: c.points,
  ruleText: c.ruleText ?? '',
  ...(c.rule ? { rule: c.rule } : {}),
  children: c.children.map(shape),
});

describe('property: a table written from any criteria tree reads back to the same tree', () => {
  const tmp = useTempDir();
  for (const depth of [2, 3] as const) {
    it(`${depth} levels, .xlsx and .docx`, async () => {
      await fc.assert(
        fc.asyncProperty(treeArb(depth), async (tree) => {
          const spec = specOf(tree, depth);
          for (const [ext, write] of [
            ['xlsx', tableXlsx],
            ['docx', tableDocx],
          ] as const) {
            const path = join(tmp(), `t.${ext}`);
            writeFileSync(path, await write(spec));
            const { plan } = await loadPlan(path);
            expect(plan.criteria.map(shape)).toEqual(tree);
            expect(plan.total).toBe(tree.reduce((a, n) => a + n.points, 0));
          }
        }),
        { numRuns: 12 },
      );
    });
  }
});
