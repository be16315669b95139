/** Whitespace at either end of a line, including the ideographic space and zero-width characters. */
export function trimLine(s: string): string {
  return s.replace(/^[\s\u3000\u200B-\u200D\uFEFF]+|[\s\u3000\u200B-\u200D\uFEFF]+$/g, '');
}

/** Line breaks of any platform folded to "\n". */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}
