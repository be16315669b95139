/**
 * Canonical JSON (the subset of RFC 8785 "JCS" that our data needs): object keys sorted by
 * UTF-16 code units, no whitespace, numbers and strings as ECMAScript's JSON.stringify writes
 * them, properties whose value is undefined left out. Two parties that hold the same data get
 * the same text, whatever order the keys arrived in — which is what a signature needs.
 * Throws on values JSON cannot carry faithfully (NaN, Infinity, functions, bigint).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}
