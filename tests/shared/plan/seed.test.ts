import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/plan/parse-plan';
import type { Criterion } from '../../../shared/plan/types';
import { matchKey } from '../../../shared/text/normalize';
import { GOLDEN, SEED_PLAN } from '../../helpers/paths';
import { allCriteria, everyLevelAddsUp, sumPoints } from '../../helpers/tree';

const seed = readFileSync(SEED_PLAN, 'utf8');
const golden = JSON.parse(readFileSync(join(GOLDEN, 'seed-plan.depth2.json'), 'utf8'));

function shape(c: Criterion): object {
  return { code: c.code, number: c.number, title: c.title, points: c.points, children: c.children.map(shape) };
}

describe('the seed plan (Guangxi 2020, Traditional script, body pasted twice)', () => {
  const plan = parsePlan(seed, 'text', { fileName: 'guangxi-2020-emergency-management-work-points.txt' });

  it('has 6 first-level and 25 second-level criteria', () => {
    expect(plan.criteria).toHaveLength(6);
    expect(plan.criteria.flatMap((c) => c.children)).toHaveLength(25);
  });

  it('matches the golden tree: numbers, titles and points', () => {
    expect({ title: plan.title, year: plan.year, total: plan.total, criteria: plan.criteria.map(shape) }).toEqual(golden);
  });

  it('keeps every title exactly as written in the document (Traditional script)', () => {
    for (const c of allCriteria(plan.criteria)) expect(seed).toContain(`${c.number}${c.title}`);
    expect(plan.criteria[2]!.children[0]!.title).toBe('強化重點行業領域安全監管');
    expect(plan.criteria[4]!.children[2]).toMatchObject({ code: '5.3', number: '(十七)', title: '強化應急救援隊伍建設' });
  });

  it('yields each criterion once although the body is pasted twice', () => {
    const keys = allCriteria(plan.criteria).map((c) => matchKey(c.number + c.title));
    expect(new Set(keys).size).toBe(keys.length);
    expect(plan.warnings.map((w) => w.code)).toContain('duplicateBodySkipped');
  });

  it('numbers items (一)…(二十五) running on across sections', () => {
    const numbers = plan.criteria.flatMap((c) => c.children.map((i) => i.number));
    expect(numbers[0]).toBe('(一)');
    expect(numbers[24]).toBe('(二十五)');
  });

  it('adds up to 100 at every level, in whole points, by item count', () => {
    expect(plan.total).toBe(100);
    expect(sumPoints(plan.criteria)).toBe(100);
    expect(everyLevelAddsUp(plan.criteria)).toBe(true);
    expect(allCriteria(plan.criteria).every((c) => Number.isInteger(c.points))).toBe(true);
    expect(plan.criteria.map((c) => c.points)).toEqual([8, 16, 12, 20, 32, 12]);
    expect(plan.criteria[0]!.weight).toBeCloseTo(0.08, 10);
  });

  it('takes the preamble as description and the year from it; there is no title line', () => {
    expect(plan.description.startsWith('2020年是決勝全面建成小康社會')).toBe(true);
    expect(plan.year).toBe(2020);
    expect(plan.title).toBeNull();
  });

  it('keeps the full paragraph as the criterion text', () => {
    const item = plan.criteria[2]!.children[0]!;
    expect(item.text.startsWith('強化重點行業領域安全監管。交通運輸行業')).toBe(true);
    expect(item.text.endsWith('嚴防各類生產安全事故發生。')).toBe(true);
  });

  it('at depth 3 turns sentences and sector clauses into scoring points that still add up', () => {
    const deep = parsePlan(seed, 'text', { depth: 3 });
    const sectors = deep.criteria[2]!.children[0]!.children.map((c) => c.title);
    expect(sectors.slice(0, 8)).toEqual([
      '交通運輸行業',
      '建筑施工行業',
      '消防領域',
      '工貿行業',
      '煤礦',
      '非煤礦山',
      '危險化學品行業',
      '煙花爆竹行業',
    ]);
    expect(deep.criteria.flatMap((c) => c.children)).toHaveLength(25);
    expect(everyLevelAddsUp(deep.criteria)).toBe(true);
    expect(deep.criteria.map((c) => c.points)).toEqual([8, 16, 12, 20, 32, 12]);
    expect(deep.criteria[2]!.children[0]!.children[0]!.code).toBe('3.1.1');
  });
});
