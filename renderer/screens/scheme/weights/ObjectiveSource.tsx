import type { GroupData } from '../../../../shared/weights/level-data';
import { useT } from '../../../i18n/setup';

/** Where objective weights take their scores from (this year or an earlier one), and who is left out. */
export function ObjectiveSource({
  year,
  years,
  chosen,
  onChoose,
  data,
  unmatched,
}: {
  year: number;
  years: number[];
  chosen: number;
  onChoose: (y: number) => void;
  data: GroupData | null;
  unmatched: string[];
}) {
  const t = useT();
  return (
    <div className="weights-objective">
      <div className="weights-options">
        <label className="field-inline">
          <span>{t('weights.ui.year')}</span>
          <select value={chosen} onChange={(e) => onChoose(Number(e.target.value))} aria-label={t('weights.ui.year')}>
            {[year, ...years.filter((y) => y !== year)].map((y) => (
              <option key={y} value={y}>
                {y === year ? t('weights.ui.thisYear', { year }) : t('weights.ui.otherYear', { year: y })}
              </option>
            ))}
          </select>
        </label>
        {data && <span className="small muted">{t('weights.ui.units', { count: data.rows.length })}</span>}
      </div>
      <p className="small muted">{t('weights.ui.normalisation')}</p>
      {unmatched.length > 0 && (
        <p className="weights-flag">{t('weights.ui.unmatched', { year: chosen, codes: unmatched.join(t('report.sep.list')) })}</p>
      )}
      {data?.excluded.map((x) => (
        <p key={x.unitId} className="small">
          {t('weights.cli.excluded', { unit: x.unitName, criterion: x.criterionCode, reason: t(`weights.cli.reason.${x.reason}`) })}
        </p>
      ))}
      {data && data.rows.length < 2 && <p className="weights-flag">{t('weights.cli.tooFewUnits', { count: data.rows.length })}</p>}
    </div>
  );
}
