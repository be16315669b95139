import type ExcelJS from 'exceljs';
import { workbookClass } from '../xlsx/exceljs-parts';
import { UserError } from '../../../shared/errors';
import type { Grid, GridCell } from '../../../shared/tables/grid';

/** The words of a cell whatever exceljs holds: rich text, formulas' results, numbers, dates. */
function cellWords(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellWords(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

/** One worksheet as a grid; cells covered by a merge point at the merge's top-left cell. */
function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows = sheet.actualRowCount ? sheet.rowCount : 0;
  const cols = sheet.columnCount;
  const grid: Grid = [];
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    const cells: GridCell[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const covered = master.address !== cell.address;
      const text = covered ? '' : cellWords(cell.value).replace(/\r\n?/g, '\n');
      cells.push(covered ? { text, mergedFrom: { row: Number(master.row) - 1, col: Number(master.col) - 1 } } : { text });
    }
    grid.push(cells);
  }
  return grid;
}

/**
 * Reads every worksheet of an .xlsx workbook as a grid, in sheet order (empty sheets left out).
 * Throws UserError naming the file when the workbook cannot be read.
 */
export async function readXlsxTables(buf: Buffer, file: string): Promise<{ name: string; grid: Grid }[]> {
  // Only the workbook, when a table is read: not all of exceljs whenever a plan is parsed.
  const Workbook = workbookClass();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new UserError('error.xlsxUnreadable', { file, reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
  const sheets = workbook.worksheets
    .map((s) => ({ name: s.name, grid: sheetGrid(s) }))
    .filter((s) => s.grid.some((r) => r.some((c) => c.text.trim())));
  if (sheets.length === 0) throw new UserError('error.xlsxNoTable', { file });
  return sheets;
}
