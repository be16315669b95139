import { useT } from '../../i18n/setup';
import type { GridColumn } from './grid-model';
import type { Progress } from './progress';

/** Fixed columns: number, criterion, points, rule; then one per unit (or score/reason/note). */
// Sized for a 1366-pixel laptop: with the details panel open at least 8 unit columns fit beside a
// readable item column (and more at 125 % scaling, where the panel starts closed).
export const FIXED = [44, 194, 50, 96];
export const FIXED_LEFT = FIXED.map((_, i) => FIXED.slice(0, i).reduce((a, b) => a + b, 0));
export const FIXED_WIDTH = FIXED.reduce((a, b) => a + b, 0);

export function columnWidth(c: GridColumn): number {
  return c.kind === 'score' ? 62 : 240;
}

interface FrameProps {
  columns: GridColumn[];
  template: string;
  width: number;
}

/** The grid's sticky header: the fixed columns' titles, then each unit with its progress bar. */
export function GridHeader({
  columns,
  template,
  width,
  unitProgress,
}: FrameProps & { unitProgress: (unitId: string) => Progress | undefined }) {
  const t = useT();
  return (
    <div className="grid-row grid-head" style={{ gridTemplateColumns: template, width }} role="row">
      {[t('scoring.col.number'), t('scoring.col.criterion'), t('scoring.col.points'), t('scoring.col.rule')].map((h, i) => (
        <div key={h} className="grid-cell fixed" style={{ left: FIXED_LEFT[i] }} role="columnheader">
          {h}
        </div>
      ))}
      {columns.map((c) => {
        const p = c.kind === 'score' ? unitProgress(c.unitId) : undefined;
        return (
          <div
            key={c.key}
            className="grid-cell head-unit"
            role="columnheader"
            title={p ? t('scoring.progressOf', { done: p.done, total: p.total }) : undefined}
          >
            <span>{c.title}</span>
            {p && p.total > 0 && (
              <span className="mini-bar">
                <span style={{ width: `${(p.done / p.total) * 100}%` }} />
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** A sticky footer row under the grid: each unit's combined total or rank, as they change. */
export function GridFooter({
  columns,
  template,
  width,
  label,
  kind,
  value,
}: FrameProps & { label: string; kind: 'total' | 'rank'; value: (unitId: string) => string | { text: string; title: string } }) {
  return (
    <div className={`grid-row grid-foot ${kind}`} style={{ gridTemplateColumns: template, width }} role="row">
      <div className="grid-cell fixed" style={{ left: 0, gridColumn: 'span 4', width: FIXED_WIDTH }} role="rowheader">
        {label}
      </div>
      {columns.map((c) => {
        const v = c.kind === 'score' ? value(c.unitId) : '';
        const text = typeof v === 'string' ? v : v.text;
        return (
          <div
            key={c.key}
            className="grid-cell num"
            role="gridcell"
            data-foot={`${kind}:${c.unitId}`}
            title={typeof v === 'string' ? undefined : v.title}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
}
