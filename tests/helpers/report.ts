// Reading a written report back with exceljs, as a reader's spreadsheet program would.
import ExcelJS from 'exceljs';

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A row's values from column 1, as exceljs reads them (merged copies show the master's value). */
export function rowValues(ws: ExcelJS.Worksheet, row: number, from = 1, to = ws.columnCount): ExcelJS.CellValue[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ws.getCell(row, from + i).value);
}

/** Every text in a sheet, joined, to look for a sentence anywhere in it. */
export function sheetText(ws: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void parts.push(String(cell.value ?? ''))));
  return parts.join('\n');
}

/** The PNGs placed on a sheet. */
export function sheetImages(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): Buffer[] {
  return ws.getImages().map((img) => Buffer.from(wb.getImage(Number(img.imageId)).buffer as unknown as Uint8Array));
}

/** First row (1-based) whose column `col` holds `value`. */
export function findRow(ws: ExcelJS.Worksheet, col: number, value: ExcelJS.CellValue): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === value) return r;
  return -1;
}
