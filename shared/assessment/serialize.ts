import { z } from 'zod';
import { DocumentError } from '../errors';
import { zodIssueText } from '../i18n/zod-issues';
import { jsonErrorPlace, pathText } from '../text/json-place';
import { AssessmentFileV1, decodeAssessment, encodeAssessment } from './file-format';
import { migrate } from './migrate';
import type { Assessment } from './schema';
import { validateAssessment, type DocumentProblem } from './validate';

const DECODE_KEYS = { rowLength: 'doc.rowLength', notNumber: 'doc.notNumber', badTime: 'doc.badTime' } as const;

function syntaxProblem(text: string, e: unknown): DocumentProblem {
  const { line, column } = jsonErrorPlace(text, e);
  return { place: `${line}:${column}`, key: 'doc.syntax', params: { line, column } };
}

/**
 * Reads an assessment file's text: JSON syntax, format and version (migrating older ones),
 * schema, then meaning. Throws DocumentError with every problem and its place; never returns a
 * document that failed any check.
 */
export function parseAssessment(text: string, file: string): Assessment {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DocumentError(file, [syntaxProblem(text, e)]);
  }
  const migrated = migrate(raw);
  if (!migrated.ok) {
    const key =
      migrated.problem === 'newerVersion'
        ? 'doc.newerVersion'
        : migrated.problem === 'noMigration'
          ? 'doc.noMigration'
          : 'doc.notAssessment';
    throw new DocumentError(file, [{ place: 'schemaVersion', key, params: { version: migrated.version ?? '' } }]);
  }
  const parsed = AssessmentFileV1.safeParse(migrated.raw);
  if (!parsed.success) {
    throw new DocumentError(
      file,
      parsed.error.issues.slice(0, 50).map((issue: z.core.$ZodIssue) => ({
        place: pathText(issue.path),
        key: 'doc.schema' as const,
        params: { detail: zodIssueText(issue) },
      })),
    );
  }
  const { doc, placeOf, problems } = decodeAssessment(parsed.data);
  const all: DocumentProblem[] = [
    ...problems.map((p) => ({ place: p.place, key: DECODE_KEYS[p.problem], params: {} })),
    ...validateAssessment(doc, placeOf),
  ];
  if (all.length > 0) throw new DocumentError(file, all);
  return doc;
}

/**
 * The file text of an assessment: indented JSON a person can read, with each dense score row
 * kept on one line.
 */
export function serializeAssessment(doc: Assessment, appVersion: string): string {
  const file = encodeAssessment(doc, appVersion);
  const compact: string[] = [];
  const token = (arr: unknown[]) => `\u0000${compact.push(JSON.stringify(arr)) - 1}\u0000`;
  const rows = file.scores.rows.map((r) => ({ ...r, values: token(r.values), at: token(r.at) }));
  // Each row's numbers stay on one line; the rest is indented for people.
  const pretty = JSON.stringify({ ...file, scores: { criteria: token(file.scores.criteria), rows } }, null, 2);
  return `${pretty.replace(/"\\u0000(\d+)\\u0000"/g, (_, i: string) => compact[Number(i)]!)}\n`;
}
