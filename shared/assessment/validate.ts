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
 * rule, no two entries for the same evaluator, unit and item. `placeOf(i)` names entry i's
 * position in the file. Runs over every entry of large years, so it avoids building a string
 * per entry: cells are numbered.
 */
export function validateAssessment(doc: Assessment, placeOf: (i: number) => string = (i) => `entries[${i}]`): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const add = (place: string, key: MessageKey, params: Record<string, string | number> = {}) => problems.push({ place, key, params });

  const criterionIds = [
    ...walkCriteria(doc.scheme.criteria).map((c) => c.id),
    ...doc.scheme.bonus.items.map((b) => b.id),
    ...doc.scheme.vetoes.map((v) => v.id),
  ];
  for (const id of duplicates(criterionIds)) add('scheme', 'doc.duplicateId', { id });
  for (const id of duplicates(doc.units.map((u) => u.id))) add('units', 'doc.duplicateId', { id });
  for (const id of duplicates(doc.evaluators.map((e) => e.id))) add('evaluators', 'doc.duplicateId', { id });
  for (const id of duplicates(doc.teams.map((t) => t.id))) add('teams', 'doc.duplicateId', { id });

  const units = new Map(doc.units.map((u, i) => [u.id, i]));
  const evaluators = new Map(doc.evaluators.map((e, i) => [e.id, i]));
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
  const itemIndex = new Map([...items.keys()].map((id, i) => [id, i]));
  const U = doc.units.length;
  const I = itemIndex.size;
  // One byte per evaluator × unit × item: cheaper than a set when a year has 666,000 entries.
  const seen = new Uint8Array(doc.evaluators.length * U * I);
  doc.entries.forEach((entry, i) => {
    const e = evaluators.get(entry.evaluatorId);
    if (e === undefined) return add(placeOf(i), 'doc.unknownEvaluator', { id: entry.evaluatorId });
    const u = units.get(entry.unitId);
    if (u === undefined) return add(placeOf(i), 'doc.unknownUnit', { id: entry.unitId });
    const c = itemIndex.get(entry.criterionId);
    if (c === undefined) return add(placeOf(i), 'doc.unknownCriterion', { id: entry.criterionId });
    const cell = (e * U + u) * I + c;
    if (seen[cell])
      return add(placeOf(i), 'doc.duplicateEntry', { evaluator: entry.evaluatorId, unit: entry.unitId, criterion: entry.criterionId });
    seen[cell] = 1;
    const problem = checkValue(entry.value, items.get(entry.criterionId)!);
    if (problem) add(placeOf(i), problem.key, problem.params);
  });
  return problems;
}
