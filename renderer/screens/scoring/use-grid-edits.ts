import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../../shared/assessment/schema';
import type { CellRef, EntryInput } from '../../../shared/ipc/contract';
import type { Translate } from '../../../shared/i18n/messages';
import { codeAndTitle } from '../../../shared/assessment/item-code';
import { cellText, type CellWords } from './cell-input';
import { planTyped, type CellPlan, type PlanCell } from './cell-plan';
import { applyEdit, onEditCommand, undoEdit } from './edits';
import type { GridColumn, GridRow } from './grid-model';
import type { Position } from './grid-keys';
import type { Block } from './grid-copy';
import { copyBlock, deleteBlock, pasteBlock, type BlockGrid } from './block-actions';
import type { CellLookup } from './use-cell-lookup';

export type GridMessage = { text: string; tone: 'error' | 'info' } | null;
export type PendingVeto = { input: EntryInput; effect: 'veto' | 'barExcellent'; at: Position };

export interface GridEditsInput {
  doc: Assessment;
  evaluatorId: string;
  rows: GridRow[];
  columns: GridColumn[];
  lookup: CellLookup;
  readOnly: boolean;
  words: CellWords;
  unitNames: Map<string, string>;
  itemRows: number[];
  t: Translate;
}

/**
 * What the grid does to entries, apart from keys and layout: typed text checked by the cell plan
 * and saved (a veto first waits for its reason), undo and redo, Delete, copy and paste of a
 * block; and the message under the grid that says what happened or why not.
 */
export function useGridEdits(input: GridEditsInput) {
  const { doc, evaluatorId, rows, columns, lookup, readOnly, words, unitNames, itemRows, t } = input;
  const [message, setMessage] = useState<GridMessage>(null);
  const [veto, setVeto] = useState<PendingVeto | null>(null);
  const entryAt = (cell: CellRef) => lookup.entry(cell.unitId, cell.criterionId);
  const latest = useRef({ doc, evaluatorId, entryAt });
  // eslint-disable-next-line react-hooks/refs
  latest.current = { doc, evaluatorId, entryAt };

  const cellName = (p: Position) => {
    const row = rows[p.row];
    const col = columns[p.col];
    const name = row?.kind === 'item' ? (row.item.kind === 'leaf' ? codeAndTitle(row.item.leaf.criterion) : row.title) : '';
    return row && col ? `${name} · ${unitNames.get(col.unitId) ?? ''}` : '';
  };
  const planCell = (p: Position): PlanCell => {
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

  /** The cell's value as one would type it (F2 and double-click start from it). */
  function typedForm(p: Position): string {
    const { row, column, entry } = planCell(p);
    if (!row || row.kind !== 'item' || !column) return '';
    return column.kind === 'score' ? cellText(entry, row.item, words) : (entry?.[column.kind] ?? '');
  }

  /** Applies typed text at a cell; false when it was refused (the editor then stays open). */
  function commit(p: Position, text: string): boolean {
    const plan = planTyped(planCell(p), text, ctx);
    if (plan.kind === 'problem') {
      setMessage({ text: t('list.labelled', { label: cellName(p), text: problemText(plan) }), tone: 'error' });
      return false;
    }
    setMessage(null);
    if (plan.kind === 'clear') applyEdit(doc, evaluatorId, cellName(p), [], [plan.cell], entryAt);
    else if (plan.kind === 'set' && plan.confirm) setVeto({ input: plan.input, effect: plan.confirm, at: p });
    else if (plan.kind === 'set') applyEdit(doc, evaluatorId, cellName(p), [plan.input], [], entryAt);
    return true;
  }

  const runUndo = useCallback(
    (direction: 'undo' | 'redo') => {
      const { doc, evaluatorId, entryAt } = latest.current;
      const outcome = undoEdit(doc, evaluatorId, direction, entryAt);
      if (outcome.done)
        setMessage({ text: t(direction === 'undo' ? 'grid.undone' : 'grid.redone', { cell: outcome.label }), tone: 'info' });
      else if (outcome.reason === 'stale') setMessage({ text: t('grid.undoStale', { cell: outcome.label ?? '' }), tone: 'error' });
      else setMessage({ text: t(direction === 'undo' ? 'grid.nothingToUndo' : 'grid.nothingToRedo'), tone: 'info' });
      return true;
    },
    [t],
  );
  useEffect(() => onEditCommand(runUndo), [runUndo]);

  const blockGrid = (block: Block): BlockGrid => ({ block, itemRows, columnCount: columns.length, planCell, typedForm, ctx });

  function clearBlock(block: Block, at: Position) {
    const plan = deleteBlock(blockGrid(block));
    if ('problem' in plan) return setMessage({ text: problemText(plan.problem), tone: 'error' });
    applyEdit(doc, evaluatorId, cellName(at), plan.sets, plan.clears, entryAt);
    const count = plan.sets.length + plan.clears.length;
    setMessage(count > 1 ? { text: t('grid.cleared', { count }), tone: 'info' } : null);
  }

  /** The block as clipboard text (tab-separated, as Excel and WPS read it). */
  function copy(block: Block): string {
    const copied = copyBlock(blockGrid(block));
    setMessage({ text: t('grid.copied', { rows: copied.rows, cols: copied.cols }), tone: 'info' });
    return copied.text;
  }

  function paste(block: Block, at: Position, text: string) {
    const plan = pasteBlock(blockGrid(block), text);
    if ('at' in plan) {
      const refused = t('scoring.pasteRefused', { cell: cellName(plan.at), message: problemText(plan.plan) });
      return setMessage({ text: refused, tone: 'error' });
    }
    setMessage({ text: t('scoring.pasted', { count: plan.sets.length }), tone: 'info' });
    applyEdit(doc, evaluatorId, cellName(at), plan.sets, [], entryAt);
  }

  function confirmVeto(reason: string) {
    if (!veto) return;
    applyEdit(doc, evaluatorId, cellName(veto.at), [{ ...veto.input, reason }], [], entryAt);
    setVeto(null);
  }

  return { message, setMessage, veto, setVeto, cellName, typedForm, commit, runUndo, clearBlock, copy, paste, confirmVeto };
}
