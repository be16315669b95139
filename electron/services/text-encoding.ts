import { createRequire } from 'node:module';

// The detector and the legacy decoders load with the first file that is not UTF-8 or UTF-16.
const require = createRequire(import.meta.url);
const legacy = () => ({
  analyse: (require('chardet') as typeof import('chardet')).analyse,
  iconv: require('iconv-lite') as typeof import('iconv-lite'),
});

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: 'binary' }
  | { ok: false; reason: 'unknownEncoding'; detected: string };

/** Share of characters that belong in a Chinese or Western document. */
function textLikeness(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (
      c === '\n' ||
      c === '\r' ||
      c === '\t' ||
      (code >= 0x20 && code < 0x7f) ||
      (code >= 0x2000 && code <= 0x2bff) || // punctuation, numbered forms (①), symbols
      (code >= 0x3000 && code <= 0x9fff) || // CJK punctuation and ideographs
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xffef) || // full-width forms
      (code >= 0xa0 && code <= 0x24f)
    )
      good++;
  }
  return good / [...text].length;
}

function hasControlBytes(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  return control > 0;
}

function decodeUtf16(buf: Uint8Array): DecodeResult | null {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(encoding).decode(buf);
    if (!text.includes('\uFFFD') && textLikeness(text) > 0.97) return { ok: true, text, encoding };
  }
  return null;
}

/**
 * Decodes a text document of unknown encoding: BOM first, then UTF-16 (by shape), strict UTF-8,
 * and GB18030 (a superset of GBK/GB2312) or Big5 as a detector ranks them. Anything else is
 * refused rather than turned into mojibake.
 */
export function decodeText(buf: Uint8Array): DecodeResult {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { ok: true, text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  if (buf.includes(0)) return (buf.length % 2 === 0 ? decodeUtf16(buf) : null) ?? { ok: false, reason: 'binary' };
  if (hasControlBytes(buf)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one of the Chinese legacy encodings, or something we refuse.
  }
  const { analyse, iconv } = legacy();
  const ranked = analyse(buf);
  const top = ranked[0]?.name ?? 'unknown';
  for (const { name } of ranked.slice(0, 3)) {
    const encoding = name === 'GB18030' ? 'gb18030' : name === 'Big5' ? 'big5' : null;
    if (!encoding) continue;
    const text = iconv.decode(Buffer.from(buf), encoding);
    if (!text.includes('\uFFFD') && textLikeness(text) > 0.97) return { ok: true, text, encoding };
  }
  return { ok: false, reason: 'unknownEncoding', detected: top };
}
