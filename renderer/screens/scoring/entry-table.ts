// One evaluator's entries as the grid reads them: by item (row), then by unit (column). Built
// once per document and evaluator; after an edit only the rows the edit touched are copied, so
// a memoised grid row sees a new map exactly when one of its own cells changed (and a
// 14 × 120 × 10 year is not re-indexed, 16,800 entries at a time, per keystroke).
import type { EntryChange } from '../../../shared/assessment/mutations';
import type { Assessment, ScoreEntry } from '../../../shared/assessment/schema';

/** One row's entries: unit id → this evaluator's entry. Never mutated once handed out. */
export type RowEntries = ReadonlyMap<string, ScoreEntry>;

export interface EntryTable {
  doc: Assessment;
  evaluatorId: string;
  /** Item (criterion, bonus or veto) id → that row's entries; a row with none is absent. */
  rows: ReadonlyMap<string, RowEntries>;
}

/** An edit of entries: the document it was applied to, the one it made, and its changes. */
export interface EntryEdit {
  from: Assessment;
  to: Assessment;
  changes: readonly EntryChange[];
}

export const NO_ENTRIES: RowEntries = new Map();

/** The table from scratch: one pass over the document's entries. */
export function entryTable(doc: Assessment, evaluatorId: string): EntryTable {
  const rows = new Map<string, Map<string, ScoreEntry>>();
  for (const e of doc.entries) {
    if (e.evaluatorId !== evaluatorId) continue;
    let row = rows.get(e.criterionId);
    if (!row) rows.set(e.criterionId, (row = new Map()));
    row.set(e.unitId, e);
  }
  return { doc, evaluatorId, rows };
}

/**
 * The table for `doc`, reached from `table` by replaying the edits that led there (found with
 * `editThatMade`, newest first): only the rows they touch are copied. When the chain back to
 * `table.doc` is unknown or longer than `limit` (another year opened, main's copy reloaded after
 * a failed save, a scheme change), the table is built afresh, so the answer is always right.
 */
export function advanceEntryTable(
  table: EntryTable,
  doc: Assessment,
  evaluatorId: string,
  editThatMade: (doc: Assessment) => EntryEdit | undefined,
  limit = 64,
): EntryTable {
  if (table.doc === doc && table.evaluatorId === evaluatorId) return table;
  if (table.evaluatorId !== evaluatorId) return entryTable(doc, evaluatorId);
  const chain: EntryEdit[] = [];
  for (let at = doc; at !== table.doc;) {
    const edit = editThatMade(at);
    if (!edit || chain.length >= limit) return entryTable(doc, evaluatorId);
    chain.push(edit);
    at = edit.from;
  }
  const rows = new Map(table.rows);
  const copied = new Map<string, Map<string, ScoreEntry>>();
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const { cell, entry } of chain[i]!.changes) {
      if (cell.evaluatorId !== evaluatorId) continue;
      let row = copied.get(cell.criterionId);
      if (!row) {
        row = new Map(rows.get(cell.criterionId));
        copied.set(cell.criterionId, row);
        rows.set(cell.criterionId, row);
      }
      if (entry) row.set(cell.unitId, entry);
      else row.delete(cell.unitId);
    }
  }
  return { doc, evaluatorId, rows };
}
