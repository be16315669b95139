import { basename } from 'node:path';
import type { z } from 'zod';
import { DocumentError, UserError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/messages';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { zodIssueText } from '../../../shared/i18n/zod-issues';
import { findJsonHazard } from '../../../shared/text/json-guard';
import { jsonErrorPlace, pathText } from '../../../shared/text/json-place';
import { LIMITS } from '../limits';
import { readableJson } from '../../../shared/packages/readable-json';
import { PACKAGE_SCHEMA_VERSION, PackageEnvelope } from '../../../shared/packages/schema';
import { DEFAULT_BACKUPS, writeFileAtomic, type BackupPolicy } from '../workspace/atomic-file';
import { readTextFile } from '../workspace/read-text';

export { readTextFile };

const JSON_DEPTH_LIMIT = LIMITS.jsonDepth;

/**
 * Parses one of our JSON files, step by step, each failure a DocumentError naming the file
 * and the place: repeated keys, absurd nesting or numbers (findJsonHazard), JSON syntax (a file that simply stops is called truncated), the format (a
 * task package where a result package belongs is named as such), the version (a newer one is
 * refused by number), then the schema. Returns the raw JSON too, for signature checks.
 */
export function parseKaopingJson<S extends z.ZodType>(
  text: string,
  file: string,
  format: string,
  schema: S,
): { raw: object; value: z.infer<S> } {
  const fail = (where: string, key: MessageKey, params: Record<string, string | number> = {}) =>
    new DocumentError(file, [{ place: where, key, params }]);
  // Before JSON.parse: what it would take silently (a repeated key, 1e309, 200,000 levels).
  const hazard = findJsonHazard(text, JSON_DEPTH_LIMIT);
  if (hazard) {
    const key =
      hazard.kind === 'duplicateKey' ? 'hardening.duplicateKey' : hazard.kind === 'tooDeep' ? 'hardening.tooDeep' : 'hardening.badNumber';
    throw fail(`${hazard.line}:${hazard.column}`, key, { key: hazard.detail, limit: hazard.detail, text: hazard.detail });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const at = jsonErrorPlace(text, e);
    const ended = /end of (json|data)|unterminated|Unexpected end/i.test(e instanceof Error ? e.message : '') || text.trim() === '';
    throw fail(`${at.line}:${at.column}`, ended ? 'packages.truncated' : 'doc.syntax', at);
  }
  const envelope = PackageEnvelope.safeParse(raw);
  if (!envelope.success) throw fail('format', 'packages.notPackage');
  const { format: actual, schemaVersion, appVersion } = envelope.data;
  if (actual !== format) {
    const key = `packages.isKind.${actual}`;
    throw fail('format', key in zhCN ? (key as MessageKey) : 'packages.notPackage');
  }
  if (schemaVersion > PACKAGE_SCHEMA_VERSION)
    throw fail('schemaVersion', 'packages.newerVersion', {
      version: schemaVersion,
      supported: PACKAGE_SCHEMA_VERSION,
      appVersion: appVersion ?? '?',
    });
  if (schemaVersion !== PACKAGE_SCHEMA_VERSION) throw fail('schemaVersion', 'packages.olderVersion', { version: schemaVersion });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new DocumentError(
      file,
      parsed.error.issues
        .slice(0, 50)
        .map((issue) => ({ place: pathText(issue.path), key: 'doc.schema' as const, params: { detail: zodIssueText(issue) } })),
    );
  }
  return { raw: raw as object, value: parsed.data };
}

/** Reads and parses one of our JSON files (see parseKaopingJson). */
export async function readKaopingJson<S extends z.ZodType>(
  path: string,
  format: string,
  schema: S,
): Promise<{ raw: object; value: z.infer<S>; text: string }> {
  const text = await readTextFile(path);
  return { ...parseKaopingJson(text, basename(path), format, schema), text };
}

/**
 * Writes one of our files atomically (temp file, flush, rename), laid out for people
 * (readableJson). The text is first read back exactly as loading reads it (format, version,
 * schema): a file that would not load is refused with its reason and nothing is written.
 */
export async function writeJsonFile<S extends z.ZodType>(
  path: string,
  value: z.infer<S>,
  format: string,
  schema: S,
  backups: BackupPolicy | null = DEFAULT_BACKUPS,
): Promise<void> {
  const text = readableJson(value as object);
  try {
    parseKaopingJson(text, basename(path), format, schema);
  } catch (e) {
    if (e instanceof DocumentError) throw new DocumentError(e.file, e.problems, 'error.saveRefused');
    throw e;
  }
  try {
    await writeFileAtomic(path, text, backups);
  } catch (e) {
    throw new UserError('error.writeFailed', { file: basename(path), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}
