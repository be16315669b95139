// The parts of exceljs the app uses, loaded one by one: the package entry loads its readers,
// writers and CSV support all at once (~300 ms), while writing a report needs only the streaming
// writer and reading a score sheet only the workbook. Types still come from the package.
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);

/** exceljs's streaming workbook writer. */
export function workbookWriterClass(): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  return require('exceljs/lib/stream/xlsx/workbook-writer.js') as typeof ExcelJS.stream.xlsx.WorkbookWriter;
}

/** exceljs's in-memory workbook (reading .xlsx files). */
export function workbookClass(): typeof ExcelJS.Workbook {
  return require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
}
