// What a scheme change would do to scores already entered: which no longer fit, and why.
import type { MessageKey } from '../i18n/messages';
import { scoredItems } from './criteria';
import { checkValue } from './rules';
import type { Assessment, Assignment, Scheme, ScoreEntry } from './schema';

/** One score a scheme change would make invalid, with the reason in message form. */
export interface StaleEntry {
  entry: ScoreEntry;
  key: MessageKey;
  params: Record<string, string | number>;
}

/**
 * The entries that would not fit `scheme`: their item is gone (deleted, or became a parent), or
 * their value breaks the new rule (points lowered below the score, step changed, level removed,
 * rule kind changed). Exactly what `validateAssessment` would refuse in the saved file, so a
 * scheme change never leaves a file that fails to load.
 */
export function staleEntries(doc: Pick<Assessment, 'entries' | 'settings'>, scheme: Scheme): StaleEntry[] {
  const items = scoredItems({ scheme, settings: doc.settings });
  const stale: StaleEntry[] = [];
  for (const entry of doc.entries) {
    const item = items.get(entry.criterionId);
    if (!item) {
      stale.push({ entry, key: 'doc.unknownCriterion', params: { id: entry.criterionId } });
      continue;
    }
    const problem = checkValue(entry.value, item);
    if (problem) stale.push({ entry, key: problem.key, params: problem.params });
  }
  return stale;
}

/** Every id of `scheme` an assignment may name: criteria at any level, bonus and veto items. */
function schemeIds(scheme: Scheme): Set<string> {
  const ids = new Set<string>();
  const visit = (c: Scheme['criteria'][number]) => {
    ids.add(c.id);
    c.children.forEach(visit);
  };
  scheme.criteria.forEach(visit);
  for (const item of [...scheme.bonus.items, ...scheme.vetoes]) ids.add(item.id);
  return ids;
}

/**
 * Teams' and evaluators' assignments without the ids a new scheme no longer has (a deleted
 * item named in an assignment would make the file fail to load), and the ids taken out.
 */
export function pruneAssignments(
  doc: Pick<Assessment, 'teams' | 'evaluators'>,
  scheme: Scheme,
): { teams: Assessment['teams']; evaluators: Assessment['evaluators']; removed: string[] } {
  const known = schemeIds(scheme);
  const removed = new Set<string>();
  const prune = <A extends Assignment | null>(a: A): A => {
    if (!a?.criterionIds || a.criterionIds.every((id) => known.has(id))) return a;
    for (const id of a.criterionIds) if (!known.has(id)) removed.add(id);
    return { ...a, criterionIds: a.criterionIds.filter((id) => known.has(id)) };
  };
  const teams = doc.teams.map((t) => {
    const assignment = prune(t.assignment);
    return assignment === t.assignment ? t : { ...t, assignment };
  });
  const evaluators = doc.evaluators.map((e) => {
    const assignment = prune(e.assignment);
    return assignment === e.assignment ? e : { ...e, assignment };
  });
  return { teams, evaluators, removed: [...removed] };
}
