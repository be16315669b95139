import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Assessment } from '../../../shared/assessment/schema';
import type { CellRef, EntryInput } from '../../../shared/ipc/contract';
import type { Results } from '../../../shared/scoring/types';
import { codeAndTitle } from '../../../shared/assessment/item-code';
import { useT } from '../../i18n/setup';
import { cellText, type CellWords } from './cell-input';
import { planTyped, type CellPlan, type PlanCell } from './cell-plan';
import { applyEdit, onEditCommand, undoEdit } from './edits';
import { itemRowIndices, type GridColumn, type GridRow } from './grid-model';
import { move, type Position } from './grid-keys';
import { idleKeyAction } from './idle-keys';
import { blockOf } from './grid-copy';
import type { Progress } from './progress';
import { columnWidth, FIXED, FIXED_WIDTH, GridHeader } from './GridFrame';
import { GridEditor } from './GridEditor';
import { GridRows, ROW_HEIGHT } from './GridRows';
import { VetoConfirm } from './VetoConfirm';
import { GridTotals } from './GridTotals';
import { copyBlock, deleteBlock, pasteBlock, type BlockGrid } from './block-actions';
import { useCellLookup } from './use-cell-lookup';
import './grid.css';

export interface ScoringGridProps {
  doc: Assessment;
  results: Results;
  evaluatorId: string;
  rows: GridRow[];
  columns: GridColumn[];
  active: Position;
  onActive: (p: Position) => void;
  readOnly: boolean;
  /** The rank row under the totals; default shown. */
  showRank?: boolean;
  unitProgress: (unitId: string) => Progress | undefined;
}

type Message = { text: string; tone: 'error' | 'info' } | null;
type PendingVeto = { input: EntryInput; effect: 'veto' | 'barExcellent'; at: Position };

/**
 * Criteria × units as a spreadsheet: arrows, Tab and Enter move, Shift+arrows select a block,
 * Ctrl+Home/End jump to the first and last cell; typing (with an input method on) overwrites,
 * F2 edits, Enter or Tab commits, Esc cancels; Delete clears the block; Ctrl+C copies it for
 * Excel/WPS, Ctrl+V pastes one; Ctrl+Z/Ctrl+Y undo and redo. Every value is checked against its
 * rule before it is saved (cell-plan.ts) and a refusal says why on the spot. Rows are
 * virtualised, so 120 criteria cost what 30 do.
 */
