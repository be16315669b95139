import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseAssessment, serializeAssessment } from '../../../shared/assessment/serialize';
import type { Assessment } from '../../../shared/assessment/schema';
import { UserError, isUserError } from '../../../shared/errors';
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
 * Saves an assessment atomically with rolling backups. A file on disk that changed since
 * `expected` (or, without `expected`, any existing file) is re-read first: if it cannot be
 * parsed it is never overwritten; if it changed under us it is not overwritten either.
 */
export async function saveAssessmentFile(path: string, doc: Assessment, expected?: Stamp | null): Promise<Stamp> {
  const file = basename(path);
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
    await writeFileAtomic(path, serializeAssessment(doc, APP_VERSION), DEFAULT_BACKUPS);
  } catch (e) {
    throw new UserError('error.writeFailed', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return (await stampOf(path))!;
}
