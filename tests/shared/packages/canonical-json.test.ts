import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/packages/canonical-json';
import { signingParts, signingText } from '../../../shared/packages/signing-text';

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops undefined, keeps array order and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: 'x', c: undefined, a: null }], 考: '评' })).toBe(
      '{"a":[3,{"a":null,"d":"x"}],"b":1,"考":"评"}',
    );
  });

  it('writes numbers and strings as JSON.stringify does (the RFC 8785 choices)', () => {
    expect(canonicalJson([0.1 + 0.2, 1e21, -0, 3.5, 'a"b\\c\n', '\u2028'])).toBe(
      '[0.30000000000000004,1e+21,0,3.5,"a\\"b\\\\c\\n","\u2028"]',
    );
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ x: 1n })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson([() => 1])).toThrow(TypeError);
  });

  it('the same data in any key order gives the same text, and survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text);
        const reversed = JSON.parse(JSON.stringify(value), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        );
        expect(canonicalJson(reversed)).toBe(text);
      }),
    );
  });

  it('the signing text covers everything but the signature', () => {
    expect(signingText({ z: 1, signature: { value: 'x' }, a: { y: 2 } })).toBe('{"a":{"y":2},"z":1}');
  });

  it('the signing pieces join to the canonical JSON of the package without its signature, whatever it holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (fields, signature) => {
        const pkg = { ...fields, signature };
        const { signature: _s, ...rest } = pkg;
        expect(signingParts(pkg).join('')).toBe(canonicalJson(rest));
      }),
    );
  });
});
