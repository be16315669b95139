import { UserError } from '../errors';
import { detectYear } from '../plan/front-matter';
import { splitParagraphs } from '../plan/paragraphs';
import { parsePlan } from '../plan/parse-plan';
import { findPart, guessItemsPart, isProcedural, partBody, splitParts, type DocPart, type PartText } from '../plan/parts';
import { readLabel } from '../plan/numbering';
import type { PlanTree } from '../plan/types';
import type { Grid } from './grid';
import { parseTable, type TableOptions } from './parse-table';
import type { SchemeOptions, SchemeSource } from './parse-scheme';

/** A 考核办法 as read: its front paragraphs, its parts, and the table its items may stand in. */
export interface ProceduralDoc {
  front: string[];
  all: string[];
  parts: PartText[];
  table: { grid: Grid; preamble: string[] } | null;
}

/** What a part is called in messages and the chooser: "第二章 考核内容", or the table's title. */
export function partName(p: DocPart): string {
  // An article's "title" is its whole first sentence: a name needs only its start.
  const head = [...p.title.split(/[，,；;]/)[0]!];
  const cut = head.length > 20 ? head.slice(0, 18).join('') : head.join('');
  const title = cut.length < p.title.length ? `${cut}…` : p.title;
  return `${p.label} ${title}`.trim();
}

/** The table's title: the last short paragraph before it ("附件：2025年度考核评分细则"), else "表格". */
function tableTitle(preamble: string[]): string {
  const last = preamble.at(-1) ?? '';
  return last && last.length <= 60 && readLabel(last) === null ? last.replace(/^附件\s*\d*\s*[:：]?\s*/, '') || last : '表格';
}

/**
 * Reads a document as a 考核办法 when its numbered parts are rules about the assessment rather
 * than items (see isProcedural); null otherwise, and the document is read as before. For a .docx
 * whose items stand in an attached table, the parts are the paragraphs before that table, and the
 * table is one more part.
 */
export function proceduralDoc(source: SchemeSource, table: ProceduralDoc['table']): ProceduralDoc | null {
  const all = table ? table.preamble : splitParagraphs(source.text, source.kind);
  const start = all.findIndex((p) => readLabel(p) !== null);
  if (start < 0) return null;
  const parts = splitParts(all.slice(start));
  if (!isProcedural(parts)) return null;
  if (table) {
    const title = tableTitle(table.preamble);
    parts.push({ id: '表格', label: '', title, kind: 'table', size: table.grid.length, paragraphs: [] });
  }
  return { front: all.slice(0, start), all, parts, table };
}

/** The parts as the user chooses among them (no paragraphs). */
export function partList(doc: ProceduralDoc): DocPart[] {
  return doc.parts.map(({ paragraphs: _p, ...part }) => part);
}

/**
 * Reads the items of a 考核办法 from the part the user chose (`options.part`), else from its
 * attached table, else from the part that looks like it holds them; says so in one warning that
 * names the procedural parts. Throws UserError naming the file when no part holds items.
 */
export function parseProcedural(doc: ProceduralDoc, options: SchemeOptions, tableOptions: TableOptions): PlanTree {
  const file = options.fileName ?? '';
  const names = (ps: DocPart[]) => ps.map(partName).join('、');
  let chosen: PartText | null;
  if (options.part !== undefined) {
    chosen = findPart(doc.parts, options.part);
    if (!chosen) throw new UserError('error.partNotFound', { file, part: options.part, parts: names(doc.parts) });
  } else {
    const table = doc.parts.find((p) => p.kind === 'table');
    chosen = table ?? (guessItemsPart(doc.parts) as PartText | null);
    if (!chosen)
      throw new UserError('error.partsNoItems', { file, parts: names(doc.parts.filter((p) => p.kind === 'procedure').slice(0, 6)) });
  }
  let plan: PlanTree;
  if (chosen.kind === 'table' && doc.table) {
    plan = parseTable(doc.table.grid, { ...tableOptions, preamble: doc.front });
  } else {
    const body = partBody(chosen);
    if (body.filter((p) => readLabel(p) !== null).length < 2) throw new UserError('error.partHasNoItems', { file, part: partName(chosen) });
    plan = { ...parsePlan([...doc.front, ...body].join('\n'), 'text', options), source: 'plan' };
    // The signing date stands at the very end, after the articles that were left out.
    plan.year ??= detectYear(plan.title, '', options.fileName, doc.all);
  }
  const procedural = doc.parts.filter((p) => p.kind === 'procedure');
  const shown = procedural.slice(0, 4);
  const more = procedural.length - shown.length;
  plan.warnings.unshift({
    code: 'procedureParts',
    params: { parts: names(shown) + (more > 0 ? `…(+${more})` : ''), chosen: partName(chosen) },
  });
  return { ...plan, parts: { list: partList(doc), chosen: chosen.id } };
}
