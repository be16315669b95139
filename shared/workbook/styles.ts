// The looks a cell can have in the app's workbooks, as plain data. One closed list, so every
// sheet of every workbook speaks the same visual language and the writer converts each look
// once. Colours are muted enough for an office laser printer; grade colours match the charts.
import { GRADE_COLORS, TEXT_COLOR } from '../charts/theme';

export interface StyleSpec {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  /** Background, #rrggbb. */
  fill?: string;
  /** Excel number format, e.g. "0.00". */
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  /** Thin grey grid lines around the cell. */
  border?: boolean;
  /** Editable on a protected sheet. */
  unlocked?: boolean;
}

/** Font of every cell: 宋体 is on every Chinese Windows, WPS and LibreOffice substitute it well. */
export const WORKBOOK_FONT = '宋体';
export const BODY_SIZE = 10;

const TWO_DECIMALS = '0.00';
const GREY = '#666666';
const UP = '#2f8f4e';
const DOWN = '#c23b32';
const HEADER_FILL = '#dde4ee';
const INPUT_FILL = '#fffbe6';

const cell = (extra: StyleSpec = {}): StyleSpec => ({ border: true, ...extra, font: { size: BODY_SIZE, ...extra.font } });

/** Light tints of the grade colours, for cell backgrounds; the text keeps the full colour. */
const GRADE_FILLS = { excellent: '#dcefe1', good: '#dde7f5', pass: '#fbf0d5', fail: '#f6dad8' } as const;

export const STYLES = {
  title: { font: { bold: true, size: 14 }, align: 'left' },
  heading: { font: { bold: true, size: 11 }, align: 'left' },
  subtitle: { font: { size: 10, color: GREY }, align: 'left', wrap: true },
  note: { font: { size: 9, color: GREY }, align: 'left' },
  header: cell({ font: { bold: true }, fill: HEADER_FILL, align: 'center', wrap: true }),
  headerLeft: cell({ font: { bold: true }, fill: HEADER_FILL, align: 'left', wrap: true }),
  section: cell({ font: { bold: true }, fill: '#eef1f5', align: 'left' }),
  text: cell({ align: 'left' }),
  textWrap: cell({ align: 'left', wrap: true }),
  textCenter: cell({ align: 'center' }),
  label: cell({ font: { bold: true }, align: 'left', wrap: true }),
  number: cell({ numFmt: TWO_DECIMALS, align: 'right' }),
  numberBold: cell({ numFmt: TWO_DECIMALS, align: 'right', font: { bold: true } }),
  points: cell({ numFmt: 'General', align: 'center', font: { color: GREY } }),
  integer: cell({ numFmt: '0', align: 'center' }),
  /** Rank change: 同比上升 ↑ green, 下降 ↓ red, unchanged —. */
  rankUp: cell({ numFmt: '"↑"0;"↓"0;"—"', align: 'center', font: { color: UP } }),
  rankDown: cell({ numFmt: '"↑"0;"↓"0;"—"', align: 'center', font: { color: DOWN } }),
  rankSame: cell({ numFmt: '"↑"0;"↓"0;"—"', align: 'center', font: { color: GREY } }),
  totalUp: cell({ numFmt: '+0.00;-0.00;0.00', align: 'right', font: { color: UP } }),
  totalDown: cell({ numFmt: '+0.00;-0.00;0.00', align: 'right', font: { color: DOWN } }),
  totalSame: cell({ numFmt: '+0.00;-0.00;0.00', align: 'right', font: { color: GREY } }),
  gradeExcellent: cell({ align: 'center', fill: GRADE_FILLS.excellent, font: { bold: true, color: GRADE_COLORS.excellent } }),
  gradeGood: cell({ align: 'center', fill: GRADE_FILLS.good, font: { bold: true, color: GRADE_COLORS.good } }),
  gradePass: cell({ align: 'center', fill: GRADE_FILLS.pass, font: { bold: true, color: '#8a6100' } }),
  gradeFail: cell({ align: 'center', fill: GRADE_FILLS.fail, font: { bold: true, color: GRADE_COLORS.fail } }),
  gradePending: cell({ align: 'center', font: { color: GREY } }),
  /** A warning in a table: vetoes, disagreements. */
  alert: cell({ align: 'left', wrap: true, font: { color: DOWN } }),
  /** A score the evaluators disagree on (spread beyond the threshold). */
  flagged: cell({ numFmt: TWO_DECIMALS, align: 'right', fill: '#fbe3c4' }),
  muted: cell({ align: 'center', font: { color: GREY, italic: true } }),
  /** Score-sheet input cells: unlocked, tinted, so the evaluator sees where to type. */
  input: cell({ unlocked: true, fill: INPUT_FILL, align: 'center' }),
  inputText: cell({ unlocked: true, fill: INPUT_FILL, align: 'left', wrap: true }),
  plain: { font: { size: BODY_SIZE, color: TEXT_COLOR } },
} as const satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof STYLES;
