import type { AssignmentIndex } from '../../../shared/assessment/assignment';
import { leavesOf } from '../../../shared/assessment/criteria';
import type { Assessment } from '../../../shared/assessment/schema';

export interface Progress {
  done: number;
  total: number;
}

/**
 * How far scoring has come: for every evaluator and for every unit, the regular items they
 * are assigned and how many of those have an entry (a score, a deduction or 不适用).
 */
export function scoringProgress(
  doc: Assessment,
  index: AssignmentIndex,
): { byEvaluator: Map<string, Progress>; byUnit: Map<string, Progress>; byEvaluatorUnit: Map<string, Progress> } {
  const entered = new Set(doc.entries.map((e) => `${e.evaluatorId}\u0000${e.unitId}\u0000${e.criterionId}`));
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep).map((l) => l.criterion.id);
  const byEvaluator = new Map<string, Progress>();
  const byUnit = new Map<string, Progress>(doc.units.map((u) => [u.id, { done: 0, total: 0 }]));
  const byEvaluatorUnit = new Map<string, Progress>();
  for (const e of doc.evaluators) {
    const mine = { done: 0, total: 0 };
    for (const u of doc.units) {
      const cell = { done: 0, total: 0 };
      for (const c of leaves) {
        if (!index.covers(e.id, u.id, c)) continue;
        cell.total++;
        if (entered.has(`${e.id}\u0000${u.id}\u0000${c}`)) cell.done++;
      }
      mine.done += cell.done;
      mine.total += cell.total;
      const unit = byUnit.get(u.id)!;
      unit.done += cell.done;
      unit.total += cell.total;
      byEvaluatorUnit.set(`${e.id}\u0000${u.id}`, cell);
    }
    byEvaluator.set(e.id, mine);
  }
  return { byEvaluator, byUnit, byEvaluatorUnit };
}

export function percent(p: Progress | undefined): number {
  return p && p.total > 0 ? Math.floor((p.done / p.total) * 100) : 0;
}
