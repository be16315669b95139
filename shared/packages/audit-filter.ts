import type { AuditRecord } from '../assessment/schema';

/**
 * What the audit view filters on; every field optional, all given ones must hold. Actions match
 * exactly or, written with a trailing dot ("entry."), by prefix. Times compare as ISO text, so
 * "2020-12-15" as `to` includes the whole day.
 */
export interface AuditFilter {
  actions?: string[];
  /** Part of the actor's name. */
  actor?: string;
  evaluatorId?: string;
  unitId?: string;
  criterionId?: string;
  from?: string;
  to?: string;
  /** Words anywhere in the reason, the target or the old and new values. */
  text?: string;
}

export interface AuditRow {
  /** Position in the document's trail: a stable id for the row. */
  index: number;
  record: AuditRecord;
}

function actionMatches(action: string, wanted: string[]): boolean {
  return wanted.some((w) => (w.endsWith('.') ? action.startsWith(w) : action === w));
}

/** The audit records that pass the filter, in the order they were recorded. */
export function filterAudit(audit: AuditRecord[], filter: AuditFilter): AuditRow[] {
  const text = filter.text?.trim().toLowerCase();
  const actor = filter.actor?.trim().toLowerCase();
  const rows: AuditRow[] = [];
  audit.forEach((record, index) => {
    if (filter.actions?.length && !actionMatches(record.action, filter.actions)) return;
    if (actor && !record.actor.toLowerCase().includes(actor)) return;
    if (
      filter.evaluatorId &&
      record.target.evaluator !== filter.evaluatorId &&
      !record.target.evaluators?.split(',').includes(filter.evaluatorId)
    )
      return;
    if (filter.unitId && record.target.unit !== filter.unitId) return;
    if (filter.criterionId && record.target.criterion !== filter.criterionId) return;
    if (filter.from && record.at < filter.from) return;
    if (filter.to && record.at.slice(0, filter.to.length) > filter.to) return;
    if (text) {
      const haystack = [
        record.reason,
        ...Object.values(record.target),
        JSON.stringify(record.before ?? ''),
        JSON.stringify(record.after ?? ''),
      ]
        .join('\n')
        .toLowerCase();
      if (!haystack.includes(text)) return;
    }
    rows.push({ index, record });
  });
  return rows;
}

/** The actions and actors present, for the filter's drop-downs. */
export function auditFacets(audit: AuditRecord[]): { actions: string[]; actors: string[] } {
  return { actions: [...new Set(audit.map((r) => r.action))].sort(), actors: [...new Set(audit.map((r) => r.actor))].sort() };
}
