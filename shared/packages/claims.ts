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

export const RESOLVE_ACTION = 'conflict.resolve';

/** A conflict the office decided: which contents it weighed, which one it took. */
export interface Resolution {
  covered: Set<string>;
  chosen: string;
  at: string;
  actor: string;
  reason: string;
}

const Candidate = z.union([z.object({ cleared: z.literal(true) }), z.object({ value: EntryValue, reason: z.string().default(''), evidence: z.string().default(''), note: z.string().default('') })]);
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
