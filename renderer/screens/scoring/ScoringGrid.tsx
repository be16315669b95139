import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Assessment } from '../../../shared/assessment/schema';
import type { Results } from '../../../shared/scoring/types';
import { useT } from '../../i18n/setup';
import { itemRowIndices, type GridColumn, type GridRow } from './grid-model';
import type { Position } from './grid-keys';
import { blockOf } from './grid-copy';
import type { Progress } from './progress';
import { columnWidth, FIXED, FIXED_WIDTH, GridHeader } from './GridFrame';
import { GridEditor } from './GridEditor';
import { GridRows, ROW_HEIGHT } from './GridRows';
import { VetoConfirm } from './VetoConfirm';
import { GridTotals } from './GridTotals';
import { handleGridKey } from './grid-key-handler';
import type { CellLookup } from './use-cell-lookup';
import { useCellWords } from './use-cell-words';
import { useGridEdits } from './use-grid-edits';
import { useScrollToActive } from './use-scroll-to-active';
import './grid.css';

export interface ScoringGridProps {
  doc: Assessment;
  results: Results;
  evaluatorId: string;
  /** This evaluator's entries and who covers what (the scoring screen's, shared with the details panel). */
  lookup: CellLookup;
  rows: GridRow[];
  columns: GridColumn[];
  active: Position;
  onActive: (p: Position) => void;
  readOnly: boolean;
  /** The rank row under the totals; default shown. */
  showRank?: boolean;
  unitProgress: (unitId: string) => Progress | undefined;
}

const MemoHeader = memo(GridHeader);

/**
 * Criteria × units as a spreadsheet: arrows, Tab and Enter move, Shift+arrows select a block,
 * Ctrl+Home/End jump to the first and last cell; typing (with an input method on) overwrites,
 * F2 edits, Enter or Tab commits, Esc cancels; Delete clears the block; Ctrl+C copies it for
 * Excel/WPS, Ctrl+V pastes one; Ctrl+Z/Ctrl+Y undo and redo. Every value is checked against its
 * rule before it is saved (cell-plan.ts, through use-grid-edits.ts) and a refusal says why on the
 * spot. Rows are virtualised and memoised, so an edit re-renders the rows it touched.
 */
