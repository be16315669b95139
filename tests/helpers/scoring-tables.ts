import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import ExcelJS from 'exceljs';

/** A merged block: top-left cell and its size. Covered cells hold '' in TableSpec.rows. */
export interface Merge {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

/** A scoring table as an office writes it, to be saved as .xlsx, .docx or text. */
export interface TableSpec {
  /** Paragraphs before the table (a .docx preamble); in .xlsx they become title rows merged across. */
  preamble: string[];
  rows: string[][];
  merges: Merge[];
}

function coveredBy(spec: TableSpec, r: number, c: number): Merge | undefined {
  return spec.merges.find((m) => r >= m.r && r < m.r + m.rows && c >= m.c && c < m.c + m.cols && !(r === m.r && c === m.c));
}

/** The table as an .xlsx workbook (exceljs), merges as real merged cells, the preamble as title rows. */
export async function tableXlsx(spec: TableSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分细则');
  const width = Math.max(...spec.rows.map((r) => r.length));
  const offset = spec.preamble.length;
  spec.preamble.forEach((p, i) => {
    ws.getCell(i + 1, 1).value = p;
    if (width > 1) ws.mergeCells(i + 1, 1, i + 1, width);
  });
  spec.rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text) ws.getCell(offset + r + 1, c + 1).value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    }),
  );
  for (const m of spec.merges) ws.mergeCells(offset + m.r + 1, m.c + 1, offset + m.r + m.rows, m.c + m.cols);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The table as a .docx (the docx package): rowSpan/columnSpan merges, a cell's lines as paragraphs. */
export async function tableDocx(spec: TableSpec): Promise<Buffer> {
  const rows = spec.rows.map((row, r) => {
    const cells: TableCell[] = [];
    row.forEach((text, c) => {
      if (coveredBy(spec, r, c)) return;
      const m = spec.merges.find((x) => x.r === r && x.c === c);
      cells.push(
        new TableCell({
          children: (text || '').split('\n').map((line) => new Paragraph({ text: line })),
          ...(m && m.rows > 1 ? { rowSpan: m.rows } : {}),
          ...(m && m.cols > 1 ? { columnSpan: m.cols } : {}),
        }),
      );
    });
    return new TableRow({ children: cells });
  });
  const table = new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  const preamble = spec.preamble.map((p, i) => new Paragraph({ text: p, ...(i === 0 ? { alignment: AlignmentType.CENTER } : {}) }));
  const doc = new Document({ sections: [{ children: [...preamble, table] }] });
  return Packer.toBuffer(doc);
}

/** The table as text copied from Excel/WPS: tabs between cells, merged cells empty below their first row. */
export function tableTabs(spec: TableSpec): string {
  const quote = (t: string) => (/[\t\n"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  return [...spec.preamble, ...spec.rows.map((row) => row.map(quote).join('\t'))].join('\n');
}
