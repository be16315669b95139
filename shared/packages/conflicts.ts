import { scoredItems } from '../assessment/criteria';
import type { Actor } from '../assessment/mutations';
import type { Assessment, AuditRecord, ScoreEntry } from '../assessment/schema';
import { UserError } from '../errors';
import { applyEntryChanges, type EntryChange } from '../assessment/mutations';
import { cellKey, contentKey, contentOf } from './cells';
import { cellState, packageEntry, type Candidate, type CellState } from './cell-state';
import { claimsByCell, resolutionsOf, RESOLVE_ACTION } from './claims';
import type { Cell, PackageLedger } from './schema';

/** A cell waiting for the office to pick: office vs package, or two submissions of one evaluator. */
export interface Conflict {
  cell: Cell;
  /** office: the document's own entry is among the candidates; packages: only submissions disagree. */
  kind: 'office' | 'packages';
  candidates: Candidate[];
  /** What the document's cell holds meanwhile (an office value stays; a package value is taken out). */
  current: CellState['current'];
}

function cellStates(doc: Assessment, ledger: PackageLedger, only?: Set<string>): CellState[] {
  const claims = claimsByCell(ledger.received, only);
  const resolutions = resolutionsOf(doc.audit);
  const current = new Map<string, ScoreEntry>();
  for (const e of doc.entries) {
    const key = cellKey(e);
    if (claims.has(key)) current.set(key, e);
  }
  const states: CellState[] = [];
  for (const [key, list] of claims) {
    const now = current.get(key);
    // One claim, and the cell empty or holding just that claim: one candidate, never a conflict.
    if (list.length === 1 && (!now || (now.source === 'package' && contentKey(contentOf(now)) === list[0]!.key))) continue;
    states.push(cellState(list[0]!.cell, now, list, resolutions.get(key)));
  }
  return states;
}

/**
 * The pending conflicts, derived from the document (entries, decisions in the audit trail) and
 * the ledger's accepted submissions — never stored apart, so they cannot go stale and survive
 * restarts with the files. Ordered by unit, item and evaluator as the document lists them.
 */
export function listConflicts(doc: Assessment, ledger: PackageLedger): Conflict[] {
  const unitOrder = new Map(doc.units.map((u, i) => [u.id, i]));
  const itemOrder = new Map([...scoredItems(doc).keys()].map((id, i) => [id, i]));
  const evaluatorOrder = new Map(doc.evaluators.map((e, i) => [e.id, i]));
  const order = (c: Cell) => [unitOrder.get(c.unitId) ?? -1, itemOrder.get(c.criterionId) ?? -1, evaluatorOrder.get(c.evaluatorId) ?? -1];
  return cellStates(doc, ledger)
    .filter((s) => s.status === 'conflict')
    .map((s): Conflict => ({
      cell: s.cell,
      kind: s.candidates.some((c) => c.origins.some((o) => o.kind === 'document')) ? 'office' : 'packages',
      candidates: s.candidates,
      current: s.current,
    }))
    .sort((a, b) => {
      const x = order(a.cell);
      const y = order(b.cell);
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
}

/** One decision: the cell and the candidate (by key) the office takes. */
export interface Pick {
  cell: Cell;
  choice: string;
}

/**
 * Resolves conflicts: each cell takes the picked candidate (a package value is entered with
 * the evaluator's time; "emptied" empties the cell; the office's own value stays), and a
 * 'conflict.resolve' record keeps every candidate, the pick and the reason — which is also what
 * later imports read to know the decision stands. A reason is required; throws UserError and
 * changes nothing when a cell has no pending conflict or the pick is not one of its candidates.
 */
export function resolveConflicts(doc: Assessment, ledger: PackageLedger, picks: Pick[], reason: string, by: Actor): Assessment {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  if (!reason.trim()) throw new UserError('error.reasonRequired');
  const states = new Map(cellStates(doc, ledger, new Set(picks.map((p) => cellKey(p.cell)))).map((s) => [cellKey(s.cell), s]));
  const changes: EntryChange[] = [];
  const records: AuditRecord[] = [];
  for (const pick of picks) {
    const state = states.get(cellKey(pick.cell));
    if (!state || state.status !== 'conflict')
      throw new UserError('packages.noConflict', {
        evaluator: pick.cell.evaluatorId,
        unit: pick.cell.unitId,
        criterion: pick.cell.criterionId,
      });
    states.delete(cellKey(pick.cell));
    const chosen = state.candidates.find((c) => c.key === pick.choice);
    if (!chosen) throw new UserError('packages.unknownChoice');
    const fromDocument = chosen.origins.some((o) => o.kind === 'document');
    if (chosen.content === null) changes.push({ cell: state.cell, entry: null, target: { cause: 'conflict.resolve' } });
    else if (!fromDocument)
      changes.push({ cell: state.cell, entry: packageEntry(state.cell, chosen), target: { cause: 'conflict.resolve' } });
    records.push({
      at: by.at,
      actor: by.actor,
      action: RESOLVE_ACTION,
      target: { evaluator: state.cell.evaluatorId, unit: state.cell.unitId, criterion: state.cell.criterionId },
      before: { candidates: state.candidates.map((c) => ({ key: c.key, ...(c.content ?? { cleared: true }), origins: c.origins })) },
      after: { choice: chosen.key, ...(chosen.content ?? { cleared: true }) },
      reason: reason.trim(),
    });
  }
  const changed = applyEntryChanges(doc, changes, by);
  return { ...changed, updatedAt: by.at, audit: [...changed.audit, ...records] };
}
