import { scoredItems } from '../assessment/criteria';
import type { Actor } from '../assessment/mutations';
import { checkValue } from '../assessment/rules';
import type { Assessment, AuditRecord, ScoreEntry } from '../assessment/schema';
import { UserError } from '../errors';
import { cellKey } from './cells';
import type { Cell } from './schema';

/** One cell to set (entry) or empty (null); `target` adds to the audit record's target. */
export interface EntryChange {
  cell: Cell;
  entry: ScoreEntry | null;
  target?: Record<string, string>;
}

/**
 * Many setEntry / clearEntry calls at once, for imports: the same checks (finalized, known
 * unit, evaluator and item, checkValue) and the same audit records ('entry.set' with old and
 * new value and reason, 'entry.clear' with the old), in one pass over the document instead of
 * one copy per cell — setEntry copies the whole entry list each time, which for a 20-package
 * import of 33,600 cells would take minutes. Unlike setEntry, the entry keeps its own `at`
 * (when the evaluator entered it); the record carries the import's time and actor.
 * All or nothing: a UserError leaves the document untouched.
 */
export function applyEntryChanges(doc: Assessment, changes: EntryChange[], by: Actor): Assessment {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
  if (changes.length === 0) return doc;
  const items = scoredItems(doc);
  const units = new Set(doc.units.map((u) => u.id));
  const evaluators = new Set(doc.evaluators.map((e) => e.id));
  const index = new Map<string, number>();
  doc.entries.forEach((e, i) => index.set(cellKey(e), i));
  const entries = [...doc.entries];
  const removed = new Set<number>();
  const records: AuditRecord[] = [];
  for (const change of changes) {
    const key = cellKey(change.cell);
    const at = index.get(key);
    const before = at === undefined ? undefined : entries[at];
    // Built by assignment, not spread: V8 spreads into a literal slowly, and imports do this per cell.
    const target: Record<string, string> = { evaluator: change.cell.evaluatorId, unit: change.cell.unitId, criterion: change.cell.criterionId };
    if (change.target) for (const k in change.target) target[k] = change.target[k]!;
    if (change.entry === null) {
      if (!before) continue;
      removed.add(at!);
      index.delete(key);
      records.push({ at: by.at, actor: by.actor, action: 'entry.clear', target, before: { value: before.value, reason: before.reason }, reason: '' });
      continue;
    }
    const entry = change.entry;
    const item = items.get(entry.criterionId);
    if (!item) throw new UserError('doc.unknownCriterion', { id: entry.criterionId });
    if (!units.has(entry.unitId)) throw new UserError('doc.unknownUnit', { id: entry.unitId });
    if (!evaluators.has(entry.evaluatorId)) throw new UserError('doc.unknownEvaluator', { id: entry.evaluatorId });
    const problem = checkValue(entry.value, item);
    if (problem) throw new UserError(problem.key, problem.params);
    if (at === undefined) index.set(key, entries.push(entry) - 1);
    else entries[at] = entry;
    records.push({ at: by.at, actor: by.actor, action: 'entry.set', target, before: before ? { value: before.value, reason: before.reason } : undefined, after: { value: entry.value, reason: entry.reason }, reason: '' });
  }
  if (records.length === 0) return doc;
  const anySet = records.some((r) => r.action === 'entry.set');
  return {
    ...doc,
    entries: removed.size > 0 ? entries.filter((_, i) => !removed.has(i)) : entries,
    updatedAt: by.at,
    status: anySet && doc.status === 'draft' ? 'scoring' : doc.status,
    audit: [...doc.audit, ...records],
  };
}
