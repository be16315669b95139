import { forwardRef } from 'react';

export interface GridEditorProps {
  /** Where the active cell is inside the grid body, in pixels. */
  box: { top: number; left: number; width: number; height: number };
  editing: boolean;
  label: string;
  onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  onStart: () => void;
  onBlur: () => void;
  onCopy: (e: React.ClipboardEvent<HTMLInputElement>) => void;
  onPaste: (e: React.ClipboardEvent<HTMLInputElement>) => void;
}

/**
 * The grid's one text input, always present over the active cell and focused whenever the
 * grid is, so an input method composes into a real input from the first key. This is what
 * mature grids converged on: Handsontable's `imeFastEdit` moves focus to the editor's
 * textarea as soon as a cell is selected, odoo's o-spreadsheet gives the default focus to an
 * input and reacts to its `input` event rather than to keydown (PR 1779), and cheetah-grid
 * (issue 56) focuses its input before the first keydown. With an input method on, the first
 * keydown arrives as "Process" (keyCode 229), so editing is never started from a key's
 * `key`: the editor becomes visible on the first `input` or `compositionstart`, and what
 * lands is the input's value after composition ends. While idle it is transparent and empty.
 */
export const GridEditor = forwardRef<HTMLInputElement, GridEditorProps>(function GridEditor(
  { box, editing, label, onKeyDown, onStart, onBlur, onCopy, onPaste },
  ref,
) {
  return (
    <input
      ref={ref}
      className={editing ? 'cell-editor editing' : 'cell-editor idle'}
      style={{ top: box.top, left: box.left, width: box.width, height: box.height }}
      aria-label={label}
      data-grid-editor=""
      data-grid-editor-idle={editing ? undefined : ''}
      autoComplete="off"
      spellCheck={false}
      onKeyDown={onKeyDown}
      onCompositionStart={onStart}
      onInput={(e) => {
        if (!editing && e.currentTarget.value !== '') onStart();
      }}
      onBlur={onBlur}
      onCopy={onCopy}
      onPaste={onPaste}
    />
  );
});
