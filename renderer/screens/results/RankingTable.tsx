import type { Settings } from '../../../shared/assessment/schema';
import { formatScore, roundScore } from '../../../shared/scoring/format';
import { gradeLabel } from '../../../shared/i18n/labels';
import type { Results } from '../../../shared/scoring/types';
import { unitNotes, unitNotesText } from '../../../shared/scoring/unit-notes';
import type { YearComparison } from '../../../shared/scoring/year-over-year';
import { useT } from '../../i18n/setup';
import type { RankShift } from './what-if';

function Change({ value, digits, invert = false }: { value: number | null; digits: number; invert?: boolean }) {
  if (value === null) return <span className="muted">—</span>;
  const rounded = roundScore(value, digits);
  if (rounded === 0) return <span className="muted">{digits ? formatScore(0, digits) : '—'}</span>;
  const up = invert ? rounded < 0 : rounded > 0;
  return <span className={up ? 'up' : 'down'}>{`${up ? '▲' : '▼'}${formatScore(Math.abs(rounded), digits)}`}</span>;
}

/** The ranking: rank, unit, total, bonus, grade, change since last year, notes; the what-if rank beside it. */
export function RankingTable({
  results,
  comparison,
  shifts,
  gradeNames,
  decimals = 2,
}: {
  results: Results;
  comparison: YearComparison;
  shifts: Map<string, RankShift> | null;
  gradeNames: Settings['gradeNames'];
  decimals?: number;
}) {
  const t = useT();
  const changes = new Map(comparison.units.map((c) => [c.unitId, c]));
  const byId = new Map(results.units.map((u) => [u.unitId, u]));
  return (
    <table className="table ranking" aria-label={t('results.col.rank')}>
      <thead>
        <tr>
          <th className="num">{t('results.col.rank')}</th>
          <th>{t('results.col.unit')}</th>
          <th className="num">{t('results.col.total')}</th>
          <th className="num">{t('results.col.bonus')}</th>
          <th>{t('results.col.grade')}</th>
          {shifts && <th className="num what-if-col">{t('results.col.whatIfChange')}</th>}
          <th className="num">{t('results.col.previousRank')}</th>
          <th className="num">{t('results.col.rankChange')}</th>
          <th className="num">{t('results.col.totalChange')}</th>
          <th>{t('results.col.note')}</th>
        </tr>
      </thead>
      <tbody>
        {results.order.map((id) => {
          const u = byId.get(id)!;
          const c = changes.get(id);
          const s = shifts?.get(id);
          return (
            <tr key={id} data-unit={u.unitName} className={u.vetoed ? 'vetoed' : ''}>
              <td className="num strong" data-col="rank">
                {u.rank ?? '—'}
              </td>
              <td>{u.unitName}</td>
              <td className="num strong" data-col="total">
                {formatScore(u.total, decimals)}
              </td>
              <td className="num">{u.bonus ? formatScore(u.bonus, decimals) : ''}</td>
              <td>
                <span className={`grade grade-${u.grade ?? 'pending'}`}>{gradeLabel(u.grade, gradeNames, t)}</span>
                {s?.gradeChanged && <span className="muted"> *</span>}
              </td>
              {shifts && (
                <td className="num what-if-col" data-col="what-if">
                  <Change value={s?.gained ?? null} digits={0} />
                </td>
              )}
              <td className="num">{c?.previousRank ?? '—'}</td>
              <td className="num">
                <Change value={c?.rankChange ?? null} digits={0} />
              </td>
              <td className="num">
                <Change value={c?.totalChange ?? null} digits={decimals} />
              </td>
              <td className="muted small">{unitNotesText(unitNotes(u), t)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
