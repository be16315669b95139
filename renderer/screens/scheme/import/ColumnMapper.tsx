import './scheme-import.css';
import { useState } from 'react';
import { COLUMN_ROLES, columnLetter, type ColumnRole } from '../../../../shared/tables/grid';
import { useT } from '../../../i18n/setup';
import { rememberColumns } from './column-memory';

/** A first guess the user corrects: first columns as levels, the longest-text column as the rule, a numbers column as points. */
function guess(rows: string[][]): ColumnRole[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const col = (c: number) => rows.map((r) => r[c] ?? '');
  const numeric = Array.from({ length: width }, (_, c) => col(c).filter((x) => /^\D{0,2}\d+(\.\d+)?\D{0,2}$/.test(x)).length);
  const length = Array.from({ length: width }, (_, c) => col(c).reduce((a, x) => a + x.length, 0));
  const points = numeric.indexOf(Math.max(...numeric));
  const rule = length.indexOf(Math.max(...length.map((l, c) => (c === points ? -1 : l))));
  let level = 0;
  return Array.from({ length: width }, (_, c) => {
    if (c === points && numeric[c]! > 0) return 'points';
    if (c === rule) return 'rule';
    if (c < Math.min(points, rule) && level < 3) return (['level1', 'level2', 'level3'] as const)[level++]!;
    return 'ignore';
  });
}

/**
 * Shown when a table's header words were not recognised: its first rows with a choice above each
 * column (which level, points, rule…). The choice is remembered for files of the same shape.
 */
export function ColumnMapper({
  fileName,
  rows,
  onApply,
  onCancel,
}: {
  fileName: string;
  rows: string[][];
  onApply: (roles: ColumnRole[]) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [roles, setRoles] = useState<ColumnRole[]>(() => guess(rows));
  const apply = () => {
    rememberColumns(rows, roles);
    onApply(roles);
  };
  return (
    <div className="panel column-mapper" data-testid="column-mapper">
      <p>{t('import.map.title', { file: fileName })}</p>
      <div className="column-mapper-scroll">
        <table>
          <thead>
            <tr>
              {roles.map((role, c) => (
                <th key={c}>
                  <select
                    aria-label={t('import.map.column', { col: columnLetter(c) })}
                    value={role}
                    onChange={(e) => setRoles(roles.map((r, i) => (i === c ? (e.target.value as ColumnRole) : r)))}
                  >
                    {COLUMN_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`column.role.${r}`)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {roles.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="toolbar">
        <button type="button" className="primary" onClick={apply}>
          {t('import.map.apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.map.cancel')}
        </button>
        <span className="muted small">{t('import.map.remembered')}</span>
      </div>
    </div>
  );
}
