// Pictures for exceljs's streaming writer. exceljs writes large sheets row by row only in its
// streaming mode, and that mode cannot place pictures (exceljs issues #322, #1709; PR #2201
// unmerged). The in-memory mode can, but holds ~1 KB per cell: a 111-unit report with 20
// evaluators needs over 1 GB there. So the report streams, and this file adds the one missing
// piece: a drawing part per sheet, rendered by exceljs's own drawing and relationship xforms,
// wired in at the three places the streaming writer leaves open (sheet relationships, the
// <drawing> element before <legacyDrawing>, the content types). exceljs is pinned (4.4.0);
// tests read every picture back with exceljs and LibreOffice renders them (npm run check:xlsx).
import { createRequire } from 'node:module';
import type { Worksheet, stream } from 'exceljs';

const require = createRequire(import.meta.url);

interface Xform {
  prepare(model: unknown, options?: unknown): void;
  toXml(model: unknown): string;
}
type XformClass = new () => Xform;

// Loaded with the first picture, not with this module (exceljs is loaded part by part, when needed).
let parts: {
  DrawingXform: XformClass;
  RelationshipsXform: XformClass;
  ContentTypesXform: XformClass;
  RelType: Record<string, string>;
} | null = null;
function xforms(): NonNullable<typeof parts> {
  parts ??= {
    DrawingXform: require('exceljs/lib/xlsx/xform/drawing/drawing-xform.js') as XformClass,
    RelationshipsXform: require('exceljs/lib/xlsx/xform/core/relationships-xform.js') as XformClass,
    ContentTypesXform: require('exceljs/lib/xlsx/xform/core/content-types-xform.js') as XformClass,
    RelType: require('exceljs/lib/xlsx/rel-type.js') as Record<string, string>,
  };
  return parts;
}

const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

/** The parts of exceljs's streaming classes this file relies on (all present in 4.4.0). */
interface StreamingBook {
  addImage(image: { buffer: Buffer; extension: 'png' }): number;
  getImage(id: number): { name: string };
  _openStream(path: string): { write(text: string): void; end(): void };
  _worksheets: unknown[];
  sharedStrings: unknown;
  commentRefs: unknown;
  media: unknown[];
  zip: { append(data: string, options: { name: string }): void };
  addContentTypes(): Promise<void>;
}
interface StreamingSheet {
  id: number;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

export interface PictureAnchor {
  /** Zero-based column and row of the top-left cell. */
  col: number;
  row: number;
  /** Size in pixels at 96 DPI. */
  width: number;
  height: number;
}

/** Places PNG pictures on the sheets of one streaming workbook. */
export interface StreamPictures {
  /** Adds the picture to `sheet`; call before the sheet is committed. */
  add(sheet: Worksheet, png: Buffer, anchor: PictureAnchor): void;
}

/**
 * Enables pictures on a streaming workbook. Must be called before any sheet is committed; the
 * drawing of a sheet is written when that sheet is committed.
 */
export function streamPictures(workbook: stream.xlsx.WorkbookWriter): StreamPictures {
  const book = workbook as unknown as StreamingBook;
  const drawings: { name: string }[] = [];
  const perSheet = new Map<number, { name: string; anchors: unknown[]; rels: { Id: string; Type: string; Target: string }[] }>();

  book.addContentTypes = () => {
    const model = {
      worksheets: book._worksheets.filter(Boolean),
      sharedStrings: book.sharedStrings,
      commentRefs: book.commentRefs,
      media: book.media,
      drawings,
    };
    book.zip.append(new (xforms().ContentTypesXform)().toXml(model), { name: '[Content_Types].xml' });
    return Promise.resolve();
  };

  const drawingOf = (sheet: StreamingSheet) => {
    let drawing = perSheet.get(sheet.id);
    if (drawing) return drawing;
    drawing = { name: `drawing${drawings.length + 1}`, anchors: [], rels: [] };
    const current = drawing;
    drawings.push({ name: current.name });
    perSheet.set(sheet.id, current);
    const rId = sheet._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: `../drawings/${current.name}.xml` });
    const writeLegacy = sheet._writeLegacyData.bind(sheet);
    // <drawing> goes after the page setup and header/footer, right before <legacyDrawing>.
    sheet._writeLegacyData = () => {
      sheet._write(`<drawing r:id="${rId}"/>`);
      const xform = new (xforms().DrawingXform)();
      const model = { anchors: current.anchors };
      xform.prepare(model);
      const part = book._openStream(`/xl/drawings/${current.name}.xml`);
      part.write(xform.toXml(model));
      part.end();
      const rels = book._openStream(`/xl/drawings/_rels/${current.name}.xml.rels`);
      rels.write(new (xforms().RelationshipsXform)().toXml(current.rels));
      rels.end();
      writeLegacy();
    };
    return current;
  };

  return {
    add(sheet, png, anchor) {
      const drawing = drawingOf(sheet as unknown as StreamingSheet);
      const imageId = book.addImage({ buffer: png, extension: 'png' });
      const rId = `rId${drawing.rels.length + 1}`;
      drawing.rels.push({ Id: rId, Type: xforms().RelType.Image!, Target: `../media/${book.getImage(imageId).name}` });
      drawing.anchors.push({
        picture: { rId },
        range: {
          tl: { nativeCol: anchor.col, nativeColOff: 0, nativeRow: anchor.row, nativeRowOff: 0 },
          ext: { width: anchor.width, height: anchor.height },
          editAs: 'oneCell',
        },
      });
    },
  };
}
