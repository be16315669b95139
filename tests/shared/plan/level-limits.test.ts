import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n/messages';
import { PLAN_LIMITS } from '../../../shared/plan/limits';
import { parsePlan } from '../../../shared/plan/parse-plan';
import { parseScheme } from '../../../shared/tables/parse-scheme';

const LIMIT = PLAN_LIMITS.itemsPerLevel;

/** A prose plan whose first section's items are numbered from `from` to `to`. */
function prose(from: number, to: number): string {
  const items = Array.from({ length: to - from + 1 }, (_, i) => `${from + i}. 第${from + i}项工作要求落实到位。`);
  return ['2025年度考核方案', '一、安全生产', ...items, '二、应急管理', '1. 应急预案。', '2. 应急演练。'].join('\n');
}

/** A tab-separated table with `count` items under one section (no rule words: the limit, not the rules, is tested). */
function table(count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `${i === 0 ? '安全生产' : ''}\t第${i + 1}项\t1`);
  return ['考核项目\t考核内容\t分值', ...rows].join('\n');
}

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('was read, not refused');
}

describe(`a level may hold ${LIMIT} items: read up to it, refused past it by name, never folded`, () => {
  it(`prose: item ${LIMIT} is read as an item; item ${LIMIT + 1} is refused naming the file, the level and the label`, () => {
    const plan = parsePlan(prose(LIMIT - 2, LIMIT), 'text', { fileName: 'plan.txt' });
    expect(plan.criteria[0]!.children.map((c) => c.number)).toEqual([`${LIMIT - 2}.`, `${LIMIT - 1}.`, `${LIMIT}.`]);
    const error = refusal(() => parsePlan(prose(LIMIT - 2, LIMIT + 2), 'text', { fileName: 'plan.txt' }));
    expect(error).toMatchObject({ key: 'error.levelNumberTooHigh', params: { file: 'plan.txt', level: 2, label: `${LIMIT + 1}.` } });
    expect(createTranslator('zh-CN')(error.key, error.params)).toBe(
      `plan.txt：第2级的编号“${LIMIT + 1}.”超过了上限 ${LIMIT}（每级最多 ${LIMIT} 项），无法读取；这看起来不是考核方案，请检查文件`,
    );
    expect(createTranslator('en')(error.key, error.params)).toContain(`plan.txt: level 2 is numbered "${LIMIT + 1}."`);
  });

  it('prose: a first-level number past the limit names level 1, in any bracket style', () => {
    const text = ['考核方案', '(1) 安全', '(2) 应急', `(${LIMIT + 1}) 消防`].join('\n');
    expect(refusal(() => parsePlan(text, 'text', { fileName: 'p.txt' })).params).toMatchObject({ level: 1, label: `(${LIMIT + 1})` });
  });

  it(`tables: ${LIMIT} items at a level are read; ${LIMIT + 1} are refused naming the file and the level`, () => {
    const plan = parseScheme({ text: table(LIMIT), kind: 'text' }, { fileName: 't.txt' });
    expect(plan.criteria[0]!.children).toHaveLength(LIMIT);
    const error = refusal(() => parseScheme({ text: table(LIMIT + 1), kind: 'text' }, { fileName: 't.txt' }));
    expect(error).toMatchObject({ key: 'error.levelTooManyItems', params: { file: 't.txt', level: 2, count: LIMIT + 1, limit: LIMIT } });
    expect(createTranslator('zh-CN')(error.key, error.params)).toContain('t.txt：第2级指标有 10000 项，超过上限 9999 项');
  });

  it('a pasted text of more lines than any plan is refused by its count before a table reader walks it', () => {
    const text = '考核项目\t分值\n' + 'x\t1\n'.repeat(PLAN_LIMITS.lines + 1);
    expect(refusal(() => parseScheme({ text, kind: 'text' }, { fileName: 'big.txt' })).key).toBe('hardening.planTooManyLines');
  });
});
