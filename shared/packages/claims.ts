import { z } from 'zod';
import { EntryValue, type AuditRecord } from '../assessment/schema';
import { cellKey, cellOf, contentKey, contentOf, type Content } from './cells';
import type { Cell, ReceivedSubmission } from './schema';

/** One accepted submission's word on one cell: a content, or "emptied" (content null). */
export interface Claim {
  cell: Cell;
  key: string;
  content: Content | null;
  /** When the evaluator entered (or emptied) it. */
  at: string;
  submission: ReceivedSubmission;
}

/**
 * Every accepted submission's claims, by cell. A function of the set of submissions, not of
 * the order they came in: the basis of an order-independent merge. `only` limits it to some
 * cells (those a new import touches).
 */
export function claimsByCell(received: ReceivedSubmission[], only?: Set<string>): Map<string, Claim[]> {
  const map = new Map<string, Claim[]>();
  const add = (key: string, claim: Claim) => {
    if (only && !only.has(key)) return;
    const list = map.get(key);
    if (list) list.push(claim);
    else map.set(key, [claim]);
  };
  for (const submission of received) {
    for (const e of submission.entries) {
      const content = contentOf(e);
      add(cellKey(e), { cell: cellOf(e), key: contentKey(content), content, at: e.at, submission });
    }
    for (const c of submission.cleared) add(cellKey(c), { cell: cellOf(c), key: contentKey(null), content: null, at: c.at, submission });
  }
  return map;
}

/**
 * claimsByCell for a merge: the new submissions' claims (each cell's key built once), then the
 * earlier submissions' claims on the same cells, each cell's list in the order of `order` (all
 * submissions sorted), as claimsByCell(order, cells the new ones touch) gives them.
 */
export function claimsOfNew(added: ReceivedSubmission[], earlier: ReceivedSubmission[], order: ReceivedSubmission[]): Map<string, Claim[]> {
  const map = new Map<string, Claim[]>();
  // The keys each submission gave, in its own order: to lay the cells out as claimsByCell does.
  const keysOf = new Map<ReceivedSubmission, string[]>();
  const add = (key: string, claim: Claim, keys: string[]) => {
    keys.push(key);
    const list = map.get(key);
    if (list) list.push(claim);
    else map.set(key, [claim]);
  };
  for (const submission of added) {
    const keys: string[] = [];
    keysOf.set(submission, keys);
    for (const e of submission.entries) {
      const content = contentOf(e);
      add(cellKey(e), { cell: cellOf(e), key: contentKey(content), content, at: e.at, submission }, keys);
    }
    for (const c of submission.cleared)
      add(cellKey(c), { cell: cellOf(c), key: contentKey(null), content: null, at: c.at, submission }, keys);
  }
  let shared = false;
  for (const submission of earlier) {
    const keys: string[] = [];
    keysOf.set(submission, keys);
    for (const e of submission.entries) {
      const key = cellKey(e);
      if (!map.has(key)) continue;
      const content = contentOf(e);
      add(key, { cell: cellOf(e), key: contentKey(content), content, at: e.at, submission }, keys);
      shared = true;
    }
    for (const c of submission.cleared) {
      const key = cellKey(c);
      if (!map.has(key)) continue;
      add(key, { cell: cellOf(c), key: contentKey(null), content: null, at: c.at, submission }, keys);
      shared = true;
    }
  }
  // One new submission alone is in order already. Otherwise each cell's claims go in the
  // submissions' order (a stable sort keeps a submission's entries before its clears), and the
  // cells in the order claimsByCell meets them.
  if (!shared && added.length <= 1) return map;
  const rank = new Map(order.map((s, i) => [s, i]));
  const ordered = new Map<string, Claim[]>();
  for (const submission of order) {
    for (const key of keysOf.get(submission) ?? []) {
      if (ordered.has(key)) continue;
      const list = map.get(key)!;
      if (list.length > 1) list.sort((a, b) => rank.get(a.submission)! - rank.get(b.submission)!);
      ordered.set(key, list);
    }
  }
  return ordered;
}

export const RESOLVE_ACTION = 'conflict.resolve';

/** A conflict the office decided: which contents it weighed, which one it took. */
export interface Resolution {
  covered: Set<string>;
  chosen: string;
  at: string;
  actor: string;
  reason: string;
}

const Candidate = z.union([
  z.object({ cleared: z.literal(true) }),
  z.object({ value: EntryValue, reason: z.string().default(''), evidence: z.string().default(''), note: z.string().default('') }),
]);
const ResolveRecord = z.object({
  target: z.object({ evaluator: z.string(), unit: z.string(), criterion: z.string() }),
  before: z.object({ candidates: z.array(Candidate) }),
  after: z.object({ choice: z.string() }),
});

/**
 * The office's decisions, read back from the audit trail (the record the decision was written
 * to), the latest per cell. The trail is the single source: a decision cannot exist without
 * its record, and survives restarts with the document.
 */
export function resolutionsOf(audit: AuditRecord[]): Map<string, Resolution> {
  const map = new Map<string, Resolution>();
  for (const record of audit) {
    if (record.action !== RESOLVE_ACTION) continue;
    const parsed = ResolveRecord.safeParse(record);
    if (!parsed.success) continue;
    const { target, before, after } = parsed.data;
    map.set(cellKey({ evaluatorId: target.evaluator, unitId: target.unit, criterionId: target.criterion }), {
      // Keys are recomputed from the contents the record keeps, so a decision stands even if
      // the key's spelling changes in a later version.
      covered: new Set(before.candidates.map((c) => ('cleared' in c ? contentKey(null) : contentKey(contentOf(c))))),
      chosen: after.choice,
      at: record.at,
      actor: record.actor,
      reason: record.reason,
    });
  }
  return map;
}
