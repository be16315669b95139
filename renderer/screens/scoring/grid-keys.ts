// Spreadsheet movement over the grid: arrows, Tab and Enter, skipping heading rows.

export interface Position {
  row: number;
  col: number;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous' | 'home' | 'end';

/**
 * The cell a key moves to. Up/down step over heading rows; Tab ('next') runs right and wraps
 * to the next row's first column, Shift+Tab back; Home/End go to the row's ends. The result
 * stays inside the grid.
 */
export function move(pos: Position, direction: Move, itemRows: number[], columnCount: number): Position {
  const at = Math.max(
    0,
    itemRows.findIndex((r) => r >= pos.row),
  );
  const rowAt = (i: number) => itemRows[Math.min(itemRows.length - 1, Math.max(0, i))] ?? pos.row;
  switch (direction) {
    case 'up':
      return { row: rowAt(at - 1), col: pos.col };
    case 'down':
      return { row: rowAt(at + 1), col: pos.col };
    case 'left':
      return { row: pos.row, col: Math.max(0, pos.col - 1) };
    case 'right':
      return { row: pos.row, col: Math.min(columnCount - 1, pos.col + 1) };
    case 'next':
      if (pos.col < columnCount - 1) return { row: pos.row, col: pos.col + 1 };
      return at < itemRows.length - 1 ? { row: rowAt(at + 1), col: 0 } : pos;
    case 'previous':
      if (pos.col > 0) return { row: pos.row, col: pos.col - 1 };
      return at > 0 ? { row: rowAt(at - 1), col: columnCount - 1 } : pos;
    case 'home':
      return { row: pos.row, col: 0 };
    case 'end':
      return { row: pos.row, col: columnCount - 1 };
  }
}

/** The movement a key means when the grid (not an editor) has focus, or null. */
export function keyMove(key: string, shift: boolean): Move | null {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'Tab':
      return shift ? 'previous' : 'next';
    case 'Enter':
      return shift ? 'up' : 'down';
    case 'Home':
      return 'home';
    case 'End':
      return 'end';
    default:
      return null;
  }
}
