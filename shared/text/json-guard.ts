/** What a JSON text must not contain, though JSON.parse would take it. */
export interface JsonHazard {
  kind: 'duplicateKey' | 'tooDeep' | 'badNumber';
  /** The key repeated, the depth limit, or the number as written. */
  detail: string;
  line: number;
  column: number;
}

/**
 * Scans JSON text (one pass, no recursion) for what JSON.parse accepts silently and we refuse:
 * a key repeated in one object (a person reads the first value, JSON.parse keeps the last),
 * nesting deeper than `maxDepth` (checkers recurse and would overflow the stack), and numbers
 * that are not finite doubles (1e309 becomes Infinity). Syntax errors are left to JSON.parse:
 * on malformed text the scan just stops or reports nothing. Returns the first hazard or null.
 */
export function findJsonHazard(text: string, maxDepth: number): JsonHazard | null {
  const keys: (Set<string> | null)[] = [];
  let expectKey = false;
  const at = (index: number, kind: JsonHazard['kind'], detail: string): JsonHazard => {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return { kind, detail, line, column: index - start + 1 };
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      keys.push(c === 0x7b ? new Set() : null);
      if (keys.length > maxDepth) return at(i, 'tooDeep', String(maxDepth));
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      keys.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = keys.at(-1) instanceof Set;
    } else if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x22) break;
        if (d === 0x5c) {
          escaped = true;
          j++;
        }
      }
      if (j >= text.length) return null;
      if (expectKey) {
        // Most keys have no escapes: the text between the quotes is the key, without a parse.
        let key: string;
        if (!escaped) key = text.slice(i + 1, j);
        else
          try {
            key = JSON.parse(text.slice(i, j + 1)) as string;
          } catch {
            return null;
          }
        const set = keys.at(-1)!;
        if (set.has(key)) return at(i, 'duplicateKey', key);
        set.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // A plain decimal (digits, one point, a leading minus, no exponent) shorter than 300
      // characters is always a finite double: only the others are converted to be sure.
      let j = i + 1;
      let plain = true;
      let points = 0;
      let digits = c === 0x2d ? 0 : 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d >= 0x30 && d <= 0x39) digits++;
        else if (d === 0x2e) points++;
        else if (d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d) plain = false;
        else break;
      }
      if (!plain || points > 1 || digits === 0 || j - i >= 300) {
        const literal = text.slice(i, j);
        if (!Number.isFinite(Number(literal))) return at(i, 'badNumber', literal.length > 40 ? `${literal.slice(0, 40)}…` : literal);
      }
      i = j - 1;
    }
  }
  return null;
}
