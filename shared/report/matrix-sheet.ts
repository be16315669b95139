// Sheet 2, 分项得分: units × criteria, grouped by section, with the points row and subtotals.
import type { CellResult } from '../scoring/types';
import { c, fitWidth, textWidth } from '../workbook/cells';
import type { CellModel, RowModel, SheetModel } from '../workbook/model';
import { short, type ReportContext } from './context';
import { printSetup, sheetTitle, titleBlock } from './frame';
import { groupedHeader, type HeaderColumn } from './headers';

const LEAF_WIDTH = 9;
/** A criterion's header shows at most this many lines; the full title is on the 说明 sheet. */
const HEADER_LINES = 6;

/** A text cut to fit `units` of width, ending in "…" when cut. */
export function truncate(text: string, units: number): string {
  if (textWidth(text) <= units) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch) > units - 2) break;
    out += ch;
  }
  return `${out}…`;
}

/** One leaf cell: the combined score, or 不适用 / 未评 in words. */
export function leafCell(cell: CellResult | undefined, words: { missing: string; na: string }): CellModel {
  if (!cell || cell.state === 'missing') return c(words.missing, 'muted');
  if (cell.state === 'na') return c(words.na, 'muted');
  return c(cell.score, 'number');
}

/** The indicator matrix sheet. */
export function matrixSheet(ctx: ReportContext): SheetModel {
  const { t, doc, leaves, results } = ctx;
  const sections = doc.scheme.criteria;
  const columns: HeaderColumn[] = [
    { label: t('results.col.rank'), width: 6 },
    {
      label: t('results.col.unit'),
      width: fitWidth(
        ctx.ranked.map((u) => u.unitName),
        10,
        24,
      ),
    },
  ];
  // Which leaves belong to which section, in document order: columns of a section, then its subtotal.
  const plan: ({ kind: 'leaf'; index: number } | { kind: 'subtotal'; section: number })[] = [];
  sections.forEach((s, si) => {
    const group = `${s.number}${s.title}${t('report.pointsSuffix', { points: short(s.points) })}`;
    leaves.forEach((l, li) => {
      if (l.sectionIndex !== si) return;
      plan.push({ kind: 'leaf', index: li });
      columns.push({
        label: truncate(`${l.criterion.number}${l.criterion.title}`, (LEAF_WIDTH - 1) * HEADER_LINES),
        group,
        width: LEAF_WIDTH,
      });
    });
    plan.push({ kind: 'subtotal', section: si });
    columns.push({ label: t('report.col.subtotal'), group, width: LEAF_WIDTH });
  });
  columns.push(
    { label: t('report.col.baseTotal'), width: 9 },
    { label: t('results.col.bonus'), width: 8 },
    { label: t('results.col.total'), width: 9 },
  );
  const widths = columns.map((x) => x.width);
  const title = sheetTitle(ctx, 'report.sheet.matrix');
  const frame = titleBlock(title, t('report.matrix.scope'), widths.slice(0, 14));
  const header = groupedHeader(columns, 3);
  const points: RowModel = {
    cells: [
      c(null, 'header'),
      c(t('report.col.points'), 'header'),
      ...plan.map((p) => c(p.kind === 'leaf' ? leaves[p.index]!.criterion.points : sections[p.section]!.points, 'points')),
      c(doc.scheme.total, 'points'),
      c(doc.scheme.bonus.cap, 'points'),
      c(null, 'points'),
    ],
  };
  const head = [...frame.rows, ...header.rows, points];
  const words = { missing: t('report.cell.missing'), na: t('report.cell.na') };
  return {
    name: t('report.sheet.matrix'),
    columns: widths,
    rows: function* () {
      yield* head;
      for (const u of ctx.ranked) {
        const cells = results.cells[u.unitId] ?? [];
        yield {
          cells: [
            u.rank === null ? c(t('report.cell.dash'), 'muted') : c(u.rank, 'integer'),
            c(u.unitName, 'text'),
            ...plan.map((p) => (p.kind === 'leaf' ? leafCell(cells[p.index], words) : c(u.sections[p.section]!.score, 'numberBold'))),
            c(u.baseTotal, 'number'),
            u.bonus ? c(u.bonus, 'number') : c(null, 'number'),
            c(u.total, 'numberBold'),
          ],
        };
      }
    },
    merges: [...frame.merges, ...header.merges],
    freeze: { rows: 5, cols: 2 },
    print: printSetup(ctx, title, widths, [3, 5], [1, 2]),
    images: [],
    validations: [],
  };
}
