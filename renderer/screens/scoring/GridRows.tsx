import { memo, useMemo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Results } from '../../../shared/scoring/types';
import { useT } from '../../i18n/setup';
import type { CellWords } from './cell-input';
import type { Block } from './grid-copy';
import type { GridColumn, GridRow } from './grid-model';
import type { Position } from './grid-keys';
import { FIXED_LEFT } from './GridFrame';
import { GridItemRow, ROW_HEIGHT } from './GridItemRow';
import type { CellLookup } from './use-cell-lookup';

export { ROW_HEIGHT };

export interface GridRowsProps {
  items: VirtualItem[];
  rows: GridRow[];
  columns: GridColumn[];
  template: string;
  width: number;
  active: Position;
  block: Block | null;
  lookup: CellLookup;
  results: Results;
  threshold: number;
  words: CellWords;
  onPointer: (row: number, col: number, extend: boolean) => void;
  onOpen: (row: number, col: number) => void;
}

/**
 * The rows on screen: headings, then each item (GridItemRow). Here only what each row needs is
 * picked out as plain values, so the memoised rows whose cells did not change are skipped.
 */
export function GridRows({ items, rows, columns, template, width, active, block, lookup, results, threshold, ...rest }: GridRowsProps) {
  const t = useT();
  const leafIndex = useMemo(() => new Map(results.leafIds.map((id, i) => [id, i])), [results.leafIds]);
  // Whether the evaluators' scores of a cell spread beyond the threshold, as '0'/'1' per column.
  const disagreement = (row: Extract<GridRow, { kind: 'item' }>) => {
    const leaf = leafIndex.get(row.criterionId);
    if (leaf === undefined || row.points === null || row.points <= 0) return '';
    const limit = threshold * row.points;
    return columns.map((c) => ((results.cells[c.unitId]?.[leaf]?.spread ?? 0) > limit ? '1' : '0')).join('');
  };
  return (
    <>
      {items.map((v) => {
        const row = rows[v.index]!;
        if (row.kind === 'heading')
          return (
            <GridHeadingRow key={row.key} row={row} index={v.index} start={v.start} columns={columns} template={template} width={width} />
          );
        const selected = !!block && v.index >= block.top && v.index <= block.bottom;
        return (
          <GridItemRow
            key={row.key}
            row={row}
            index={v.index}
            start={v.start}
            columns={columns}
            template={template}
            width={width}
            entries={lookup.rowEntries(row.criterionId)}
            covers={lookup.covers}
            activeCol={active.row === v.index ? active.col : -1}
            selectedFrom={selected ? block.left : -1}
            selectedTo={selected ? block.right : -1}
            disagree={disagreement(row)}
            t={t}
            {...rest}
          />
        );
      })}
    </>
  );
}

interface HeadingProps {
  row: Extract<GridRow, { kind: 'heading' }>;
  index: number;
  start: number;
  columns: GridColumn[];
  template: string;
  width: number;
}

/** A section heading across the grid: its code, title and points, no cells to type in. */
const GridHeadingRow = memo(function GridHeadingRow({ row, index, start, columns, template, width }: HeadingProps) {
  const style = { transform: `translateY(${start}px)`, gridTemplateColumns: template, width, height: ROW_HEIGHT };
  return (
    <div className={`grid-row grid-heading depth-${row.depth}`} style={style} role="row" aria-rowindex={index + 2}>
      <div className="grid-cell fixed" style={{ left: 0 }}>
        {row.code}
      </div>
      <div className="grid-cell fixed title" style={{ left: FIXED_LEFT[1] }} title={`${row.number}${row.title}`}>
        {row.title}
      </div>
      <div className="grid-cell fixed num" style={{ left: FIXED_LEFT[2] }}>
        {row.points ?? ''}
      </div>
      <div className="grid-cell fixed" style={{ left: FIXED_LEFT[3] }} />
      {columns.map((c) => (
        <div key={c.key} className="grid-cell" />
      ))}
    </div>
  );
});
