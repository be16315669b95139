import { scoredItems, type ScoredItem } from '../assessment/criteria';
import { entryOf, type Actor, type EntryInput } from '../assessment/mutations';
import { entryTextProblem } from '../assessment/limits';
import { checkValue } from '../assessment/rules';
import type { Assessment, AuditRecord, ScoreEntry } from '../assessment/schema';
import { UserError } from '../errors';
import { cellKey, contentKey, contentOf } from './cells';
import {
  PACKAGE_SCHEMA_VERSION,
  RESULT_FORMAT,
  WORKING_FORMAT,
  type Cell,
  type TaskPackage,
  type UnsignedResult,
  type WorkingFile,
} from './schema';

/** What the evaluator's app may edit, resolved once from a task package. */
export interface TaskIndex {
  items: Map<string, ScoredItem>;
  /** Is this cell in the task's assignment? Everything else is read-only. */
  covers(cell: Cell): boolean;
}

/** Resolves a task's items and assignment once, for the checks of every keystroke. */
export function taskIndex(task: TaskPackage): TaskIndex {
  const items = scoredItems(task);
  const cells = new Map(task.assignments.map((a) => [a.evaluatorId, { units: new Set(a.unitIds), criteria: new Set(a.criterionIds) }]));
  return {
    items,
    covers: (c) => {
      const a = cells.get(c.evaluatorId);
      return !!a && a.units.has(c.unitId) && a.criteria.has(c.criterionId);
    },
  };
}

/** A fresh working file for a task: it starts from what the office already holds. */
export function newWorkingFile(task: TaskPackage, at: string): WorkingFile {
  return {
    format: WORKING_FORMAT,
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    packageId: task.packageId,
    updatedAt: at,
    entries: task.entries,
    cleared: [],
    trail: [],
    seq: 0,
    submissions: [],
  };
}

function trailRecord(working: WorkingFile, by: Actor, action: string, cell: Cell, before?: ScoreEntry, after?: ScoreEntry): AuditRecord {
  return {
    at: by.at,
    actor: by.actor,
    action,
    target: { evaluator: cell.evaluatorId, unit: cell.unitId, criterion: cell.criterionId, seq: String(working.seq + 1) },
    before: before ? { value: before.value, reason: before.reason } : undefined,
    after: after ? { value: after.value, reason: after.reason } : undefined,
    reason: '',
  };
}

const sameCell = (a: Cell, b: Cell) => a.evaluatorId === b.evaluatorId && a.unitId === b.unitId && a.criterionId === b.criterionId;

/**
 * Records one entry in the scoring workspace, as the office's setEntry does in the assessment:
 * only cells of the task's assignment, only values that fit the item's rule (checkValue), and
 * each change goes into the trail with its old and new value. Entering the same thing again
 * changes nothing. Throws UserError and leaves the working file as it was otherwise.
 */
export function recordEntry(task: TaskPackage, working: WorkingFile, input: EntryInput, by: Actor, index = taskIndex(task)): WorkingFile {
  const item = index.items.get(input.criterionId);
  if (!item) throw new UserError('doc.unknownCriterion', { id: input.criterionId });
  if (!index.covers(input))
    throw new UserError('packages.notAssigned', { evaluator: input.evaluatorId, unit: input.unitId, criterion: input.criterionId });
  const problem = checkValue(input.value, item, { exact: true }) ?? entryTextProblem(input);
  if (problem) throw new UserError(problem.key, problem.params);
  const entry = entryOf({ ...input, source: 'package' }, by.at);
  const at = working.entries.findIndex((e) => sameCell(e, entry));
  const before = at >= 0 ? working.entries[at] : undefined;
  if (before && contentKey(contentOf(before)) === contentKey(contentOf(entry))) return working;
  return {
    ...working,
    entries: at >= 0 ? working.entries.map((e, i) => (i === at ? entry : e)) : [...working.entries, entry],
    cleared: working.cleared.filter((c) => !sameCell(c, entry)),
    trail: [...working.trail, trailRecord(working, by, 'entry.set', entry, before, entry)],
    seq: working.seq + 1,
    updatedAt: by.at,
  };
}

/** Empties a cell; the result package then says so, so the office does not keep the old value unasked. */
export function clearCell(task: TaskPackage, working: WorkingFile, cell: Cell, by: Actor, index = taskIndex(task)): WorkingFile {
  if (!index.covers(cell))
    throw new UserError('packages.notAssigned', { evaluator: cell.evaluatorId, unit: cell.unitId, criterion: cell.criterionId });
  const before = working.entries.find((e) => sameCell(e, cell));
  if (!before) return working;
  return {
    ...working,
    entries: working.entries.filter((e) => e !== before),
    cleared: [
      ...working.cleared.filter((c) => !sameCell(c, cell)),
      { evaluatorId: cell.evaluatorId, unitId: cell.unitId, criterionId: cell.criterionId, at: by.at },
    ],
    trail: [...working.trail, trailRecord(working, by, 'entry.clear', cell, before)],
    seq: working.seq + 1,
    updatedAt: by.at,
  };
}

/**
 * The scoring workspace as an assessment document, so the screens (scoring grid, preview of
 * totals via computeResults) work on it unchanged: only the task's units and evaluators, each
 * evaluator's assignment written out, the trail as the audit.
 */
export function workspaceDocument(task: TaskPackage, working: WorkingFile): Assessment {
  const byEvaluator = new Map(task.assignments.map((a) => [a.evaluatorId, a]));
  return {
    id: task.assessment.id,
    name: task.assessment.name,
    year: task.assessment.year,
    status: 'scoring',
    createdAt: task.exportedAt,
    updatedAt: working.updatedAt,
    scheme: task.scheme,
    units: task.units,
    evaluators: task.evaluators.map((e) => {
      const a = byEvaluator.get(e.id);
      return { ...e, teamId: null, weight: 1, assignment: { unitIds: a?.unitIds ?? [], criterionIds: a?.criterionIds ?? [] } };
    }),
    teams: [],
    settings: task.settings,
    entries: working.entries,
    audit: working.trail,
  };
}

export interface SubmitMeta {
  submissionId: string;
  submittedAt: string;
  submittedBy: string;
  appVersion: string;
}

/**
 * The result package's content, ready to sign: the entries as they stand (in a stable order),
 * the cells emptied since the task came, and the whole trail.
 */
export function buildResult(task: TaskPackage, working: WorkingFile, meta: SubmitMeta): UnsignedResult {
  const order = (a: Cell, b: Cell) => (cellKey(a) < cellKey(b) ? -1 : cellKey(a) > cellKey(b) ? 1 : 0);
  return {
    format: RESULT_FORMAT,
    schemaVersion: PACKAGE_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    packageId: task.packageId,
    submissionId: meta.submissionId,
    submittedAt: meta.submittedAt,
    submittedBy: meta.submittedBy,
    assessment: task.assessment,
    schemeVersion: task.scheme.version,
    evaluatorIds: task.evaluators.map((e) => e.id),
    entries: [...working.entries].sort(order).map((e) => ({ ...e, source: 'package' as const })),
    cleared: [...working.cleared].sort(order),
    trail: working.trail,
  };
}
