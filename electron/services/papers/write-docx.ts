// Turns a DocModel (shared/papers/doc-model) into .docx bytes with the `docx` package, in the
// layout of an official document (GB/T 9704-2012): A4, margins top 37 mm, bottom 35 mm, left
// 28 mm, right 26 mm (a 156 × 225 mm text block), body 3号 仿宋 at 22 lines a page, 一级标题
// 黑体, 二级标题 楷体, page numbers "— 1 —" at the foot. Plain paragraphs and a real table, so
// the office edits the draft in Word or WPS as if it had typed it.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { DocBlock, DocModel } from '../../../shared/papers/doc-model';

/**
 * Fonts by their names on Chinese Windows and in WPS. 仿宋 and 楷体 are the names Windows has
 * shipped since Vista (older government machines call them 仿宋_GB2312 / 楷体_GB2312 and
 * substitute); the title uses 宋体 bold, present everywhere, where offices would set 小标宋.
 */
const FONTS = { body: '仿宋', heading1: '黑体', heading2: '楷体', title: '宋体', latin: 'Times New Roman' };
/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt (tables, so numbers and short headers fit their columns). */
const SIZE = { title: 44, body: 32, table: 24, footer: 28 };
/** 22 lines in a 225 mm text block: 28.95 pt, exactly (in twentieths of a point). */
const LINE = 579;
/** Two characters of 三号 text: the first-line indent of Chinese paragraphs. */
const INDENT = 640;
/** Millimetres in twips, rounded (docx's own helper truncates: 37 mm would be 2097, not 2098). */
const mm = (x: number) => Math.round((x * 1440) / 25.4);
const TEXT_WIDTH = mm(210 - 28 - 26);

const font = (name: string) => ({ eastAsia: name, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin });
const run = (text: string, face: string, size: number, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: font(face), size, ...extra });
const exact = { line: LINE, lineRule: LineRuleType.EXACT };

function tableOf(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const sum = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / sum) * TEXT_WIDTH));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, width: number, align: 'left' | 'center' | 'right', header: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { line: 340, lineRule: LineRuleType.AT_LEAST },
          children: [run(text, header ? FONTS.heading1 : FONTS.body, SIZE.table)],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) => cell(c.label, widths[i]!, 'center', true)),
      }),
      ...block.rows.map(
        (r) =>
          new TableRow({ cantSplit: true, children: block.columns.map((c, i) => cell(r[i] ?? '', widths[i]!, c.align ?? 'left', false)) }),
      ),
    ],
  });
}

function blockOf(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: 700, lineRule: LineRuleType.AT_LEAST, after: LINE },
          children: block.text
            .split('\n')
            .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, font: font(FONTS.title), size: SIZE.title, bold: true })),
        }),
      ];
    case 'salutation':
      return [new Paragraph({ spacing: exact, children: [run(block.text, FONTS.body, SIZE.body)] })];
    case 'heading':
      return [
        new Paragraph({
          spacing: exact,
          indent: { firstLine: INDENT },
          keepNext: true,
          children: [run(block.text, block.level === 1 ? FONTS.heading1 : FONTS.heading2, SIZE.body)],
        }),
      ];
    case 'para':
      return [
        new Paragraph({
          spacing: exact,
          indent: { firstLine: INDENT },
          alignment: AlignmentType.JUSTIFIED,
          children: [run(block.text, FONTS.body, SIZE.body, block.emphasis ? { bold: true } : {})],
        }),
      ];
    case 'table':
      return [tableOf(block), new Paragraph({ spacing: exact, children: [] })];
    case 'signature':
      // Two empty lines above for the seal, then sender and date right-aligned, four characters in (GB/T 9704 7.3.5).
      return [
        new Paragraph({ spacing: exact, children: [] }),
        new Paragraph({ spacing: exact, children: [] }),
        ...block.lines.map(
          (text) =>
            new Paragraph({
              spacing: exact,
              alignment: AlignmentType.RIGHT,
              indent: { right: INDENT * 2 },
              children: [run(text, FONTS.body, SIZE.body)],
            }),
        ),
      ];
  }
}

function header(mark: string | null): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: mark ? [run(mark, FONTS.heading1, SIZE.footer, { bold: true, color: 'C23B32' })] : [],
      }),
    ],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: SIZE.footer })],
      }),
    ],
  });
}

/** The .docx bytes of a document model: one section per part, so each part starts on a new page. */
export async function docxBytes(model: DocModel): Promise<Buffer> {
  const page = {
    size: { width: mm(210), height: mm(297) },
    margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(20) },
  };
  const document = new Document({
    creator: model.creator,
    title: model.title,
    lastModifiedBy: model.creator,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } } },
    sections: model.parts.map((part) => ({
      properties: { page },
      headers: { default: header(model.provisionalMark) },
      footers: { default: footer() },
      children: part.flatMap(blockOf),
    })),
  });
  return Packer.toBuffer(document);
}
