import { scoredItems } from '../../../shared/assessment/criteria';
import type { Assessment } from '../../../shared/assessment/schema';
import type { StaleEntry } from '../../../shared/assessment/stale-entries';
import { useT } from '../../i18n/setup';
import { cellText } from '../scoring/cell-input';
import { useCellWords } from '../scoring/use-cell-words';
import type { SumProblem } from './scheme-draft';

/** What saving would do that needs a yes first: sums that are off, and scores that would no longer fit. */
export interface PendingSave {
  sums: SumProblem[];
  stale: StaleEntry[];
}

/**
 * Asks before a save that keeps sums off (naming each place) or removes scores (each one as
 * unit · item · evaluator · value, and why it no longer fits). Cancel changes nothing.
 */
export function SaveCheck({
  pending,
  doc,
  onConfirm,
  onCancel,
}: {
  pending: PendingSave;
  doc: Assessment;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const items = scoredItems(doc);
  const unit = new Map(doc.units.map((u) => [u.id, u.name]));
  const evaluator = new Map(doc.evaluators.map((e) => [e.id, e.name]));
  const words = useCellWords();
  const itemName = (id: string) => {
    const item = items.get(id);
    if (!item) return id;
    return item.kind === 'leaf' ? `${item.leaf.criterion.number}${item.leaf.criterion.title}` : item.item.title;
  };
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('schemeEditor.check.title')}>
      <div className="modal save-check">
        <h2>{t('schemeEditor.check.title')}</h2>
        {pending.sums.length > 0 && (
          <>
            <p>{t('schemeEditor.check.sums', { count: pending.sums.length })}</p>
            <div className="check-scroll" style={{ flex: 'none', maxHeight: '22vh' }}>
              <ul className="check-list" data-testid="check-sums">
                {pending.sums.map((p) => (
                  <li key={p.id ?? 'total'}>
                    {p.id
                      ? t('scheme.partsOff', { title: p.title, sum: p.sum, points: p.points })
                      : t('scheme.totalOff', { sum: p.sum, total: p.points })}
                  </li>
                ))}
              </ul>
            </div>
          </>
        )}
        {pending.stale.length > 0 && (
          <>
            <p>{t('schemeEditor.check.stale', { count: pending.stale.length })}</p>
            <div className="check-scroll">
              <table className="table check-table" data-testid="check-stale">
                <thead>
                  <tr>
                    <th>{t('schemeEditor.check.unit')}</th>
                    <th>{t('schemeEditor.check.item')}</th>
                    <th>{t('schemeEditor.check.evaluator')}</th>
                    <th>{t('schemeEditor.check.value')}</th>
                    <th>{t('schemeEditor.check.why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {pending.stale.map(({ entry, key, params }, i) => {
                    const item = items.get(entry.criterionId);
                    return (
                      <tr key={i}>
                        <td className="nowrap">{unit.get(entry.unitId) ?? entry.unitId}</td>
                        <td>{itemName(entry.criterionId)}</td>
                        <td className="nowrap">{evaluator.get(entry.evaluatorId) ?? entry.evaluatorId}</td>
                        <td className="nowrap num">{item ? cellText(entry, item, words) : ''}</td>
                        <td>
                          {key === 'doc.unknownCriterion'
                            ? t('schemeEditor.check.itemGone')
                            : key === 'value.wrongKind'
                              ? t('schemeEditor.check.ruleChanged')
                              : t(key, params)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p className="small muted">{t('schemeEditor.check.audit')}</p>
          </>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {t('schemeEditor.check.back')}
          </button>
          <button type="button" className="primary" autoFocus onClick={onConfirm}>
            {pending.stale.length
              ? t('schemeEditor.check.saveAndRemove', { count: pending.stale.length })
              : t('schemeEditor.check.saveAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
