// Checks a filled score sheet read back from .xlsx, before anything is imported: the right
// assessment and scheme version, the structure unchanged, every value fitting its rule, reasons
// where required. Returns the entries, or every problem with its cell and, in words, its unit
// and criterion. Pure: the file reading happens in electron/services/sheets.
import { scoredItems } from '../assessment/criteria';
import type { EntryInput } from '../assessment/mutations';
import type { Assessment } from '../assessment/schema';
import { createTranslator, LANGUAGES, type Language, type MessageKey } from '../i18n/messages';
import { toHalfWidth } from '../text/normalize';
import { cellAddress } from '../workbook/cells';
import { FOOTER_ROWS, layoutSignature, scoreSheetLayout, SHEET_FORMAT, SHEET_FORMAT_VERSION, type ScoreSheetLayout } from './layout';
import { cellText, readInput, type RawCell } from './read-values';
import { acceptedLayouts } from './legacy-layout';

/** A score sheet file as read back: its hidden identity fields and its visible cells. */
export interface ReadSheet {
  file: string;
  /** Fields of the hidden sheet (column A → column B); null when the file has no such sheet. */
  identity: Record<string, RawCell> | null;
  /** The visible sheets' cells by sheet name: grid[row - 1][col - 1], merged cells' copies empty. */
  sheets: Record<string, RawCell[][]>;
}

export interface SheetProblem {
  file: string;
  /** "评分表!D14", when the problem has a cell. */
  place?: string;
  /** "柳州市 · (七) 强化重点行业领域安全监管", when the cell is a unit's input. */
  where?: string;
  /** The same unit and criterion apart, for a table with a column each. */
  unit?: string;
  criterion?: string;
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface CheckedSheet {
  file: string;
  evaluatorId: string;
  evaluatorName: string;
  entries: EntryInput[];
  problems: SheetProblem[];
}

/** At most this many structure problems per file: one moved row shifts every cell after it. */
const MAX_STRUCTURE_PROBLEMS = 10;

const text = (raw: RawCell | undefined) => cellText(raw ?? null).text;
const same = (raw: RawCell | undefined, expected: string | number | null) =>
  expected === null
    ? text(raw) === ''
    : typeof expected === 'number'
      ? Number(text(raw)) === expected
      : text(raw) === toHalfWidth(expected).trim();

/** Cells whose content the layout fixes: codes, labels, points, section titles, unit names. */
function structureCells(layout: ScoreSheetLayout): [number, number, string | number | null][] {
  const cells: [number, number, string | number | null][] = [];
  for (const s of layout.sections) cells.push([s.row, 1, s.title]);
  for (const i of layout.items) cells.push([i.row, 1, i.code], [i.row, 2, i.label], [i.row, 3, i.points]);
  for (const u of layout.units) cells.push([layout.unitRow, u.valueCol, u.name]);
  return cells;
}

function checkStructure(layout: ScoreSheetLayout, grid: RawCell[][], sheetName: string, file: string): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const at = (row: number, col: number) => grid[row - 1]?.[col - 1] ?? null;
  for (const [row, col, expected] of structureCells(layout)) {
    if (same(at(row, col), expected)) continue;
    problems.push({
      file,
      place: `${sheetName}!${cellAddress(row, col)}`,
      key: 'sheet.cellChanged',
      params: { expected: expected ?? '', found: text(at(row, col)) },
    });
  }
  grid.forEach((cells, r) =>
    cells.forEach((raw, c) => {
      const footer = r + 1 > layout.lastRow && r + 1 <= layout.lastRow + FOOTER_ROWS;
      if (!footer && (r + 1 > layout.lastRow || c + 1 > layout.lastCol) && text(raw) !== '') {
        problems.push({
          file,
          place: `${sheetName}!${cellAddress(r + 1, c + 1)}`,
          key: 'sheet.extraContent',
          params: { value: text(raw).slice(0, 40) },
        });
      }
    }),
  );
  return problems.slice(0, MAX_STRUCTURE_PROBLEMS);
}

