/**
 * Line and column of a JSON syntax error, from the engine's message ("… line 3 column 14" or
 * "… at position 1234"); the end of the text when it says neither (a file that simply stops).
 */
export function jsonErrorPlace(text: string, e: unknown): { line: number; column: number } {
  const message = e instanceof Error ? e.message : String(e);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A schema path as people read it: "units[3].name". */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}
