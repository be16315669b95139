import { UserError } from '../errors';
import { CellTable } from './cell-table';
import { zodIssueText } from '../i18n/zod-issues';
import { Settings as SettingsSchema } from './schema';
import { scoredItems } from './criteria';
import { entryTextProblem } from './limits';
import { checkValue } from './rules';
import { pruneAssignments, staleEntries } from './stale-entries';
import { validateAssessment } from './validate';
import type { Assessment, AuditRecord, EntrySource, EntryValue, Scheme, ScoreEntry, Settings, Status } from './schema';
import { assertSettings } from './settings-rules';

/** Who did it and when: every change carries these into the audit trail. */
export interface Actor {
  actor: string;
  at: string;
}

/** ISO time to the second: what the file keeps. */
export function isoSeconds(date: Date): string {
  return new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
}

function assertEditable(doc: Assessment): void {
  if (doc.status === 'finalized') throw new UserError('error.finalized');
}

function audit(
  doc: Assessment,
  by: Actor,
  record: Omit<AuditRecord, 'at' | 'actor' | 'target' | 'reason'> & Partial<AuditRecord>,
): AuditRecord[] {
  return [...doc.audit, { target: {}, reason: '', ...record, at: by.at, actor: by.actor }];
}

export interface EntryInput {
  evaluatorId: string;
  unitId: string;
  criterionId: string;
  value: EntryValue;
  reason?: string;
  evidence?: string;
  note?: string;
  source?: EntrySource;
}

/** The cell an entry occupies: evaluator, unit and item. */
export interface CellRef {
  evaluatorId: string;
  unitId: string;
  criterionId: string;
}

/** The map key of a cell. */
export function cellKey(cell: CellRef): string {
  return `${cell.evaluatorId}\u0000${cell.unitId}\u0000${cell.criterionId}`;
}

/** One cell to set (entry) or empty (null); `target` adds to the audit record's target. */
export interface EntryChange {
  cell: CellRef;
  entry: ScoreEntry | null;
  target?: Record<string, string>;
}

/**
 * The one primitive that changes entries: sets or empties cells after the checks (finalized,
 * known unit, evaluator and item, the value fits its rule), with an audit record per changed
 * cell ('entry.set' with old and new value and reason, 'entry.clear' with the old). One pass
 * over the document whatever the number of changes, so a sheet or a 20-package import of tens
 * of thousands of cells is not a copy per cell. Entries keep their own `at` (when they were
 * entered); the records carry `by`. All or nothing: a UserError leaves the document untouched.
 * `cellIndex` (cell → position in doc.entries) lets a caller that edits the same document over
 * and over (the renderer), or has built it already (a merge), keep the index instead of it
 * being rebuilt; it is updated to describe the returned document's entries, and left as it was
 * on a UserError.
 */
export function applyEntryChanges(doc: Assessment, changes: EntryChange[], by: Actor, cellIndex?: CellTable<number>): Assessment {
  assertEditable(doc);
  if (changes.length === 0) return doc;
  const items = scoredItems(doc);
  const units = new Set(doc.units.map((u) => u.id));
  const evaluators = new Set(doc.evaluators.map((e) => e.id));
  // Every check before any change, so a refused batch leaves a caller's index as it was.
  for (const { entry } of changes) {
    if (entry === null) continue;
    const item = items.get(entry.criterionId);
    if (!item) throw new UserError('doc.unknownCriterion', { id: entry.criterionId });
    if (!units.has(entry.unitId)) throw new UserError('doc.unknownUnit', { id: entry.unitId });
    if (!evaluators.has(entry.evaluatorId)) throw new UserError('doc.unknownEvaluator', { id: entry.evaluatorId });
    const problem = checkValue(entry.value, item, { exact: true }) ?? entryTextProblem(entry);
    if (problem) throw new UserError(problem.key, problem.params);
  }
  const index = cellIndex ?? CellTable.positions(doc.entries);
  const entries = [...doc.entries];
  const removed = new Set<number>();
  const records: AuditRecord[] = [];
  for (const change of changes) {
    const at = index.get(change.cell);
    const before = at === undefined ? undefined : entries[at];
    // Built by assignment, not spread: V8 spreads into a literal slowly, and imports do this per cell.
    const target: Record<string, string> = {
      evaluator: change.cell.evaluatorId,
      unit: change.cell.unitId,
      criterion: change.cell.criterionId,
    };
    if (change.target) for (const k in change.target) target[k] = change.target[k]!;
    if (change.entry === null) {
      if (!before) continue;
      removed.add(at!);
      index.delete(change.cell);
      records.push({
        at: by.at,
        actor: by.actor,
        action: 'entry.clear',
        target,
        before: { value: before.value, reason: before.reason },
        reason: '',
      });
      continue;
    }
    const entry = change.entry;
    if (at === undefined) index.set(change.cell, entries.push(entry) - 1);
    else entries[at] = entry;
    records.push({
      at: by.at,
      actor: by.actor,
      action: 'entry.set',
      target,
      before: before ? { value: before.value, reason: before.reason } : undefined,
      after: { value: entry.value, reason: entry.reason },
      reason: '',
    });
  }
  if (records.length === 0) return doc;
  const anySet = records.some((r) => r.action === 'entry.set');
  const kept = removed.size > 0 ? entries.filter((_, i) => !removed.has(i)) : entries;
  // Positions after a removed entry moved: a caller's index is rebuilt for the new list.
  if (cellIndex && removed.size > 0) {
    cellIndex.clear();
    kept.forEach((e, i) => cellIndex.set(e, i));
  }
  return {
    ...doc,
    entries: kept,
    updatedAt: by.at,
    status: anySet && doc.status === 'draft' ? 'scoring' : doc.status,
    audit: [...doc.audit, ...records],
  };
}

