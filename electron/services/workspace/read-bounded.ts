import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../../shared/errors';
import { sizeText } from '../limits';

function readError(path: string, e: unknown): UserError {
  const file = basename(path);
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UserError('error.fileMissing', { file });
  if (code === 'EISDIR') return new UserError('error.notAFile', { file });
  return new UserError('error.fileUnreadable', { file, reason: code ?? 'EIO' });
}

/**
 * Reads a whole arriving file, refusing before reading what is not a regular file (a FIFO that
 * would block forever, a link to /dev/zero that never ends, a device) and what is larger than
 * `limit` bytes. The open is non-blocking and the opened handle is checked again, so a file
 * swapped between the checks is caught too; at most `limit` bytes are ever read.
 */
export async function readBoundedFile(path: string, limit: number): Promise<Buffer> {
  const file = basename(path);
  const info = await stat(path).catch((e: unknown) => {
    throw readError(path, e);
  });
  if (info.isDirectory()) throw new UserError('error.notAFile', { file });
  if (!info.isFile()) throw new UserError('hardening.notRegularFile', { file });
  if (info.size > limit) throw new UserError('hardening.tooLarge', { file, size: sizeText(info.size), limit: sizeText(limit) });
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((e: unknown) => {
    throw readError(path, e);
  });
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new UserError('hardening.notRegularFile', { file });
    // Read up to one byte past the limit: a file that grew since stat is caught, not read whole.
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, opened.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > limit) break;
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw new UserError('hardening.tooLarge', { file, size: `> ${sizeText(limit)}`, limit: sizeText(limit) });
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw readError(path, e);
  } finally {
    await handle.close();
  }
}
