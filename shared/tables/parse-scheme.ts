import { UserError } from '../errors';
import { lineCount, parsePlan } from '../plan/parse-plan';
import { PLAN_LIMITS } from '../plan/limits';
import type { TextKind } from '../plan/paragraphs';
import type { ParseOptions, PlanTree } from '../plan/types';
import { toHalfWidth } from '../text/normalize';
import type { ColumnRole, Grid } from './grid';
import { findHeader } from './header';
import { parseTable } from './parse-table';
import { fieldPerLineGrid, isFieldPerLine } from './pdf-lines';
import { textGrid } from './text-grid';
import { readLabel } from '../plan/numbering';
import { parseProcedural, partList, proceduralDoc } from './scheme-parts';
import type { DocPart } from '../plan/parts';

/** Prose plans number nearly every paragraph; tables copied from a PDF rarely number their items. */
function mostlyNumbered(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 6);
  return lines.filter((l) => readLabel(l) !== null).length >= lines.length * 0.5;
}

/** A document as read from a file: its text, and its tables when the format has them (.xlsx, .docx). */
export interface SchemeSource {
  text: string;
  kind: TextKind;
  /** Tables of the document in order; for a .docx, with the paragraphs before each. */
  tables?: { grid: Grid; preamble: string[] }[];
}

export interface SchemeOptions extends ParseOptions {
  /** Column roles chosen by the user (--columns or the 方案 screen's mapping). */
  columns?: ColumnRole[];
  /** A 考核办法: the part holding the items, by label, title words or "表格" (--part, the 方案 screen's chooser). */
  part?: string;
}

const RESULTS_TITLE = /关于[^\n]{0,60}(考核|考评|评价)(工作)?结果的?通报|(优秀|良好|合格|达标)(等次|单位)[:：]/;

/** True when a document reads as a notice of results (考核结果通报) rather than a scheme. */
export function looksLikeResults(text: string): boolean {
  const half = toHalfWidth(text);
  return RESULTS_TITLE.test(half) && !/评分标准|评分细则|考核内容|考核指标|分值/.test(half);
}

function pickTable(tables: NonNullable<SchemeSource['tables']>, columns: ColumnRole[] | undefined) {
  if (columns) return tables.find((t) => t.grid.some((r) => r.some((c) => c.text.trim()))) ?? null;
  const withHeader = tables.filter((t) => findHeader(t.grid) !== null);
  return withHeader.sort((a, b) => b.grid.length - a.grid.length)[0] ?? null;
}

/** The parts of a document when it is a 考核办法 (see scheme-parts.ts), else null: for the 方案 screen's chooser. */
export function schemeParts(source: SchemeSource, options: SchemeOptions = {}): DocPart[] | null {
  const table = source.tables?.length ? pickTable(source.tables, options.columns) : null;
  const doc = proceduralDoc(source, table);
  return doc ? partList(doc) : null;
}

/**
 * Reads any scheme document into a criteria tree: a scoring table (a file's table, a table pasted
 * as text with tabs or bars, or a PDF copy with one field per line) or a numbered prose plan.
 * A notice of results is refused in one line instead of being guessed into a tree.
 */
export function parseScheme(source: SchemeSource, options: SchemeOptions = {}): PlanTree {
  const file = options.fileName ?? '';
  const tableOptions = { total: options.total, fileName: options.fileName, roles: options.columns };
  // Before any table reader walks the text: a hostile paste of a million lines is refused by its count.
  const lines = lineCount(source.text, PLAN_LIMITS.lines);
  if (lines > PLAN_LIMITS.lines)
    throw new UserError('hardening.planTooManyLines', { file, count: `> ${PLAN_LIMITS.lines}`, limit: PLAN_LIMITS.lines });
  const table = source.tables?.length ? pickTable(source.tables, options.columns) : null;
  // A 考核办法 whose articles are rules about the assessment: its items are read from one part (or its table).
  const grid = table ? null : textGrid(source.text);
  const procedural = grid && (options.columns || findHeader(grid)) ? null : proceduralDoc(source, table);
  if (procedural) return parseProcedural(procedural, options, tableOptions);
  if (source.tables?.length) {
    if (table) return parseTable(table.grid, { ...tableOptions, preamble: table.preamble });
    if (!source.text.trim())
      throw new UserError(looksLikeResults(source.text) ? 'error.looksLikeResults' : 'error.tableNoHeader', { file });
  }
  if (looksLikeResults(source.text)) throw new UserError('error.looksLikeResults', { file });
  if (grid && (options.columns || findHeader(grid))) return parseTable(grid, tableOptions);
  if (options.columns && !grid) throw new UserError('error.tableNoHeader', { file });
  if (isFieldPerLine(source.text) && !mostlyNumbered(source.text)) return parseTable(fieldPerLineGrid(source.text), tableOptions);
  try {
    return { ...parsePlan(source.text, source.kind, options), source: 'plan' };
  } catch (e) {
    // A workbook or a document whose tables had no header and whose text has no numbering: say what is missing.
    if (source.tables?.length && e instanceof UserError && e.key === 'error.planNoStructure')
      throw new UserError('error.tableNoHeader', { file });
    throw e;
  }
}
