import { ASSESSMENT_FORMAT, ASSESSMENT_SCHEMA_VERSION } from './schema';

/** A migration turns a raw document of version N into version N + 1. Pure, no I/O. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they start from. Version 1 is the first format, so there are none
 * yet; when the format changes, add `1: (raw) => ({ ...raw, …, schemaVersion: 2 })` here.
 */
export const MIGRATIONS: Record<number, Migration> = {};

export type MigrateResult =
  | { ok: true; raw: Record<string, unknown>; from: number }
  | { ok: false; problem: 'notAssessment' | 'newerVersion' | 'noMigration'; version?: number };

/** Brings a raw document up to the current version, step by step. */
export function migrate(
  raw: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
  current = ASSESSMENT_SCHEMA_VERSION,
): MigrateResult {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== ASSESSMENT_FORMAT) {
    return { ok: false, problem: 'notAssessment' };
  }
  let doc = raw as Record<string, unknown>;
  const from = doc.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, problem: 'notAssessment' };
  if (from > current) return { ok: false, problem: 'newerVersion', version: from };
  for (let v = from; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, problem: 'noMigration', version: v };
    doc = step(doc);
  }
  return { ok: true, raw: doc, from };
}
