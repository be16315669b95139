// A block pasted from Excel or WPS: tab-separated cells, one row per line, quoted cells
// where the text holds a tab, a newline or a quote.

/** Parses clipboard text into rows of cells; a trailing newline does not make an empty row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface PasteTarget {
  row: number;
  col: number;
  text: string;
}

/**
 * Where each pasted cell lands: rows go to the next rows that take entries (headings are
 * skipped, as they are not in the copied sheet), columns to the next columns; cells beyond
 * the grid are dropped and counted.
 */
export function pasteTargets(
  block: string[][],
  start: { row: number; col: number },
  itemRows: number[],
  columnCount: number,
): { targets: PasteTarget[]; dropped: number } {
  const first = itemRows.findIndex((r) => r >= start.row);
  const targets: PasteTarget[] = [];
  let dropped = 0;
  block.forEach((cells, i) => {
    const row = first >= 0 ? itemRows[first + i] : undefined;
    cells.forEach((text, j) => {
      const col = start.col + j;
      if (row === undefined || col >= columnCount) dropped++;
      else targets.push({ row, col, text });
    });
  });
  return { targets, dropped };
}
