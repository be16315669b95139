import { CombineMethod, type Settings } from '../../../shared/assessment/schema';
import { methodLabel } from '../../../shared/i18n/labels';
import { updateSettings } from '../../state/actions';
import { useT } from '../../i18n/setup';

const num = (s: string, fallback: number) => (s.trim() === '' || Number.isNaN(Number(s)) ? fallback : Number(s));

/**
 * 模拟: try another combining method, ranking style, grade thresholds or 优秀 quota and see
 * ranks move at once; apply to make them the assessment's settings (recorded), or reset.
 */
export function WhatIfPanel({
  settings,
  trial,
  onTrial,
  readOnly,
  active,
}: {
  settings: Settings;
  trial: Partial<Settings> | null;
  onTrial: (t: Partial<Settings> | null) => void;
  readOnly: boolean;
  active: boolean;
}) {
  const t = useT();
  const s = { ...settings, ...trial };
  const set = (patch: Partial<Settings>) => onTrial({ ...trial, ...patch });
  return (
    <div className={active ? 'what-if on' : 'what-if'} role="group" aria-label={t('results.whatIf.title')}>
      <strong>{t('results.whatIf.title')}</strong>
      <label className="field-inline">
        <span>{t('results.whatIf.method')}</span>
        <select
          aria-label={t('results.whatIf.method')}
          value={s.combine}
          onChange={(e) => set({ combine: e.target.value as Settings['combine'] })}
        >
          {CombineMethod.options.map((m) => (
            <option key={m} value={m}>
              {methodLabel(m, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('results.whatIf.ranking')}</span>
        <select
          aria-label={t('results.whatIf.ranking')}
          value={s.ranking}
          onChange={(e) => set({ ranking: e.target.value as Settings['ranking'] })}
        >
          <option value="competition">{t('ranking.competition')}</option>
          <option value="dense">{t('ranking.dense')}</option>
        </select>
      </label>
      <label className="field-inline">
        <span>{t('grade.excellent')} ≥</span>
        <input
          className="narrow"
          type="number"
          aria-label={t('results.whatIf.excellent')}
          value={s.grades.excellent}
          onChange={(e) => set({ grades: { ...s.grades, excellent: num(e.target.value, s.grades.excellent) } })}
        />
      </label>
      {s.grades.good !== null && (
        <label className="field-inline">
          <span>{t('grade.good')} ≥</span>
          <input
            className="narrow"
            type="number"
            aria-label={t('results.whatIf.good')}
            value={s.grades.good}
            onChange={(e) => set({ grades: { ...s.grades, good: num(e.target.value, s.grades.good ?? 80) } })}
          />
        </label>
      )}
      <label className="field-inline">
        <span>{t('grade.pass')} ≥</span>
        <input
          className="narrow"
          type="number"
          aria-label={t('results.whatIf.pass')}
          value={s.grades.pass}
          onChange={(e) => set({ grades: { ...s.grades, pass: num(e.target.value, s.grades.pass) } })}
        />
      </label>
      <label className="field-inline">
        <span>{t('results.whatIf.quota')}</span>
        <input
          className="narrow"
          type="number"
          min={0}
          aria-label={t('results.whatIf.quota')}
          placeholder={t('results.whatIf.noQuota')}
          value={s.excellentQuota?.kind === 'count' ? s.excellentQuota.value : ''}
          onChange={(e) =>
            set({
              excellentQuota:
                e.target.value.trim() === '' ? null : { kind: 'count', value: Math.max(0, Math.floor(num(e.target.value, 0))) },
            })
          }
        />
      </label>
      {s.excellentQuota && (
        <label className="field-inline">
          <span>{t('settings.quotaTies')}</span>
          <select
            aria-label={t('settings.quotaTies')}
            value={s.quotaTies ?? 'share'}
            onChange={(e) => set({ quotaTies: e.target.value as 'share' | 'strict' })}
          >
            <option value="share">{t('settings.quotaTies.share')}</option>
            <option value="strict">{t('settings.quotaTies.strict')}</option>
          </select>
        </label>
      )}
      <span className="spacer" />
      {active && <span className="badge badge-warn">{t('results.whatIf.active')}</span>}
      <button type="button" disabled={!active} onClick={() => onTrial(null)}>
        {t('results.whatIf.reset')}
      </button>
      <button
        type="button"
        className="primary"
        disabled={!active || readOnly}
        onClick={() =>
          void updateSettings(trial!).then(
            () => onTrial(null),
            () => undefined,
          )
        }
      >
        {t('results.whatIf.apply')}
      </button>
    </div>
  );
}
