import { z } from 'zod';
import { catalogs, type MessageKey } from './messages';
import { schemaLanguage } from './schema-language';

const locales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

export { setSchemaLanguage } from './schema-language';

function say(key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogs[schemaLanguage()][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

const TYPES = new Set(['string', 'number', 'boolean', 'object', 'array', 'null', 'Infinity', 'NaN']);
const typeName = (type: string) => say(TYPES.has(type) ? (`zod.type.${type}` as MessageKey) : 'zod.type.other');

/**
 * A schema issue in the user's language. Zod's final issues no longer carry the input, so its
 * locales say "实际接收 undefined" for a missing field, a null and Infinity alike; what was
 * received is read from the issue's own (English) message instead, and the commonest issues
 * are said in our words. Others use zod's own translations.
 */
export function zodIssueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = /received (\w+)$/.exec(issue.message)?.[1] ?? 'other';
    if (received === 'undefined') return say('zod.missing', { expected: typeName(issue.expected) });
    return say('zod.wrongType', { expected: typeName(issue.expected), received: typeName(received) });
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'string' || issue.origin === 'array')) {
    const small = issue.code === 'too_small';
    const key = issue.origin === 'string' ? (small ? 'zod.tooShort' : 'zod.tooLong') : small ? 'zod.tooFewItems' : 'zod.tooManyItems';
    return say(
      key,
      small
        ? { minimum: String((issue as { minimum: number | bigint }).minimum) }
        : { maximum: String((issue as { maximum: number | bigint }).maximum) },
    );
  }
  const text = locales[schemaLanguage()].localeError(issue as never);
  return typeof text === 'string' ? text : (text?.message ?? issue.message);
}
