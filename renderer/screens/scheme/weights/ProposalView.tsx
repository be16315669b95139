import type { GradeId, Settings } from '../../../../shared/assessment/schema';
import { gradeLabel } from '../../../../shared/i18n/labels';
import type { WeightGroup } from '../../../../shared/weights/groups';
import { fig } from '../../../../shared/weights/messages';
import { useT } from '../../../i18n/setup';
import type { RankEffect } from './weights-model';

const pts = (x: number) => String(Math.round(x * 100) / 100);

/** The criteria with their weights and proposed points, and every unit's rank and grade now and under them. */
export function ProposalView({
  group,
  weights,
  proposed,
  effect,
  gradeNames,
}: {
  group: WeightGroup;
  weights: number[] | null;
  proposed: number[] | null;
  effect: RankEffect[] | null;
  gradeNames: Settings['gradeNames'];
}) {
  const t = useT();
  const grade = (g: GradeId | null) => gradeLabel(g, gradeNames, t);
  return (
    <div className="weights-proposal">
      <table className="table" aria-label={t('weights.ui.col.proposed')}>
        <thead>
          <tr>
            <th>{t('weights.ui.col.criterion')}</th>
            <th className="num">{t('weights.ui.col.points')}</th>
            <th className="num">{t('weights.ui.col.weight')}</th>
            <th className="num">{t('weights.ui.col.proposed')}</th>
          </tr>
        </thead>
        <tbody>
          {group.criteria.map((c, i) => (
            <tr key={c.id}>
              <td className="weights-name" title={c.title}>{`${c.code} ${c.title}`}</td>
              <td className="num">{pts(c.points)}</td>
              <td className="num">{weights ? fig(weights[i]!) : '—'}</td>
              <td className={proposed && proposed[i] !== c.points ? 'num strong' : 'num'} data-testid={`proposed-${c.code}`}>
                {proposed ? pts(proposed[i]!) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {effect && (
        <>
          <h3 className="weights-subhead">{t('weights.ui.effect')}</h3>
          <table className="table" aria-label={t('weights.ui.effect')} data-testid="weights-effect">
            <thead>
              <tr>
                <th>{t('weights.ui.col.unit')}</th>
                <th className="num">{t('weights.ui.col.total')}</th>
                <th className="num">{t('weights.ui.col.rank')}</th>
                <th>{t('weights.ui.col.grade')}</th>
                <th className="num">{t('weights.ui.col.newTotal')}</th>
                <th className="num">{t('weights.ui.col.newRank')}</th>
                <th>{t('weights.ui.col.newGrade')}</th>
              </tr>
            </thead>
            <tbody>
              {effect.map((u) => (
                <tr key={u.unitId}>
                  <td>{u.unitName}</td>
                  <td className="num">{u.total.toFixed(2)}</td>
                  <td className="num">{u.rank ?? '—'}</td>
                  <td>{grade(u.grade)}</td>
                  <td className="num">{u.newTotal.toFixed(2)}</td>
                  <td
                    className={
                      u.newRank !== u.rank ? (u.newRank !== null && u.rank !== null && u.newRank < u.rank ? 'num up' : 'num down') : 'num'
                    }
                  >
                    {u.newRank ?? '—'}
                  </td>
                  <td className={u.newGrade !== u.grade ? 'strong' : ''}>{grade(u.newGrade)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
