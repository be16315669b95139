import { UserError } from '../errors';
import type { Actor } from './mutations';
import type { Assessment, Evaluator, Team, Unit } from './schema';
import { validateAssessment } from './validate';

export interface People {
  units: Unit[];
  evaluators: Evaluator[];
  teams: Team[];
}

/**
 * Replaces the assessed units, the evaluators and the teams. A unit or evaluator that already
 * has scores cannot be removed (the scores would point at nobody); ids must stay unique and
 * every reference must resolve. Recorded in the audit trail; throws UserError and changes
 * nothing otherwise.
 */
export function updatePeople(doc: Assessment, people: People, by: Actor): Assessment {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  const units = new Set(people.units.map((u) => u.id));
  const evaluators = new Set(people.evaluators.map((e) => e.id));
  const orphaned = doc.entries.filter((e) => !units.has(e.unitId) || !evaluators.has(e.evaluatorId));
  if (orphaned.length > 0) throw new UserError('people.hasEntries', { count: orphaned.length });
  const next: Assessment = { ...doc, ...people, updatedAt: by.at };
  const problem = validateAssessment(next)[0];
  if (problem) throw new UserError(problem.key, problem.params);
  const count = (d: People) => ({ units: d.units.length, evaluators: d.evaluators.length, teams: d.teams.length });
  return {
    ...next,
    audit: [
      ...doc.audit,
      { at: by.at, actor: by.actor, action: 'people.change', target: {}, before: count(doc), after: count(people), reason: '' },
    ],
  };
}
