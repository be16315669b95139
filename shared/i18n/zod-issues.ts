import { z } from 'zod';
import type { Language } from './messages';

const locales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };
let current: Language = 'zh-CN';

/** Chooses the language of schema messages (the process speaks one language at a time). */
export function setSchemaLanguage(language: Language): void {
  current = language;
}

/** A schema issue in the user's language, using zod's own translations. */
export function zodIssueText(issue: z.core.$ZodIssue): string {
  const text = locales[current].localeError(issue as never);
  return typeof text === 'string' ? text : (text?.message ?? issue.message);
}
