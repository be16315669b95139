import { useMemo } from 'react';
import { formatScore } from '../../../shared/scoring/format';
import type { Results } from '../../../shared/scoring/types';
import { useT } from '../../i18n/setup';
import type { GridColumn } from './grid-model';
import { GridFooter } from './GridFrame';

export interface GridTotalsProps {
  results: Results;
  columns: GridColumn[];
  template: string;
  width: number;
  showRank: boolean;
}

/**
 * The combined total and rank of each unit under the grid, as they change. A unit nobody has
 * scored yet shows "—" (未评), not a total of 0.00 that reads like a score.
 */
export function GridTotals({ results, columns, template, width, showRank }: GridTotalsProps) {
  const t = useT();
  const byUnit = useMemo(() => new Map(results.units.map((u) => [u.unitId, u])), [results]);
  const scored = (unitId: string) => {
    const r = byUnit.get(unitId);
    return !!r && (r.vetoed || r.barredExcellent || r.bonus > 0 || !!results.cells[unitId]?.some((c) => c.state !== 'missing'));
  };
  const frame = { columns, template, width };
  return (
    <>
      <GridFooter
        {...frame}
        label={t('scoring.total')}
        kind="total"
        value={(u) => {
          const r = byUnit.get(u);
          if (!r) return '';
          return scored(u) ? formatScore(r.total) : { text: '—', title: t('grid.unscored') };
        }}
      />
      {showRank && <GridFooter {...frame} label={t('scoring.rank')} kind="rank" value={(u) => String(byUnit.get(u)?.rank ?? '—')} />}
    </>
  );
}
