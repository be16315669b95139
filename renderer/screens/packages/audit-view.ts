// The audit view's filter form as the shared filter takes it, and the rows it shows.
import type { AuditRecord } from '../../../shared/assessment/schema';
import { filterAudit, type AuditFilter, type AuditRow } from '../../../shared/packages/audit-filter';

/** What the filter fields hold: '' means any; dates are local calendar days (YYYY-MM-DD). */
export interface AuditForm {
  actor: string;
  action: string;
  evaluatorId: string;
  unitId: string;
  criterionId: string;
  from: string;
  to: string;
  text: string;
}

export const EMPTY_AUDIT_FORM: AuditForm = {
  actor: '',
  action: '',
  evaluatorId: '',
  unitId: '',
  criterionId: '',
  from: '',
  to: '',
  text: '',
};

/** A local calendar day's first or last moment as an ISO time, as the records store times. */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The shared filter for a form: the actor exactly as chosen, days in the user's time zone. */
export function auditFilterOf(form: AuditForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.action) filter.actions = [form.action];
  if (form.actor) filter.actor = form.actor;
  if (form.evaluatorId) filter.evaluatorId = form.evaluatorId;
  if (form.unitId) filter.unitId = form.unitId;
  if (form.criterionId) filter.criterionId = form.criterionId;
  const from = dayBoundary(form.from, false);
  const to = dayBoundary(form.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (form.text.trim()) filter.text = form.text;
  return filter;
}

/**
 * The records the form lets through, newest first by their own time (words match the record's
 * own text or, with `words`, what the view shows for it): an imported package adds
 * the evaluator's laptop records after earlier office records, each with the time it was made.
 * Records of the same second stay in the order they were recorded, the later first.
 */
export function auditRows(audit: AuditRecord[], form: AuditForm, words?: (record: AuditRecord) => string): AuditRow[] {
  const { text, ...filter } = auditFilterOf(form);
  let rows = filterAudit(audit, filter);
  if (text) {
    // Records name units, items and evaluators by id; people search by the names they read.
    const wanted = text.trim().toLowerCase();
    const raw = new Set(filterAudit(audit, { ...filter, text }).map((r) => r.index));
    rows = rows.filter((r) => raw.has(r.index) || (words?.(r.record).toLowerCase().includes(wanted) ?? false));
  }
  return rows.sort((a, b) => (a.record.at < b.record.at ? 1 : a.record.at > b.record.at ? -1 : b.index - a.index));
}

/** A record's words as the audit view shows them, for searching. */
export function lineWords(line: { actor: string; action: string; subject: string; before: string; after: string; reason: string }): string {
  return [line.actor, line.action, line.subject, line.before, line.after, line.reason].join('\n');
}

/**
 * `words` remembered per record: records never change once written and a new trail keeps the
 * old record objects, so only new records are put into words again; the first search of a
 * long trail pays once, the next keystrokes do not.
 */
export function cachedWords(words: (record: AuditRecord) => string): (record: AuditRecord) => string {
  const cache = new WeakMap<AuditRecord, string>();
  return (record) => {
    let w = cache.get(record);
    if (w === undefined) cache.set(record, (w = words(record)));
    return w;
  };
}
