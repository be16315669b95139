import { z } from 'zod';
import { CellTable } from '../assessment/cell-table';
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

type Source = ReceivedSubmission['entries'][number] | ReceivedSubmission['cleared'][number];

/**
 * One cell a merge touches, with every accepted submission's claims on it. Most cells of an
 * import have one claim: `single` then holds what it says (entry or emptied cell, as the
 * package has it) and no Claim object is made; `claims` builds them when asked.
 */
export class CellClaims {
  /** The ids of the cell: the first claiming entry (or cleared cell) itself, read field by field. */
  readonly cell: Cell;
  private readonly first: Source;
  private readonly firstBy: ReceivedSubmission;
  private more: Claim[] | null = null;
  private built: Claim[] | null = null;
  /** Has its place in the merge's order (claimsOfNew's bookkeeping). */
  placed = false;

  constructor(
    source: Source,
    submission: ReceivedSubmission,
    private readonly rank: Map<ReceivedSubmission, number>,
  ) {
    this.cell = source;
    this.first = source;
    this.firstBy = submission;
  }

  /** The only claim's entry (null: it empties the cell), or undefined when there are several. */
  get single(): ReceivedSubmission['entries'][number] | null | undefined {
    if (this.more) return undefined;
    return 'value' in this.first ? this.first : null;
  }

  /** Every claim, in the submissions' order (a stable sort keeps a submission's entries before its clears). */
  get claims(): Claim[] {
    if (this.built) return this.built;
    const all = [claimOf(this.cell, this.first, this.firstBy), ...(this.more ?? [])];
    if (all.length > 1) all.sort((a, b) => this.rank.get(a.submission)! - this.rank.get(b.submission)!);
    return (this.built = all);
  }

  add(source: Source, submission: ReceivedSubmission): void {
    (this.more ??= []).push(claimOf(this.cell, source, submission));
  }
}

function claimOf(cell: Cell, source: Source, submission: ReceivedSubmission): Claim {
  const content = 'value' in source ? contentOf(source) : null;
  return { cell, key: contentKey(content), content, at: source.at, submission };
}

/**
 * claimsByCell for a merge: the new submissions' claims, then the earlier submissions' claims
 * on the same cells, each cell's list in the order of `order` (all submissions sorted) and the
 * cells in the order claimsByCell(order, cells the new ones touch) gives them. Cells are found
 * through a CellTable and a lone claim stays the package's own object, so a 33,600-cell merge
 * builds no string key and no object per claim.
 */
export function claimsOfNew(added: ReceivedSubmission[], earlier: ReceivedSubmission[], order: ReceivedSubmission[]): CellClaims[] {
  const rank = new Map(order.map((s, i) => [s, i]));
  const table = new CellTable<CellClaims>();
  const cells: CellClaims[] = [];
  // The cells each submission claimed, in its own order: to lay the cells out as claimsByCell does.
  const cellsOf = new Map<ReceivedSubmission, CellClaims[]>();
  const add = (source: Source, submission: ReceivedSubmission, mine: CellClaims[]) => {
    const found = table.get(source);
    if (found) found.add(source, submission);
    else {
      const cell = new CellClaims(source, submission, rank);
      table.set(source, cell);
      cells.push(cell);
      mine.push(cell);
      return;
    }
    mine.push(found);
  };
  for (const submission of added) {
    const mine: CellClaims[] = [];
    cellsOf.set(submission, mine);
    for (const e of submission.entries) add(e, submission, mine);
    for (const c of submission.cleared) add(c, submission, mine);
  }
  let shared = false;
  for (const submission of earlier) {
    const mine: CellClaims[] = [];
    cellsOf.set(submission, mine);
    for (const e of submission.entries) {
      if (!table.has(e)) continue;
      add(e, submission, mine);
      shared = true;
    }
    for (const c of submission.cleared) {
      if (!table.has(c)) continue;
      add(c, submission, mine);
      shared = true;
    }
  }
  // One new submission alone is in order already. Otherwise the cells go in the order
  // claimsByCell meets them: the submissions' order, each one's cells in its own.
  if (!shared && added.length <= 1) return cells;
  const ordered: CellClaims[] = [];
  for (const submission of order) {
    for (const cell of cellsOf.get(submission) ?? []) {
      if (cell.placed) continue;
      cell.placed = true;
      ordered.push(cell);
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
  eachResolution(audit, (cell, resolution) => map.set(cellKey(cell), resolution));
  return map;
}

/** resolutionsOf as a CellTable, for a merge that looks cells up without building their keys. */
export function resolutionTableOf(audit: AuditRecord[]): CellTable<Resolution> {
  const table = new CellTable<Resolution>();
  eachResolution(audit, (cell, resolution) => table.set(cell, resolution));
  return table;
}

function eachResolution(audit: AuditRecord[], take: (cell: Cell, resolution: Resolution) => void): void {
  for (const record of audit) {
    if (record.action !== RESOLVE_ACTION) continue;
    const parsed = ResolveRecord.safeParse(record);
    if (!parsed.success) continue;
    const { target, before, after } = parsed.data;
    take(
      { evaluatorId: target.evaluator, unitId: target.unit, criterionId: target.criterion },
      {
        // Keys are recomputed from the contents the record keeps, so a decision stands even if
        // the key's spelling changes in a later version.
        covered: new Set(before.candidates.map((c) => ('cleared' in c ? contentKey(null) : contentKey(contentOf(c))))),
        chosen: after.choice,
        at: record.at,
        actor: record.actor,
        reason: record.reason,
      },
    );
  }
}
