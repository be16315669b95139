// Turns a WorkbookModel (shared/workbook) into .xlsx bytes with exceljs's streaming writer:
// rows are produced and written one at a time, so a 111-unit × 300-criterion × 20-evaluator
// report stays within a few hundred MB. Pictures go through stream-drawings.ts.
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../shared/workbook/cells';
import type { ImageModel, SheetModel, WorkbookModel } from '../../../shared/workbook/model';
import { BODY_SIZE, STYLES, WORKBOOK_FONT, type StyleName, type StyleSpec } from '../../../shared/workbook/styles';
import { workbookClass, workbookWriterClass } from './exceljs-parts';
import { addColumnBreaks } from './column-breaks';
import { streamPictures } from './stream-drawings';

/**
 * Rows written between two turns of the event loop. A big sheet (评委明细 of a 111 × 300 × 20
 * assessment, 33,000 rows) otherwise holds the loop for 1.5 s, and in the app that loop is the
 * main process, which answers every other request (a score saved while the report is written).
 */
const ROWS_PER_TURN = 2000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const GRID = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };

/** exceljs style of a look, built once per look. */
function excelStyle(spec: StyleSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: WORKBOOK_FONT,
      size: spec.font?.size ?? BODY_SIZE,
      bold: spec.font?.bold ?? false,
      italic: spec.font?.italic ?? false,
      ...(spec.font?.color ? { color: { argb: argb(spec.font.color) } } : {}),
    },
    alignment: { vertical: 'middle', horizontal: spec.align ?? 'left', wrapText: spec.wrap ?? false },
  };
  if (spec.numFmt) style.numFmt = spec.numFmt;
  if (spec.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } };
  if (spec.border) style.border = { top: GRID, left: GRID, bottom: GRID, right: GRID };
  if (spec.unlocked) style.protection = { locked: false };
  return style;
}

const EXCEL_STYLES = Object.fromEntries(Object.entries(STYLES).map(([name, spec]) => [name, excelStyle(spec)])) as Record<
  StyleName,
  Partial<ExcelJS.Style>
>;

/** A4 (paperSize 9), landscape, fitted to the model's pages across (or at its fixed scale), height unlimited. */
function pageSetup(sheet: SheetModel): Partial<ExcelJS.PageSetup> {
  const p = sheet.print;
  return {
    paperSize: 9,
    orientation: 'landscape',
    ...(p?.scale ? { fitToPage: false, scale: p.scale } : { fitToPage: true, fitToWidth: p?.pagesWide ?? 1, fitToHeight: 0 }),
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
    ...(p?.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
    ...(p?.titleCols ? { printTitlesColumn: `${columnLetter(p.titleCols[0])}:${columnLetter(p.titleCols[1])}` } : {}),
  };
}

/** Where the writer puts a sheet's pictures: the streaming workbook's drawings, or exceljs's own. */
type PlacePicture = (ws: ExcelJS.Worksheet, png: Buffer, image: ImageModel) => void;

async function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetModel,
  images: ReadonlyMap<string, Buffer>,
  place: PlacePicture,
): Promise<void> {
  // The streaming writer puts views and page properties in the sheet's first bytes, at creation.
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.state ?? 'visible',
    views:
      sheet.freeze && (sheet.freeze.rows || sheet.freeze.cols)
        ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
        : [{ state: 'normal' }],
    pageSetup: pageSetup(sheet),
    headerFooter: sheet.print ? { oddHeader: sheet.print.header, oddFooter: sheet.print.footer } : {},
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
  });
  ws.columns = sheet.columns.map((width) => ({ width }));
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const { ref, rule } of sheet.validations) {
    const common = {
      allowBlank: true,
      showInputMessage: true,
      prompt: rule.prompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      error: rule.error,
    };
    const validation =
      rule.type === 'list' ? { type: 'list', formulae: [rule.source], ...common } : { type: 'custom', formulae: [rule.formula], ...common };
    (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(ref, validation);
  }
  for (const image of sheet.images) {
    const png = images.get(image.imageId);
    if (png) place(ws, png, image);
  }
  if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;
  if (sheet.protect) {
    // Protection keeps the structure from accidental edits; formatting stays free so people can
    // widen a column or a row to read a long reason.
    await ws.protect(sheet.protect.password, {
      spinCount: 1000,
      formatColumns: true,
      formatRows: true,
      selectLockedCells: true,
      selectUnlockedCells: true,
    });
  }
  const breaks = new Set(sheet.breaksAfter ?? []);
  let r = 0;
  for (const rowModel of sheet.rows()) {
    r++;
    const row = ws.getRow(r);
    if (rowModel.height) row.height = rowModel.height;
    if (breaks.has(r)) row.addPageBreak();
    rowModel.cells.forEach((cell, i) => {
      if (!cell) return;
      const target = row.getCell(i + 1);
      // Strings are set as plain values: exceljs stores them as (shared) strings, never formulas,
      // whatever they start with.
      if (cell.v !== null) target.value = cell.v;
      target.style = EXCEL_STYLES[cell.s ?? 'text'];
    });
    // Streaming: the row goes to the file now. In memory: a no-op.
    row.commit();
    if (r % ROWS_PER_TURN === 0) await nextTurn();
  }
  // Read when the workbook is written (a defined name), so it can follow the rows written.
  // exceljs puts "$" before each corner's column only; the "$" before the rows makes the
  // reference absolute, which LibreOffice needs to honour it.
  if (sheet.print?.areaFromRow && r >= sheet.print.areaFromRow)
    ws.pageSetup.printArea = `A$${sheet.print.areaFromRow}:${columnLetter(sheet.columns.length)}$${r}`;
  (ws as unknown as { commit?: () => void }).commit?.();
}

