import './scheme-import.css';
import { useState } from 'react';
import type { DocPart } from '../../../../shared/plan/parts';
import { partName } from '../../../../shared/tables/scheme-parts';
import { useT } from '../../../i18n/setup';

/**
 * Shown when the imported document is a 考核办法 whose numbered parts are mostly rules about the
 * assessment: which part the items were read from, and a choice of another (the procedural parts
 * marked, each with its number of items). Reading another part replaces the imported tree.
 */
export function PartChooser({
  parts,
  chosen,
  disabled,
  onRead,
}: {
  parts: DocPart[];
  chosen: string | null;
  disabled: boolean;
  onRead: (id: string) => void;
}) {
  const t = useT();
  const [value, setValue] = useState(chosen ?? parts.find((p) => p.kind !== 'procedure')?.id ?? parts[0]?.id ?? '');
  const label = (p: DocPart) =>
    `${partName(p)} · ${p.kind === 'table' ? t('import.parts.table') : t('import.parts.items', { count: p.size })}${
      p.kind === 'procedure' ? t('import.parts.procedure') : ''
    }`;
  return (
    <div className="panel part-chooser" data-testid="part-chooser">
      {chosen === null && <p>{t('import.parts.choose')}</p>}
      <label>
        <span>{t('import.parts.label')}</span>
        <select value={value} disabled={disabled} onChange={(e) => setValue(e.target.value)}>
          {parts.map((p) => (
            <option key={p.id} value={p.id}>
              {label(p)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={chosen === null ? 'primary' : ''}
        disabled={disabled || value === chosen}
        onClick={() => onRead(value)}
      >
        {t('import.parts.read')}
      </button>
    </div>
  );
}
