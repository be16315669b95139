import { useDeferredValue, useMemo, useState } from 'react';
import type { Assessment } from '../../../shared/assessment/schema';
import type { MessageKey } from '../../../shared/i18n/messages';
import { zhCN } from '../../../shared/i18n/zh-CN';
import { auditFacets } from '../../../shared/packages/audit-filter';
import { auditLine } from '../../../shared/packages/audit-text';
import { localDateTime } from '../../../shared/text/local-time';
import { useT } from '../../i18n/setup';
import { auditRows, cachedWords, EMPTY_AUDIT_FORM, lineWords, type AuditForm } from './audit-view';
import type { Names } from './names';

const PAGE = 200;

/** Every change recorded in the assessment, newest first, filtered by who, what, where and when. */
export function AuditPanel({ doc, names }: { doc: Assessment; names: Names }) {
  const t = useT();
  const [form, setForm] = useState<AuditForm>(EMPTY_AUDIT_FORM);
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(form);
  const { scheme, settings, units, evaluators } = doc;
  const words = useMemo(
    () => cachedWords((r) => lineWords(auditLine(r, { scheme, settings, units, evaluators }, t, names.items))),
    [scheme, settings, units, evaluators, t, names],
  );
  const rows = useMemo(() => auditRows(doc.audit, deferred, words), [doc.audit, deferred, words]);
  const facets = useMemo(() => auditFacets(doc.audit), [doc.audit]);
  const set = (patch: Partial<AuditForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setShown(PAGE);
  };
  const actionName = (action: string) => {
    const key = `audit.action.${action}`;
    return key in zhCN ? t(key as MessageKey) : action;
  };
  const select = (label: string, value: string, field: keyof AuditForm, options: { id: string; label: string }[]) => (
    <label className="field-inline">
      <span>{label}</span>
      <select value={value} aria-label={label} onChange={(e) => set({ [field]: e.target.value })}>
        <option value="">{t('pkg.audit.any')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const criteria = useMemo(() => [...names.items.keys()].map((id) => ({ id, label: names.criterion(id) })), [names]);

  return (
    <section className="panel review-panel">
      <div className="toolbar audit-filters">
        {select(
          t('pkg.audit.actor'),
          form.actor,
          'actor',
          facets.actors.map((a) => ({ id: a, label: a })),
        )}
        {select(
          t('pkg.audit.action'),
          form.action,
          'action',
          facets.actions.map((a) => ({ id: a, label: actionName(a) })),
        )}
        {select(
          t('pkg.audit.evaluator'),
          form.evaluatorId,
          'evaluatorId',
          doc.evaluators.map((e) => ({ id: e.id, label: e.name })),
        )}
        {select(
          t('pkg.audit.unit'),
          form.unitId,
          'unitId',
          doc.units.map((u) => ({ id: u.id, label: u.name })),
        )}
        {select(t('pkg.audit.criterion'), form.criterionId, 'criterionId', criteria)}
        <label className="field-inline">
          <span>{t('pkg.audit.from')}</span>
          <input type="date" value={form.from} aria-label={t('pkg.audit.from')} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="field-inline">
          <span>{t('pkg.audit.to')}</span>
          <input type="date" value={form.to} aria-label={t('pkg.audit.to')} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label className="field-inline">
          <span>{t('pkg.audit.text')}</span>
          <input value={form.text} aria-label={t('pkg.audit.text')} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <button type="button" className="link-button" onClick={() => set(EMPTY_AUDIT_FORM)}>
          {t('pkg.audit.clear')}
        </button>
      </div>
      <p className="muted small" data-testid="audit-count">
        {t('pkg.audit.count', { count: rows.length, total: doc.audit.length })}
      </p>
      {rows.length === 0 ? (
        <p className="empty-state">{t('pkg.audit.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table audit-table" aria-label={t('pkg.tab.audit')}>
            <thead>
              <tr>
                <th>{t('audit.col.at')}</th>
                <th>{t('audit.col.actor')}</th>
                <th>{t('audit.col.action')}</th>
                <th>{t('audit.col.subject')}</th>
                <th>{t('audit.col.before')}</th>
                <th>{t('audit.col.after')}</th>
                <th>{t('audit.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map(({ index, record }) => {
                const line = auditLine(record, doc, t, names.items);
                return (
                  <tr key={index} data-action={record.action}>
                    <td className="nowrap">{localDateTime(line.at, true)}</td>
                    <td className="nowrap">{line.actor}</td>
                    <td className="nowrap">{line.action}</td>
                    <td className="wrap">{line.subject}</td>
                    <td className="wrap">{line.before}</td>
                    <td className="wrap">{line.after}</td>
                    <td className="wrap">{line.reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('pkg.audit.more', { count: Math.min(PAGE, rows.length - shown) })}
        </button>
      )}
    </section>
  );
}