/**
 * Checks one score sheet against the assessment. `hash` is the digest used for the layout
 * checksum at export (sha-256 in the app). Nothing is imported unless `problems` is empty.
 */
export function checkScoreSheet(doc: Assessment, sheet: ReadSheet, hash: (text: string) => string): CheckedSheet {
  const { file } = sheet;
  const fail = (key: MessageKey, params: Record<string, string | number> = {}, who = { id: '', name: '' }): CheckedSheet => ({
    file,
    evaluatorId: who.id,
    evaluatorName: who.name,
    entries: [],
    problems: [{ file, key, params }],
  });
  const id = sheet.identity;
  if (!id || text(id.format) !== SHEET_FORMAT) return fail('sheet.notScoreSheet');
  const version = Number(text(id.formatVersion));
  if (!(version <= SHEET_FORMAT_VERSION)) return fail('sheet.newerFormat', { version: text(id.formatVersion) });
  if (text(id.assessmentId) !== doc.id)
    return fail('sheet.wrongAssessment', { found: text(id.assessmentName), id: text(id.assessmentId), expected: doc.name });
  const schemeVersion = Number(text(id.schemeVersion));
  if (schemeVersion !== doc.scheme.version)
    return fail('sheet.wrongSchemeVersion', { found: text(id.schemeVersion), expected: doc.scheme.version });
  const evaluator = doc.evaluators.find((e) => e.id === text(id.evaluatorId));
  if (!evaluator) return fail('sheet.unknownEvaluator', { id: text(id.evaluatorId) });
  const who = { id: evaluator.id, name: evaluator.name };
  const language = (LANGUAGES as readonly string[]).includes(text(id.language)) ? (text(id.language) as Language) : 'zh-CN';
  // The checksum names the layout the sheet was exported with: today's, or an older one that maps row for row.
  const current = scoreSheetLayout(doc, evaluator.id, createTranslator(language));
  const layout = acceptedLayouts(current, doc).find((l) => hash(layoutSignature(l)) === text(id.checksum));
  if (!layout) return fail('papers.sheet.reexport', {}, who);
  const sheetName = text(id.sheet);
  const grid = sheet.sheets[sheetName];
  if (!grid) return fail('sheet.sheetMissing', { sheet: sheetName }, who);
  const structure = checkStructure(layout, grid, sheetName, file);
  if (structure.length) return { file, evaluatorId: who.id, evaluatorName: who.name, entries: [], problems: structure };

  const items = scoredItems(doc);
  const entries: EntryInput[] = [];
  const problems: SheetProblem[] = [];
  for (const item of layout.items) {
    const scored = items.get(item.itemId)!;
    for (const u of layout.units) {
      const result = readInput(
        grid[item.row - 1]?.[u.valueCol - 1] ?? null,
        grid[item.row - 1]?.[u.reasonCol - 1] ?? null,
        item.input,
        scored,
      );
      if (result === null) continue;
      if (!result.ok) {
        const col = result.onReason ? u.reasonCol : u.valueCol;
        // The item as its row reads in the sheet: the code (编号, as the grid and 汇审 name it), then the item.
        const name = item.code ? `${item.code} ${item.label}` : item.label;
        problems.push({
          file,
          place: `${sheetName}!${cellAddress(item.row, col)}`,
          where: `${u.name} · ${name}`,
          unit: u.name,
          criterion: name,
          key: result.key,
          params: result.params,
        });
        continue;
      }
      entries.push({
        evaluatorId: evaluator.id,
        unitId: u.unitId,
        criterionId: item.itemId,
        value: result.value,
        reason: result.reason,
        source: 'sheet',
      });
    }
  }
  return { file, evaluatorId: who.id, evaluatorName: who.name, entries: problems.length ? [] : entries, problems };
}
