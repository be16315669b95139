// Every change of entries the scoring screen makes (typing, pasting, Delete, the details
// panel, undo and redo) goes through here, so each one is an undo step and each undo is saved
// and recorded like any entry.
import type { CellRef, EntryInput } from '../../../shared/ipc/contract';
import type { Assessment, ScoreEntry } from '../../../shared/assessment/schema';
import { cellKey } from '../../../shared/assessment/mutations';
import { clearCells, saveEntries } from '../../state/actions';
import { loadStacks, pushStep, shiftStep, snapshotOf, stepChanges, storeStacks, type UndoStep } from './undo';

/** The evaluator's entry in a cell now (the grid's lookup: no pass over every entry per keystroke). */
export type EntryAt = (cell: CellRef) => ScoreEntry | undefined;

/** A lookup over the whole document, for callers without the grid's. */
export function entriesOf(doc: Assessment): EntryAt {
  const map = new Map(doc.entries.map((e) => [cellKey(e), e]));
  return (cell) => map.get(cellKey(cell));
}

/** Sets and clears cells of one evaluator as one undo step, and saves them. */
export function applyEdit(
  doc: Assessment,
  evaluatorId: string,
  label: string,
  sets: EntryInput[],
  clears: CellRef[] = [],
  now: EntryAt = entriesOf(doc),
): void {
  if (sets.length === 0 && clears.length === 0) return;
  const cells: UndoStep['cells'] = [
    ...sets.map((s) => ({
      cell: { evaluatorId: s.evaluatorId, unitId: s.unitId, criterionId: s.criterionId },
      before: snapshotOf(now(s)),
      after: snapshotOf(s),
    })),
    ...clears.map((c) => ({ cell: c, before: snapshotOf(now(c)), after: null })),
  ];
  storeStacks(doc.id, evaluatorId, pushStep(loadStacks(doc.id, evaluatorId), { label, cells }));
  if (sets.length) void saveEntries(sets);
  if (clears.length) void clearCells(clears);
}

export type UndoOutcome = { done: true; label: string } | { done: false; reason: 'empty' | 'stale'; label?: string };

/** Undoes (or redoes) the evaluator's last step, if every cell still holds what the step left there. */
export function undoEdit(doc: Assessment, evaluatorId: string, direction: 'undo' | 'redo', now: EntryAt = entriesOf(doc)): UndoOutcome {
  const stacks = loadStacks(doc.id, evaluatorId);
  const list = direction === 'undo' ? stacks.undo : stacks.redo;
  const step = list[list.length - 1];
  if (!step) return { done: false, reason: 'empty' };
  const changes = stepChanges(step, direction, now);
  if (!changes) return { done: false, reason: 'stale', label: step.label };
  storeStacks(doc.id, evaluatorId, shiftStep(stacks, direction));
  if (changes.sets.length) void saveEntries(changes.sets);
  if (changes.clears.length) void clearCells(changes.clears);
  return { done: true, label: step.label };
}

type EditCommand = 'undo' | 'redo';
const listeners = new Set<(command: EditCommand) => boolean>();

/** The grid listens for 编辑 › 撤销/重做 from the menu while it is on screen. */
export function onEditCommand(listener: (command: EditCommand) => boolean): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * 编辑 › 撤销/重做 from the application menu: a text field being edited (the details panel, a
 * search box) undoes its own typing, as the menu's standard role did; otherwise the scoring
 * grid, when shown, undoes the last entry.
 */
export function runEditCommand(command: EditCommand): void {
  const el = document.activeElement;
  const textField = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.dataset.gridEditorIdle === undefined);
  if (textField) {
    document.execCommand(command);
    return;
  }
  for (const l of listeners) if (l(command)) return;
}
