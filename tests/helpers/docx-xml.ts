// Reading a written .docx back as Word would see it: the zip's central directory, the
// word/document.xml part inflated, its paragraphs and table cells as text. Hand-written over
// node:zlib so the check does not lean on the library that wrote the file.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** The parts of a zip file by name (stored or deflated entries). */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const parts = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = bytes.readUInt16LE(p + 10);
    const size = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30);
    const comment = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    parts.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLength + extra + comment;
  }
  return parts;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The texts of the runs of one XML fragment, joined. */
function runText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
}

export interface DocxContent {
  /** word/document.xml as written. */
  xml: string;
  /** Every paragraph's text outside tables, in order (empty ones kept). */
  paragraphs: string[];
  /** Each table as rows of cell texts. */
  tables: string[][][];
  /** Header parts' texts. */
  headers: string[];
  parts: Map<string, Buffer>;
}

/** Unzips a .docx and reads its body: paragraphs and tables as a reader sees them. */
export function readDocx(path: string): DocxContent {
  const parts = unzip(readFileSync(path));
  const xml = parts.get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error(`${path} has no word/document.xml`);
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => runText(c[1]!)),
    ),
  );
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((m) => runText(m[1] ?? ''));
  const headers = [...parts.entries()].filter(([n]) => /^word\/header\d*\.xml$/.test(n)).map(([, b]) => runText(b.toString('utf8')));
  return { xml, paragraphs, tables, headers, parts };
}
