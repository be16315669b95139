// The lengths the assessment schema accepts for words people type, checked where they are typed.
import type { MessageKey } from '../i18n/messages';
import type { EntryValue } from './schema';

/** Characters the file format accepts (schema.ts) for each kind of text a person enters. */
export const TEXT_LIMITS = {
  reason: 2000,
  evidence: 2000,
  note: 2000,
  occurrenceReason: 2000,
  achievementName: 500,
  achievementReason: 2000,
} as const;

/** A text that is longer than the file accepts: which field, its limit and its length. */
export interface TextLimitProblem {
  key: MessageKey;
  params: { field: string; max: number; length: number };
}

const over = (field: keyof typeof TEXT_LIMITS, text: string | undefined): TextLimitProblem | null =>
  text !== undefined && text.length > TEXT_LIMITS[field]
    ? { key: 'error.textTooLong', params: { field, max: TEXT_LIMITS[field], length: text.length } }
    : null;

/**
 * The first remark of an entry that is longer than the file accepts, or null. Every input
 * (grid, score sheet, package, CLI) reaches entries through the same mutations, which call
 * this, so a text is refused where it is typed, with the limit, and never breaks a save.
 */
export function entryTextProblem(input: { value: EntryValue; reason?: string; evidence?: string; note?: string }): TextLimitProblem | null {
  const direct = over('reason', input.reason) ?? over('evidence', input.evidence) ?? over('note', input.note);
  if (direct) return direct;
  if (input.value.kind === 'deductions')
    for (const o of input.value.occurrences) {
      const p = over('occurrenceReason', o.reason);
      if (p) return p;
    }
  if (input.value.kind === 'bonus') {
    for (const a of input.value.achievements) {
      const p = over('achievementName', a.name) ?? over('achievementReason', a.reason);
      if (p) return p;
    }
  }
  return null;
}
