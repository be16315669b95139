import { useT } from '../../i18n/setup';
import { moveInList } from './scheme-lists';

/** Up, down and delete for one row of a list section (加分项, 一票否决/否优项): the same three buttons for each. */
export function RowButtons<T extends { id: string }>({
  list,
  item,
  title,
  disabled,
  onChange,
}: {
  list: T[];
  item: T;
  title: string;
  disabled: boolean;
  onChange: (next: T[]) => void;
}) {
  const t = useT();
  return (
    <td className="row-buttons">
      <button
        type="button"
        className="icon"
        title={t('schemeEditor.action.up')}
        aria-label={t('schemeEditor.action.up')}
        disabled={disabled}
        onClick={() => onChange(moveInList(list, item.id, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        title={t('schemeEditor.action.down')}
        aria-label={t('schemeEditor.action.down')}
        disabled={disabled}
        onClick={() => onChange(moveInList(list, item.id, 1))}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon danger-text"
        title={t('schemeEditor.action.delete')}
        aria-label={t('schemeEditor.deleteOf', { title })}
        disabled={disabled}
        onClick={() => onChange(list.filter((x) => x.id !== item.id))}
      >
        ✕
      </button>
    </td>
  );
}
