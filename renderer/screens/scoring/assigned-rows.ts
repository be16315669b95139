import type { AssignmentIndex } from '../../../shared/assessment/assignment';
import type { GridRow } from './grid-model';

/**
 * The grid's rows cut down to what some of the given evaluators score: item rows nobody of
 * them is assigned to go, and so do headings left without items under them. Used where only
 * assigned work belongs on screen (the scoring workspace of a task package).
 */
export function assignedRows(rows: GridRow[], index: AssignmentIndex, evaluatorIds: string[]): GridRow[] {
  const scored = (criterionId: string) =>
    evaluatorIds.some((id) => {
      const r = index.resolved(id);
      return !!r && (r.units === null || r.units.size > 0) && (r.criteria === null || r.criteria.has(criterionId));
    });
  const keepItem = rows.map((r) => r.kind === 'item' && scored(r.criterionId));
  return rows.filter((row, i) => {
    if (row.kind === 'item') return keepItem[i];
    // A heading stays when an item below it (deeper rows up to the next row at its depth) stays.
    for (let j = i + 1; j < rows.length && rows[j]!.depth > row.depth; j++) if (keepItem[j]) return true;
    return false;
  });
}
