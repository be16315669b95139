import './scheme-import.css';
import { walkCriteria } from '../../../../shared/assessment/criteria';
import type { PlanPreview } from '../../../../shared/ipc/views';
import { useT } from '../../../i18n/setup';
import { MarkedText } from './MarkedText';
import { ruleSummary } from './rule-summary';

/**
 * Brings a tree row to the middle of its scrolling panel, vertically only: scrollIntoView would also
 * shift the panel sideways (its rows are wider than the panel at 1366).
 */
function centreRow(code: string): void {
  const row = document.querySelector<HTMLElement>(`tr[data-criterion="${CSS.escape(code)}"]`);
  let box = row?.parentElement ?? null;
  while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
  if (!row || !box) return;
  const offset = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
  box.scrollTop += offset - (box.clientHeight - row.offsetHeight) / 2;
}

/**
 * After an import: each 评分标准 beside the rule read from it (its words marked), and the list of
 * rules nobody should trust yet ("需要人工确认的评分标准"): those items stay plain until confirmed.
 */
export function RulesReview({ preview, onLocate }: { preview: PlanPreview; onLocate: (id: string) => void }) {
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
              {/* One click to the item in the tree, where its rule is set by hand. */}
              <button
                type="button"
                className="link-button"
                title={t('import.rules.locate')}
                onClick={() => {
                  onLocate(c.id);
                  centreRow(c.code);
                }}
              >
                <span className="code">{c.code}</span> {c.title}
              </button>
              {t('list.labelled', { label: '', text: '' })}
              <span className="muted">{c.ruleText}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
