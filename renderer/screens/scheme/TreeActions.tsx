import type { SchemeCriterion } from '../../../shared/assessment/schema';
import { MAX_DEPTH, placeOf } from '../../../shared/assessment/scheme-edit';
import { useT } from '../../i18n/setup';

export type TreeAction = 'addSection' | 'addSibling' | 'addChild' | 'delete' | 'up' | 'down' | 'indent' | 'outdent';

/** The buttons that change the tree's shape, for the selected item; each is off where it cannot apply. */
export function TreeActions({
  criteria,
  selected,
  disabled,
  onAction,
}: {
  criteria: SchemeCriterion[];
  selected: string | null;
  disabled: boolean;
  onAction: (a: TreeAction) => void;
}) {
  const t = useT();
  const at = selected ? placeOf(criteria, selected) : null;
  const can: Record<TreeAction, boolean> = {
    addSection: true,
    addSibling: at !== null,
    addChild: at !== null && at.depth + 1 < MAX_DEPTH,
    delete: at !== null,
    up: at !== null && at.index > 0,
    down: at !== null && at.index < at.siblings.length - 1,
    indent: at !== null && at.index > 0 && at.depth + 1 < MAX_DEPTH,
    outdent: at !== null && at.parent !== null,
  };
  const actions: TreeAction[] = ['addSection', 'addSibling', 'addChild', 'delete', 'up', 'down', 'indent', 'outdent'];
  return (
    <div className="tree-actions" role="toolbar" aria-label={t('schemeEditor.treeActions')}>
      {actions.map((a) => (
        <button
          key={a}
          type="button"
          className={a === 'delete' ? 'danger-text' : ''}
          disabled={disabled || !can[a]}
          title={t(`schemeEditor.action.${a}.hint`)}
          onClick={() => onAction(a)}
        >
          {t(`schemeEditor.action.${a}`)}
        </button>
      ))}
    </div>
  );
}
