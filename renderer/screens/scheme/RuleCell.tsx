import { useState } from 'react';
import type { LeafRule, SchemeCriterion } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { defaultRule, levelsText, parseLevels } from './scheme-draft';
import { useLevelsText } from './useLevelsText';

const KINDS: LeafRule['kind'][] = ['plain', 'deduction', 'tiered', 'control'];

/** A leaf's scoring rule: its kind and the one or two numbers that kind needs. */
export function RuleCell({
  criterion,
  defaultStep,
  disabled,
  onChange,
}: {
  criterion: SchemeCriterion;
  defaultStep: number;
  disabled: boolean;
  onChange: (rule: LeafRule) => void;
}) {
  const t = useT();
  const rule = criterion.rule ?? { kind: 'plain', step: defaultStep };
  const [levels, setLevels] = useLevelsText(rule.kind === 'tiered' ? rule.levels : []);
  const [levelsBad, setLevelsBad] = useState(false);
  const number = (value: number, set: (n: number) => void, label: string) => (
    <input
      className="narrow"
      type="number"
      min={0}
      step="any"
      aria-label={label}
      title={label}
      disabled={disabled}
      value={value}
      onChange={(e) => Number(e.target.value) > 0 && set(Number(e.target.value))}
    />
  );
  return (
    <div className="rule-cell">
      <select
        aria-label={t('scheme.rule')}
        disabled={disabled}
        value={rule.kind}
        onChange={(e) => {
          const labels = t('scheme.defaultLevels').split('|');
          const next = defaultRule(e.target.value as LeafRule['kind'], criterion.points, defaultStep, labels);
          if (next.kind === 'tiered') setLevels(levelsText(next.levels, t('list.separator')));
          onChange(next);
        }}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`scheme.rule.${k}`)}
          </option>
        ))}
      </select>
      {rule.kind === 'plain' && number(rule.step, (step) => onChange({ kind: 'plain', step }), t('scheme.rule.step'))}
      {rule.kind === 'deduction' &&
        // The named reasons read from a table (扣分理由) stay when the step changes.
        number(rule.perOccurrence, (perOccurrence) => onChange({ ...rule, perOccurrence }), t('scheme.rule.per'))}
      {rule.kind === 'control' && (
        <>
          {number(rule.perUnitOver, (perUnitOver) => onChange({ ...rule, perUnitOver }), t('scheme.rule.perOver'))}
          <input
            className="narrow"
            type="number"
            min={0}
            aria-label={t('scheme.rule.target')}
            title={t('scheme.rule.target')}
            disabled={disabled}
            value={rule.target}
            onChange={(e) => onChange({ ...rule, target: Math.max(0, Number(e.target.value) || 0) })}
          />
        </>
      )}
      {rule.kind === 'tiered' && (
        <input
          className={levelsBad ? 'levels invalid' : 'levels'}
          aria-label={t('scheme.rule.levels')}
          title={t('scheme.rule.levelsHelp')}
          disabled={disabled}
          value={levels}
          onChange={(e) => {
            setLevels(e.target.value);
            const parsed = parseLevels(e.target.value);
            setLevelsBad(!parsed);
            if (parsed) onChange({ kind: 'tiered', levels: parsed });
          }}
        />
      )}
    </div>
  );
}
