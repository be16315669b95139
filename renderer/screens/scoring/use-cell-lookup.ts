import { useMemo } from 'react';
import { buildAssignmentIndex } from '../../../shared/assessment/assignment';
import type { Assessment, ScoreEntry } from '../../../shared/assessment/schema';

/** One evaluator's entries by unit and item, and who covers what: looked up per cell while rendering. */
export function useCellLookup(doc: Assessment, evaluatorId: string) {
  const entries = useMemo(() => {
    const map = new Map<string, ScoreEntry>();
    for (const e of doc.entries) if (e.evaluatorId === evaluatorId) map.set(`${e.unitId}\u0000${e.criterionId}`, e);
    return map;
  }, [doc.entries, evaluatorId]);
  // Entries change on every edit; who covers what only when people or the scheme change.
  const { evaluators, teams, scheme } = doc;
  const index = useMemo(() => buildAssignmentIndex({ evaluators, teams, scheme }), [evaluators, teams, scheme]);
  return {
    entry: (unitId: string, criterionId: string) => entries.get(`${unitId}\u0000${criterionId}`),
    covers: (unitId: string, criterionId: string) => index.covers(evaluatorId, unitId, criterionId),
    index,
  };
}
