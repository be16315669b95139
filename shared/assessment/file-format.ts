import { z } from 'zod';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_SCHEMA_VERSION,
  Assessment,
  AuditRecord,
  EntrySource,
  Evaluator,
  Scheme,
  ScoreEntry,
  Settings,
  Status,
  Team,
  Unit,
} from './schema';

/**
 * The assessment file on disk. Plain scores without remarks — the bulk of any assessment — are
 * stored densely, one row of numbers per evaluator, unit and source over the leaf criteria named
 * once in `scores.criteria`; everything else (deductions with reasons, tiers, bonus, veto, N/A,
 * remarks) is a full entry in `details`. A 111-unit × 300-criterion × 20-evaluator year is then
 * a few megabytes that load in tens of milliseconds instead of 60 MB of repeated keys.
 */
const ScoreRow = z.object({
  evaluator: z.string().min(1),
  unit: z.string().min(1),
  source: EntrySource,
  values: z.array(z.number().nullable()),
  /** When each value was entered, in seconds since the epoch (null where no value). */
  at: z.array(z.number().nullable()),
});

export const AssessmentFileV1 = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  schemaVersion: z.literal(1),
  appVersion: z.string(),
  id: z.string().min(1),
  name: z.string().min(1),
  year: z.number().int(),
  status: Status,
  createdAt: z.string(),
  updatedAt: z.string(),
  scheme: Scheme,
  units: z.array(Unit),
  evaluators: z.array(Evaluator),
  teams: z.array(Team),
  settings: Settings,
  scores: z.object({ criteria: z.array(z.string()), rows: z.array(ScoreRow) }),
  details: z.array(ScoreEntry),
  audit: z.array(AuditRecord),
});
export type AssessmentFileV1 = z.infer<typeof AssessmentFileV1>;

const isPlain = (e: ScoreEntry) => e.value.kind === 'score' && !e.reason && !e.evidence && !e.note;

function toSeconds(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.round(ms / 1000);
}

/** The document as written to disk. */
export function encodeAssessment(doc: Assessment, appVersion: string): AssessmentFileV1 {
  const criteria: string[] = [];
  const column = new Map<string, number>();
  const rows = new Map<string, AssessmentFileV1['scores']['rows'][number]>();
  const details: ScoreEntry[] = [];
  for (const entry of doc.entries) {
    if (!isPlain(entry)) {
      details.push(entry);
      continue;
    }
    let col = column.get(entry.criterionId);
    if (col === undefined) {
      col = criteria.push(entry.criterionId) - 1;
      column.set(entry.criterionId, col);
    }
    const key = `${entry.evaluatorId}\u0000${entry.unitId}\u0000${entry.source}`;
    let row = rows.get(key);
    if (!row) {
      row = { evaluator: entry.evaluatorId, unit: entry.unitId, source: entry.source, values: [], at: [] };
      rows.set(key, row);
    }
    row.values[col] = (entry.value as { score: number }).score;
    row.at[col] = toSeconds(entry.at);
  }
  const width = criteria.length;
  const packed = [...rows.values()].map((r) => ({
    ...r,
    values: Array.from({ length: width }, (_, i) => r.values[i] ?? null),
    at: Array.from({ length: width }, (_, i) => r.at[i] ?? null),
  }));
  const { entries: _entries, ...rest } = doc;
  return {
    format: ASSESSMENT_FORMAT,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    appVersion,
    ...rest,
    scores: { criteria, rows: packed },
    details,
    audit: doc.audit,
  };
}

export interface DecodeProblem {
  place: string;
  problem: 'rowLength';
}

/**
 * The document in memory from its file form (already schema-checked). `places` says where in
 * the file each entry came from, for error messages.
 */
export function decodeAssessment(file: AssessmentFileV1): { doc: Assessment; places: string[]; problems: DecodeProblem[] } {
  const { scores, details, format: _f, schemaVersion: _v, appVersion: _a, ...rest } = file;
  const problems: DecodeProblem[] = [];
  const entries: ScoreEntry[] = [];
  const places: string[] = [];
  const width = scores.criteria.length;
  scores.rows.forEach((row, r) => {
    if (row.values.length !== width || row.at.length !== width) {
      problems.push({ place: `scores.rows[${r}]`, problem: 'rowLength' });
      return;
    }
    for (let c = 0; c < width; c++) {
      const score = row.values[c];
      if (score === null || score === undefined) continue;
      const seconds = row.at[c];
      entries.push({
        evaluatorId: row.evaluator,
        unitId: row.unit,
        criterionId: scores.criteria[c]!,
        value: { kind: 'score', score },
        reason: '',
        evidence: '',
        note: '',
        at: seconds === null || seconds === undefined ? '' : new Date(seconds * 1000).toISOString(),
        source: row.source,
      });
      places.push(`scores.rows[${r}].values[${c}]`);
    }
  });
  entries.push(...details);
  details.forEach((_, i) => places.push(`details[${i}]`));
  return { doc: { ...rest, entries }, places, problems };
}

export { Assessment };
