import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../../electron/services/plan-document';
import { UserError } from '../../../shared/errors';
import type { PlanTree } from '../../../shared/plan/types';
import { proseDocx, RULES_WITH_TABLE } from '../../helpers/assessment-rules-docs';
import { ROOT, SEED_PLAN } from '../../helpers/paths';
import { tableDocx } from '../../helpers/scoring-tables';
import { golden, goldenShape } from '../../helpers/table-golden';
import { useTempDir } from '../../helpers/temp';

const TEXT = join(ROOT, 'tests', 'fixtures', 'tables', 'assessment-rules.txt');
const shapeOf = (plan: PlanTree) => ({ ...goldenShape(plan), parts: plan.parts });

describe('a 考核办法: procedural articles are not items; the items come from the part that holds them', () => {
  const tmp = useTempDir();

  it('text and the same text as a Word document: the items of 第二章 考核内容, the other chapters named as rules', async () => {
    const fromText = shapeOf((await loadPlan(TEXT)).plan);
    expect(fromText).toEqual(golden('assessment-rules', fromText));
    const docx = join(tmp(), 'assessment-rules.docx');
    writeFileSync(docx, await proseDocx(readFileSync(TEXT, 'utf8').split('\n')));
    expect(shapeOf((await loadPlan(docx)).plan)).toEqual(fromText);
  });

  it('the golden reads as a user expects: three sections of 30/40/30, seven items, no article among them', async () => {
    const { plan } = await loadPlan(TEXT);
    expect(plan.criteria.map((c) => [c.number, c.title, c.points, c.children.length])).toEqual([
      ['（一）', '安全生产责任落实', 30, 3],
      ['（二）', '风险防控与隐患治理', 40, 2],
      ['（三）', '应急管理与事故防范', 30, 2],
    ]);
    expect(JSON.stringify(plan.criteria)).not.toMatch(/第[一二三四五六七八九十]+条/);
    expect(plan.warnings[0]).toEqual({
      code: 'procedureParts',
      params: { parts: '第一章 总则、第三章 考核方式与程序、第四章 等次评定与结果运用、第五章 附则', chosen: '第二章 考核内容' },
    });
    expect(plan.parts?.list.map((p) => [p.id, p.kind])).toEqual([
      ['第一章', 'procedure'],
      ['第二章', 'items'],
      ['第三章', 'procedure'],
      ['第四章', 'procedure'],
      ['第五章', 'procedure'],
    ]);
  });

  it('the user may choose another part by its label or by words of its title; an unknown one is named with the choices', async () => {
    const byLabel = (await loadPlan(TEXT, { part: '第三章' })).plan;
    expect(byLabel.parts?.chosen).toBe('第三章');
    expect(byLabel.criteria.map((c) => c.number)).toEqual(['第五条', '第六条']);
    expect((await loadPlan(TEXT, { part: '考核内容' })).plan.parts?.chosen).toBe('第二章');
    expect((await loadPlan(TEXT, { part: '第 二 章' })).plan.parts?.chosen).toBe('第二章');
    const error = await loadPlan(TEXT, { part: '第九章' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ key: 'error.partNotFound', params: { file: 'assessment-rules.txt', part: '第九章' } });
    expect((error as UserError).params.parts).toContain('第二章 考核内容');
  });

  it('a Word 考核办法 with its table attached: the items come from the table, the articles are named, a part without items is refused', async () => {
    const path = join(tmp(), '2025年度全区应急管理工作考核办法.docx');
    writeFileSync(path, await tableDocx(RULES_WITH_TABLE));
    const { plan } = await loadPlan(path);
    const shape = shapeOf(plan);
    expect(shape).toEqual(golden('assessment-rules-table', shape));
    expect(plan).toMatchObject({ source: 'table', title: '2025年度全区应急管理工作考核办法', year: 2025, total: 100 });
    expect(plan.parts?.chosen).toBe('表格');
    expect(plan.parts?.list.at(-1)).toMatchObject({ id: '表格', kind: 'table', title: '2025年度应急管理工作考核评分细则' });
    // Articles are named by their first words; more than four are counted, not listed.
    expect(plan.warnings[0]!.params.chosen).toBe('2025年度应急管理工作考核评分细则');
    const named = String(plan.warnings[0]!.params.parts);
    expect(named.startsWith('第一条 为全面落实应急管理工作责任…、第二条 本办法适用于')).toBe(true);
    expect(named.endsWith('…(+1)')).toBe(true);
    expect(named).not.toContain('第三条');
    await expect(loadPlan(path, { part: '第三条' })).rejects.toMatchObject({ key: 'error.partHasNoItems' });
    expect((await loadPlan(path, { part: '表格' })).plan.criteria).toHaveLength(2);
  });

  it('only rules and no part with items: refused in one line naming the rules, never guessed into a tree', async () => {
    const path = join(tmp(), 'rules-only.txt');
    const text = readFileSync(TEXT, 'utf8').replace(/第二章 考核内容[\s\S]*?(?=第三章)/, '');
    writeFileSync(path, text);
    await expect(loadPlan(path)).rejects.toMatchObject({ key: 'error.partsNoItems', params: { file: 'rules-only.txt' } });
  });

  it('a part titled as items but holding none (考核细则另行制定) is passed over for the part that holds them', async () => {
    const path = join(tmp(), 'rules-elsewhere.txt');
    const text = readFileSync(TEXT, 'utf8')
      .replace('第二章 考核内容', '第二章 工作安排')
      .replace('第五章 附则', '第五章 考核细则\n\n第十条 考核细则由市安委办另行制定。\n\n第六章 附则');
    writeFileSync(path, text);
    const { plan } = await loadPlan(path);
    expect(plan.parts?.list.find((p) => p.id === '第五章')).toMatchObject({ kind: 'items', size: 1 });
    expect(plan.parts?.chosen).toBe('第二章');
    expect(plan.criteria[0]!.title).toBe('安全生产责任落实');
  });

  it('a work plan is not a 考核办法: the seed reads as before, without parts', async () => {
    const { plan } = await loadPlan(SEED_PLAN);
    expect(plan.parts).toBeUndefined();
    expect(plan.warnings.map((w) => w.code)).not.toContain('procedureParts');
  });
});
