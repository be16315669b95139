/**
 * True when JSON.stringify already writes `value` canonically: every object's keys in sorted
 * order (as JSON.parse returns a file written that way), no undefined values, finite numbers.
 * Checking is several times cheaper than building the text by hand, so large packages whose
 * writer sorted them verify at native speed.
 */
function stringifiesCanonically(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined || !stringifiesCanonically(item)) return false;
    }
    return true;
  }
  // Own keys, as JSON.stringify writes them; their order first, so an object in another order is
  // found without walking what it holds (a package's top level is in the order people read).
  // Object.keys lists integer-like keys first, in numeric order ("9" before "10"): that order is
  // not sorted by code units, so such objects fail here and take the slow path, as they must.
  // (A for…in walk did the same but was about seven times slower on a 20-package import.)
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! >= keys[i]!) return false;
  for (let i = 0; i < keys.length; i++) {
    const item = record[keys[i]!];
    if (item === undefined || !stringifiesCanonically(item)) return false;
  }
  return true;
}

/**
 * Canonical JSON (the subset of RFC 8785 "JCS" that our data needs): object keys sorted by
 * UTF-16 code units, no whitespace, numbers and strings as ECMAScript's JSON.stringify writes
 * them, properties whose value is undefined left out. Two parties that hold the same data get
 * the same text, whatever order the keys arrived in — which is what a signature needs.
 * Throws on values JSON cannot carry faithfully (NaN, Infinity, functions, bigint).
 */
export function canonicalJson(value: unknown): string {
  if (stringifiesCanonically(value)) return JSON.stringify(value);
  switch (typeof value) {
    case 'number':
      throw new TypeError(`canonicalJson: ${value} has no JSON form`);
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

/** A copy of `value` whose objects list their keys in canonical order, so JSON.stringify writes it canonically. */
export function canonicalOrder<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}
