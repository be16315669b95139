import { quotaCount } from '../../../shared/scoring/grades';
import { gradeLabel } from '../../../shared/i18n/labels';
import { useT } from '../../i18n/setup';
import { Choice, Problems, type GroupProps } from './SettingsGroups';
import { numberText, typedNumber } from './settings-draft';

type QuotaKind = 'none' | 'count' | 'share';

/** 等次: names, whether there is a 良好, the lower bounds, and the 优秀 quota with its tie rule. */
export function GradeSettings({ draft, edit, disabled, problemOf, unitCount }: GroupProps) {
  const t = useT();
  const names = draft.gradeNames;
  const g = draft.grades;
  const quota = draft.excellentQuota;
  const kind: QuotaKind = quota?.kind ?? 'none';
  const band = (grade: 'excellent' | 'good' | 'pass', value: number) => (
    <label className="field-inline settings-line" key={grade}>
      <span className="settings-band">{t('settings.band', { grade: gradeLabel(grade, names, t) })}</span>
      <input
        className="narrow"
        type="number"
        min={0}
        aria-label={t('settings.band', { grade: gradeLabel(grade, names, t) })}
        disabled={disabled}
        value={numberText(value)}
        onChange={(e) => edit({ grades: { ...g, [grade]: typedNumber(e.target.value) } })}
      />
    </label>
  );
  const setKind = (next: QuotaKind) => {
    if (next === 'none') edit({ excellentQuota: null });
    else if (next === 'count')
      edit({ excellentQuota: { kind: 'count', value: quota?.kind === 'count' ? quota.value : Math.max(1, Math.round(unitCount * 0.3)) } });
    else edit({ excellentQuota: { kind: 'share', value: quota?.kind === 'share' ? quota.value : 0.3 } });
  };
  const shareCount = quota?.kind === 'share' ? quotaCount(quota, unitCount) : null;
  return (
    <div className="settings-column">
      <fieldset className="panel settings-group">
        <legend>{t('settings.section.grades')}</legend>
        <div className="field-label">{t('settings.gradeNames')}</div>
        <Choice
          name={t('settings.gradeNames')}
          value={names}
          disabled={disabled}
          onChange={(gradeNames) => edit({ gradeNames })}
          options={[
            { value: 'standard', label: t('settings.gradeNames.standard') },
            { value: 'compliance', label: t('settings.gradeNames.compliance') },
          ]}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={g.good !== null}
            disabled={disabled}
            onChange={(e) => edit({ grades: { ...g, good: e.target.checked ? Math.round((g.excellent + g.pass) / 2) : null } })}
          />
          <span>{t('settings.useGood')}</span>
        </label>
        <div className="settings-bands">
          {band('excellent', g.excellent)}
          {g.good !== null && band('good', g.good)}
          {band('pass', g.pass)}
        </div>
        <Problems messages={problemOf('grades')} />
        <div className="muted small">{t('settings.band.help', { fail: gradeLabel('fail', names, t) })}</div>
        <div className="field-label">{t('settings.quota')}</div>
        <Choice
          name={t('settings.quota')}
          value={kind}
          disabled={disabled}
          onChange={setKind}
          options={[
            { value: 'none', label: t('settings.quota.none') },
            { value: 'count', label: t('settings.quota.count') },
            { value: 'share', label: t('settings.quota.share') },
          ]}
        />
        {quota?.kind === 'count' && (
          <label className="field-inline settings-line">
            <span>{t('settings.quota.countValue')}</span>
            <input
              className="narrow"
              type="number"
              min={1}
              step={1}
              aria-label={t('settings.quota.countValue')}
              disabled={disabled}
              value={numberText(quota.value)}
              onChange={(e) => edit({ excellentQuota: { kind: 'count', value: typedNumber(e.target.value) } })}
            />
          </label>
        )}
        {quota?.kind === 'share' && (
          <label className="field-inline settings-line">
            <span>{t('settings.quota.shareValue')}</span>
            <input
              className="narrow"
              type="number"
              min={1}
              max={100}
              aria-label={t('settings.quota.shareValue')}
              disabled={disabled}
              value={numberText(Math.round(quota.value * 10_000) / 100)}
              onChange={(e) => edit({ excellentQuota: { kind: 'share', value: typedNumber(e.target.value) / 100 } })}
            />
            {shareCount !== null && !Number.isNaN(shareCount) && (
              <span className="muted">{t('settings.quota.shareCount', { units: unitCount, count: shareCount })}</span>
            )}
          </label>
        )}
        <Problems messages={problemOf('excellentQuota')} />
        {quota && (
          <>
            <div className="field-label">{t('settings.quotaTies')}</div>
            <Choice
              name={t('settings.quotaTies')}
              value={draft.quotaTies}
              disabled={disabled}
              onChange={(quotaTies) => edit({ quotaTies })}
              options={[
                { value: 'share', label: t('settings.quotaTies.share') },
                { value: 'strict', label: t('settings.quotaTies.strict') },
              ]}
            />
          </>
        )}
      </fieldset>
    </div>
  );
}
