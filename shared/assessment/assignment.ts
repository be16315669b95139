import { expandCriterionIds } from './criteria';
import type { Assessment, Assignment } from './schema';

/** Who scores what: each evaluator's units and items, resolved once. */
export interface AssignmentIndex {
  /** An evaluator's units and items (null: all), resolved; items expanded to leaves. */
  resolved(evaluatorId: string): { units: Set<string> | null; criteria: Set<string> | null } | undefined;
  /** Does this evaluator score this unit on this item? */
  covers(evaluatorId: string, unitId: string, criterionId: string): boolean;
  /** The evaluators expected to score a unit on an item. */
  evaluatorsFor(unitId: string, criterionId: string): string[];
}

/** The assignment that applies to an evaluator: their own, else their team's, else everything. */
export function effectiveAssignment(doc: Pick<Assessment, 'teams' | 'evaluators'>, evaluatorId: string): Assignment {
  const evaluator = doc.evaluators.find((e) => e.id === evaluatorId);
  if (!evaluator) return { unitIds: [], criterionIds: [] };
  if (evaluator.assignment) return evaluator.assignment;
  const team = doc.teams.find((t) => t.id === evaluator.teamId);
  return team ? team.assignment : { unitIds: null, criterionIds: null };
}

export function buildAssignmentIndex(doc: Pick<Assessment, 'teams' | 'evaluators' | 'scheme'>): AssignmentIndex {
  const resolved = new Map<string, { units: Set<string> | null; criteria: Set<string> | null }>();
  for (const e of doc.evaluators) {
    const a = effectiveAssignment(doc, e.id);
    resolved.set(e.id, {
      units: a.unitIds ? new Set(a.unitIds) : null,
      criteria: a.criterionIds ? expandCriterionIds(doc.scheme, a.criterionIds) : null,
    });
  }
  const covers = (evaluatorId: string, unitId: string, criterionId: string) => {
    const r = resolved.get(evaluatorId);
    return !!r && (r.units === null || r.units.has(unitId)) && (r.criteria === null || r.criteria.has(criterionId));
  };
  const ids = doc.evaluators.map((e) => e.id);
  return {
    resolved: (id) => resolved.get(id),
    covers,
    evaluatorsFor: (unitId, criterionId) => ids.filter((id) => covers(id, unitId, criterionId)),
  };
}
