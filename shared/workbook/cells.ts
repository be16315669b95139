// Cell addresses and text widths: what a layout needs to know about a grid of cells.
import type { CellModel, CellValue } from './model';
import type { StyleName } from './styles';

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1-style address of a 1-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A1-style range of 1-based corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/**
 * Width of a text in Excel's column units (the width of "0" in the default font): CJK and
 * full-width characters take about two, others one. Used to size columns so Chinese fits.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * A column width that fits the widest of the texts (longest line of each), plus padding,
 * between `min` and `max` (wider texts wrap).
 */
export function fitWidth(texts: Iterable<string>, min = 6, max = 40): number {
  let widest = 0;
  for (const t of texts) for (const line of t.split('\n')) widest = Math.max(widest, textWidth(line));
  return Math.min(max, Math.max(min, widest + 2));
}

/** How many lines a text takes in a column of the given width when wrapped. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/** A cell literal. */
export function c(v: CellValue, s?: StyleName): CellModel {
  return s ? { v, s } : { v };
}
