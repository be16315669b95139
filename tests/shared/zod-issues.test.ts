import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setSchemaLanguage, zodIssueText } from '../../shared/i18n/zod-issues';

const S = z.object({ a: z.string(), b: z.number(), c: z.string().min(1), d: z.array(z.string()).min(1) });
const texts = (input: unknown) => S.safeParse(input).error!.issues.map((i) => `${i.path.join('.')}: ${zodIssueText(i)}`);

describe('schema messages in the user language', () => {
  afterEach(() => setSchemaLanguage('zh-CN'));

  it('says missing, null and Infinity apart, never "undefined", in Chinese and in English', () => {
    expect(texts({ b: Infinity, c: '', d: [] })).toEqual([
      'a: 缺少此项（应为文字）',
      'b: 应为数字，实际为超出范围的数字',
      'c: 至少应有 1 个字符',
      'd: 至少应有 1 项',
    ]);
    expect(texts({ a: null, b: '3', c: 'x', d: ['x'] })).toEqual(['a: 应为文字，实际为空值（null）', 'b: 应为数字，实际为文字']);
    setSchemaLanguage('en');
    expect(texts({ a: null, c: 'x', d: ['x'] })).toEqual(['a: should be text, but is null', 'b: missing (should be a number)']);
  });
});
