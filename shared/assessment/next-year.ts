// A new year's assessment, started from last year's (or another one of the workspace): what is
// copied and what is not is decided here once, for the app and `cli new-year` alike.
import { UserError } from '../errors';
import { adoptPreviousIds, matchCriteria, type CriteriaMatch } from './criteria-match';
import { walkCriteria } from './criteria';
import type { Actor } from './mutations';
import { newAssessment } from './new-assessment';
import type { Assessment, Assignment, Scheme } from './schema';
import { validateAssessment } from './validate';

/** Where a new year's scheme came from: last year's, as it was, or a document just read. */
export type NewYearSource = { kind: 'previous' } | { kind: 'plan'; scheme: Omit<Scheme, 'version'>; fileName: string };

export interface NewYearInput {
  year: number;
  name: string;
  /** The file the new year was started from, named in its first audit record. */
  fromFile: string;
  source: NewYearSource;
}

/** Checks a year and a name typed by the user; throws the reason in their words. */
export function checkYearAndName(year: number, name: string): { year: number; name: string } {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new UserError('year.error.badYear', { value: String(year) });
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) throw new UserError('year.error.badName');
  return { year, name: trimmed };
}

/** A deep copy of plain JSON data (shared/ sees neither the DOM's nor Node's structuredClone). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function prune(assignment: Assignment, ids: Set<string>): Assignment {
  if (assignment.criterionIds === null) return assignment;
  const kept = assignment.criterionIds.filter((id) => ids.has(id));
  // Every item assigned has gone: the person then scores the whole scheme rather than nothing,
  // which the office sees at once in the scoring grid and can narrow again.
  return { ...assignment, criterionIds: kept.length > 0 ? kept : null };
}

/**
 * Next year from `previous`: its scheme (or a new one from a document, with criteria matched to
 * last year's by code and title and given their ids), units, evaluators, teams, assignments
 * and settings; no scores and none of its audit trail, status 草稿. The new file's trail opens
 * with one 'assessment.create' record naming where it came from. Also returns the criteria
 * match, so the unmatched ones can be shown. Throws UserError if the result would not load.
 */
export function nextYear(previous: Assessment, input: NewYearInput, by: Actor): { doc: Assessment; match: CriteriaMatch } {
  const { year, name } = checkYearAndName(input.year, input.name);
  const { version: _version, ...lastScheme } = previous.scheme;
  const adopted =
    input.source.kind === 'plan'
      ? adoptPreviousIds(input.source.scheme, previous.scheme)
      : { scheme: lastScheme, match: matchCriteria(lastScheme.criteria, previous.scheme.criteria) };
  const scheme: Scheme = { ...copy(adopted.scheme), version: 1 };
  const ids = new Set([
    ...walkCriteria(scheme.criteria).map((c) => c.id),
    ...scheme.bonus.items.map((b) => b.id),
    ...scheme.vetoes.map((v) => v.id),
  ]);
  const base = newAssessment({
    year,
    name,
    scheme,
    units: copy(previous.units),
    evaluators: previous.evaluators.map((e) => ({ ...copy(e), assignment: e.assignment && prune(e.assignment, ids) })),
    teams: previous.teams.map((t) => ({ ...copy(t), assignment: prune(t.assignment, ids) })),
    at: by.at,
  });
  const doc: Assessment = {
    ...base,
    settings: copy(previous.settings),
    audit: [
      {
        at: by.at,
        actor: by.actor,
        action: 'assessment.create',
        target: { source: input.source.kind },
        after: input.source.kind === 'plan' ? `${input.fromFile} + ${input.source.fileName}` : input.fromFile,
        reason: '',
      },
    ],
  };
  const problem = validateAssessment(doc)[0];
  if (problem) throw new UserError(problem.key, problem.params);
  return { doc, match: adopted.match };
}
