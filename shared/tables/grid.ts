/** One cell of a table as read from a file or text. */
export interface GridCell {
  /** The cell's text; paragraphs inside a cell joined by "\n". */
  text: string;
  /** For a cell covered by a merge (not its top-left cell): where the merge starts. */
  mergedFrom?: { row: number; col: number };
}

/** A table as rows of cells, every row as long as the widest (short rows padded with empty cells). */
export type Grid = GridCell[][];

/** What a column of a scoring table holds. */
export const COLUMN_ROLES = ['level1', 'level2', 'level3', 'points', 'rule', 'method', 'score', 'remark', 'serial', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const LEVEL_ROLES = ['level1', 'level2', 'level3'] as const;

/** A grid from plain strings (text tables, tests); rows padded to the same width. */
export function gridOf(rows: string[][]): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => ({ text: r[i] ?? '' })));
}

/** A cell's text with whitespace runs folded, as matching wants it. */
export function cellText(cell: GridCell | undefined): string {
  return (cell?.text ?? '').replace(/[ \t\u3000]+/g, ' ').trim();
}

/** Column letters as spreadsheets name them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Column index of a spreadsheet letter (A → 0), or null. */
export function columnIndex(letter: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letter)) return null;
  return [...letter.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}
