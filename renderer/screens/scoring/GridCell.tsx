import { memo } from 'react';

export interface GridCellProps {
  row: number;
  col: number;
  className: string;
  text: string;
  title: string | undefined;
  active: boolean;
  onPointer: (row: number, col: number, extend: boolean) => void;
  onOpen: (row: number, col: number) => void;
}

/**
 * One value cell: what it shows and its marks; memoised, so an edit re-renders the cells whose
 * text or marks changed, not the 1,680 of a 14 × 120 grid. It never holds an input: typing goes
 * to the grid's one editor (GridEditor), which stays focused over the active cell.
 */
export const GridCell = memo(function GridCell({ row, col, className, text, title, active, onPointer, onOpen }: GridCellProps) {
  return (
    <div
      className={className}
      role="gridcell"
      aria-selected={active}
      data-cell={`${row}:${col}`}
      title={title}
      onMouseDown={(e) => {
        if (e.button !== 0) return;
        e.preventDefault();
        onPointer(row, col, e.shiftKey);
      }}
      onDoubleClick={() => onOpen(row, col)}
    >
      {text}
    </div>
  );
});
