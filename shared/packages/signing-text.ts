import { canonicalJson } from './canonical-json';

/**
 * The text a result package's signature covers, in pieces that join to it: the whole package
 * except the signature itself, as canonical JSON (canonical-json.ts), signed as UTF-8 bytes with
 * HMAC-SHA256 and the task's secret. Checked on the file's raw JSON, not on the parsed schema
 * (which fills in defaults), so every byte of meaning the file carries is covered, including
 * fields this version does not know. In pieces (one per top-level field) because joining them
 * copies the whole package once more: a hash takes the pieces one after the other, and for a
 * 20-package import that copy was a third of the signature checks.
 */
export function signingParts(pkg: object): string[] {
  const record = pkg as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => k !== 'signature' && record[k] !== undefined)
    .sort();
  const parts: string[] = ['{'];
  keys.forEach((k, i) => parts.push(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`, canonicalJson(record[k])));
  parts.push('}');
  return parts;
}

/** The signing text whole (signingParts joined): what a person or another tool would hash. */
export function signingText(pkg: object): string {
  return signingParts(pkg).join('');
}
