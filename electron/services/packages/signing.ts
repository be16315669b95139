import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { SIGNATURE_ALGORITHM, type ResultPackage, type UnsignedResult } from '../../../shared/packages/schema';
import { canonicalOrder } from '../../../shared/packages/canonical-json';
import { signingParts } from '../../../shared/packages/signing-text';

/** A per-package secret: 32 random bytes, hex. */
export function newSecret(): string {
  return randomBytes(32).toString('hex');
}

/** A package or submission id. */
export function newId(): string {
  return randomUUID();
}

/** HMAC-SHA256 over the UTF-8 bytes of the pieces, as if they were one text (the pieces split only between JSON tokens). */
function hmac(parts: string[], secretHex: string): Buffer {
  const mac = createHmac('sha256', Buffer.from(secretHex, 'hex'));
  for (const part of parts) mac.update(part, 'utf8');
  return mac.digest();
}

/**
 * Signs a result package: HMAC-SHA256 over the UTF-8 bytes of its canonical JSON
 * (shared/packages/signing-text). Its fields' contents come back in canonical key order, so
 * the file, read back, verifies on canonicalJson's fast path; the top level keeps its order
 * for people.
 */
export function signResult(unsigned: UnsignedResult, secretHex: string): ResultPackage {
  const ordered = Object.fromEntries(Object.entries(unsigned).map(([k, v]) => [k, canonicalOrder(v)])) as UnsignedResult;
  return { ...ordered, signature: { algorithm: SIGNATURE_ALGORITHM, value: hmac(signingParts(ordered), secretHex).toString('hex') } };
}

/** Checks a signature over the file's raw JSON, in constant time. */
export function verifySignature(raw: object, signatureHex: string, secretHex: string): boolean {
  const expected = hmac(signingParts(raw), secretHex);
  const given = Buffer.from(signatureHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
