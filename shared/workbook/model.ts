// A spreadsheet described as plain data: what goes in which cell, with which look, how it
// prints. Built by pure code (the year-end report, the score sheets) and turned into an .xlsx
// by electron/services/xlsx, so layout decisions are testable without any file format.
import type { StyleName } from './styles';

/** A cell's value. Strings are always written as text, never as formulas. */
export type CellValue = string | number | null;

export interface CellModel {
  v: CellValue;
  /** Look of the cell; default 'text'. */
  s?: StyleName;
}

export interface RowModel {
  /** Cells from column A on; undefined leaves a cell empty and unstyled. */
  cells: (CellModel | undefined)[];
  /** Height in points; default the application's. */
  height?: number;
}

/** A picture (a chart PNG) anchored at a cell's top-left corner, at a fixed size. */
export interface ImageModel {
  /** Which image: the writer is handed the PNGs by id. */
  imageId: string;
  /** Zero-based column and row of the anchor cell. */
  col: number;
  row: number;
  /** Size on the sheet in pixels at 96 DPI (the PNG itself may be larger, for print). */
  width: number;
  height: number;
}

/** A data validation rule, as Excel, WPS and LibreOffice all understand it. */
export type ValidationModel =
  { type: 'list'; source: string; prompt: string; error: string } | { type: 'custom'; formula: string; prompt: string; error: string };

export interface PrintModel {
  /** Rows repeated at the top of every printed page, 1-based inclusive. */
  titleRows?: [number, number];
  /** Columns repeated at the left of every printed page, 1-based inclusive. */
  titleCols?: [number, number];
  /** Pages across; the height follows (as many pages as needed). */
  pagesWide: number;
  /**
   * Columns (1-based) after which a printed page ends, so a group of columns (a unit's score
   * and reason) is never cut in two. Spreadsheet programs ignore manual breaks when a sheet is
   * fitted to pages, so such a sheet prints at the fixed `scale` (percent) instead of `pagesWide`.
   */
  colBreaksAfter?: number[];
  scale?: number;
  /**
   * First row printed (default 1). A sheet printed several pages across leaves out its title
   * rows: the page header carries the title, and a merged title would show cut on every page.
   */
  areaFromRow?: number;
  /** Header and footer texts in Excel's codes (&P page, &N pages); user text already escaped. */
  header: string;
  footer: string;
}

export interface SheetModel {
  name: string;
  /** veryHidden: not listed in the application's "unhide" dialog. */
  state?: 'visible' | 'veryHidden';
  /** Column widths in Excel's character units, from column A on. */
  columns: number[];
  /** The rows from row 1 on; a function, so large sheets are produced while they are written. */
  rows: () => Iterable<RowModel>;
  /** Merged ranges such as "A1:F1". */
  merges: string[];
  /** Frozen panes: rows above and columns left of the scrolling part. */
  freeze?: { rows: number; cols: number };
  print?: PrintModel;
  images: ImageModel[];
  validations: { ref: string; rule: ValidationModel }[];
  /** Protected against accidental edits (cells with an 'input…' style stay editable). */
  protect?: { password: string };
  autoFilter?: string;
  /** Rows (1-based) after which a printed page ends, e.g. so a chart starts on its own page. */
  breaksAfter?: number[];
  tabColor?: string;
}

export interface WorkbookModel {
  properties: { title: string; subject: string; creator: string; created: string; description: string };
  sheets: SheetModel[];
}
