import type { EntryValue, ScoreEntry } from '../assessment/schema';
import { canonicalJson } from './canonical-json';
import type { Cell } from './schema';

export { cellKey } from '../assessment/mutations';

/** Just the cell of an entry (or a cleared cell), without the rest. */
export function cellOf(entry: Cell): Cell {
  return { evaluatorId: entry.evaluatorId, unitId: entry.unitId, criterionId: entry.criterionId };
}

/** What an entry says, apart from when and where it was entered: what conflicts compare. */
export interface Content {
  value: EntryValue;
  reason: string;
  evidence: string;
  note: string;
}

/** The content of an entry; keys in canonical order, so contentKey takes canonicalJson's native fast path. */
export function contentOf(entry: Pick<ScoreEntry, 'value' | 'reason' | 'evidence' | 'note'>): Content {
  return { evidence: entry.evidence, note: entry.note, reason: entry.reason, value: entry.value };
}

/** The key of "this cell was emptied" among contents. */
export const CLEARED_KEY = 'cleared';

/**
 * A content's identity: its canonical JSON, so the same score with the same remarks is the same
 * claim whichever file (and key order) it came from. A different reason or note is a different
 * claim: nothing the evaluator wrote may change silently. A bare score — most of any import —
 * gets a short key of its own ("#3.5"; canonical JSON always starts with "{"), which keeps
 * large merges fast. Keys are not stored as such: decisions are matched by recomputing them.
 */
export function contentKey(content: Content | null): string {
  if (content === null) return CLEARED_KEY;
  if (content.value.kind === 'score' && content.reason === '' && content.evidence === '' && content.note === '')
    return `#${content.value.score}`;
  return canonicalJson(content);
}
