import type { EntryValue, ScoreEntry } from '../assessment/schema';
import { canonicalJson } from './canonical-json';
import type { Cell } from './schema';

/** The map key of a cell: evaluator, unit and item. */
export function cellKey(cell: Cell): string {
  return `${cell.evaluatorId}\u0000${cell.unitId}\u0000${cell.criterionId}`;
}

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

export function contentOf(entry: Pick<ScoreEntry, 'value' | 'reason' | 'evidence' | 'note'>): Content {
  return { value: entry.value, reason: entry.reason, evidence: entry.evidence, note: entry.note };
}

/** The key of "this cell was emptied" among contents. */
export const CLEARED_KEY = 'cleared';

/**
 * A content's identity: its canonical JSON, so the same score with the same remarks is the same
 * claim whichever file (and key order) it came from. A different reason or note is a different
 * claim: nothing the evaluator wrote may change silently.
 */
export function contentKey(content: Content | null): string {
  return content === null ? CLEARED_KEY : canonicalJson(content);
}
