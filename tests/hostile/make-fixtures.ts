// Hostile files, made at test (or bench) time so nothing large is committed: zip bombs honest
// and lying, files that are not files, oversized files that take no disk (sparse), plans of
// junk headings, packages that break checkers.
import { execFileSync } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';

import { deflateRawSync } from 'node:zlib';

interface Part {
  name: string;
  data: Buffer;
  /** Claim this uncompressed size in the directory (a lying zip); the true size by default. */
  claimedSize?: number;
}

/** A minimal zip (deflated parts; CRC left 0: every use is refused before a CRC is checked). */
export function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data, { level: 1 });
    const size = part.claimedSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const paragraphs = (bytes: number) => Buffer.from('<w:p><w:r><w:t>一、考核</w:t></w:r></w:p>'.repeat(Math.ceil(bytes / 48)));

/** A .docx whose document.xml unpacks to `mb` MB of paragraphs (~150 KB as stored for 100 MB). */
export function docxBomb(path: string, mb: number, lying = false): string {
  const body = paragraphs(mb * 1024 * 1024);
  writeFileSync(
    path,
    zip([
      { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
      { name: 'word/document.xml', data: body, claimedSize: lying ? 4096 : undefined },
    ]),
  );
  return path;
}

/** An .xlsx whose worksheet unpacks to `mb` MB. */
export function xlsxBomb(path: string, mb: number): string {
  writeFileSync(path, zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(mb * 1024 * 1024, 0x20) }]));
  return path;
}

/** A file of `bytes` that takes no disk: sparse, all zeros. */
export function sparseFile(path: string, bytes: number): string {
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

/** A named pipe: reading it would wait for a writer forever. POSIX only. */
export function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** A link to an endless device. POSIX only. */
export function linkToDevZero(path: string): string {
  symlinkSync('/dev/zero', path);
  return path;
}

/** A "plan" of junk headings: a Chinese numeral heading per line. */
export function junkHeadings(path: string, count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `${['一', '二', '三', '四', '五', '六'][i % 6]}、标题${i}`);
  writeFileSync(path, lines.join('\n'));
  return path;
}
