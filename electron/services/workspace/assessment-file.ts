import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseAssessment, serializeAssessment } from '../../../shared/assessment/serialize';
import type { Assessment } from '../../../shared/assessment/schema';
import { DocumentError, UserError, isUserError } from '../../../shared/errors';
import { APP_VERSION } from '../app-version';
import { readTextFile } from './read-text';
import { DEFAULT_BACKUPS, writeFileAtomic } from './atomic-file';
import { withWorkspaceLock } from './workspace-lock';

/**
 * What a file looked like when we last read or wrote it, to notice changes by others. The
 * content hash decides: a same-size change with its mtime put back is still a change.
 */
export interface Stamp {
  mtimeMs: number;
  size: number;
  sha256: string;
}

export const ASSESSMENT_SUFFIX = '.assessment.json';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function stampOf(path: string, text: string): Promise<Stamp> {
  const s = await stat(path).catch(() => null);
  return { mtimeMs: s?.mtimeMs ?? 0, size: s?.size ?? Buffer.byteLength(text), sha256: sha256(text) };
}

/** Reads and validates an assessment file. Throws UserError (DocumentError for bad content). */
export async function loadAssessmentFile(path: string): Promise<{ doc: Assessment; stamp: Stamp }> {
  const text = await readTextFile(path);
  const doc = parseAssessment(text, basename(path));
  return { doc, stamp: await stampOf(path, text) };
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
 * Saves an assessment atomically with rolling backups, holding the workspace lock. The document
 * must pass loading's checks first (checkedText). A file on disk whose content differs from
 * `expected` (or, without `expected`, any existing file) is re-read first: if it cannot be
 * parsed it is never overwritten; if it changed under us it is not overwritten either.
 */
export function saveAssessmentFile(path: string, doc: Assessment, expected?: Stamp | null): Promise<Stamp> {
  const file = basename(path);
  let next: string;
  try {
    next = checkedText(doc, file);
  } catch (e) {
    return Promise.reject(e);
  }
  return withWorkspaceLock(dirname(path), async () => {
    const text = await readTextFile(path).catch((e: unknown) => {
      if (isUserError(e) && e.key === 'error.fileMissing') return null;
      throw e;
    });
    const unchanged = text !== null && expected && sha256(text) === expected.sha256;
    if (text !== null && !unchanged) {
      try {
        parseAssessment(text, file);
      } catch (e) {
        if (isUserError(e)) throw new UserError('error.fileChangedOnDisk', { file });
        throw e;
      }
      if (expected) throw new UserError('error.fileChangedElsewhere', { file });
    }
    try {
      await writeFileAtomic(path, next, DEFAULT_BACKUPS);
    } catch (e) {
      throw new UserError('error.writeFailed', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    return stampOf(path, next);
  });
}
