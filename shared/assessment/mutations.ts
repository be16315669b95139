import { UserError } from '../errors';
import { scoredItems } from './criteria';
import { checkValue } from './rules';
import type { Assessment, AuditRecord, EntrySource, EntryValue, Scheme, ScoreEntry, Settings, Status } from './schema';

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

function audit(doc: Assessment, by: Actor, record: Omit<AuditRecord, 'at' | 'actor' | 'target' | 'reason'> & Partial<AuditRecord>): AuditRecord[] {
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

function sameCell(a: { evaluatorId: string; unitId: string; criterionId: string }, b: typeof a): boolean {
  return a.evaluatorId === b.evaluatorId && a.unitId === b.unitId && a.criterionId === b.criterionId;
}

function cellKey(c: { evaluatorId: string; unitId: string; criterionId: string }): string {
  return `${c.evaluatorId}\u0000${c.unitId}\u0000${c.criterionId}`;
}

/**
 * Sets (or replaces) entries, each checked against its item's rule first; records old and new
 * values in the audit trail, one record per entry. All or nothing: throws UserError on the first
 * value that does not fit (or when the assessment is finalized) and the document is not changed.
 * One pass over the existing entries whatever the batch size, so a sheet or package of tens of
 * thousands of scores does not cost a pass per score.
 */
export function setEntries(doc: Assessment, inputs: EntryInput[], by: Actor): Assessment {
  assertEditable(doc);
  if (inputs.length === 0) return doc;
  const items = scoredItems(doc);
  const units = new Set(doc.units.map((u) => u.id));
  const evaluators = new Set(doc.evaluators.map((e) => e.id));
  const fresh = new Map<string, ScoreEntry>();
  for (const input of inputs) {
    const item = items.get(input.criterionId);
    if (!item) throw new UserError('doc.unknownCriterion', { id: input.criterionId });
    if (!units.has(input.unitId)) throw new UserError('doc.unknownUnit', { id: input.unitId });
    if (!evaluators.has(input.evaluatorId)) throw new UserError('doc.unknownEvaluator', { id: input.evaluatorId });
    const problem = checkValue(input.value, item);
    if (problem) throw new UserError(problem.key, problem.params);
    fresh.set(cellKey(input), {
      evaluatorId: input.evaluatorId,
      unitId: input.unitId,
      criterionId: input.criterionId,
      value: input.value,
      reason: input.reason ?? '',
      evidence: input.evidence ?? '',
      note: input.note ?? '',
      at: by.at,
      source: input.source ?? 'office',
    });
  }
  const before = new Map<string, ScoreEntry>();
  const entries = doc.entries.map((e) => {
    const replacement = fresh.get(cellKey(e));
    if (!replacement) return e;
    before.set(cellKey(e), e);
    return replacement;
  });
  for (const [key, entry] of fresh) if (!before.has(key)) entries.push(entry);
  const records: AuditRecord[] = [...fresh].map(([key, entry]) => {
    const old = before.get(key);
    return {
      at: by.at,
      actor: by.actor,
      action: 'entry.set',
      target: { evaluator: entry.evaluatorId, unit: entry.unitId, criterion: entry.criterionId },
      before: old ? { value: old.value, reason: old.reason } : undefined,
      after: { value: entry.value, reason: entry.reason },
      reason: '',
    };
  });
  return { ...doc, entries, updatedAt: by.at, status: doc.status === 'draft' ? 'scoring' : doc.status, audit: [...doc.audit, ...records] };
}

/** Sets (or replaces) one evaluator's entry for a unit and item; see setEntries. */
export function setEntry(doc: Assessment, input: EntryInput, by: Actor): Assessment {
  return setEntries(doc, [input], by);
}

/** Removes one entry (the cell becomes empty again), recorded in the audit trail. */
export function clearEntry(doc: Assessment, cell: { evaluatorId: string; unitId: string; criterionId: string }, by: Actor): Assessment {
  assertEditable(doc);
  const before = doc.entries.find((e) => sameCell(e, cell));
  if (!before) return doc;
  return {
    ...doc,
    entries: doc.entries.filter((e) => !sameCell(e, cell)),
    updatedAt: by.at,
    audit: audit(doc, by, { action: 'entry.clear', target: { evaluator: cell.evaluatorId, unit: cell.unitId, criterion: cell.criterionId }, before: { value: before.value, reason: before.reason } }),
  };
}

/** Changes settings (combining method, grades, quota…), recording each changed field. */
export function updateSettings(doc: Assessment, patch: Partial<Settings>, by: Actor): Assessment {
  assertEditable(doc);
  const settings = { ...doc.settings, ...patch };
  const changed = (Object.keys(patch) as (keyof Settings)[]).filter((k) => JSON.stringify(doc.settings[k]) !== JSON.stringify(settings[k]));
  if (changed.length === 0) return doc;
  const before = Object.fromEntries(changed.map((k) => [k, doc.settings[k]]));
  const after = Object.fromEntries(changed.map((k) => [k, settings[k]]));
  return { ...doc, settings, updatedAt: by.at, audit: audit(doc, by, { action: 'settings.change', before, after }) };
}

/**
 * Replaces the scheme (criteria, points, rules), bumping its version so old packages are refused.
 * Entries that no longer fit (their criterion is gone or its rule changed kind) would make the
 * file invalid: the change is refused unless `dropStale` is set, and then the dropped entries
 * are kept in the audit trail, so no score is lost without a trace.
 */
export function updateScheme(doc: Assessment, scheme: Omit<Scheme, 'version'>, by: Actor, options: { reason?: string; dropStale?: boolean } = {}): Assessment {
  assertEditable(doc);
  const next: Scheme = { ...scheme, version: doc.scheme.version + 1 };
  const items = scoredItems({ scheme: next, settings: doc.settings });
  const stale = doc.entries.filter((e) => {
    const item = items.get(e.criterionId);
    return !item || checkValue(e.value, item)?.key === 'value.wrongKind';
  });
  if (stale.length > 0 && !options.dropStale) throw new UserError('error.schemeDropsEntries', { count: stale.length });
  const kept = stale.length > 0 ? doc.entries.filter((e) => !stale.includes(e)) : doc.entries;
  return {
    ...doc,
    scheme: next,
    entries: kept,
    updatedAt: by.at,
    audit: audit(doc, by, {
      action: 'scheme.change',
      before: { version: doc.scheme.version, ...(stale.length ? { droppedEntries: stale } : {}) },
      after: { version: next.version },
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