function setProperties(workbook: ExcelJS.Workbook, model: WorkbookModel): void {
  workbook.creator = model.properties.creator;
  workbook.lastModifiedBy = model.properties.creator;
  workbook.title = model.properties.title;
  workbook.subject = model.properties.subject;
  workbook.description = model.properties.description;
  workbook.created = new Date(model.properties.created);
  workbook.modified = workbook.created;
}

/**
 * Writes the workbook and returns its bytes. `images` holds the PNG of each ImageModel.imageId;
 * an image whose PNG is missing is left out (the model says so in words where it matters).
 *
 * 'stream' (the report) writes rows as they are produced and holds little memory. 'memory'
 * (the score sheets, small) uses exceljs's full writer, the only one that puts sheet
 * protection where Excel requires it (right after the cells; the streaming writer puts it after
 * the data validations, which Excel reports as a damaged file) and writes print options.
 */
export async function workbookBytes(
  model: WorkbookModel,
  images: ReadonlyMap<string, Buffer> = new Map(),
  mode: 'stream' | 'memory' = 'stream',
  /** Told before each sheet is written (index from 0) and once more when all are (index = number of sheets). */
  onSheet?: (index: number, name: string) => void | Promise<void>,
): Promise<Buffer> {
  const sheetBegins = async (index: number) => onSheet?.(index, model.sheets[index]?.name ?? '');
  if (mode === 'memory') {
    const Workbook = workbookClass();
    const workbook = new Workbook();
    setProperties(workbook, model);
    const place: PlacePicture = (ws, png, image) => {
      const id = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
      ws.addImage(id, { tl: { col: image.col, row: image.row }, ext: { width: image.width, height: image.height }, editAs: 'oneCell' });
    };
    for (const [i, sheet] of model.sheets.entries()) {
      await sheetBegins(i);
      await writeSheet(workbook, sheet, images, place);
    }
    await sheetBegins(model.sheets.length);
    return addColumnBreaks(Buffer.from(await workbook.xlsx.writeBuffer()), model);
  }
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const WorkbookWriter = workbookWriterClass();
  const workbook = new WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  setProperties(workbook, model);
  const pictures = streamPictures(workbook);
  for (const [i, sheet] of model.sheets.entries()) {
    await sheetBegins(i);
    await writeSheet(workbook, sheet, images, (ws, png, image) => pictures.add(ws, png, image));
  }
  await sheetBegins(model.sheets.length);
  await workbook.commit();
  return addColumnBreaks(Buffer.concat(chunks), model);
}
