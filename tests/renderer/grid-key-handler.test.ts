import { describe, expect, it } from 'vitest';
import { handleGridKey, type GridKeyActions, type GridKeyState } from '../../renderer/screens/scoring/grid-key-handler';

// Rows 0 and 3 are headings; 1, 2, 4 and 5 take entries; three columns.
const state: GridKeyState = { editing: false, active: { row: 1, col: 0 }, anchor: null, itemRows: [1, 2, 4, 5], columnCount: 3 };

/** A keydown as React hands it to the editor, and what the grid was asked to do. */
function press(
  key: string,
  s: Partial<GridKeyState> = {},
  opts: { shift?: boolean; ctrl?: boolean; composing?: boolean; accept?: boolean } = {},
) {
  const calls: string[] = [];
  let prevented = false;
  const actions: GridKeyActions = {
    commit: (text) => (calls.push(`commit ${text}`), opts.accept ?? true),
    stopEditing: () => calls.push('stop'),
    startEditing: () => calls.push('start'),
    moveTo: (p, anchor) => calls.push(`move ${p.row}:${p.col}${anchor ? ` from ${anchor.row}:${anchor.col}` : ''}`),
    clearMessage: () => calls.push('clear message'),
    undo: (d) => calls.push(d),
    clearBlock: () => calls.push('delete'),
  };
  const event = {
    key,
    keyCode: opts.composing ? 229 : 0,
    shiftKey: !!opts.shift,
    ctrlKey: !!opts.ctrl,
    metaKey: false,
    altKey: false,
    nativeEvent: { isComposing: !!opts.composing },
    currentTarget: { value: '3.5' },
    preventDefault: () => (prevented = true),
  } as unknown as React.KeyboardEvent<HTMLInputElement>;
  handleGridKey(event, { ...state, ...s }, actions);
  return { calls, prevented };
}

describe('the grid editor’s keys', () => {
  it('leaves every key of a composing input method alone, even Enter', () => {
    expect(press('Enter', { editing: true }, { composing: true })).toEqual({ calls: [], prevented: false });
    expect(press('Process', {}, { composing: true }).calls).toEqual([]);
  });

  it('commits the typed text with Enter and moves down over a heading; a refusal keeps the editor where it is', () => {
    expect(press('Enter', { editing: true, active: { row: 2, col: 1 } }).calls).toEqual(['commit 3.5', 'stop', 'move 4:1']);
    expect(press('Tab', { editing: true, active: { row: 2, col: 2 } }).calls).toEqual(['commit 3.5', 'stop', 'move 4:0']);
    expect(press('Enter', { editing: true }, { accept: false }).calls).toEqual(['commit 3.5']);
    expect(press('Escape', { editing: true }).calls).toEqual(['stop', 'clear message']);
  });

  it('while idle: moves, extends a block, jumps to the ends, selects all, edits, deletes, undoes', () => {
    expect(press('ArrowDown').calls).toEqual(['move 2:0']);
    expect(press('ArrowRight', {}, { shift: true }).calls).toEqual(['move 1:1 from 1:0']);
    expect(press('End', {}, { ctrl: true }).calls).toEqual(['move 5:2']);
    expect(press('a', {}, { ctrl: true }).calls).toEqual(['move 5:2 from 1:0']);
    expect(press('F2').calls).toEqual(['start']);
    expect(press('Delete').calls).toEqual(['delete']);
    expect(press('z', {}, { ctrl: true }).calls).toEqual(['undo']);
    expect(press('Escape', { anchor: { row: 4, col: 2 } })).toEqual({ calls: ['move 1:0', 'clear message'], prevented: false });
    // A letter is the editor's to type: nothing to do here, and the key is not swallowed.
    expect(press('x')).toEqual({ calls: [], prevented: false });
  });
});
