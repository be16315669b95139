import { useState } from 'react';
import type { Assessment } from '../../../shared/assessment/schema';
import { formatScore } from '../../../shared/scoring/format';
import type { Disagreement } from '../../../shared/packages/disagreement';
import { errorInfo } from '../../../shared/ipc/error-info';
import { updateSettings } from '../../state/actions';
import { showCell } from '../../state/package-actions';
import { setState } from '../../state/store';
import { useT } from '../../i18n/setup';
import { codeAndTitle } from '../../../shared/assessment/item-code';

/**
 * Cells whose evaluators' scores lie further apart than the threshold (a share of the item's
 * points, a setting of the assessment, editable here and recorded), widest first; each leads
 * to its cell in the scoring grid.
 */
export function DisagreementsPanel({ doc, disagreements }: { doc: Assessment; disagreements: Disagreement[] }) {
  const t = useT();
  const saved = Math.round(doc.settings.disagreementThreshold * 100);
  const [percent, setPercent] = useState(String(saved));
  const value = Number(percent);
  const valid = percent.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100;
  const save = async () => {
    try {
      await updateSettings({ disagreementThreshold: value / 100 });
    } catch (e) {
      setState({ notice: errorInfo(e) });
    }
  };
  return (
    <section className="panel review-panel">
      <div className="toolbar">
        <label className="field-inline">
          <span>{t('pkg.disagree.threshold')}</span>
          <input
            className="narrow num"
            type="number"
            min={0}
            max={100}
            step={5}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            aria-label={t('pkg.disagree.threshold')}
          />
        </label>
        <button type="button" disabled={!valid || value === saved || doc.status === 'finalized'} onClick={() => void save()}>
          {t('pkg.disagree.save')}
        </button>
        <span className="muted">{t('pkg.disagree.help', { percent: saved })}</span>
      </div>
      {disagreements.length === 0 ? (
        <p className="empty-state">{t('pkg.disagree.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table review-table" aria-label={t('pkg.tab.disagreements', { count: disagreements.length })}>
            <thead>
              <tr>
                <th>{t('pkg.col.unit')}</th>
                <th>{t('pkg.col.criterion')}</th>
                <th className="num">{t('pkg.col.points')}</th>
                <th>{t('pkg.col.scores')}</th>
                <th className="num">{t('pkg.col.spread')}</th>
                <th className="num">{t('pkg.col.share')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {disagreements.map((d) => {
                const low = Math.min(...d.scores.map((s) => s.score));
                const high = Math.max(...d.scores.map((s) => s.score));
                return (
                  <tr key={`${d.unitId}|${d.criterionId}`} data-disagreement={`${d.unitName} · ${d.code}`}>
                    <td>{d.unitName}</td>
                    <td className="wrap">{codeAndTitle(d)}</td>
                    <td className="num">{formatScore(d.points)}</td>
                    <td>
                      {d.scores.map((s) => (
                        <span
                          key={s.evaluatorId}
                          className={s.score === low ? 'score-chip low' : s.score === high ? 'score-chip high' : 'score-chip'}
                        >
                          {s.name} {formatScore(s.score)}
                        </span>
                      ))}
                    </td>
                    <td className="num">{formatScore(d.spread)}</td>
                    <td className="num">{`${Math.round(d.share * 100)}%`}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() =>
                          showCell({
                            evaluatorId: d.scores.find((s) => s.score === low)!.evaluatorId,
                            unitId: d.unitId,
                            criterionId: d.criterionId,
                          })
                        }
                      >
                        {t('pkg.disagree.open')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
