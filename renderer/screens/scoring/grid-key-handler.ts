// The grid editor's keydown: what a key does while a cell is being edited (commit and move,
// cancel) and while it is not (idle-keys.ts decides: move, select, jump, edit, delete, undo).
import { move, type Position } from './grid-keys';
import { idleKeyAction } from './idle-keys';

export interface GridKeyState {
  editing: boolean;
  active: Position;
  /** The other corner of the selected block, or null when only the active cell is selected. */
  anchor: Position | null;
  itemRows: number[];
  columnCount: number;
}

export interface GridKeyActions {
  /** Applies the editor's text at the active cell; false when refused (the editor stays open). */
  commit: (text: string) => boolean;
  stopEditing: () => void;
  startEditing: () => void;
  moveTo: (p: Position, anchor: Position | null) => void;
  clearMessage: () => void;
  undo: (direction: 'undo' | 'redo') => void;
  clearBlock: () => void;
}

/** Handles a keydown in the grid's editor. */
export function handleGridKey(e: React.KeyboardEvent<HTMLInputElement>, s: GridKeyState, a: GridKeyActions): void {
  // A key the input method is composing with is the input method's: never act on it.
  if (e.nativeEvent.isComposing || e.keyCode === 229) return;
  const { active, itemRows, columnCount } = s;
  if (s.editing) {
    const direction = {
      Enter: e.shiftKey ? 'up' : 'down',
      Tab: e.shiftKey ? 'previous' : 'next',
      ArrowUp: 'up',
      ArrowDown: 'down',
    } as const;
    const key = e.key as keyof typeof direction;
    if (e.key === 'Escape') {
      e.preventDefault();
      a.stopEditing();
      a.clearMessage();
    } else if (key in direction) {
      e.preventDefault();
      if (a.commit(e.currentTarget.value)) {
        a.stopEditing();
        a.moveTo(move(active, direction[key], itemRows, columnCount), null);
      }
    }
    return;
  }
  const action = idleKeyAction({ key: e.key, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, alt: e.altKey });
  if (action.kind === 'none') return;
  if (action.kind !== 'escape') e.preventDefault();
  const first = { row: itemRows[0] ?? 0, col: 0 };
  const end = { row: itemRows[itemRows.length - 1] ?? 0, col: columnCount - 1 };
  const extend = (yes: boolean | undefined) => (yes ? (s.anchor ?? active) : null);
  switch (action.kind) {
    case 'undo':
    case 'redo':
      return a.undo(action.kind);
    case 'first':
    case 'last':
      return a.moveTo(action.kind === 'first' ? first : end, extend(action.extend));
    case 'all':
      return a.moveTo(end, first);
    case 'move':
      return a.moveTo(move(active, action.direction, itemRows, columnCount), extend(action.extend));
    case 'edit':
      return a.startEditing();
    case 'delete':
      return a.clearBlock();
    case 'escape':
      a.moveTo(active, null);
      a.clearMessage();
  }
}
