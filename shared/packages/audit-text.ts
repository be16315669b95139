import { z } from 'zod';
import { scoredItems } from '../assessment/criteria';
import { EntryValue, Status, type Assessment, type AuditRecord } from '../assessment/schema';
import { statusLabel } from '../i18n/labels';
import type { MessageKey, Translate } from '../i18n/messages';
import { zhCN } from '../i18n/zh-CN';
import { valueText } from './value-text';
import { weightsText } from '../weights/audit-text';
import { itemName } from '../assessment/item-code';

/** An audit record as a person reads it, for the audit view and the report's audit sheet. */
export interface AuditLine {
  at: string;
  actor: string;
  action: string;
  /** "南宁市 · 1.1 加强思想理论武装 · 张伟": what the change was about. */
  subject: string;
  before: string;
  after: string;
  reason: string;
}

const EntryState = z.object({ value: EntryValue, reason: z.string().optional() });

/**
 * Says one audit record in the user's language: the action's name, the unit, criterion and
 * evaluator by name, old and new values as valueText writes them. Records of kinds it does
 * not know keep their action id and show their values as JSON, so nothing is hidden.
 */
export function auditLine(
  record: AuditRecord,
  doc: Pick<Assessment, 'scheme' | 'settings' | 'units' | 'evaluators'>,
  t: Translate,
  items = scoredItems(doc),
): AuditLine {
  const key = `audit.action.${record.action}`;
  const action = key in zhCN ? t(key as MessageKey) : record.action;
  const { unit, criterion, evaluator } = record.target;
  const item = criterion ? items.get(criterion) : undefined;
  const criterionText = item ? itemName(item) : criterion;
  const subject = [
    doc.units.find((u) => u.id === unit)?.name ?? unit,
    criterionText,
    doc.evaluators.find((e) => e.id === evaluator)?.name ?? evaluator,
  ]
    .filter(Boolean)
    .join(' · ');
  const text = (state: unknown): string => {
    if (state === undefined || state === null) return '';
    const entry = EntryState.safeParse(state);
    if (entry.success)
      return entry.data.reason
        ? t('packages.value.withRemarks', { value: valueText(entry.data.value, item, t), remarks: entry.data.reason })
        : valueText(entry.data.value, item, t);
    const status = Status.safeParse(state);
    if (status.success) return statusLabel(status.data, t);
    return typeof state === 'string' ? state : JSON.stringify(state);
  };
  const weights = record.action === 'weights.apply' ? weightsText(record.after, t) : null;
  if (weights)
    return { at: record.at, actor: record.actor, action, subject: subject || t('weights.level.first'), ...weights, reason: record.reason };
  const before =
    record.action === 'conflict.resolve'
      ? t('audit.candidates', { count: (record.before as { candidates?: unknown[] } | undefined)?.candidates?.length ?? 0 })
      : text(record.before);
  const after =
    record.action === 'package.import' ? String((record.after as { file?: string } | undefined)?.file ?? '') : text(record.after);
  return { at: record.at, actor: record.actor, action, subject, before, after, reason: record.reason };
}
