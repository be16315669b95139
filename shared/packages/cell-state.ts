import type { EntrySource, ScoreEntry } from '../assessment/schema';
import { contentKey, contentOf, type Content } from './cells';
import type { Claim, Resolution } from './claims';
import type { Cell } from './schema';

/** Where a candidate value comes from: a result package, or the assessment document itself. */
export type Origin =
  | { kind: 'package'; submissionId: string; packageId: string; fileName: string; submittedAt: string; at: string }
  | { kind: 'document'; source: EntrySource; at: string };

/** One of the values a cell could take; several origins when they agree. */
export interface Candidate {
  key: string;
  /** null: the evaluator emptied the cell. */
  content: Content | null;
  origins: Origin[];
}

/**
 * none: nothing claims the cell; agreed: one value (entered or to enter); settled: a decision
 * covers every candidate; conflict: two or more values wait for the office to pick.
 */
export type CellStatus = 'none' | 'agreed' | 'settled' | 'conflict';

export interface CellState {
  cell: Cell;
  current: ScoreEntry | undefined;
  candidates: Candidate[];
  status: CellStatus;
  /** What the document's cell should hold: unchanged, this entry, or empty. */
  desired: { kind: 'keep' } | { kind: 'set'; entry: ScoreEntry } | { kind: 'clear' };
}

const earliest = (times: string[]) => times.reduce((a, b) => (b < a ? b : a));

/**
 * Decides one cell from what the document holds, what accepted packages claim and what the
 * office decided — the whole merge rule, in one place:
 * - an entry in the document that no package claim explains (entered at the office, from an
 *   Excel sheet, or earlier by hand) is a candidate of its own and is never replaced unasked;
 * - one candidate: the cell takes it (a package value arrives with source 'package' and the
 *   time the evaluator first entered it);
 * - two or more: a conflict; a package value in the cell is taken out (kept in the claims and
 *   the audit trail) until the office picks, an office value stays;
 * - a decision that covers every candidate stands; a new value reopens it.
 * The inputs are sets, so the outcome does not depend on the order packages were imported in.
 */
export function cellState(cell: Cell, current: ScoreEntry | undefined, claims: Claim[], resolution: Resolution | undefined): CellState {
  const groups = new Map<string, Candidate>();
  const add = (key: string, content: Content | null, origin: Origin) => {
    const group = groups.get(key);
    if (group) group.origins.push(origin);
    else groups.set(key, { key, content, origins: [origin] });
  };
  for (const c of claims) {
    const s = c.submission;
    add(c.key, c.content, { kind: 'package', submissionId: s.submissionId, packageId: s.packageId, fileName: s.fileName, submittedAt: s.submittedAt, at: c.at });
  }
  const currentKey = current ? contentKey(contentOf(current)) : null;
  const explained = !!current && current.source === 'package' && (groups.has(currentKey!) || !!resolution?.covered.has(currentKey!));
  if (current && !explained) add(currentKey!, contentOf(current), { kind: 'document', source: current.source, at: current.at });

  const candidates = [...groups.values()];
  for (const c of candidates) c.origins.sort((a, b) => (a.kind === b.kind ? (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) : a.kind === 'document' ? -1 : 1));
  const rank = (c: Candidate) => (c.origins[0]!.kind === 'document' ? '' : earliest(c.origins.map((o) => (o.kind === 'package' ? o.submittedAt : ''))));
  candidates.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const base = { cell, current, candidates };
  if (candidates.length === 0) return { ...base, status: 'none', desired: { kind: 'keep' } };
  if (resolution && candidates.every((c) => resolution.covered.has(c.key))) return { ...base, status: 'settled', desired: { kind: 'keep' } };
  if (candidates.length > 1) return { ...base, status: 'conflict', desired: explained ? { kind: 'clear' } : { kind: 'keep' } };
  const only = candidates[0]!;
  if (only.content === null || only.origins.some((o) => o.kind === 'document')) return { ...base, status: 'agreed', desired: { kind: 'keep' } };
  const entry = packageEntry(cell, only);
  const same = current && currentKey === only.key && current.at === entry.at && current.source === 'package';
  return { ...base, status: 'agreed', desired: same ? { kind: 'keep' } : { kind: 'set', entry } };
}

/** The document entry for a package candidate: its content, at the time it was first entered. */
export function packageEntry(cell: Cell, candidate: Candidate): ScoreEntry {
  return { ...cell, ...candidate.content!, at: earliest(candidate.origins.map((o) => o.at)), source: 'package' };
}
