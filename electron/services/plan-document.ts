import { basename, extname } from 'node:path';
import { UserError } from '../../shared/errors';
import type { TextKind } from '../../shared/plan/paragraphs';
import { parsePlan } from '../../shared/plan/parse-plan';
import type { ParseOptions, PlanTree } from '../../shared/plan/types';
import { LIMITS } from './limits';
import { decodeText, type Encoding } from './text-encoding';
import { readBoundedFile } from './workspace/read-bounded';
import { checkOfficeZip } from './workspace/zip-guard';

export interface PlanDocument {
  /** File name as the user knows it, for messages. */
  file: string;
  text: string;
  kind: TextKind;
  encoding: Encoding | 'docx';
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
 * Reads a work-plan document (.txt or .md in UTF-8, UTF-16, GB18030/GBK or Big5, or .docx)
 * into text. Every failure is a UserError naming the file.
 */
export async function readPlanDocument(path: string): Promise<PlanDocument> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const buf = await readBoundedFile(path, ext === '.docx' ? LIMITS.officeBytes : LIMITS.planTextBytes);
  if (buf.length === 0) throw new UserError('error.fileEmpty', { file });
  if (startsWith(buf, OLE_MAGIC)) throw new UserError('error.docLegacy', { file });
  if (ext === '.docx' || startsWith(buf, ZIP_MAGIC)) {
    if (ext !== '.docx' && !TEXT_EXTENSIONS.has(ext)) throw new UserError('error.unsupportedType', { file });
    return { file, text: await docxText(buf, file), kind: 'text', encoding: 'docx' };
  }
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    if (decoded.reason === 'binary') throw new UserError('error.fileBinary', { file });
    throw new UserError('error.unknownEncoding', { file, encoding: decoded.detected });
  }
  const kind: TextKind = MARKDOWN_EXTENSIONS.has(ext) ? 'markdown' : 'text';
  return { file, text: decoded.text, kind, encoding: decoded.encoding };
}

/** Reads and parses a work plan: the service behind `kaoping plan` and the app's plan import. */
export async function loadPlan(path: string, options: Omit<ParseOptions, 'fileName'> = {}): Promise<{ document: PlanDocument; plan: PlanTree }> {
  const document = await readPlanDocument(path);
  const plan = parsePlan(document.text, document.kind, { ...options, fileName: document.file });
  return { document, plan };
}
