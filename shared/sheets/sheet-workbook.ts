// An evaluator's score sheet as a workbook model: the visible form (structure locked, input
// cells open, each with a validation that matches the item's rule) and the hidden, protected
// sheet that says which assessment, scheme version and evaluator it belongs to.
import type { Language, Translate } from '../i18n/messages';
import { headerText, short } from '../report/context';
import { c, cellAddress, columnLetter, rangeAddress, wrappedLines } from '../workbook/cells';
import type { CellModel, RowModel, SheetModel, ValidationModel, WorkbookModel } from '../workbook/model';
import { linesHeight } from '../report/frame';
import { FIXED_COLUMNS, IDENTITY_SHEET, SHEET_FORMAT, SHEET_FORMAT_VERSION, type LayoutItem, type ScoreSheetLayout } from './layout';
import { prefillKey, type PrefilledCell } from './prefill';

/** What a filled sheet carries: the cells, and per unit the points its regular items earn (for the 合计 row). */
export interface SheetFill {
  cells: ReadonlyMap<string, PrefilledCell>;
  earned: ReadonlyMap<string, number>;
}

/**
 * Password of the sheet protection. Not a secret and not security: protection only keeps
 * people from changing the structure by accident (Excel, WPS and LibreOffice all lift it on
 * request); the checksum in the hidden sheet is what detects a changed structure.
 */
export const SHEET_PASSWORD = 'kaoping';

export interface SheetMeta {
  appVersion: string;
  exportedAt: string;
  checksum: string;
  language: Language;
}

/** The identity fields in the hidden sheet, in order (column A keys, column B values). */
export function identityFields(layout: ScoreSheetLayout, meta: SheetMeta, sheetName: string): [string, string | number][] {
  return [
    ['format', SHEET_FORMAT],
    ['formatVersion', SHEET_FORMAT_VERSION],
    ['assessmentId', layout.assessmentId],
    ['assessmentName', layout.assessmentName],
    ['year', layout.year],
    ['schemeVersion', layout.schemeVersion],
    ['evaluatorId', layout.evaluator.id],
    ['evaluatorName', layout.evaluator.name],
    ['language', meta.language],
    ['appVersion', meta.appVersion],
    ['exportedAt', meta.exportedAt],
    ['checksum', meta.checksum],
    ['sheet', sheetName],
  ];
}

const WIDTHS = { code: 8, label: 34, points: 6, rule: 26, value: 9, reason: 20 };
/**
 * Width of an A4 landscape page at 100 % in column units, as LibreOffice prints it with its
 * substitute CJK font (measured: about 108; Excel and WPS with 宋体 fit about 148, so they leave
 * room on the right rather than cut). Manual breaks only hold at a fixed scale, and a scale that
 * is too large for the program makes it add its own breaks, through a unit's pair.
 */
const PAGE_UNITS_AT_100 = 105;
/** The smallest print scale (percent) the sheet is allowed, so handwriting and rules stay legible. */
const MIN_SCALE = 65;

/**
 * How a sheet too wide for one page prints: the fixed columns (code, item, points, rule) on
 * every page, then as many units' score-and-reason pairs as fit at a readable scale, with a
 * page break between two pairs, never through one. One page wide when everything fits.
 */
export function sheetPrintPlan(units: number): { pagesWide: number; colBreaksAfter?: number[]; scale?: number } {
  const fixed = WIDTHS.code + WIDTHS.label + WIDTHS.points + WIDTHS.rule;
  const pair = WIDTHS.value + WIDTHS.reason;
  const pageAtMinScale = (PAGE_UNITS_AT_100 * 100) / MIN_SCALE;
  if (fixed + units * pair <= pageAtMinScale) return { pagesWide: 1 };
  const perPage = Math.max(1, Math.floor((pageAtMinScale - fixed) / pair));
  const pages = Math.ceil(units / perPage);
  const colBreaksAfter = Array.from({ length: pages - 1 }, (_, p) => FIXED_COLUMNS + 2 * perPage * (p + 1));
  return { pagesWide: pages, colBreaksAfter, scale: Math.min(100, Math.floor((PAGE_UNITS_AT_100 * 100) / (fixed + perPage * pair))) };
}
const LIST_COL = 4;
const NA_TOKENS = ['不适用', 'N/A'];

/** The choices of every list item, one column each in the hidden sheet. */
function lists(layout: ScoreSheetLayout, t: Translate): Map<string, { col: number; values: string[] }> {
  const map = new Map<string, { col: number; values: string[] }>();
  for (const item of layout.items) {
    if (item.input.kind === 'level') map.set(item.itemId, { col: LIST_COL + map.size, values: [...item.input.labels, t('sheet.na')] });
    else if (item.input.kind === 'bonus') map.set(item.itemId, { col: LIST_COL + map.size, values: item.input.labels });
  }
  return map;
}

