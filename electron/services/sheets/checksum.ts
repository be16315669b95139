import { createHash } from 'node:crypto';

/** The digest of a score sheet's layout signature (see shared/sheets/layout.ts). */
export function layoutChecksum(signature: string): string {
  return createHash('sha256').update(signature, 'utf8').digest('hex');
}
