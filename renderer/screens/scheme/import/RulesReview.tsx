import './scheme-import.css';
import { walkCriteria } from '../../../../shared/assessment/criteria';
import type { PlanPreview } from '../../../../shared/ipc/views';
import { useT } from '../../../i18n/setup';
import { MarkedText } from './MarkedText';
import { ruleSummary } from './rule-summary';

/**
 * After an import: each 评分标准 beside the rule read from it (its words marked), and the list of
 * rules nobody should trust yet ("需要人工确认的评分标准"): those items stay plain until confirmed.
 */
export function RulesReview({ preview }: { preview: PlanPreview }) {
  const t = useT();
  const leaves = walkCriteria(preview.scheme.criteria).filter((c) => c.children.length === 0 && c.ruleText);
  if (leaves.length === 0 && preview.scheme.bonus.items.length === 0 && preview.scheme.vetoes.length === 0) return null;
  const open = leaves.filter((c) => !c.rule);
  const read = leaves.filter((c) => c.rule);
  return (
    <div className="panel rules-review" data-testid="rules-review">
      <details>
        <summary>
          {t('import.rules.title', { recognised: read.length, total: leaves.length })}
          {' · '}
          {t('import.rules.extras', { bonus: preview.scheme.bonus.items.length, vetoes: preview.scheme.vetoes.length })}
        </summary>
        <table className="rules-table">
          <tbody>
            {read.map((c) => (
              <tr key={c.id}>
                <td className="code">{c.code}</td>
                <td>{c.title}</td>
                <td>
                  <MarkedText text={c.ruleText!} points={c.points} />
                </td>
                <td className="muted">
                  {t('import.rules.readAs')}
                  {ruleSummary(c.rule!, t)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3 className={open.length ? 'confirm-title warn' : 'confirm-title'}>
        {open.length ? t('import.rules.confirm', { count: open.length }) : t('import.rules.confirmNone')}
      </h3>
      {open.length > 0 && (
        <ul className="confirm-list" data-testid="rules-to-confirm">
          {open.map((c) => (
            <li key={c.id}>
              <span className="code">{c.code}</span> {t('list.labelled', { label: c.title, text: '' })}
              <span className="muted">{c.ruleText}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