/** The validation of one input cell, from the item's rule (and the unit, for control targets). */
function validation(
  item: LayoutItem,
  unitId: string,
  address: string,
  t: Translate,
  list: { col: number; values: string[] } | undefined,
): ValidationModel {
  const na = NA_TOKENS.map((x) => `${address}="${x}"`).join(',');
  const input = item.input;
  switch (input.kind) {
    case 'score': {
      const q = `${address}/${input.step}`;
      const formula = `OR(AND(ISNUMBER(${address}),${address}>=0,${address}<=${input.max},ABS(${q}-ROUND(${q},0))<0.000001),${na})`;
      return {
        type: 'custom',
        formula,
        prompt: t('sheet.prompt.score', { max: short(input.max), step: short(input.step) }),
        error: t('sheet.error.score', { max: short(input.max), step: short(input.step) }),
      };
    }
    case 'count':
      return {
        type: 'custom',
        formula: `OR(AND(ISNUMBER(${address}),${address}>=0,${address}=INT(${address})),${na})`,
        prompt: t('sheet.prompt.count'),
        error: t('sheet.error.count'),
      };
    case 'actual':
      return {
        type: 'custom',
        formula: `OR(AND(ISNUMBER(${address}),${address}>=0),${na})`,
        prompt: t('sheet.prompt.actual', { target: short(input.targets[unitId] ?? 0) }),
        error: t('sheet.error.actual'),
      };
    case 'veto':
      return {
        type: 'list',
        source: `"${t('sheet.yes')},${t('sheet.no')}"`,
        prompt: t('sheet.prompt.veto'),
        error: t('sheet.error.level'),
      };
    default: {
      const col = columnLetter(list!.col);
      const source = `'${IDENTITY_SHEET}'!$${col}$2:$${col}$${list!.values.length + 1}`;
      return {
        type: 'list',
        source,
        prompt: t(input.kind === 'bonus' ? 'sheet.prompt.bonus' : 'sheet.prompt.level'),
        error: t('sheet.error.level'),
      };
    }
  }
}

