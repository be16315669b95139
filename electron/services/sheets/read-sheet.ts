// Reads a filled score sheet back: the hidden identity fields and every visible cell, as plain
// values the pure checker (shared/sheets/check-sheet.ts) understands.
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { IDENTITY_SHEET } from '../../../shared/sheets/layout';
import type { ReadSheet } from '../../../shared/sheets/check-sheet';
import type { RawCell } from '../../../shared/sheets/read-values';
import type { MessageKey } from '../../../shared/i18n/messages';
import { isUserError } from '../../../shared/errors';
import { LIMITS } from '../limits';
import { readBoundedFile } from '../workspace/read-bounded';
import { checkOfficeZip } from '../workspace/zip-guard';
import { workbookClass } from '../xlsx/exceljs-parts';

/** exceljs's cell value as a plain value: rich text joined, formulas flagged with their cached result. */
function rawValue(cell: ExcelJS.Cell): RawCell {
  // A merged cell's copies report the master's value; only the master holds it.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as ExcelJS.CellFormulaValue;
    const result = f.result;
    return {
      formula: f.formula ?? '',
      result: typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' ? result : null,
    };
  }
  if ('error' in v) return String(v.error);
  if ('text' in v) return String(v.text);
  return String(cell.text);
}

function grid(ws: ExcelJS.Worksheet): RawCell[][] {
  const rows: RawCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = rawValue(cell);
    });
    rows[r - 1] = Array.from(cells, (x) => x ?? null);
  });
  return Array.from(rows, (x) => x ?? []);
}

/** What could not be read, as a message key for the user. */
export class SheetFileError extends Error {
  constructor(
    readonly file: string,
    readonly key: MessageKey,
    readonly reason: string,
    /** Parameters of `key` beyond the file and the reason (sizes and limits). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Reads a .xlsx score sheet; throws SheetFileError when the file is missing or not an .xlsx. */
export async function readScoreSheet(path: string): Promise<ReadSheet> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readBoundedFile(path, LIMITS.officeBytes);
    // Sizes before exceljs: it would inflate a zip bomb whole.
    checkOfficeZip(bytes, file);
  } catch (e) {
    if (!isUserError(e)) throw e;
    if (e.key === 'hardening.zipBroken') throw new SheetFileError(file, 'hardening.notXlsx', '');
    throw new SheetFileError(file, e.key, String(e.params.reason ?? ''), e.params);
  }
  const Workbook = workbookClass();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // exceljs's and JSZip's own texts mean nothing to users: the reason stays in our words.
    throw new SheetFileError(file, 'hardening.notXlsx', '');
  }
  const sheets: Record<string, RawCell[][]> = {};
  let identity: Record<string, RawCell> | null = null;
  for (const ws of workbook.worksheets) {
    if (ws.name === IDENTITY_SHEET) {
      identity = {};
      for (const row of grid(ws)) if (typeof row[0] === 'string') identity[row[0]] = row[1] ?? null;
    } else sheets[ws.name] = grid(ws);
  }
  return { file, identity, sheets };
}
