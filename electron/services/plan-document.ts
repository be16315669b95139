import { basename, extname } from 'node:path';
import { UserError } from '../../shared/errors';
import type { TextKind } from '../../shared/plan/paragraphs';
import type { PlanTree } from '../../shared/plan/types';
import { cellText } from '../../shared/tables/grid';
import { parseScheme, type SchemeOptions, type SchemeSource } from '../../shared/tables/parse-scheme';
import { readXlsxTables } from './tables/read-xlsx-tables';
import { LIMITS } from './limits';
import { decodeText, type Encoding } from './text-encoding';
import { readBoundedFile } from './workspace/read-bounded';
import { checkOfficeZip } from './workspace/zip-guard';

export interface PlanDocument {
  /** File name as the user knows it, for messages. */
  file: string;
  text: string;
  kind: TextKind;
  encoding: Encoding | 'docx' | 'xlsx';
  /** Tables of a .docx or the sheets of an .xlsx, for reading scoring tables. */
  tables?: SchemeSource['tables'];
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

async function docxText(buf: Buffer, file: string): Promise<string> {
  // Sizes first: mammoth (JSZip) would inflate a bomb whole before looking at it.
  try {
    checkOfficeZip(buf, file);
  } catch (e) {
    if (e instanceof UserError && e.key === 'hardening.zipBroken') throw new UserError('hardening.docxBroken', { file });
    throw e;
  }
  try {
    // Loaded with the first .docx: a text plan (and every other command) never needs it.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: buf });
    return value;
  } catch {
    // JSZip's and mammoth's own texts ("Corrupted zip ?") mean nothing to users.
    throw new UserError('hardening.docxBroken', { file });
  }
}

/**
 * Reads a scheme document (.txt or .md in UTF-8, UTF-16, GB18030/GBK or Big5, .docx with its
 * tables, or an .xlsx workbook) into text and tables. Every failure is a UserError naming the file.
 */
export async function readPlanDocument(path: string): Promise<PlanDocument> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const buf = await readBoundedFile(
    path,
    ext === '.docx' || ext === '.xlsx' || ext === '.xlsm' ? LIMITS.officeBytes : LIMITS.planTextBytes,
  );
  if (buf.length === 0) throw new UserError('error.fileEmpty', { file });
  if (startsWith(buf, OLE_MAGIC)) throw new UserError('error.docLegacy', { file });
  if (ext === '.xlsx' || ext === '.xlsm') {
    // Sizes first, as for a .docx: exceljs (JSZip) would inflate a bomb whole before looking at it.
    checkOfficeZip(buf, file);
    const sheets = await readXlsxTables(buf, file);
    // The text the 方案 screen shows beside the tree: each sheet's rows, cells joined by tabs.
    const text = sheets.map((s) => s.grid.map((row) => row.map(cellText).join('\t').replace(/\t+$/, '')).join('\n')).join('\n\n');
    return { file, text, kind: 'text', encoding: 'xlsx', tables: sheets.map((s) => ({ grid: s.grid, preamble: [] })) };
  }
  if (ext === '.docx' || startsWith(buf, ZIP_MAGIC)) {
    if (ext !== '.docx' && !TEXT_EXTENSIONS.has(ext)) throw new UserError('error.unsupportedType', { file });
    const text = await docxText(buf, file);
    // Loaded with the first .docx: its XML and zip readers are not needed for text or .xlsx.
    const { readDocxTables } = await import('./tables/read-docx-tables');
    const { tables } = await readDocxTables(buf, file);
    return { file, text, kind: 'text', encoding: 'docx', tables };
  }
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    if (decoded.reason === 'binary') throw new UserError('error.fileBinary', { file });
    throw new UserError('error.unknownEncoding', { file, encoding: decoded.detected });
  }
  const kind: TextKind = MARKDOWN_EXTENSIONS.has(ext) ? 'markdown' : 'text';
  return { file, text: decoded.text, kind, encoding: decoded.encoding };
}

/**
 * Reads and parses a scheme document, a numbered work plan or a scoring table in any of its forms:
 * the service behind `kaoping plan` and the app's plan import.
 */
export async function loadPlan(
  path: string,
  options: Omit<SchemeOptions, 'fileName'> = {},
): Promise<{ document: PlanDocument; plan: PlanTree }> {
  const document = await readPlanDocument(path);
  const plan = parseScheme(document, { ...options, fileName: document.file });
  return { document, plan };
}