export function ScoringGrid({
  doc,
  results,
  evaluatorId,
  rows,
  columns,
  active,
  onActive,
  readOnly,
  showRank = true,
  unitProgress,
}: ScoringGridProps) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState(false);
  const [anchor, setAnchor] = useState<Position | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [veto, setVeto] = useState<PendingVeto | null>(null);
  const lookup = useCellLookup(doc, evaluatorId);
  const itemRows = useMemo(() => itemRowIndices(rows), [rows]);
  const words: CellWords = useMemo(() => ({ na: t('scoring.na'), yes: t('scoring.yes'), no: t('scoring.no') }), [t]);
  const unitNames = useMemo(() => new Map(doc.units.map((u) => [u.id, u.name])), [doc.units]);
  const colLeft = useMemo(() => columns.reduce<number[]>((a, c, i) => [...a, (a[i] ?? 0) + columnWidth(c)], [0]), [columns]);
  const template = `${FIXED.map((w) => `${w}px`).join(' ')} ${columns.map((c) => `${columnWidth(c)}px`).join(' ')}`;
  const width = FIXED_WIDTH + (colLeft[columns.length] ?? 0);
  const block = blockOf(anchor ?? active, active);
  const entryAt = (cell: CellRef) => lookup.entry(cell.unitId, cell.criterionId);
  const latest = useRef({ doc, evaluatorId, entryAt });
  latest.current = { doc, evaluatorId, entryAt };

  // The app does not use the React Compiler, which is what this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => {
    virtualizer.scrollToIndex(active.row, { align: 'auto' });
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, virtualizer]);

  // The editor is focused from the start, so the very first key reaches an input.
  useEffect(() => editorRef.current?.focus({ preventScroll: true }), []);

  const cellName = (p: Position) => {
    const row = rows[p.row];
    const col = columns[p.col];
    const name = row?.kind === 'item' ? (row.item.kind === 'leaf' ? codeAndTitle(row.item.leaf.criterion) : row.title) : '';
    return row && col ? `${name} · ${unitNames.get(col.unitId) ?? ''}` : '';
  };
  const planCell = (p: { row: number; col: number }): PlanCell => {
    const row = rows[p.row];
    const column = columns[p.col];
    const ok = row?.kind === 'item' && column;
    return {
      row,
      column,
      entry: ok ? lookup.entry(column.unitId, row.criterionId) : undefined,
      covered: ok ? lookup.covers(column.unitId, row.criterionId) : false,
    };
  };
  const ctx = { evaluatorId, readOnly, words };
  const problemText = (plan: Extract<CellPlan, { kind: 'problem' }>) => `${t(plan.key, plan.params)}${plan.hint ? ` ${t(plan.hint)}` : ''}`;

  const focusEditor = () => editorRef.current?.focus({ preventScroll: true });
  const stopEditing = () => {
    if (editorRef.current) editorRef.current.value = '';
    setEditing(false);
  };

  /** Applies typed text at a cell; false when it was refused (the editor then stays open). */
  function commit(p: Position, text: string): boolean {
    const plan = planTyped(planCell(p), text, ctx);
    if (plan.kind === 'problem') {
      setMessage({ text: `${cellName(p)}：${problemText(plan)}`, tone: 'error' });
      return false;
    }
    setMessage(null);
    if (plan.kind === 'clear') applyEdit(doc, evaluatorId, cellName(p), [], [plan.cell], entryAt);
    else if (plan.kind === 'set' && plan.confirm) setVeto({ input: plan.input, effect: plan.confirm, at: p });
    else if (plan.kind === 'set') applyEdit(doc, evaluatorId, cellName(p), [plan.input], [], entryAt);
    return true;
  }

  function startEditing(text: string | null) {
    const row = rows[active.row];
    if (!row || row.kind !== 'item') return;
    if (text !== null && editorRef.current) editorRef.current.value = text;
    setAnchor(null);
    setEditing(true);
  }

  function typedForm(p: Position): string {
    const { row, column, entry } = planCell(p);
    if (!row || row.kind !== 'item' || !column) return '';
    return column.kind === 'score' ? cellText(entry, row.item, words) : (entry?.[column.kind] ?? '');
  }

  const runUndo = useCallback(
    (direction: 'undo' | 'redo') => {
      const outcome = undoEdit(latest.current.doc, latest.current.evaluatorId, direction, latest.current.entryAt);
      if (outcome.done)
        setMessage({ text: t(direction === 'undo' ? 'grid.undone' : 'grid.redone', { cell: outcome.label }), tone: 'info' });
      else if (outcome.reason === 'stale') setMessage({ text: t('grid.undoStale', { cell: outcome.label ?? '' }), tone: 'error' });
      else setMessage({ text: t(direction === 'undo' ? 'grid.nothingToUndo' : 'grid.nothingToRedo'), tone: 'info' });
      return true;
    },
    [t],
  );
  useEffect(() => onEditCommand(runUndo), [runUndo]);

  const blockGrid = (): BlockGrid => ({ block, itemRows, columnCount: columns.length, planCell, typedForm, ctx });
  function clearBlock() {
    const plan = deleteBlock(blockGrid());
    if ('problem' in plan) return setMessage({ text: problemText(plan.problem), tone: 'error' });
    applyEdit(doc, evaluatorId, cellName(active), plan.sets, plan.clears, entryAt);
    const count = plan.sets.length + plan.clears.length;
    setMessage(count > 1 ? { text: t('grid.cleared', { count }), tone: 'info' } : null);
  }

  function onKey(e: React.KeyboardEvent<HTMLInputElement>) {
    // A key the input method is composing with is the input method's: never act on it.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const last = itemRows[itemRows.length - 1] ?? 0;
    if (editing) {
      const after: Record<string, Position> = {
        Enter: move(active, e.shiftKey ? 'up' : 'down', itemRows, columns.length),
        Tab: move(active, e.shiftKey ? 'previous' : 'next', itemRows, columns.length),
        ArrowUp: move(active, 'up', itemRows, columns.length),
        ArrowDown: move(active, 'down', itemRows, columns.length),
      };
      if (e.key === 'Escape') {
        e.preventDefault();
        stopEditing();
        setMessage(null);
      } else if (after[e.key]) {
        e.preventDefault();
        if (commit(active, e.currentTarget.value)) {
          stopEditing();
          onActive(after[e.key]!);
        }
      }
      return;
    }
    const action = idleKeyAction({ key: e.key, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, alt: e.altKey });
    if (action.kind === 'none') return;
    if (action.kind !== 'escape') e.preventDefault();
    const first = { row: itemRows[0] ?? 0, col: 0 };
    const end = { row: last, col: columns.length - 1 };
    switch (action.kind) {
      case 'undo':
      case 'redo':
        runUndo(action.kind);
        break;
      case 'first':
      case 'last':
        setAnchor(action.extend ? (anchor ?? active) : null);
        onActive(action.kind === 'first' ? first : end);
        break;
      case 'all':
        setAnchor(first);
        onActive(end);
        break;
      case 'move':
        setAnchor(action.extend ? (anchor ?? active) : null);
        onActive(move(active, action.direction, itemRows, columns.length));
        break;
      case 'edit':
        startEditing(typedForm(active));
        break;
      case 'delete':
        clearBlock();
        break;
      case 'escape':
        setAnchor(null);
        setMessage(null);
    }
  }

  function onCopy(e: React.ClipboardEvent<HTMLInputElement>) {
    if (editing) return;
    e.preventDefault();
    const copied = copyBlock(blockGrid());
    e.clipboardData.setData('text/plain', copied.text);
    setMessage({ text: t('grid.copied', { rows: copied.rows, cols: copied.cols }), tone: 'info' });
  }

  function onPaste(e: React.ClipboardEvent<HTMLInputElement>) {
    if (editing) return;
    e.preventDefault();
    const plan = pasteBlock(blockGrid(), e.clipboardData.getData('text/plain'));
    if ('at' in plan) {
      const message = t('scoring.pasteRefused', { cell: cellName(plan.at), message: problemText(plan.plan) });
      return setMessage({ text: message, tone: 'error' });
    }
    setMessage({ text: t('scoring.pasted', { count: plan.sets.length }), tone: 'info' });
    applyEdit(doc, evaluatorId, cellName(active), plan.sets, [], entryAt);
  }

  const pointer = (row: number, col: number, extend: boolean) => {
    const editor = editorRef.current;
    if (editing && editor) {
      // Clicking away commits, as in Excel; a refused value keeps the editor open.
      if (row === active.row && col === active.col) return focusEditor();
      if (editor.value !== '' && !commit(active, editor.value)) return focusEditor();
      stopEditing();
    }
    setAnchor(extend ? (anchor ?? active) : null);
    onActive({ row, col });
    focusEditor();
  };
  const open = (row: number, col: number) => {
    if (row === active.row && col === active.col) startEditing(typedForm({ row, col }));
  };
  // Stable handlers, so a memoised cell re-renders only when what it shows changes.
  const handlers = useRef({ pointer, open });
  handlers.current = { pointer, open };
  const onPointer = useCallback((row: number, col: number, extend: boolean) => handlers.current.pointer(row, col, extend), []);
  const onOpen = useCallback((row: number, col: number) => handlers.current.open(row, col), []);

  const confirmVeto = (reason: string) => {
    if (!veto) return;
    applyEdit(doc, evaluatorId, cellName(veto.at), [{ ...veto.input, reason }], [], entryAt);
    setVeto(null);
    focusEditor();
  };
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
        onFocus={(e) => {
          if (e.target === e.currentTarget) focusEditor();
        }}
      >
        <GridHeader columns={columns} template={template} width={width} unitProgress={unitProgress} />
        <div className="grid-body" style={{ height: virtualizer.getTotalSize(), width }}>
          <GridRows
            items={virtualizer.getVirtualItems()}
            rows={rows}
            columns={columns}
            template={template}
            width={width}
            active={active}
            block={anchor ? block : null}
            lookup={lookup}
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
            label={cellName(active)}
            onKeyDown={onKey}
            onStart={() => startEditing(null)}
            onBlur={() => {
              const value = editorRef.current?.value ?? '';
              // Leaving the grid commits, as in Excel; a refused value stays in the editor with its reason.
              if (editing && (value === '' || commit(active, value))) stopEditing();
            }}
            onCopy={onCopy}
            onPaste={onPaste}
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
          onConfirm={confirmVeto}
          onCancel={() => {
            setVeto(null);
            focusEditor();
          }}
        />
      )}
    </div>
  );
}