function formSheet(
  layout: ScoreSheetLayout,
  t: Translate,
  listCols: ReturnType<typeof lists>,
  name: string,
  filled?: SheetFill,
): SheetModel {
  const widths = [WIDTHS.code, WIDTHS.label, WIDTHS.points, WIDTHS.rule, ...layout.units.flatMap(() => [WIDTHS.value, WIDTHS.reason])];
  const totalWidth = widths.reduce((a, w) => a + w, 0);
  const last = layout.lastCol;
  const blank = t('sheet.title', { name: layout.assessmentName });
  // On paper a filled sheet must not pass for a blank one: the title (and the page header) say so.
  const title = filled ? t('papers.sheet.filledTitle', { title: blank }) : blank;
  const instructions = t('sheet.instructions');
  const rows: RowModel[] = [
    { cells: [c(title, 'title')], height: 24 },
    {
      cells: [
        c(
          t('sheet.subtitle', {
            evaluator: layout.evaluator.name,
            team: layout.team ? `（${layout.team}）` : '',
            version: layout.schemeVersion,
          }),
          'subtitle',
        ),
      ],
      height: 16,
    },
    { cells: [c(instructions, 'note')], height: linesHeight(wrappedLines(instructions, Math.min(totalWidth, 150))) },
  ];
  const merges = [rangeAddress(1, 1, 1, last), rangeAddress(2, 1, 2, last), rangeAddress(3, 1, 3, last)];
  const fixed = [t('sheet.col.code'), t('sheet.col.criterion'), t('sheet.col.points'), t('sheet.col.rule')];
  const unitRow: CellModel[] = fixed.map((h) => c(h, 'header'));
  const labelRow: CellModel[] = fixed.map(() => c(null, 'header'));
  fixed.forEach((_, i) => merges.push(rangeAddress(layout.unitRow, i + 1, layout.labelRow, i + 1)));
  for (const u of layout.units) {
    unitRow[u.valueCol - 1] = c(u.name, 'header');
    unitRow[u.reasonCol - 1] = c(null, 'header');
    labelRow[u.valueCol - 1] = c(t('sheet.col.value'), 'header');
    labelRow[u.reasonCol - 1] = c(t('sheet.col.reason'), 'header');
    merges.push(rangeAddress(layout.unitRow, u.valueCol, layout.unitRow, u.reasonCol));
  }
  rows.push({ cells: unitRow, height: 20 }, { cells: labelRow, height: 18 });
  const validations: SheetModel['validations'] = [];
  const byRow = new Map<number, RowModel>();
  for (const s of layout.sections) {
    byRow.set(s.row, { cells: [c(s.title, 'section'), ...Array.from({ length: last - 1 }, () => c(null, 'section'))], height: 18 });
    merges.push(rangeAddress(s.row, 1, s.row, last));
  }
  for (const item of layout.items) {
    const cells: CellModel[] = [c(item.code, 'text'), c(item.label, 'textWrap'), c(item.points, 'points'), c(item.rule, 'textWrap')];
    for (const u of layout.units) {
      const address = cellAddress(item.row, u.valueCol);
      const given = filled?.cells.get(prefillKey(item.itemId, u.unitId));
      cells[u.valueCol - 1] = c(given?.value ?? null, 'input');
      cells[u.reasonCol - 1] = c(given?.reason || null, 'inputText');
      validations.push({ ref: address, rule: validation(item, u.unitId, address, t, listCols.get(item.itemId)) });
    }
    // A few units' margin: LibreOffice and WPS wrap CJK a little earlier than the estimate, and a cut rule is unreadable.
    byRow.set(item.row, {
      cells,
      height: linesHeight(Math.max(wrappedLines(item.label, WIDTHS.label - 3), wrappedLines(item.rule, WIDTHS.rule - 3), 2)),
    });
  }
  for (let r = layout.labelRow + 1; r <= layout.lastRow; r++) rows.push(byRow.get(r) ?? { cells: [] });
  // Footer (FOOTER_ROWS, not read by the import): 合计 of the points (and, filled, of each unit's
  // earned points), then the line the evaluator signs and dates by hand.
  const regular = layout.items.filter((i) => i.input.kind !== 'bonus' && i.input.kind !== 'veto');
  const total: CellModel[] = [
    c(t('sheet.total'), 'label'),
    c(null, 'label'),
    c(
      regular.reduce((a, i) => a + (i.points ?? 0), 0),
      'points',
    ),
    c(t('sheet.totalNote'), 'note'),
  ];
  for (const u of layout.units) {
    const earned = filled?.earned.get(u.unitId);
    total[u.valueCol - 1] = c(earned ?? null, 'numberBold');
    total[u.reasonCol - 1] = c(null, 'text');
  }
  rows.push({ cells: total, height: 20 }, { cells: [], height: 10 });
  merges.push(rangeAddress(layout.lastRow + 1, 1, layout.lastRow + 1, 2));
  rows.push({ cells: [c(t('sheet.sign'), 'heading')], height: 30 });
  merges.push(rangeAddress(layout.lastRow + 3, 1, layout.lastRow + 3, Math.min(last, 8)));
  return {
    name,
    columns: widths,
    rows: () => rows,
    merges,
    freeze: { rows: layout.labelRow, cols: 2 },
    print: {
      titleRows: [layout.unitRow, layout.labelRow],
      // Code, item, points and rule on every printed page, so a unit's columns on page 2 still read against their rules.
      titleCols: [1, 4],
      ...sheetPrintPlan(layout.units.length),
      header: `&C&B${headerText(title)}`,
      footer: `&L${headerText(layout.evaluator.name)}&C${t('report.footer.page')}`,
    },
    images: [],
    validations,
    protect: { password: SHEET_PASSWORD },
  };
}

function identitySheet(layout: ScoreSheetLayout, meta: SheetMeta, listCols: ReturnType<typeof lists>, formName: string): SheetModel {
  const fields = identityFields(layout, meta, formName);
  const height = Math.max(fields.length, ...[...listCols.values()].map((l) => l.values.length + 1));
  const rows: RowModel[] = Array.from({ length: height }, (_, r) => {
    const cells: CellModel[] = [];
    const field = fields[r];
    if (field) cells.push(c(field[0], 'plain'), c(field[1], 'plain'));
    for (const [itemId, list] of listCols) cells[list.col - 1] = c(r === 0 ? itemId : (list.values[r - 1] ?? null), 'plain');
    return { cells };
  });
  return {
    name: IDENTITY_SHEET,
    state: 'veryHidden',
    columns: [16, 40],
    rows: () => rows,
    merges: [],
    images: [],
    validations: [],
    protect: { password: SHEET_PASSWORD },
  };
}

/** The score sheet workbook of a layout, in the language of `t`; `filled` pre-fills what the evaluator already entered (prefill.ts). */
export function scoreSheetWorkbook(layout: ScoreSheetLayout, t: Translate, meta: SheetMeta, filled?: SheetFill): WorkbookModel {
  const listCols = lists(layout, t);
  const formName = t('sheet.name');
  return {
    properties: {
      title: t('sheet.title', { name: layout.assessmentName }),
      subject: layout.evaluator.name,
      creator: t('report.method.versionValue', { version: meta.appVersion }),
      created: meta.exportedAt,
      description: `${SHEET_FORMAT} ${layout.assessmentId} v${layout.schemeVersion} ${layout.evaluator.id}`,
    },
    sheets: [formSheet(layout, t, listCols, formName, filled), identitySheet(layout, meta, listCols, formName)],
  };
}
