import { z } from 'zod';
import { ASSESSMENT_FORMAT, ASSESSMENT_SCHEMA_VERSION, Assessment, EntrySource, ScoreEntry } from './schema';

/**
 * The assessment file on disk. Plain scores without remarks — the bulk of any assessment — are
 * stored densely: one row of numbers per evaluator, unit and source over the leaf criteria named
 * once in `scores.criteria`, with entry times as second offsets from the row's `atBase`.
 * Everything else (deductions with reasons, tiers, bonus, veto, N/A, remarks) is a full entry
 * in `details`. A 111-unit × 300-criterion × 20-evaluator year is then a few megabytes that load
 * in tens of milliseconds instead of 60 MB of repeated keys. The dense arrays are checked by hand
 * in decodeAssessment (a schema library is far slower on 666,000 numbers).
 */
const ScoreRow = z.object({
  evaluator: z.string().min(1),
  unit: z.string().min(1),
  source: EntrySource,
  /** Seconds since the epoch that `at` offsets count from. */
  atBase: z.number().int(),
  values: z.custom<unknown[]>(Array.isArray, 'expected an array'),
  /** When each value was entered, as seconds after atBase (null where no value). */
  at: z.custom<unknown[]>(Array.isArray, 'expected an array'),
});
type ScoreRow = z.infer<typeof ScoreRow>;

export const AssessmentFileV1 = Assessment.omit({ entries: true }).extend({
  format: z.literal(ASSESSMENT_FORMAT),
  schemaVersion: z.literal(1),
  appVersion: z.string(),
  scores: z.object({ criteria: z.array(z.string()), rows: z.array(ScoreRow) }),
  details: z.array(ScoreEntry),
});
export type AssessmentFileV1 = z.infer<typeof AssessmentFileV1>;

const isPlain = (e: ScoreEntry) => e.value.kind === 'score' && !e.reason && !e.evidence && !e.note;

function toSeconds(iso: string, cache: Map<string, number>): number {
  let seconds = cache.get(iso);
  if (seconds === undefined) {
    const ms = Date.parse(iso);
    seconds = Number.isNaN(ms) ? 0 : Math.round(ms / 1000);
    cache.set(iso, seconds);
  }
  return seconds;
}

interface RowBuilder {
  evaluator: string;
  unit: string;
  source: ScoreEntry['source'];
  values: (number | null)[];
  seconds: (number | null)[];
}

/** The document as written to disk. */
export function encodeAssessment(doc: Assessment, appVersion: string): AssessmentFileV1 {
  const criteria: string[] = [];
  const column = new Map<string, number>();
  // evaluator → unit → source → row, without building string keys for every entry.
  const rows = new Map<string, Map<string, Map<string, RowBuilder>>>();
  const ordered: RowBuilder[] = [];
  const details: ScoreEntry[] = [];
  const secondsCache = new Map<string, number>();
  let last: RowBuilder | null = null;
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
    // Entries usually come row by row, so the previous row is the likely one.
    let row: RowBuilder | undefined =
      last !== null && last.evaluator === entry.evaluatorId && last.unit === entry.unitId && last.source === entry.source
        ? last
        : undefined;
    if (!row) {
      let byUnit = rows.get(entry.evaluatorId);
      if (!byUnit) rows.set(entry.evaluatorId, (byUnit = new Map()));
      let bySource = byUnit.get(entry.unitId);
      if (!bySource) byUnit.set(entry.unitId, (bySource = new Map()));
      row = bySource.get(entry.source);
      if (!row) {
        row = { evaluator: entry.evaluatorId, unit: entry.unitId, source: entry.source, values: [], seconds: [] };
        bySource.set(entry.source, row);
        ordered.push(row);
      }
      last = row;
    }
    row.values[col] = (entry.value as { score: number }).score;
    row.seconds[col] = toSeconds(entry.at, secondsCache);
  }
  const width = criteria.length;
  const packed: ScoreRow[] = ordered.map((r) => {
    let atBase = Infinity;
    for (const s of r.seconds) if (s !== undefined && s !== null && s < atBase) atBase = s;
    const values = new Array<number | null>(width);
    const at = new Array<number | null>(width);
    for (let i = 0; i < width; i++) {
      const v = r.values[i];
      values[i] = v === undefined ? null : v;
      const s = r.seconds[i];
      at[i] = s === undefined || s === null ? null : s - atBase;
    }
    return { evaluator: r.evaluator, unit: r.unit, source: r.source, atBase: Number.isFinite(atBase) ? atBase : 0, values, at };
  });
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
  problem: 'rowLength' | 'notNumber' | 'badTime';
}

/** What decoding gives: the document, where each entry came from, and what was malformed. */
export interface Decoded {
  doc: Assessment;
  /** The file place of entry i, e.g. "scores.rows[3].values[17]" or "details[2]". */
  placeOf: (i: number) => string;
  problems: DecodeProblem[];
}

/** The document in memory from its file form (its shape already schema-checked). */
export function decodeAssessment(file: AssessmentFileV1): Decoded {
  const { scores, details, format: _f, schemaVersion: _v, appVersion: _a, ...rest } = file;
  const problems: DecodeProblem[] = [];
  const entries: ScoreEntry[] = [];
  // Dense entries remember their row and column as two small numbers, not a string each.
  const rowOf: number[] = [];
  const colOf: number[] = [];
  // Equal scores share one (immutable) value object; equal times one string.
  const valueCache = new Map<number, ScoreEntry['value']>();
  const isoCache = new Map<number, string>();
  const iso = (seconds: number) => {
    let s = isoCache.get(seconds);
    if (s === undefined) isoCache.set(seconds, (s = new Date(seconds * 1000).toISOString()));
    return s;
  };
  const width = scores.criteria.length;
  scores.rows.forEach((row, r) => {
    if (row.values.length !== width || row.at.length !== width) {
      problems.push({ place: `scores.rows[${r}]`, problem: 'rowLength' });
      return;
    }
    for (let c = 0; c < width; c++) {
      const score = row.values[c];
      if (score === null) continue;
      if (typeof score !== 'number' || !Number.isFinite(score)) {
        problems.push({ place: `scores.rows[${r}].values[${c}]`, problem: 'notNumber' });
        continue;
      }
      const offset = row.at[c];
      if (typeof offset !== 'number' || !Number.isInteger(offset)) {
        problems.push({ place: `scores.rows[${r}].at[${c}]`, problem: 'badTime' });
        continue;
      }
      entries.push({
        evaluatorId: row.evaluator,
        unitId: row.unit,
        criterionId: scores.criteria[c]!,
        value: valueCache.get(score) ?? (valueCache.set(score, { kind: 'score', score }), valueCache.get(score)!),
        reason: '',
        evidence: '',
        note: '',
        at: iso(row.atBase + offset),
        source: row.source,
      });
      rowOf.push(r);
      colOf.push(c);
    }
  });
  const dense = entries.length;
  for (const d of details) entries.push(d);
  const placeOf = (i: number) => (i < dense ? `scores.rows[${rowOf[i]}].values[${colOf[i]}]` : `details[${i - dense}]`);
  return { doc: { ...rest, entries }, placeOf, problems };
}

export { Assessment };
