import type { MessageKey } from '../i18n/messages';
import { scoredItems, walkCriteria } from './criteria';
import { checkValue } from './rules';
import type { Assessment } from './schema';

/** Something wrong in a document, and where (a path into the file, e.g. "details[3].value"). */
export interface DocumentProblem {
  place: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * Checks what a schema cannot: ids are unique, references resolve, every entry fits its item's
 * rule, no two entries for the same evaluator, unit and item. `places` names each entry's
 * position in the file.
 */
export function validateAssessment(doc: Assessment, places: string[] = []): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const add = (place: string, key: MessageKey, params: Record<string, string | number> = {}) => problems.push({ place, key, params });

  const criterionIds = [...walkCriteria(doc.scheme.criteria).map((c) => c.id), ...doc.scheme.bonus.items.map((b) => b.id), ...doc.scheme.vetoes.map((v) => v.id)];
  for (const id of duplicates(criterionIds)) add('scheme', 'doc.duplicateId', { id });
  for (const id of duplicates(doc.units.map((u) => u.id))) add('units', 'doc.duplicateId', { id });
  for (const id of duplicates(doc.evaluators.map((e) => e.id))) add('evaluators', 'doc.duplicateId', { id });
  for (const id of duplicates(doc.teams.map((t) => t.id))) add('teams', 'doc.duplicateId', { id });

  const units = new Set(doc.units.map((u) => u.id));
  const evaluators = new Set(doc.evaluators.map((e) => e.id));
  const teams = new Set(doc.teams.map((t) => t.id));
  const criteria = new Set(criterionIds);
  const checkAssignment = (place: string, a: { unitIds: string[] | null; criterionIds: string[] | null } | null) => {
    for (const id of a?.unitIds ?? []) if (!units.has(id)) add(place, 'doc.unknownUnit', { id });
    for (const id of a?.criterionIds ?? []) if (!criteria.has(id)) add(place, 'doc.unknownCriterion', { id });
  };
  doc.evaluators.forEach((e, i) => {
    if (e.teamId !== null && !teams.has(e.teamId)) add(`evaluators[${i}].teamId`, 'doc.unknownTeam', { id: e.teamId });
    checkAssignment(`evaluators[${i}].assignment`, e.assignment);
  });
  doc.teams.forEach((t, i) => checkAssignment(`teams[${i}].assignment`, t.assignment));

  const items = scoredItems(doc);
  const seen = new Set<string>();
  doc.entries.forEach((entry, i) => {
    const place = places[i] ?? `entries[${i}]`;
    if (!evaluators.has(entry.evaluatorId)) return add(place, 'doc.unknownEvaluator', { id: entry.evaluatorId });
    if (!units.has(entry.unitId)) return add(place, 'doc.unknownUnit', { id: entry.unitId });
    const item = items.get(entry.criterionId);
    if (!item) return add(place, 'doc.unknownCriterion', { id: entry.criterionId });
    const key = `${entry.evaluatorId}\u0000${entry.unitId}\u0000${entry.criterionId}`;
    if (seen.has(key)) return add(place, 'doc.duplicateEntry', { evaluator: entry.evaluatorId, unit: entry.unitId, criterion: entry.criterionId });
    seen.add(key);
    const problem = checkValue(entry.value, item);
    if (problem) add(place, problem.key, problem.params);
  });
  return problems;
}
