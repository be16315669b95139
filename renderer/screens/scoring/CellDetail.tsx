import { useState } from 'react';
import { checkValue } from '../../../shared/assessment/rules';
import type { ScoredItem } from '../../../shared/assessment/criteria';
import type { Assessment, EntryValue, ScoreEntry } from '../../../shared/assessment/schema';
import type { MessageKey } from '../../../shared/i18n/messages';
import { codeAndTitle } from '../../../shared/assessment/item-code';
import { useT } from '../../i18n/setup';
import { cellText, formatNumber } from './cell-input';
import { applyEdit } from './edits';
import type { GridRow } from './grid-model';
import { ValueEditor, emptyValue } from './ValueEditor';
import { VetoConfirm } from './VetoConfirm';
import { useCellWords } from './use-cell-words';
import { entriesInCell } from '../../state/live-scoring';
import { getState } from '../../state/store';

export interface CellDetailProps {
  doc: Assessment;
  evaluatorId: string;
  row: Extract<GridRow, { kind: 'item' }>;
  unitId: string;
  /** This evaluator's entry in the cell now (the grid's lookup, not a pass over every entry). */
  entry: ScoreEntry | undefined;
  readOnly: boolean;
}

/** The reason field's label names what the rule asks for: 扣分理由, 加分事由, 否决事由, or a plain 说明. */
export function reasonLabel(item: ScoredItem): MessageKey {
  if (item.kind === 'bonus') return 'grid.reasonBonus';
  if (item.kind === 'veto') return 'grid.reasonVeto';
  return item.leaf.rule.kind === 'deduction' ? 'grid.reasonDeduction' : 'grid.reasonPlain';
}

/** Why a value from the panel cannot be saved yet, beyond its rule: blank, a nameless achievement, a veto without its reason. */
export function missingPart(value: EntryValue, reason: string): MessageKey | null {
  if ((value.kind === 'score' && !Number.isFinite(value.score)) || (value.kind === 'control' && !Number.isFinite(value.actual)))
    return 'grid.noValue';
  if (value.kind === 'tier' && value.level < 0) return 'grid.noValue';
  if (value.kind === 'bonus' && value.achievements.some((a) => !a.name.trim())) return 'grid.achievementRequired';
  if (value.kind === 'veto' && value.triggered && !reason.trim()) return 'grid.vetoReasonRequired';
  return null;
}

/**
 * Everything about one cell: the item's text and rule, this evaluator's value with explicit
 * marks (不适用, veto), every deduction with its reason, the note; and the other evaluators'
 * entries beside it. Mount with a key per cell so the draft starts from the saved entry.
 */
export function CellDetail({ doc, evaluatorId, row, unitId, entry, readOnly }: CellDetailProps) {
  const t = useT();
  const [value, setValue] = useState<EntryValue | null>(entry?.value ?? null);
  const [reason, setReason] = useState(entry?.reason ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<EntryValue | null>(null);
  const unit = doc.units.find((u) => u.id === unitId);
  // A lookup per evaluator once the year is being edited, not a pass over all its entries per edit.
  const others = entriesInCell(doc, unitId, row.criterionId).filter((e) => e.evaluatorId !== evaluatorId);
  const words = useCellWords();
  const text = row.item.kind === 'leaf' ? row.item.leaf.criterion.text : row.item.item.text;
  const cell = { evaluatorId, unitId, criterionId: row.criterionId };
  const name = row.item.kind === 'leaf' ? codeAndTitle(row.item.leaf.criterion) : row.title;
  const label = `${name} · ${unit?.name ?? unitId}`;

  // The panel may show a document one edit older (it follows the grid a moment later): a change starts from the newest.
  const latest = () => getState().view?.doc ?? doc;
  const store = (next: EntryValue, why: string) => {
    setMessage(null);
    applyEdit(latest(), evaluatorId, label, [
      { ...cell, value: next, reason: why.trim(), note: note.trim(), evidence: entry?.evidence ?? '' },
    ]);
  };
  const save = (next: EntryValue) => {
    // A veto newly marked 是 is confirmed in a dialog that names the unit and asks for its reason.
    const wasTriggered = entry?.value.kind === 'veto' && entry.value.triggered;
    if (next.kind === 'veto' && next.triggered && !wasTriggered) return setConfirming(next);
    const missing = missingPart(next, reason);
    const problem = missing ? { key: missing, params: {} } : checkValue(next, row.item);
    if (problem) return setMessage(t(problem.key, problem.params));
    store(next, reason);
  };

  return (
    <aside className="cell-detail" aria-label={t('scoring.detail')}>
      <header>
        <div className="muted">
          {unit?.name} · {row.item.kind === 'leaf' ? row.item.leaf.criterion.code : ''}
        </div>
        <h2>{row.title}</h2>
        {row.points !== null && <div className="muted">{t('scoring.pointsOf', { points: formatNumber(row.points) })}</div>}
      </header>
      {text && <p className="criterion-text">{text}</p>}
      <fieldset disabled={readOnly}>
        <ValueEditor item={row.item} value={value ?? emptyValue(row.item)} onChange={setValue} unitId={unitId} />
        <label className="field">
          <span>{t(reasonLabel(row.item))}</span>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('scoring.note')}</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => save(value ?? emptyValue(row.item))}>
            {t('scoring.save')}
          </button>
          {row.item.kind === 'leaf' && (
            <button
              type="button"
              onClick={() => {
                setValue({ kind: 'na' });
                save({ kind: 'na' });
              }}
            >
              {t('scoring.markNa')}
            </button>
          )}
          <button
            type="button"
            disabled={!entry}
            onClick={() => {
              setValue(null);
              setMessage(null);
              applyEdit(latest(), evaluatorId, label, [], [cell]);
            }}
          >
            {t('scoring.clear')}
          </button>
        </div>
      </fieldset>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      {confirming && row.item.kind === 'veto' && (
        <VetoConfirm
          effect={row.item.item.effect}
          unitName={unit?.name ?? unitId}
          itemName={row.title}
          reason={reason}
          onConfirm={(why) => {
            setReason(why);
            setConfirming(null);
            store(confirming, why);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
      <section className="others">
        <h3>{t('scoring.others')}</h3>
        {others.length === 0 ? (
          <p className="muted">{t('scoring.noOthers')}</p>
        ) : (
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
