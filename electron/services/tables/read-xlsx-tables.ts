import type ExcelJS from 'exceljs';
import { workbookClass } from '../xlsx/exceljs-parts';
import { UserError } from '../../../shared/errors';
import { PLAN_LIMITS } from '../../../shared/plan/limits';
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

/** What a sheet may span: real scoring tables are a few hundred rows by under 20 columns. */
export const SHEET_LIMITS = { rows: PLAN_LIMITS.lines, cells: 2_000_000 } as const;

/** Rows and columns up to the last cell holding a value; exceljs's rowCount/columnCount follow any stray cell, styled or not. */
function contentExtent(sheet: ExcelJS.Worksheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }),
  );
  return { rows, cols };
}

/**
 * One worksheet as a grid; cells covered by a merge point at the merge's top-left cell. Only the
 * range holding values is walked, and it is bounded: a 6 KB file with one cell at XFD1048576 would
 * otherwise ask for 17 billion cells.
 */
function sheetGrid(sheet: ExcelJS.Worksheet, file: string): Grid {
  const { rows, cols } = contentExtent(sheet);
  if (rows > SHEET_LIMITS.rows || rows * cols > SHEET_LIMITS.cells)
    throw new UserError('error.sheetTooLarge', {
      file,
      sheet: sheet.name,
      rows,
      cols,
      limitRows: SHEET_LIMITS.rows,
      limitCells: SHEET_LIMITS.cells,
    });
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
  } catch {
    // exceljs's own words ("2:896: unexpected close tag.") name neither the sheet nor anything a user can act on.
    const { findDamagedPart } = await import('./xlsx-damage');
    const damaged = await findDamagedPart(buf);
    if (damaged?.sheet) throw new UserError('error.xlsxSheetBroken', { file, sheet: damaged.sheet, part: damaged.part });
    if (damaged) throw new UserError('error.xlsxPartBroken', { file, part: damaged.part });
    throw new UserError('error.xlsxDamaged', { file });
  }
  const sheets = workbook.worksheets
    .map((s) => ({ name: s.name, grid: sheetGrid(s, file) }))
    .filter((s) => s.grid.some((r) => r.some((c) => c.text.trim())));
  if (sheets.length === 0) throw new UserError('error.xlsxNoTable', { file });
  return sheets;
}
