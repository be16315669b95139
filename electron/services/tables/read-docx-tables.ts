import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { UserError } from '../../../shared/errors';
import type { Grid, GridCell } from '../../../shared/tables/grid';

// xmldom's node types, as far as this reader needs them.
interface XNode {
  nodeType: number;
  localName?: string | null;
  childNodes: ArrayLike<XNode>;
  textContent?: string | null;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const kids = (n: XNode, name?: string): XNode[] =>
  Array.from(n.childNodes).filter((c) => c.nodeType === ELEMENT && (name === undefined || c.localName === name));
const kid = (n: XNode, name: string): XNode | undefined => kids(n, name)[0];

/** A paragraph's words: runs' text, tabs as tabs, line breaks as "\n". */
function paragraphText(p: XNode): string {
  let out = '';
  const walk = (n: XNode) => {
    for (const c of kids(n)) {
      if (c.localName === 't') out += c.textContent ?? '';
      else if (c.localName === 'tab') out += '\t';
      else if (c.localName === 'br' || c.localName === 'cr') out += '\n';
      else if (c.localName !== 'rPr' && c.localName !== 'pPr' && c.localName !== 'instrText') walk(c);
    }
  };
  walk(p);
  return out;
}

/** Every paragraph inside a node (a cell's paragraphs, nested tables' included), in order. */
function paragraphsIn(n: XNode): string[] {
  return kids(n).flatMap((c) => (c.localName === 'p' ? [paragraphText(c)] : paragraphsIn(c)));
}

function tcProp(tc: XNode, name: string): XNode | undefined {
  const pr = kid(tc, 'tcPr');
  return pr ? kid(pr, name) : undefined;
}

/**
 * A Word table as a grid: horizontal spans (w:gridSpan) and vertical merges (w:vMerge) become
 * covered cells pointing at the merge's first cell; a cell's paragraphs are joined by "\n".
 */
function tableGrid(tbl: XNode): Grid {
  const grid: Grid = [];
  kids(tbl, 'tr').forEach((tr, r) => {
    const row: GridCell[] = [];
    for (const tc of kids(tr, 'tc')) {
      const span = Math.max(1, Math.min(64, Number(tcProp(tc, 'gridSpan')?.getAttribute?.('w:val') ?? 1) || 1));
      const vMerge = tcProp(tc, 'vMerge');
      const continues = vMerge !== undefined && (vMerge.getAttribute?.('w:val') ?? 'continue') !== 'restart';
      const col = row.length;
      const above = grid[r - 1]?.[col];
      const from = continues && above ? (above.mergedFrom ?? { row: r - 1, col }) : null;
      const text = from ? '' : paragraphsIn(tc).join('\n').trim();
      row.push(from ? { text, mergedFrom: from } : { text });
      for (let k = 1; k < span; k++) row.push({ text: '', mergedFrom: from ?? { row: r, col } });
    }
    grid.push(row);
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array.from({ length: width - r.length }, () => ({ text: '' }))]);
}

/** A .docx body as read for schemes: its tables, each with the paragraphs before it. */
export interface DocxTables {
  tables: { grid: Grid; preamble: string[] }[];
  paragraphs: string[];
}

/**
 * Reads the tables of a .docx (word/document.xml) with their merged cells, and the paragraphs
 * outside tables. Throws UserError naming the file when the document cannot be read.
 */
export async function readDocxTables(buf: Buffer, file: string): Promise<DocxTables> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(buf);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch (e) {
    throw new UserError('error.docxUnreadable', { file, reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
  if (!xml) throw new UserError('error.docxUnreadable', { file, reason: 'word/document.xml' });
  const quiet = () => undefined;
  let doc: XNode;
  try {
    doc = new DOMParser({ errorHandler: { warning: quiet, error: quiet } }).parseFromString(xml, 'text/xml') as unknown as XNode;
  } catch (e) {
    throw new UserError('error.docxUnreadable', { file, reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
  const root = kids(doc)[0];
  const body = root ? kid(root, 'body') : undefined;
  const tables: DocxTables['tables'] = [];
  const paragraphs: string[] = [];
  let since: string[] = [];
  const walk = (n: XNode) => {
    for (const c of kids(n)) {
      if (c.localName === 'tbl') {
        tables.push({ grid: tableGrid(c), preamble: since });
        since = [];
      } else if (c.localName === 'p') {
        const text = paragraphText(c).trim();
        if (!text) continue;
        paragraphs.push(text);
        since.push(text);
      } else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'customXml') walk(c);
    }
  };
  if (body) walk(body);
  return { tables, paragraphs };
}
