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

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const earliest = (origins: Origin[], pick: (o: Origin) => string) =>
  origins.reduce((best, o) => (pick(o) < best ? pick(o) : best), pick(origins[0]!));
const submitted = (o: Origin) => (o.kind === 'package' ? o.submittedAt : '');

function packageOrigin(c: Claim): Origin {
  const s = c.submission;
  return {
    kind: 'package',
    submissionId: s.submissionId,
    packageId: s.packageId,
    fileName: s.fileName,
    submittedAt: s.submittedAt,
    at: c.at,
  };
}

/** Groups claims (and an unexplained document entry) by content, in a stable order: the document first, then by submission time. */
function candidatesOf(claims: Claim[], document: ScoreEntry | undefined, documentKey: string | null): Candidate[] {
  const candidates: Candidate[] = [];
  for (const c of claims) {
    const found = candidates.find((k) => k.key === c.key);
    if (found) found.origins.push(packageOrigin(c));
    else candidates.push({ key: c.key, content: c.content, origins: [packageOrigin(c)] });
  }
  if (document) {
    const origin: Origin = { kind: 'document', source: document.source, at: document.at };
    const found = candidates.find((k) => k.key === documentKey);
    if (found) found.origins.unshift(origin);
    else candidates.unshift({ key: documentKey!, content: contentOf(document), origins: [origin] });
  }
  if (candidates.length > 1) {
    for (const c of candidates) c.origins.sort((a, b) => (a.kind !== b.kind ? (a.kind === 'document' ? -1 : 1) : byText(a.at, b.at)));
    const rank = (c: Candidate) => (c.origins[0]!.kind === 'document' ? '' : earliest(c.origins, submitted));
    candidates.sort((a, b) => byText(rank(a), rank(b)) || byText(a.key, b.key));
  } else if (candidates[0] && candidates[0].origins.length > 1) {
    candidates[0].origins.sort((a, b) => (a.kind !== b.kind ? (a.kind === 'document' ? -1 : 1) : byText(a.at, b.at)));
  }
  return candidates;
}

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
  const currentKey = current ? contentKey(contentOf(current)) : null;
  const explained =
    !!current && current.source === 'package' && (claims.some((c) => c.key === currentKey) || !!resolution?.covered.has(currentKey!));
  const candidates = candidatesOf(claims, explained ? undefined : current, currentKey);
  const base = { cell, current, candidates };
  if (candidates.length === 0) return { ...base, status: 'none', desired: { kind: 'keep' } };
  if (resolution && candidates.every((c) => resolution.covered.has(c.key)))
    return { ...base, status: 'settled', desired: { kind: 'keep' } };
  if (candidates.length > 1) return { ...base, status: 'conflict', desired: explained ? { kind: 'clear' } : { kind: 'keep' } };
  const only = candidates[0]!;
  if (only.content === null || only.origins[0]!.kind === 'document') return { ...base, status: 'agreed', desired: { kind: 'keep' } };
  const entry = packageEntry(cell, only);
  const same = current && currentKey === only.key && current.at === entry.at && current.source === 'package';
  return { ...base, status: 'agreed', desired: same ? { kind: 'keep' } : { kind: 'set', entry } };
}

/** The document entry for a package candidate: its content, at the time it was first entered. */
export function packageEntry(cell: Cell, candidate: Candidate): ScoreEntry {
  return entryOf(
    cell,
    candidate.content!,
    earliest(candidate.origins, (o) => o.at),
  );
}

/** A package entry from its parts, built field by field (imports make tens of thousands). */
export function entryOf(cell: Cell, content: Content, at: string): ScoreEntry {
  return {
    evaluatorId: cell.evaluatorId,
    unitId: cell.unitId,
    criterionId: cell.criterionId,
    value: content.value,
    reason: content.reason,
    evidence: content.evidence,
    note: content.note,
    at,
    source: 'package',
  };
}
