import type { VirtualItem } from '@tanstack/react-virtual';
import type { Results } from '../../../shared/scoring/types';
import { itemCode } from '../../../shared/assessment/item-code';
import { useT } from '../../i18n/setup';
import { cellDisplay, formatNumber, type CellWords } from './cell-input';
import { cellClass } from './cell-class';
import { inBlock, type Block } from './grid-copy';
import type { GridColumn, GridRow } from './grid-model';
import type { Position } from './grid-keys';
import { GridCell } from './GridCell';
import { ruleSummary } from './rule-summary';
import { cellTitle } from './cell-title';
import { FIXED_LEFT } from './GridFrame';

export const ROW_HEIGHT = 30;

export interface GridRowsProps {
  items: VirtualItem[];
  rows: GridRow[];
  columns: GridColumn[];
  template: string;
  width: number;
  active: Position;
  block: Block | null;
  lookup: {
    entry: (unitId: string, criterionId: string) => import('../../../shared/assessment/schema').ScoreEntry | undefined;
    covers: (unitId: string, criterionId: string) => boolean;
  };
  results: Results;
  threshold: number;
  words: CellWords;
  onPointer: (row: number, col: number, extend: boolean) => void;
  onOpen: (row: number, col: number) => void;
}

/** The rows on screen: headings, then each item with its code, title, points, rule and one cell per column. */
export function GridRows({
  items,
  rows,
  columns,
  template,
  width,
  active,
  block,
  lookup,
  results,
  threshold,
  words,
  onPointer,
  onOpen,
}: GridRowsProps) {
  const t = useT();
  const leafIndex = new Map(results.leafIds.map((id, i) => [id, i]));
  return (
    <>
      {items.map((v) => {
        const row = rows[v.index]!;
        const style = { transform: `translateY(${v.start}px)`, gridTemplateColumns: template, width, height: ROW_HEIGHT };
        if (row.kind === 'heading') {
          return (
            <div key={row.key} className={`grid-row grid-heading depth-${row.depth}`} style={style} role="row" aria-rowindex={v.index + 2}>
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
        }
        const leaf = leafIndex.get(row.criterionId);
        // A plain rule is the usual case: its step alone says what to type, and fits the narrow column.
        const rule =
          row.item.kind === 'leaf' && row.item.leaf.rule.kind === 'plain'
            ? t('grid.rulePlain', { step: formatNumber(row.item.leaf.rule.step) })
            : ruleSummary(row.item, t);
        const code = row.item.kind === 'leaf' ? itemCode(row.item.leaf.criterion) : '';
        return (
          <div key={row.key} className="grid-row" style={style} role="row" aria-rowindex={v.index + 2}>
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
              const isActive = active.row === v.index && active.col === ci;
              const entry = lookup.entry(c.unitId, row.criterionId);
              const covered = lookup.covers(c.unitId, row.criterionId);
              const combined = leaf !== undefined ? results.cells[c.unitId]?.[leaf] : undefined;
              const disagree = !!combined && row.points !== null && row.points > 0 && combined.spread > threshold * row.points;
              const score = c.kind === 'score';
              const text = score ? cellDisplay(entry, row.item, words) : (entry?.[c.kind] ?? '');
              const title =
                [score ? cellTitle(entry, row.item, t) : '', entry?.note, disagree ? t('scoring.disagree') : '']
                  .filter(Boolean)
                  .join(' · ') || undefined;
              const selected = !!block && inBlock(block, v.index, ci);
              const className = cellClass({ column: c.kind, entry, covered, disagree, active: isActive, selected });
              return (
                <GridCell
                  key={c.key}
                  row={v.index}
                  col={ci}
                  className={className}
                  text={text}
                  title={title}
                  active={isActive}
                  onPointer={onPointer}
                  onOpen={onOpen}
                />
              );
            })}
          </div>
        );
      })}
    </>
  );
}
