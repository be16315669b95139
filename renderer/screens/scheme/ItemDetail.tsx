import type { SchemeCriterion, Unit } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { TargetsTable } from './TargetsTable';

/** The selected item in full: its content (考核内容), its 评分标准 words and, for a control target, the targets per unit. */
export function ItemDetail({
  criterion,
  units,
  disabled,
  onChange,
}: {
  criterion: SchemeCriterion;
  units: Unit[];
  disabled: boolean;
  onChange: (patch: Partial<SchemeCriterion>) => void;
}) {
  const t = useT();
  const leaf = criterion.children.length === 0;
  const rule = criterion.rule;
  return (
    <div className="panel item-detail" aria-label={t('schemeEditor.detail')}>
      <header className="panel-header">
        <h2>
          {criterion.number}
          {criterion.title}
        </h2>
        <span className="muted">{t('schemeEditor.detail.points', { points: criterion.points })}</span>
      </header>
      <label className="field">
        <span>{t('scheme.criterionText')}</span>
        <textarea rows={2} disabled={disabled} value={criterion.text} onChange={(e) => onChange({ text: e.target.value })} />
      </label>
      {leaf ? (
        <>
          <label className="field">
            <span>{t('schemeEditor.ruleText')}</span>
            <textarea
              rows={2}
              placeholder={t('schemeEditor.ruleText.placeholder')}
              disabled={disabled}
              value={criterion.ruleText ?? ''}
              onChange={(e) => onChange({ ruleText: e.target.value })}
            />
          </label>
          <p className="small muted">{t('schemeEditor.detail.ruleInTree', { rule: t(`scheme.rule.${rule?.kind ?? 'plain'}`) })}</p>
          {rule?.kind === 'control' && (
            <TargetsTable rule={rule} units={units} disabled={disabled} onChange={(r) => onChange({ rule: r })} />
          )}
        </>
      ) : (
        <p className="small muted">{t('schemeEditor.detail.parent', { count: criterion.children.length })}</p>
      )}
    </div>
  );
}
