import { useMemo } from 'react';
import { buildAssignmentIndex, type AssignmentIndex } from '../../../shared/assessment/assignment';
import type { Assessment, ScoreEntry } from '../../../shared/assessment/schema';
import { editThatMade } from '../../state/live-scoring';
import { advanceEntryTable, entryTable, NO_ENTRIES, type EntryTable, type RowEntries } from './entry-table';

export interface CellLookup {
  entry: (unitId: string, criterionId: string) => ScoreEntry | undefined;
  /** A row's entries by unit: the same map until one of that row's cells changes. */
  rowEntries: (criterionId: string) => RowEntries;
  covers: (unitId: string, criterionId: string) => boolean;
  index: AssignmentIndex;
}

// The table last handed out: one grid is on screen at a time, and the next document is
// usually this one after an edit, which then costs only the rows it touched.
let last: EntryTable | null = null;

function tableFor(doc: Assessment, evaluatorId: string): EntryTable {
  last = last ? advanceEntryTable(last, doc, evaluatorId, editThatMade) : entryTable(doc, evaluatorId);
  return last;
}

/**
 * One evaluator's entries by item and unit, and who covers what: looked up per cell while
 * rendering. An edit made in this window updates only the rows it touched (entry-table.ts).
 */
export function useCellLookup(doc: Assessment, evaluatorId: string): CellLookup {
  const table = useMemo(() => tableFor(doc, evaluatorId), [doc, evaluatorId]);
  // Entries change on every edit; who covers what only when people or the scheme change.
  const { evaluators, teams, scheme } = doc;
  const index = useMemo(() => buildAssignmentIndex({ evaluators, teams, scheme }), [evaluators, teams, scheme]);
  const covers = useMemo(
    () => (unitId: string, criterionId: string) => index.covers(evaluatorId, unitId, criterionId),
    [index, evaluatorId],
  );
  return useMemo(
    () => ({
      entry: (unitId: string, criterionId: string) => table.rows.get(criterionId)?.get(unitId),
      rowEntries: (criterionId: string) => table.rows.get(criterionId) ?? NO_ENTRIES,
      covers,
      index,
    }),
    [table, covers, index],
  );
}
