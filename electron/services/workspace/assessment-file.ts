import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseAssessment, serializeAssessment } from '../../../shared/assessment/serialize';
import type { Assessment } from '../../../shared/assessment/schema';
import { DocumentError, UserError, isUserError } from '../../../shared/errors';
import { APP_VERSION } from '../app-version';
import { readTextFile } from './read-text';
import { DEFAULT_BACKUPS, writeFileAtomic } from './atomic-file';

/** What a file looked like when we last read or wrote it, to notice changes by others. */
export interface Stamp {
  mtimeMs: number;
  size: number;
}

export const ASSESSMENT_SUFFIX = '.assessment.json';

async function stampOf(path: string): Promise<Stamp | null> {
  try {
    const s = await stat(path);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return null;
  }
}

/** Reads and validates an assessment file. Throws UserError (DocumentError for bad content). */
export async function loadAssessmentFile(path: string): Promise<{ doc: Assessment; stamp: Stamp }> {
  const stamp = await stampOf(path);
  const doc = parseAssessment(await readTextFile(path), basename(path));
  return { doc, stamp: stamp! };
}

/**
 * The file text of a document, read back exactly as loading reads it (syntax, version, schema,
 * references, every entry against its rule). Every save goes through here, so nothing the app
 * writes can fail its own loading: a document that would is refused with its reason
 * (DocumentError 'error.saveRefused') before anything is written.
 */
export function checkedText(doc: Assessment, file: string): string {
  const text = serializeAssessment(doc, APP_VERSION);
  try {
    parseAssessment(text, file);
  } catch (e) {
    if (e instanceof DocumentError) throw new DocumentError(file, e.problems, 'error.saveRefused');
    throw e;
  }
  return text;
}

/**
 * Saves an assessment atomically with rolling backups. A file on disk that changed since
 * `expected` (or, without `expected`, any existing file) is re-read first: if it cannot be
 * parsed it is never overwritten; if it changed under us it is not overwritten either. The
 * document itself must pass loading's checks first (checkedText).
 */
export async function saveAssessmentFile(path: string, doc: Assessment, expected?: Stamp | null): Promise<Stamp> {
  const file = basename(path);
  const text = checkedText(doc, file);
  const current = await stampOf(path);
  const unchanged = current && expected && current.mtimeMs === expected.mtimeMs && current.size === expected.size;
  if (current && !unchanged) {
    try {
      parseAssessment(await readTextFile(path), file);
    } catch (e) {
      if (isUserError(e)) throw new UserError('error.fileChangedOnDisk', { file });
      throw e;
    }
    if (expected) throw new UserError('error.fileChangedElsewhere', { file });
  }
  try {
    await writeFileAtomic(path, text, DEFAULT_BACKUPS);
  } catch (e) {
    throw new UserError('error.writeFailed', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return (await stampOf(path))!;
}
