import { canonicalJson } from './canonical-json';

/**
 * The text a result package's signature covers: the whole package except the signature
 * itself, as canonical JSON (canonical-json.ts), signed as UTF-8 bytes with HMAC-SHA256 and the
 * task's secret. Checked on the file's raw JSON, not on the parsed schema (which fills in
 * defaults), so every byte of meaning the file carries is covered, including fields this
 * version does not know.
 */
export function signingText(pkg: object): string {
  const { signature: _signature, ...rest } = pkg as { signature?: unknown };
  return canonicalJson(rest);
}
