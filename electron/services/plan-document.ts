import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { UserError } from '../../shared/errors';
import type { TextKind } from '../../shared/plan/paragraphs';
import type { PlanTree } from '../../shared/plan/types';
import { cellText } from '../../shared/tables/grid';
import { parseScheme, type SchemeOptions, type SchemeSource } from '../../shared/tables/parse-scheme';
import { readDocxTables } from './tables/read-docx-tables';
import { readXlsxTables } from './tables/read-xlsx-tables';
import { decodeText, type Encoding } from './text-encoding';

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

async function readBytes(path: string, file: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('error.fileMissing', { file });
    throw new UserError('error.fileUnreadable', { file, reason: code ?? String(e) });
  }
  if (info.isDirectory()) throw new UserError('error.notAFile', { file });
  try {
    return await readFile(path);
  } catch (e) {
    throw new UserError('error.fileUnreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

async function docxText(buf: Buffer, file: string): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: buf });
    return value;
  } catch (e) {
    throw new UserError('error.docxUnreadable', { file, reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
}

/**
 * Reads a scheme document (.txt or .md in UTF-8, UTF-16, GB18030/GBK or Big5, .docx with its
 * tables, or an .xlsx workbook) into text and tables. Every failure is a UserError naming the file.
 */
export async function readPlanDocument(path: string): Promise<PlanDocument> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const buf = await readBytes(path, file);
  if (buf.length === 0) throw new UserError('error.fileEmpty', { file });
  if (startsWith(buf, OLE_MAGIC)) throw new UserError('error.docLegacy', { file });
  if (ext === '.xlsx' || ext === '.xlsm') {
    const sheets = await readXlsxTables(buf, file);
    // The text the 方案 screen shows beside the tree: each sheet's rows, cells joined by tabs.
    const text = sheets.map((s) => s.grid.map((row) => row.map(cellText).join('\t').replace(/\t+$/, '')).join('\n')).join('\n\n');
    return { file, text, kind: 'text', encoding: 'xlsx', tables: sheets.map((s) => ({ grid: s.grid, preamble: [] })) };
  }
  if (ext === '.docx' || startsWith(buf, ZIP_MAGIC)) {
    if (ext !== '.docx' && !TEXT_EXTENSIONS.has(ext)) throw new UserError('error.unsupportedType', { file });
    const text = await docxText(buf, file);
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
export async function loadPlan(path: string, options: Omit<SchemeOptions, 'fileName'> = {}): Promise<{ document: PlanDocument; plan: PlanTree }> {
  const document = await readPlanDocument(path);
  const plan = parseScheme(document, { ...options, fileName: document.file });
  return { document, plan };
}
