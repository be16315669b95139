import { useState } from 'react';
import { checkValue } from '../../../shared/assessment/rules';
import type { Assessment, EntryValue } from '../../../shared/assessment/schema';
import { clearCells, saveEntries } from '../../state/actions';
import { useT } from '../../i18n/setup';
import { cellText, formatNumber } from './cell-input';
import type { GridRow } from './grid-model';
import { ValueEditor, emptyValue } from './ValueEditor';

export interface CellDetailProps {
  doc: Assessment;
  evaluatorId: string;
  row: Extract<GridRow, { kind: 'item' }>;
  unitId: string;
  readOnly: boolean;
}

/**
 * Everything about one cell: the item's text and rule, this evaluator's value with explicit
 * marks (不适用, veto), every deduction with its reason, the note; and the other evaluators'
 * entries beside it. Mount with a key per cell so the draft starts from the saved entry.
 */
export function CellDetail({ doc, evaluatorId, row, unitId, readOnly }: CellDetailProps) {
  const t = useT();
  const entry = doc.entries.find((e) => e.evaluatorId === evaluatorId && e.unitId === unitId && e.criterionId === row.criterionId);
  const [value, setValue] = useState<EntryValue | null>(entry?.value ?? null);
  const [reason, setReason] = useState(entry?.reason ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const unit = doc.units.find((u) => u.id === unitId);
  const others = doc.entries.filter((e) => e.unitId === unitId && e.criterionId === row.criterionId && e.evaluatorId !== evaluatorId);
  const words = { na: t('scoring.na'), yes: t('scoring.yes'), no: t('scoring.no') };
  const text = row.item.kind === 'leaf' ? row.item.leaf.criterion.text : row.item.item.text;
  const cell = { evaluatorId, unitId, criterionId: row.criterionId };

  const save = (next: EntryValue | null) => {
    if (!next) {
      setMessage(t('scoring.nothingToSave'));
      return;
    }
    const problem = checkValue(next, row.item);
    if (problem) {
      setMessage(t(problem.key, problem.params));
      return;
    }
    setMessage(null);
    void saveEntries([{ ...cell, value: next, reason: reason.trim(), note: note.trim(), evidence: entry?.evidence ?? '' }]);
  };

  return (
    <aside className="cell-detail" aria-label={t('scoring.detail')}>
      <header>
        <div className="muted">{unit?.name} · {row.number}</div>
        <h2>{row.title}</h2>
        {row.points !== null && <div className="muted">{t('scoring.pointsOf', { points: formatNumber(row.points) })}</div>}
      </header>
      {text && <p className="criterion-text">{text}</p>}
      <fieldset disabled={readOnly}>
        <ValueEditor item={row.item} value={value ?? emptyValue(row.item)} onChange={setValue} unitId={unitId} />
        <label className="field">
          <span>{t('scoring.reason')}</span>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('scoring.note')}</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => save(value ?? emptyValue(row.item))}>{t('scoring.save')}</button>
          {row.item.kind === 'leaf' && <button type="button" onClick={() => { setValue({ kind: 'na' }); save({ kind: 'na' }); }}>{t('scoring.markNa')}</button>}
          <button type="button" disabled={!entry} onClick={() => { setValue(null); setMessage(null); void clearCells([cell]); }}>{t('scoring.clear')}</button>
        </div>
      </fieldset>
      {message && <p className="field-error" role="alert">{message}</p>}
      <section className="others">
        <h3>{t('scoring.others')}</h3>
        {others.length === 0 ? <p className="muted">{t('scoring.noOthers')}</p> : (
          <table className="table compact">
            <tbody>
              {others.map((o) => (
                <tr key={o.evaluatorId}>
                  <td>{doc.evaluators.find((e) => e.id === o.evaluatorId)?.name ?? o.evaluatorId}</td>
                  <td className="num">{cellText(o, row.item, words)}</td>
                  <td className="muted">{o.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </aside>
  );
}
