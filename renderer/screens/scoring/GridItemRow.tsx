import { memo, useMemo } from 'react';
import { itemCode } from '../../../shared/assessment/item-code';
import type { Translate } from '../../../shared/i18n/messages';
import { cellDisplay, formatNumber, type CellWords } from './cell-input';
import { cellClass } from './cell-class';
import { cellTitle } from './cell-title';
import type { RowEntries } from './entry-table';
import type { GridColumn, GridRow } from './grid-model';
import { GridCell } from './GridCell';
import { FIXED_LEFT } from './GridFrame';
import { ruleSummary } from './rule-summary';

export const ROW_HEIGHT = 30;

export interface GridItemRowProps {
  row: Extract<GridRow, { kind: 'item' }>;
  index: number;
  /** Top of the row inside the grid body, in pixels (from the virtualizer). */
  start: number;
  columns: GridColumn[];
  template: string;
  width: number;
  /** This evaluator's entries in the row, by unit: a new map only when one of them changed. */
  entries: RowEntries;
  covers: (unitId: string, criterionId: string) => boolean;
  /** The active cell's column when it is in this row, else -1. */
  activeCol: number;
  /** The selected block's columns when it spans this row, else -1 and -1. */
  selectedFrom: number;
  selectedTo: number;
  /** One character per column, '1' where the evaluators disagree beyond the threshold. */
  disagree: string;
  words: CellWords;
  t: Translate;
  onPointer: (row: number, col: number, extend: boolean) => void;
  onOpen: (row: number, col: number) => void;
}

/**
 * One item: its code, title, points, rule and a cell per column. Every prop is either stable or a
 * plain value, so an edit re-renders the edited row and the rows the active cell left and entered,
 * not the fifty on screen.
 */
export const GridItemRow = memo(function GridItemRow(props: GridItemRowProps) {
  const { row, index, start, columns, template, width, entries, covers, activeCol, t } = props;
  const rule = useMemo(
    () =>
      // A plain rule is the usual case: its step alone says what to type, and fits the narrow column.
      row.item.kind === 'leaf' && row.item.leaf.rule.kind === 'plain'
        ? t('grid.rulePlain', { step: formatNumber(row.item.leaf.rule.step) })
        : ruleSummary(row.item, t),
    [row.item, t],
  );
  const code = row.item.kind === 'leaf' ? itemCode(row.item.leaf.criterion) : '';
  const style = { transform: `translateY(${start}px)`, gridTemplateColumns: template, width, height: ROW_HEIGHT };
  return (
    <div className="grid-row" style={style} role="row" aria-rowindex={index + 2}>
      <div className="grid-cell fixed muted" style={{ left: 0 }} role="rowheader">
        {code}
      </div>
      <div className={`grid-cell fixed title depth-${row.depth}`} style={{ left: FIXED_LEFT[1] }} title={`${row.number}${row.title}`}>
        {row.title}
      </div>
      <div className="grid-cell fixed num" style={{ left: FIXED_LEFT[2] }}>
        {row.points === null ? '' : formatNumber(row.points)}
      </div>
      <div className="grid-cell fixed rule" style={{ left: FIXED_LEFT[3] }} title={rule}>
        {rule}
      </div>
      {columns.map((c, ci) => {
        const entry = entries.get(c.unitId);
        const active = activeCol === ci;
        const disagree = props.disagree[ci] === '1';
        const score = c.kind === 'score';
        const text = score ? cellDisplay(entry, row.item, props.words) : (entry?.[c.kind] ?? '');
        const title =
          [score ? cellTitle(entry, row.item, t) : '', entry?.note, disagree ? t('scoring.disagree') : ''].filter(Boolean).join(' · ') ||
          undefined;
        const selected = ci >= props.selectedFrom && ci <= props.selectedTo;
        const covered = covers(c.unitId, row.criterionId);
        return (
          <GridCell
            key={c.key}
            row={index}
            col={ci}
            className={cellClass({ column: c.kind, entry, covered, disagree, active, selected })}
            text={text}
            title={title}
            active={active}
            onPointer={props.onPointer}
            onOpen={props.onOpen}
          />
        );
      })}
    </div>
  );
});
