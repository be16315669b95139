// Checks a .docx or .xlsx before any zip library inflates it: a 150 KB file may unpack to
// gigabytes (a "zip bomb"), and JSZip/exceljs would try. The central directory says how large
// each part is; each part the readers will inflate is then inflated here with a hard output
// cap, so a directory that lies about sizes is caught as well. Pictures and media are skipped:
// the readers do not inflate them for text and values.
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../../../shared/errors';
import { LIMITS, sizeText } from '../limits';

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function broken(file: string): UserError {
  return new UserError('hardening.zipBroken', { file });
}

function centralDirectory(buf: Buffer, file: string): Entry[] {
  // The end record is in the last 22 + 65535 bytes (a comment may follow it).
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken(file);
  const count = buf.readUInt16LE(end + 10);
  const offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new UserError('hardening.unpackedTooLarge', { file, size: '4 GB', limit: sizeText(LIMITS.officeUnpackedBytes) });
  if (count > LIMITS.officeEntries) throw new UserError('hardening.zipTooManyEntries', { file, count, limit: LIMITS.officeEntries });
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw broken(file);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const isMedia = (name: string) => /(^|\/)(media|embeddings)\//i.test(name) || /\.(png|jpe?g|gif|bmp|emf|wmf|tiff?|svg)$/i.test(name);

/** Inflates one part with a hard cap on its output; more than `cap` bytes means the directory lied. */
function inflatedSize(buf: Buffer, entry: Entry, cap: number, file: string): number {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw broken(file);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw broken(file);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) }).length;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return cap + 1;
    throw broken(file);
  }
}

/**
 * Refuses a .docx/.xlsx whose parts would unpack to more than LIMITS.officeUnpackedBytes (or
 * that holds too many parts, or whose zip structure is broken), with a UserError naming the
 * file. Costs one bounded inflate of the text parts: milliseconds for real documents.
 */
export function checkOfficeZip(buf: Buffer, file: string): void {
  const entries = centralDirectory(buf, file).filter((e) => !e.name.endsWith('/') && !isMedia(e.name));
  const limit = LIMITS.officeUnpackedBytes;
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limit) throw new UserError('hardening.unpackedTooLarge', { file, size: sizeText(declared), limit: sizeText(limit) });
  // Each part inflates to at most what the directory claims, so the total stays within the
  // limit checked above; a part that would inflate further is a bomb in disguise.
  for (const entry of entries) {
    if (inflatedSize(buf, entry, entry.size, file) > entry.size) throw broken(file);
  }
}
