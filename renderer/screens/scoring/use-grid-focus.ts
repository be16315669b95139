import { useEffect } from 'react';
import { setState, useAppState } from '../../state/store';
import type { Position } from './grid-keys';
import type { GridColumn, GridRow } from './grid-model';

/**
 * Moves the grid to the cell another screen asked for (a disagreement, a missing item) once
 * the grid shows that evaluator's columns, then forgets the request.
 */
export function useGridFocus(evaluatorId: string, rows: GridRow[], columns: GridColumn[], onActive: (p: Position) => void): void {
  const focus = useAppState((s) => s.gridFocus);
  useEffect(() => {
    if (!focus || focus.evaluatorId !== evaluatorId) return;
    const row = rows.findIndex((r) => r.kind === 'item' && r.criterionId === focus.criterionId);
    const col = columns.findIndex((c) => c.kind === 'score' && c.unitId === focus.unitId);
    if (row >= 0 && col >= 0) onActive({ row, col });
    setState({ gridFocus: null });
  }, [focus, evaluatorId, rows, columns, onActive]);
}
