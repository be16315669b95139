import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonHazard, type JsonHazard } from '../../shared/text/json-guard';

describe('findJsonHazard', () => {
  it('finds a repeated key in one object, with its place, and not across objects or in strings', () => {
    expect(findJsonHazard('{"a": 1,\n "b": {"a": 2}, "x": "\\"a\\": 3"}', 64)).toBeNull();
    expect(findJsonHazard('{"a": 1,\n "b": 2, "a": 3}', 64)).toEqual({ kind: 'duplicateKey', detail: 'a', line: 2, column: 10 });
    expect(findJsonHazard('[{"k": 1}, {"k": 2, "\\u006b": 3}]', 64)).toMatchObject({ kind: 'duplicateKey', detail: 'k' });
  });

  it('finds nesting beyond the limit and numbers that are not finite', () => {
    expect(findJsonHazard(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 64)).toMatchObject({ kind: 'tooDeep', detail: '64' });
    expect(findJsonHazard('{"x": [1e309]}', 64)).toMatchObject({ kind: 'badNumber', detail: '1e309' });
    expect(findJsonHazard('{"x": [-1.5e3, 0, 2]}', 64)).toBeNull();
  });
});

describe('findJsonHazard without a parse per key or a regex per digit', () => {
  it('answers what the scan with JSON.parse per key and a regex per number character answered', () => {
    const piece = fc.oneof(
      fc.constantFrom('{', '}', '[', ']', ',', ':', ' ', '\n', '"', '\\', '"a"', '"a\\u0062"', '"ab"', '"b"'),
      fc.constantFrom('1', '-', '.', 'e', 'E', '+', '1e309', '-0.5', '1.2.3', '--1', '1.', '9'.repeat(320), '0.' + '1'.repeat(310)),
      fc.json(),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(findJsonHazard(text, 8)).toEqual(referenceScan(text, 8));
      }),
      { numRuns: 3000 },
    );
  });
});

// The scan as it was before, for the comparison above.
function referenceScan(text: string, maxDepth: number): JsonHazard | null {
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
      while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      if (j >= text.length) return null;
      if (expectKey) {
        let key: string;
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
      let j = i + 1;
      while (j < text.length && /[0-9eE.+-]/.test(text[j]!)) j++;
      const literal = text.slice(i, j);
      if (!Number.isFinite(Number(literal))) return at(i, 'badNumber', literal.length > 40 ? `${literal.slice(0, 40)}…` : literal);
      i = j - 1;
    }
  }
  return null;
}
