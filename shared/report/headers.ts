// Two-row table headers with grouped columns (merged cells), as Excel users build them by hand.
import { c, rangeAddress, wrappedLines } from '../workbook/cells';
import type { RowModel } from '../workbook/model';
import { linesHeight } from './frame';

export interface HeaderColumn {
  label: string;
  /** Neighbouring columns with the same group share one merged cell above their labels. */
  group?: string;
  width: number;
}

/**
 * The two header rows starting at 1-based `top`: a grouped column's group spans its run of
 * columns in the first row and its label sits in the second; an ungrouped column's label spans
 * both rows. Heights fit the wrapped labels.
 */
export function groupedHeader(columns: HeaderColumn[], top: number): { rows: [RowModel, RowModel]; merges: string[] } {
  const upper: RowModel = { cells: [] };
  const lower: RowModel = { cells: [] };
  const merges: string[] = [];
  let upperLines = 1;
  let lowerLines = 1;
  for (let i = 0; i < columns.length;) {
    const col = columns[i]!;
    if (col.group === undefined) {
      upper.cells[i] = c(col.label, 'header');
      lower.cells[i] = c(null, 'header');
      merges.push(rangeAddress(top, i + 1, top + 1, i + 1));
      // A label spanning both rows may use the height of both.
      lowerLines = Math.max(lowerLines, wrappedLines(col.label, col.width) - 1);
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < columns.length && columns[end + 1]!.group === col.group) end++;
    const groupWidth = columns.slice(i, end + 1).reduce((a, x) => a + x.width, 0);
    upper.cells[i] = c(col.group, 'header');
    upperLines = Math.max(upperLines, wrappedLines(col.group, groupWidth));
    for (let j = i; j <= end; j++) {
      if (j > i) upper.cells[j] = c(null, 'header');
      lower.cells[j] = c(columns[j]!.label, 'header');
      lowerLines = Math.max(lowerLines, wrappedLines(columns[j]!.label, columns[j]!.width));
    }
    if (end > i) merges.push(rangeAddress(top, i + 1, top, end + 1));
    i = end + 1;
  }
  upper.height = linesHeight(upperLines);
  lower.height = linesHeight(lowerLines);
  return { rows: [upper, lower], merges };
}
