import { buildAssignmentIndex } from '../assessment/assignment';
import { leavesOf } from '../assessment/criteria';
import type { Assessment } from '../assessment/schema';
import { cellKey } from './cells';
import type { Conflict } from './conflicts';
import type { Cell, PackageLedger } from './schema';

export interface Tally {
  /** Leaf cells assigned (bonus and veto items are entered only when something happened). */
  expected: number;
  /** Of those, cells with an entry (N/A counts: it is an answer). */
  entered: number;
  missing: number;
  conflicts: number;
}

export interface EvaluatorProgress extends Tally {
  evaluatorId: string;
  name: string;
  teamName: string;
  /** Task packages issued to them (alone or with their team) and result packages accepted. */
  issued: number;
  lastExportedAt: string | null;
  received: number;
  lastSubmittedAt: string | null;
}

export interface UnitProgress extends Tally {
  unitId: string;
  name: string;
  /** Per evaluator, in document order; only those assigned to the unit. */
  evaluators: ({ evaluatorId: string } & Tally)[];
}

export interface ProgressBoard {
  evaluators: EvaluatorProgress[];
  units: UnitProgress[];
  total: Tally;
}

const latest = (times: string[]) => (times.length === 0 ? null : times.reduce((a, b) => (b > a ? b : a)));
const tally = (): Tally => ({ expected: 0, entered: 0, missing: 0, conflicts: 0 });

/**
 * What is in and what is missing, per evaluator and per unit: assigned leaf cells, entered
 * ones, pending conflicts, and the packages issued to and received from each evaluator.
 */
export function progressBoard(doc: Assessment, ledger: PackageLedger, conflicts: Conflict[]): ProgressBoard {
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep);
  const index = buildAssignmentIndex(doc);
  const entered = new Set(doc.entries.map(cellKey));
  const conflicted = new Map<string, number>();
  for (const c of conflicts) conflicted.set(cellKey(c.cell), 1);
  const perEvaluator = new Map(doc.evaluators.map((e) => [e.id, tally()]));
  const perUnit = new Map(doc.units.map((u) => [u.id, { total: tally(), evaluators: new Map<string, Tally>() }]));
  const total = tally();
  for (const unit of doc.units) {
    const u = perUnit.get(unit.id)!;
    for (const evaluator of doc.evaluators) {
      for (const leaf of leaves) {
        if (!index.covers(evaluator.id, unit.id, leaf.criterion.id)) continue;
        const key = cellKey({ evaluatorId: evaluator.id, unitId: unit.id, criterionId: leaf.criterion.id });
        const has = entered.has(key) ? 1 : 0;
        const conflict = conflicted.get(key) ?? 0;
        let cell = u.evaluators.get(evaluator.id);
        if (!cell) u.evaluators.set(evaluator.id, (cell = tally()));
        for (const t of [cell, u.total, perEvaluator.get(evaluator.id)!, total]) {
          t.expected++;
          t.entered += has;
          t.missing += 1 - has;
          t.conflicts += conflict;
        }
      }
    }
  }
  // A conflict on a bonus or veto item is not in any leaf tally; count it for its evaluator and unit.
  const leafIds = new Set(leaves.map((l) => l.criterion.id));
  for (const c of conflicts) {
    if (leafIds.has(c.cell.criterionId)) continue;
    for (const t of [perEvaluator.get(c.cell.evaluatorId), perUnit.get(c.cell.unitId)?.total, total]) if (t) t.conflicts++;
  }
  return {
    evaluators: doc.evaluators.map((e) => {
      const issued = ledger.issued.filter((p) => p.evaluatorIds.includes(e.id));
      const received = ledger.received.filter((r) => r.evaluatorIds.includes(e.id));
      return {
        evaluatorId: e.id,
        name: e.name,
        teamName: doc.teams.find((t) => t.id === e.teamId)?.name ?? '',
        ...perEvaluator.get(e.id)!,
        issued: issued.length,
        lastExportedAt: latest(issued.map((p) => p.exportedAt)),
        received: received.length,
        lastSubmittedAt: latest(received.map((r) => r.submittedAt)),
      };
    }),
    units: doc.units.map((unit) => {
      const u = perUnit.get(unit.id)!;
      return {
        unitId: unit.id,
        name: unit.name,
        ...u.total,
        evaluators: doc.evaluators.filter((e) => u.evaluators.has(e.id)).map((e) => ({ evaluatorId: e.id, ...u.evaluators.get(e.id)! })),
      };
    }),
    total,
  };
}

/** The assigned leaf cells without an entry, for one evaluator and/or unit (drill-down of the board). */
export function missingCells(doc: Assessment, filter: { evaluatorId?: string; unitId?: string } = {}): Cell[] {
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep);
  const index = buildAssignmentIndex(doc);
  const entered = new Set(doc.entries.map(cellKey));
  const cells: Cell[] = [];
  for (const unit of doc.units) {
    if (filter.unitId && unit.id !== filter.unitId) continue;
    for (const leaf of leaves) {
      for (const evaluator of doc.evaluators) {
        if (filter.evaluatorId && evaluator.id !== filter.evaluatorId) continue;
        const cell = { evaluatorId: evaluator.id, unitId: unit.id, criterionId: leaf.criterion.id };
        if (index.covers(cell.evaluatorId, cell.unitId, cell.criterionId) && !entered.has(cellKey(cell))) cells.push(cell);
      }
    }
  }
  return cells;
}
