import { CombineMethod } from '../../../shared/assessment/schema';
import type { FullSettings } from '../../../shared/assessment/settings-rules';
import { gradeLabel, methodLabel } from '../../../shared/i18n/labels';
import { useT } from '../../i18n/setup';
import { numberText, typedNumber } from './settings-draft';

/** What every group of the 设置 form gets: the draft, how to change it, and its problems by field. */
export interface GroupProps {
  draft: FullSettings;
  edit: (change: Partial<FullSettings>) => void;
  disabled: boolean;
  problemOf: (field: keyof FullSettings) => string[];
  unitCount: number;
}

/** One choice among a few, as radio buttons (fewer clicks than a list, all options in sight). */
export function Choice<T extends string>({
  name,
  value,
  options,
  onChange,
  disabled,
}: {
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
  disabled: boolean;
}) {
  return (
    <div className="settings-choices" role="radiogroup" aria-label={name}>
      {options.map((o) => (
        <label key={o.value} className="radio">
          <input type="radio" name={name} checked={value === o.value} disabled={disabled} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

export function Problems({ messages }: { messages: string[] }) {
  const t = useT();
  return messages.length > 0 ? (
    <div className="field-error" role="alert">
      {messages.join(t('list.separator'))}
    </div>
  ) : null;
}

/** 得分合成 and 排名. */
export function CombineAndRanking({ draft, edit, disabled }: GroupProps) {
  const t = useT();
  return (
    <div className="settings-column">
      <fieldset className="panel settings-group">
        <legend>{t('settings.section.combine')}</legend>
        <label className="field">
          <span>{t('settings.combine')}</span>
          <select
            aria-label={t('settings.combine')}
            value={draft.combine}
            disabled={disabled}
            onChange={(e) => edit({ combine: e.target.value as FullSettings['combine'] })}
          >
            {CombineMethod.options.map((m) => (
              <option key={m} value={m}>
                {methodLabel(m, t)}
              </option>
            ))}
          </select>
          <span className="muted small">{t('settings.combine.help')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.useEvaluatorWeights}
            disabled={disabled}
            onChange={(e) => edit({ useEvaluatorWeights: e.target.checked })}
          />
          <span>{t('settings.weights')}</span>
        </label>
        <div className="muted small">{t('settings.weights.help')}</div>
      </fieldset>
      <fieldset className="panel settings-group">
        <legend>{t('settings.section.ranking')}</legend>
        <Choice
          name={t('settings.ranking')}
          value={draft.ranking}
          disabled={disabled}
          onChange={(ranking) => edit({ ranking })}
          options={[
            { value: 'competition', label: t('ranking.competition') },
            { value: 'dense', label: t('ranking.dense') },
          ]}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={draft.rankIncomplete}
            disabled={disabled}
            onChange={(e) => edit({ rankIncomplete: e.target.checked })}
          />
          <span>{t('settings.rankIncomplete')}</span>
        </label>
      </fieldset>
    </div>
  );
}

/** 一票否决, 不适用, 分歧 and how many decimals are shown. */
export function RulesAndDisplay({ draft, edit, disabled, problemOf }: GroupProps) {
  const t = useT();
  const fail = gradeLabel('fail', draft.gradeNames, t);
  return (
    <div className="settings-column">
      <fieldset className="panel settings-group">
        <legend>{t('settings.section.rules')}</legend>
        <div className="field-label">{t('settings.vetoEffect')}</div>
        <Choice
          name={t('settings.vetoEffect')}
          value={draft.vetoEffect}
          disabled={disabled}
          onChange={(vetoEffect) => edit({ vetoEffect })}
          options={[
            { value: 'fail', label: t('settings.vetoEffect.fail', { fail }) },
            { value: 'zero', label: t('settings.vetoEffect.zero', { fail }) },
          ]}
        />
        <div className="field-label">{t('settings.naRule')}</div>
        <Choice
          name={t('settings.naRule')}
          value={draft.naRule}
          disabled={disabled}
          onChange={(naRule) => edit({ naRule })}
          options={[
            { value: 'rescale', label: t('settings.naRule.rescale') },
            { value: 'full', label: t('settings.naRule.full') },
          ]}
        />
        <label className="field-inline settings-line">
          <span>{t('settings.threshold')}</span>
          <input
            className="narrow"
            type="number"
            min={0}
            max={100}
            aria-label={t('settings.threshold')}
            disabled={disabled}
            value={numberText(Math.round(draft.disagreementThreshold * 10_000) / 100)}
            onChange={(e) => edit({ disagreementThreshold: typedNumber(e.target.value) / 100 })}
          />
        </label>
        <Problems messages={problemOf('disagreementThreshold')} />
        <div className="muted small">{t('settings.threshold.help')}</div>
        <label className="field-inline settings-line">
          <span>{t('settings.step')}</span>
          <input
            className="narrow"
            type="number"
            min={0}
            step={0.5}
            aria-label={t('settings.step')}
            disabled={disabled}
            value={numberText(draft.defaultStep)}
            onChange={(e) => edit({ defaultStep: typedNumber(e.target.value) })}
          />
        </label>
        <Problems messages={problemOf('defaultStep')} />
      </fieldset>
      <fieldset className="panel settings-group">
        <legend>{t('settings.section.display')}</legend>
        <label className="field-inline">
          <span>{t('settings.decimals')}</span>
          <select
            aria-label={t('settings.decimals')}
            value={draft.decimals}
            disabled={disabled}
            onChange={(e) => edit({ decimals: Number(e.target.value) })}
          >
            {[0, 1, 2, 3, 4].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <div className="muted small">{t('settings.decimals.help')}</div>
      </fieldset>
    </div>
  );
}
