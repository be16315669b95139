import * as OpenCC from 'opencc-js/t2cn';

// Traditional → Simplified, used only to build comparison keys: documents keep their script.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Full-width ASCII forms and the ideographic space folded to their half-width forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Simplified-script, half-width version of a text, for keyword matching. */
export function simplify(s: string): string {
  return toHalfWidth(toSimplified(s));
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
