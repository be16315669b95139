const OPENERS = '“‘「『《〈(（[【';
const CLOSERS = '”’」』》〉)）]】';
const ENDS = '。！？!?';

/**
 * Sentences of a Chinese text, each with its end mark. A full stop inside quotes, book-title
 * marks or brackets does not end a sentence; closing marks right after a stop stay with it.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  const chars = [...text];
  let pos = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    pos += c.length;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '\n' || (ENDS.includes(c) && depth === 0)) {
      while (c !== '\n' && i + 1 < chars.length && CLOSERS.includes(chars[i + 1]!)) {
        i++;
        pos += chars[i]!.length;
      }
      sentences.push(text.slice(start, pos));
      start = pos;
      depth = 0;
    }
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Trailing punctuation that does not belong in a title. */
export function stripTrailingPunctuation(s: string): string {
  return s.replace(/[\s。！？!?，,；;：:、]+$/u, '');
}
