// A block of the grid as text for the clipboard, the way Excel and WPS put one there:
// tab-separated cells, CRLF between rows, a cell quoted when it holds a tab, a newline or a
// quote, so paste.ts (and Excel) read it back cell for cell.
import type { Position } from './grid-keys';

/** The rectangle between two corners, ordered. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function blockOf(a: Position, b: Position): Block {
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

function quote(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows of cells as clipboard text (no trailing newline, as Excel copies a block). */
export function toTsv(rows: string[][]): string {
  return rows.map((r) => r.map(quote).join('\t')).join('\r\n');
}

/** The rows of a block that take entries (headings are skipped, as paste skips them). */
export function blockItemRows(block: Block, itemRows: number[]): number[] {
  return itemRows.filter((r) => r >= block.top && r <= block.bottom);
}