export function ScoringGrid(props: ScoringGridProps) {
  const { doc, results, rows, columns, active, onActive, showRank = true } = props;
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState(false);
  const [anchor, setAnchor] = useState<Position | null>(null);
  const words = useCellWords();
  const itemRows = useMemo(() => itemRowIndices(rows), [rows]);
  const unitNames = useMemo(() => new Map(doc.units.map((u) => [u.id, u.name])), [doc.units]);
  const edits = useGridEdits({ ...props, words, unitNames, itemRows, t });
  const colLeft = useMemo(() => columns.reduce<number[]>((a, c, i) => [...a, (a[i] ?? 0) + columnWidth(c)], [0]), [columns]);
  const template = `${FIXED.map((w) => `${w}px`).join(' ')} ${columns.map((c) => `${columnWidth(c)}px`).join(' ')}`;
  const width = FIXED_WIDTH + (colLeft[columns.length] ?? 0);
  const block = blockOf(anchor ?? active, active);

  // The app does not use the React Compiler, which is what this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const geometry = useMemo(() => ({ rowHeight: ROW_HEIGHT, fixedWidth: FIXED_WIDTH, colLeft }), [colLeft]);
  const onScroll = useScrollToActive(active, virtualizer, scrollRef, geometry);

  // The editor is focused from the start, so the very first key reaches an input.
  useEffect(() => editorRef.current?.focus({ preventScroll: true }), []);

  const focusEditor = () => editorRef.current?.focus({ preventScroll: true });
  const stopEditing = () => {
    if (editorRef.current) editorRef.current.value = '';
    setEditing(false);
  };
  function startEditing(text: string | null) {
    const row = rows[active.row];
    if (!row || row.kind !== 'item') return;
    if (text !== null && editorRef.current) editorRef.current.value = text;
    setAnchor(null);
    setEditing(true);
  }
  const moveTo = (p: Position, corner: Position | null) => {
    setAnchor(corner);
    if (p.row !== active.row || p.col !== active.col) onActive(p);
  };

  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) =>
    handleGridKey(
      e,
      { editing, active, anchor, itemRows, columnCount: columns.length },
      {
        commit: (text) => edits.commit(active, text),
        stopEditing,
        startEditing: () => startEditing(edits.typedForm(active)),
        moveTo,
        clearMessage: () => edits.setMessage(null),
        undo: edits.runUndo,
        clearBlock: () => edits.clearBlock(block, active),
      },
    );

  const pointer = (row: number, col: number, extend: boolean) => {
    const editor = editorRef.current;
    if (editing && editor) {
      // Clicking away commits, as in Excel; a refused value keeps the editor open.
      if (row === active.row && col === active.col) return focusEditor();
      if (editor.value !== '' && !edits.commit(active, editor.value)) return focusEditor();
      stopEditing();
    }
    setAnchor(extend ? (anchor ?? active) : null);
    onActive({ row, col });
    focusEditor();
  };
  const open = (row: number, col: number) => {
    if (row === active.row && col === active.col) startEditing(edits.typedForm({ row, col }));
  };
  // Stable handlers, so a memoised row re-renders only when what it shows changes.
  const handlers = useRef({ pointer, open });
  handlers.current = { pointer, open };
  const onPointer = useCallback((row: number, col: number, extend: boolean) => handlers.current.pointer(row, col, extend), []);
  const onOpen = useCallback((row: number, col: number) => handlers.current.open(row, col), []);

  const { message, veto } = edits;
  const vetoRow = veto ? rows[veto.at.row] : undefined;
  return (
    <div className="grid-wrap">
      <div
        ref={scrollRef}
        className={showRank ? 'grid-scroll' : 'grid-scroll no-rank'}
        tabIndex={-1}
        role="grid"
        aria-label={t('nav.scoring')}
        aria-rowcount={rows.length + 3}
        aria-colcount={columns.length + 4}
        aria-multiselectable
        onScroll={onScroll}
        onFocus={(e) => {
          if (e.target === e.currentTarget) focusEditor();
        }}
      >
        <MemoHeader columns={columns} template={template} width={width} unitProgress={props.unitProgress} />
        <div className="grid-body" style={{ height: virtualizer.getTotalSize(), width }}>
          <GridRows
            items={virtualizer.getVirtualItems()}
            rows={rows}
            columns={columns}
            template={template}
            width={width}
            active={active}
            block={anchor ? block : null}
            lookup={props.lookup}
            results={results}
            threshold={doc.settings.disagreementThreshold}
            words={words}
            onPointer={onPointer}
            onOpen={onOpen}
          />
          <GridEditor
            ref={editorRef}
            box={{
              top: active.row * ROW_HEIGHT,
              left: FIXED_WIDTH + (colLeft[active.col] ?? 0),
              width: columns[active.col] ? columnWidth(columns[active.col]!) : 0,
              height: ROW_HEIGHT,
            }}
            editing={editing}
            label={edits.cellName(active)}
            onKeyDown={onKey}
            onStart={() => startEditing(null)}
            onBlur={() => {
              const value = editorRef.current?.value ?? '';
              // Leaving the grid commits, as in Excel; a refused value stays in the editor with its reason.
              if (editing && (value === '' || edits.commit(active, value))) stopEditing();
            }}
            onCopy={(e) => {
              if (editing) return;
              e.preventDefault();
              e.clipboardData.setData('text/plain', edits.copy(block));
            }}
            onPaste={(e) => {
              if (editing) return;
              e.preventDefault();
              edits.paste(block, active, e.clipboardData.getData('text/plain'));
            }}
          />
        </div>
        <GridTotals results={results} columns={columns} template={template} width={width} showRank={showRank} />
      </div>
      <div
        className={message ? `grid-message visible ${message.tone}` : 'grid-message'}
        role={message?.tone === 'error' ? 'alert' : 'status'}
        aria-live="polite"
      >
        {message?.text ?? t('grid.keysHelp')}
      </div>
      {veto && vetoRow?.kind === 'item' && (
        <VetoConfirm
          effect={veto.effect}
          unitName={unitNames.get(veto.input.unitId) ?? veto.input.unitId}
          itemName={vetoRow.title}
          reason={veto.input.reason ?? ''}
          onConfirm={(reason) => {
            edits.confirmVeto(reason);
            focusEditor();
          }}
          onCancel={() => {
            edits.setVeto(null);
            focusEditor();
          }}
        />
      )}
    </div>
  );
}
