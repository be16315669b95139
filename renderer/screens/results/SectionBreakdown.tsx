import type { Assessment } from '../../../shared/assessment/schema';
import { formatScore } from '../../../shared/scoring/format';
import { settingsOf } from '../../../shared/assessment/settings-rules';
import type { Results } from '../../../shared/scoring/types';
import { useT } from '../../i18n/setup';

/** Each unit's score per first-level indicator, against the indicator's points; weak ones stand out. */
export function SectionBreakdown({ doc, results }: { doc: Assessment; results: Results }) {
  const t = useT();
  const byId = new Map(results.units.map((u) => [u.unitId, u]));
  const sections = doc.scheme.criteria;
  const { decimals } = settingsOf(doc.settings);
  return (
    <>
      <header className="panel-header">
        <h2>{t('results.sections.title')}</h2>
        <span className="muted">{t('results.sections.help')}</span>
      </header>
      <div className="table-scroll">
        <table className="table sections">
          <thead>
            <tr>
              <th>{t('results.col.unit')}</th>
              {sections.map((s) => (
                <th key={s.id} className="num" title={s.title}>
                  {t('list.withNote', { text: s.number.replace(/[、.．]$/, '') || s.code, note: String(s.points) })}
                </th>
              ))}
              <th className="num">{t('results.col.bonus')}</th>
              <th className="num">{t('results.col.total')}</th>
            </tr>
          </thead>
          <tbody>
            {results.order.map((id) => {
              const u = byId.get(id)!;
              return (
                <tr key={id}>
                  <td>{u.unitName}</td>
                  {u.sections.map((s) => {
                    const share = s.points - s.naPoints > 0 ? s.score / (s.points - s.naPoints) : 1;
                    return (
                      <td key={s.criterionId} className={share < 0.8 ? 'num weak' : 'num'} title={s.title}>
                        {formatScore(s.score, decimals)}
                      </td>
                    );
                  })}
                  <td className="num">{u.bonus ? formatScore(u.bonus, decimals) : ''}</td>
                  <td className="num strong">{formatScore(u.total, decimals)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
