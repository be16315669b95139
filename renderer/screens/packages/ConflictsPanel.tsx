import { useState } from 'react';
import type { Assessment } from '../../../shared/assessment/schema';
import type { Conflict } from '../../../shared/packages/conflicts';
import { contentText, valueText } from '../../../shared/packages/value-text';
import { resolveConflicts } from '../../state/package-actions';
import { useT } from '../../i18n/setup';
import { originText, type Names } from './names';

/** The cells waiting for the office to pick a value: every candidate with who, when and why. */
export function ConflictsPanel({ doc, conflicts, names }: { doc: Assessment; conflicts: Conflict[]; names: Names }) {
  const t = useT();
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="panel review-panel">
      <p className="muted">{t('pkg.conflicts.help')}</p>
      {done && (
        <p className="banner banner-info" role="status">
          {t('pkg.conflicts.resolved', { cell: done })}
        </p>
      )}
      {conflicts.length === 0 ? (
        <p className="empty-state">{t('pkg.conflicts.none')}</p>
      ) : (
        <div className="conflict-list">
          {conflicts.map((c) => {
            const key = `${c.cell.evaluatorId}|${c.cell.unitId}|${c.cell.criterionId}`;
            return (
              <ConflictCard
                key={key}
                conflict={c}
                names={names}
                readOnly={doc.status === 'finalized'}
                onResolved={() => setDone(names.cell(c.cell))}
              />
            );
          })}
        </div>
      )}
    </section>
  );
}

function ConflictCard({
  conflict,
  names,
  readOnly,
  onResolved,
}: {
  conflict: Conflict;
  names: Names;
  readOnly: boolean;
  onResolved: () => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { cell } = conflict;
  const item = names.items.get(cell.criterionId);
  const who = names.evaluator(cell.evaluatorId);
  const group = `conflict-${cell.evaluatorId}-${cell.unitId}-${cell.criterionId}`;
  const submit = async () => {
    if (!choice) return;
    setBusy(true);
    const ok = await resolveConflicts([{ cell, choice }], reason);
    setBusy(false);
    if (ok) onResolved();
  };
  return (
    <article className="conflict" data-conflict={names.cell(cell)}>
      <header className="conflict-head">
        <span className="strong">{names.cell(cell)}</span>
        <span className="badge badge-warn">{t(`packages.kind.${conflict.kind}`)}</span>
      </header>
      <p className="muted small">
        {conflict.current
          ? t('pkg.conflicts.current', { value: valueText(conflict.current.value, item, t) })
          : t('pkg.conflicts.currentEmpty')}
      </p>
      <fieldset className="candidates" disabled={readOnly || busy}>
        <legend className="sr-only">{names.cell(cell)}</legend>
        {conflict.candidates.map((k) => (
          <label key={k.key} className={choice === k.key ? 'candidate chosen' : 'candidate'}>
            <input type="radio" name={group} value={k.key} checked={choice === k.key} onChange={() => setChoice(k.key)} />
            <span className="candidate-body">
              <span className="candidate-value">{contentText(k.content, item, t)}</span>
              {k.origins.map((o, i) => (
                <span key={i} className="muted small candidate-origin">
                  {originText(o, who, t)}
                </span>
              ))}
            </span>
          </label>
        ))}
        <label className="field">
          <span>{t('pkg.conflicts.reason')}</span>
          <input
            value={reason}
            placeholder={t('pkg.conflicts.reasonHint')}
            onChange={(e) => setReason(e.target.value)}
            aria-label={t('pkg.conflicts.reason')}
          />
        </label>
        <div className="button-row">
          <button type="button" className="primary" disabled={!choice || !reason.trim()} onClick={() => void submit()}>
            {t('pkg.conflicts.resolve')}
          </button>
        </div>
      </fieldset>
    </article>
  );
}
