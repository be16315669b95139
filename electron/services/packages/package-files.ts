import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { DocumentError, UserError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/messages';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { zodIssueText } from '../../../shared/i18n/zod-issues';
import { readableJson } from '../../../shared/packages/readable-json';
import { PACKAGE_SCHEMA_VERSION, PackageEnvelope } from '../../../shared/packages/schema';
import { DEFAULT_BACKUPS, writeFileAtomic, type BackupPolicy } from '../workspace/atomic-file';

/** Reads a file as UTF-8 text; a missing or unreadable file is the user's to fix (UserError). */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError('error.fileMissing', { file: basename(path) });
    if (code === 'EISDIR') throw new UserError('error.notAFile', { file: basename(path) });
    throw new UserError('error.fileUnreadable', { file: basename(path), reason: code ?? String(e) });
  }
}

function place(text: string, e: unknown): { line: number; column: number } {
  const message = e instanceof Error ? e.message : String(e);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

const pathText = (path: PropertyKey[]) => path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');

/**
 * Parses one of our JSON files, step by step, each failure a DocumentError naming the file
 * and the place: JSON syntax (a file that simply stops is called truncated), the format (a
 * task package where a result package belongs is named as such), the version (a newer one is
 * refused by number), then the schema. Returns the raw JSON too, for signature checks.
 */
export function parseKaopingJson<S extends z.ZodType>(text: string, file: string, format: string, schema: S): { raw: object; value: z.infer<S> } {
  const fail = (where: string, key: MessageKey, params: Record<string, string | number> = {}) => new DocumentError(file, [{ place: where, key, params }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const at = place(text, e);
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
  if (schemaVersion > PACKAGE_SCHEMA_VERSION) throw fail('schemaVersion', 'packages.newerVersion', { version: schemaVersion, supported: PACKAGE_SCHEMA_VERSION, appVersion: appVersion ?? '?' });
  if (schemaVersion !== PACKAGE_SCHEMA_VERSION) throw fail('schemaVersion', 'packages.olderVersion', { version: schemaVersion });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new DocumentError(file, parsed.error.issues.slice(0, 50).map((issue) => ({ place: pathText(issue.path), key: 'doc.schema' as const, params: { detail: zodIssueText(issue) } })));
  }
  return { raw: raw as object, value: parsed.data };
}

/** Reads and parses one of our JSON files (see parseKaopingJson). */
export async function readKaopingJson<S extends z.ZodType>(path: string, format: string, schema: S): Promise<{ raw: object; value: z.infer<S>; text: string }> {
  const text = await readTextFile(path);
  return { ...parseKaopingJson(text, basename(path), format, schema), text };
}

/** Writes one of our files atomically (temp file, flush, rename), laid out for people (readableJson). */
export async function writeJsonFile(path: string, value: object, backups: BackupPolicy | null = DEFAULT_BACKUPS): Promise<void> {
  try {
    await writeFileAtomic(path, readableJson(value), backups);
  } catch (e) {
    throw new UserError('error.writeFailed', { file: basename(path), reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}
