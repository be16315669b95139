// What a key means while the grid's editor is idle (no cell being edited): a pure function, so
// the keyboard map is read and tested in one place. Printable keys are not here: they go into
// the editor's input (or to the input method), which then starts editing.
import { keyMove, type Move } from './grid-keys';

export type IdleAction =
  | { kind: 'undo' | 'redo' | 'first' | 'last' | 'all' | 'edit' | 'delete' | 'escape'; extend?: boolean }
  | { kind: 'move'; direction: Move; extend: boolean }
  | { kind: 'none' };

export interface KeyState {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

/**
 * Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo; Ctrl+Home / Ctrl+End the first and last cell
 * (with Shift: select to there); Ctrl+A all; arrows, Tab, Enter, Home, End move (Shift+arrows
 * extend the block); F2 edits; Delete and Backspace clear the block; Esc drops the block. Other
 * Ctrl and Alt keys are left alone (Ctrl+C and Ctrl+V arrive as copy and paste events).
 */
export function idleKeyAction({ key, ctrl, shift, alt }: KeyState): IdleAction {
  const lower = key.toLowerCase();
  if (ctrl && (lower === 'z' || lower === 'y')) return { kind: lower === 'y' || shift ? 'redo' : 'undo' };
  if (ctrl && (key === 'Home' || key === 'End')) return { kind: key === 'Home' ? 'first' : 'last', extend: shift };
  if (ctrl && lower === 'a') return { kind: 'all' };
  if (ctrl || alt) return { kind: 'none' };
  const extend = shift && key.startsWith('Arrow');
  const direction = keyMove(key, extend ? false : shift);
  if (direction) return { kind: 'move', direction, extend };
  if (key === 'F2') return { kind: 'edit' };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'delete' };
  if (key === 'Escape') return { kind: 'escape' };
  return { kind: 'none' };
}