/** An entry as typed now: the input's value and remarks, entered at `at`. */
export function entryOf(input: EntryInput, at: string): ScoreEntry {
  return {
    evaluatorId: input.evaluatorId,
    unitId: input.unitId,
    criterionId: input.criterionId,
    value: input.value,
    reason: input.reason ?? '',
    evidence: input.evidence ?? '',
    note: input.note ?? '',
    at,
    source: input.source ?? 'office',
  };
}

/** Sets (or replaces) entries typed now, all or nothing (see applyEntryChanges). */
export function setEntries(doc: Assessment, inputs: EntryInput[], by: Actor): Assessment {
  return applyEntryChanges(
    doc,
    inputs.map((input) => ({ cell: input, entry: entryOf(input, by.at) })),
    by,
  );
}

/** Sets (or replaces) one evaluator's entry for a unit and item (see applyEntryChanges). */
export function setEntry(doc: Assessment, input: EntryInput, by: Actor): Assessment {
  return setEntries(doc, [input], by);
}

/** Empties one cell; the old value stays in the audit trail. */
export function clearEntry(doc: Assessment, cell: CellRef, by: Actor): Assessment {
  return applyEntryChanges(doc, [{ cell, entry: null }], by);
}

/**
 * Changes settings (combining method, grades, quota…), recording each changed field. The result
 * must pass the schema and settingsProblems, else a UserError says why and nothing changes; a
 * new default step is refused while scores entered on items that use it would no longer fit.
 */
export function updateSettings(doc: Assessment, patch: Partial<Settings>, by: Actor): Assessment {
  assertEditable(doc);
  const settings = assertSettings(
    { ...doc.settings, ...patch },
    { total: doc.scheme.total, unitCount: doc.units.length },
    Object.keys(patch) as (keyof Settings)[],
  );
  const changed = (Object.keys(patch) as (keyof Settings)[]).filter((k) => JSON.stringify(doc.settings[k]) !== JSON.stringify(settings[k]));
  if (changed.length === 0) return doc;
  // Every caller (IPC, CLI, services) gets the file's own limits here, not only the IPC schema.
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('error.settingInvalid', { field: issue.path.join('.'), detail: zodIssueText(issue) });
  }
  if (changed.includes('defaultStep')) {
    const stale = staleEntries({ entries: doc.entries, settings }, doc.scheme);
    if (stale.length > 0) throw new UserError('error.stepBreaksEntries', { count: stale.length, step: settings.defaultStep });
  }
  const before = Object.fromEntries(changed.map((k) => [k, doc.settings[k]]));
  const after = Object.fromEntries(changed.map((k) => [k, settings[k]]));
  return { ...doc, settings, updatedAt: by.at, audit: audit(doc, by, { action: 'settings.change', before, after }) };
}

/**
 * Replaces the scheme (criteria, points, rules, bonus and veto items), bumping its version so
 * old packages are refused. Entries that no longer fit (see staleEntries: item gone, points
 * lowered, step changed, level removed, rule kind changed) would make the file invalid: the
 * change is refused unless `dropStale` is set, and then the dropped entries are kept in the
 * audit trail with the reason, so no score is lost without a trace. Assignments that name a
 * deleted item lose that id. Anything else the result would fail on (duplicate ids) is refused.
 */
export function updateScheme(
  doc: Assessment,
  scheme: Omit<Scheme, 'version'>,
  by: Actor,
  options: { reason?: string; dropStale?: boolean } = {},
): Assessment {
  assertEditable(doc);
  const next: Scheme = { ...scheme, version: doc.scheme.version + 1 };
  const stale = staleEntries(doc, next).map((s) => s.entry);
  if (stale.length > 0 && !options.dropStale) throw new UserError('error.schemeDropsEntries', { count: stale.length });
  const dropped = new Set(stale);
  const kept = stale.length > 0 ? doc.entries.filter((e) => !dropped.has(e)) : doc.entries;
  const { teams, evaluators, removed } = pruneAssignments(doc, next);
  const changed: Assessment = { ...doc, scheme: next, entries: kept, teams, evaluators, updatedAt: by.at };
  const problem = validateAssessment(changed)[0];
  if (problem) throw new UserError(problem.key, problem.params);
  return {
    ...changed,
    audit: audit(doc, by, {
      action: 'scheme.change',
      before: { version: doc.scheme.version, ...(stale.length ? { droppedEntries: stale } : {}) },
      after: { version: next.version, ...(removed.length ? { unassigned: removed } : {}) },
      reason: options.reason ?? '',
    }),
  };
}

const TRANSITIONS: Record<Status, Status[]> = { draft: ['scoring', 'finalized'], scoring: ['finalized', 'draft'], finalized: ['scoring'] };

/**
 * Moves the assessment along draft → scoring → finalized. Finalizing makes it read-only;
 * reopening a finalized assessment needs a reason, and both are recorded.
 */
export function setStatus(doc: Assessment, to: Status, by: Actor, reason = ''): Assessment {
  if (doc.status === to) return doc;
  if (!TRANSITIONS[doc.status].includes(to)) throw new UserError('error.unknownStatus', { from: doc.status, to });
  if (doc.status === 'finalized' && !reason.trim()) throw new UserError('error.reasonRequired');
  const action = to === 'finalized' ? 'status.finalize' : doc.status === 'finalized' ? 'status.reopen' : 'status.change';
  return { ...doc, status: to, updatedAt: by.at, audit: audit(doc, by, { action, before: doc.status, after: to, reason: reason.trim() }) };
}
