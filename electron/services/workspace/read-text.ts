import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../../shared/errors';

/** Reads a file as UTF-8 text; a missing or unreadable file is the user's to fix (UserError). */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('error.fileMissing', { file: basename(path) });
    if (code === 'EISDIR') throw new UserError('error.notAFile', { file: basename(path) });
    throw new UserError('error.fileUnreadable', { file: basename(path), reason: code ?? String(e) });
  }
}
