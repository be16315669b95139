import type { Language } from './messages';

// The language of schema messages, apart from zod-issues.ts so that choosing it at start-up
// does not load zod: the CLI's `help` and other light commands never need a schema.
let current: Language = 'zh-CN';

/** Chooses the language of schema messages (the process speaks one language at a time). */
export function setSchemaLanguage(language: Language): void {
  current = language;
}

/** The language chosen with setSchemaLanguage (Chinese until then). */
export function schemaLanguage(): Language {
  return current;
}
