import * as OpenCC from 'opencc-js/t2cn';
import { TRADITIONAL_CHARS } from './traditional-chars';

// Traditional → Simplified, used only to build comparison keys: documents keep their script.
// The converter is built on first need (building it costs about 100 ms), and only text that has
// a Traditional character is converted at all: a Simplified plan never pays for it.
let converter: ((s: string) => string) | null = null;
function toSimplified(s: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(s);
}

// Per UTF-16 code unit: 1 for a Traditional character (one the conversion changes), from the
// generated list, so that asking never builds the converter: a Simplified plan pays nothing.
let traditional: Uint8Array | null = null;
function traditionalTable(): Uint8Array {
  if (traditional) return traditional;
  traditional = new Uint8Array(65536);
  for (let i = 0; i < TRADITIONAL_CHARS.length; i++) traditional[TRADITIONAL_CHARS.charCodeAt(i)] = 1;
  return traditional;
}

/** True when some character of `s` is written differently in Simplified script. */
export function hasTraditional(s: string): boolean {
  const table = traditionalTable();
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Below the CJK blocks nothing converts.
    if (code >= 0x2e80 && table[code] === 1) return true;
  }
  return false;
}

// Converted texts by their original: a plan's parse asks for the same titles and paragraphs
// several times (and the seed's body is pasted twice). Emptied when it grows large.
const converted = new Map<string, string>();

/** Full-width ASCII forms and the ideographic space folded to their half-width forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Simplified-script, half-width version of a text, for keyword matching. */
export function simplify(s: string): string {
  if (!hasTraditional(s)) return toHalfWidth(s);
  let result = converted.get(s);
  if (result === undefined) {
    if (converted.size > 10_000) converted.clear();
    result = toHalfWidth(toSimplified(s));
    converted.set(s, result);
  }
  return result;
}

/**
 * A key for comparing two texts regardless of script (Traditional/Simplified), width,
 * whitespace and punctuation. Two paragraphs with the same key are the same paragraph.
 */
export function matchKey(s: string): string {
  return simplify(s)
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}
