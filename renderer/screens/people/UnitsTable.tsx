import { useState } from 'react';
import type { Unit } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { freshId, parseUnitList } from './unit-list';

/** The assessed units: code and name, add and remove, or a list pasted from elsewhere. */
export function UnitsTable({ units, disabled, onChange }: { units: Unit[]; disabled: boolean; onChange: (units: Unit[]) => void }) {
  const t = useT();
  const [listText, setListText] = useState<string | null>(null);
  const set = (i: number, patch: Partial<Unit>) => onChange(units.map((u, j) => (j === i ? { ...u, ...patch } : u)));
  return (
    <div className="panel">
      <header className="panel-header">
        <h2>{t('people.units')}</h2>
        <div className="button-row">
          <button type="button" disabled={disabled} onClick={() => setListText('')}>
            {t('people.importList')}
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={() =>
              onChange([
                ...units,
                {
                  id: freshId(
                    'u',
                    units.map((u) => u.id),
                  ),
                  code: '',
                  name: t('people.newUnit'),
                },
              ])
            }
          >
            {t('people.addUnit')}
          </button>
        </div>
      </header>
      {listText !== null && (
        <div className="list-import">
          <label className="field">
            <span>{t('people.listHelp')}</span>
            <textarea rows={6} value={listText} onChange={(e) => setListText(e.target.value)} aria-label={t('people.importList')} />
          </label>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onChange(parseUnitList(listText));
                setListText(null);
              }}
            >
              {t('people.replaceUnits')}
            </button>
            <button
              type="button"
              onClick={() => {
                onChange([
                  ...units,
                  ...parseUnitList(
                    listText,
                    units.map((u) => u.id),
                  ),
                ]);
                setListText(null);
              }}
            >
              {t('people.appendUnits')}
            </button>
            <button type="button" onClick={() => setListText(null)}>
              {t('scheme.cancel')}
            </button>
          </div>
        </div>
      )}
      <table className="table compact">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('people.code')}</th>
            <th>{t('people.name')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => (
            <tr key={u.id}>
              <td className="muted num">{i + 1}</td>
              <td>
                <input
                  className="code-input"
                  aria-label={t('people.code')}
                  disabled={disabled}
                  value={u.code}
                  onChange={(e) => set(i, { code: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('people.name')}
                  disabled={disabled}
                  value={u.name}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </td>
              <td>
                <button type="button" className="link-button" disabled={disabled} onClick={() => onChange(units.filter((_, j) => j !== i))}>
                  {t('scoring.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
