// The frame every report sheet shares: a title row, a subtitle row, how it prints.
import { methodLabel } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { c, rangeAddress, wrappedLines } from '../workbook/cells';
import type { PrintModel, RowModel } from '../workbook/model';
import { headerText, type ReportContext } from './context';

/**
 * Width of an A4 landscape page in column units at about 75 % scale (1045 px printable at
 * 7 px per unit is 148 units at 100 %): beyond it the text would print too small to read, so
 * wider sheets print on more pages across, with their key columns repeated.
 */
export const PAGE_WIDTH_UNITS = 197;

/** Pages across for columns of these widths. */
export function pagesWide(columns: number[]): number {
  const total = columns.reduce((a, w) => a + w, 0);
  return Math.max(1, Math.ceil(total / PAGE_WIDTH_UNITS));
}

/** "2020年度… · 汇总排名". */
export function sheetTitle(ctx: ReportContext, sheet: MessageKey): string {
  return ctx.t('report.sheetTitle', { name: ctx.doc.name, sheet: ctx.t(sheet) });
}

/** The line under every title: method, ranking, completeness, generation time. */
export function subtitle(ctx: ReportContext): string {
  const incomplete = ctx.results.units.filter((u) => !u.complete).length;
  return ctx.t('report.subtitle', {
    method: methodLabel(ctx.results.method, ctx.t),
    ranking: ctx.t(`ranking.${ctx.results.settings.ranking}`),
    data: incomplete ? ctx.t('report.data.incomplete', { count: incomplete }) : ctx.t('report.data.complete'),
    time: ctx.input.generatedAt,
  });
}

/** Title and subtitle rows across the columns of these widths, and their merges; the subtitle wraps. */
export function titleBlock(title: string, sub: string, widths: number[]): { rows: RowModel[]; merges: string[] } {
  const width = widths.length;
  const units = widths.reduce((a, w) => a + w, 0);
  return {
    rows: [
      { cells: [c(title, 'title')], height: 24 },
      { cells: [c(sub, 'subtitle')], height: linesHeight(wrappedLines(sub, units)) },
    ],
    merges: width > 1 ? [rangeAddress(1, 1, 1, width), rangeAddress(2, 1, 2, width)] : [],
  };
}

/** A4 landscape, header rows repeated, title (and 未定稿 while not finalized) in the page header, page x of y in the footer. */
export function printSetup(
  ctx: ReportContext,
  title: string,
  columns: number[],
  titleRows: [number, number],
  titleCols?: [number, number],
): PrintModel {
  const wide = pagesWide(columns);
  return {
    titleRows,
    ...(titleCols ? { titleCols } : {}),
    pagesWide: wide,
    ...(wide > 1 ? { areaFromRow: titleRows[0] } : {}),
    // While the results may still change, every printed page says so in its corners (未定稿).
    header: `${ctx.doc.status === 'finalized' ? '' : `&L&B${headerText(ctx.t('papers.provisional'))}`}&C&B${headerText(title)}${ctx.doc.status === 'finalized' ? '' : `&R&B${headerText(ctx.t('papers.provisional'))}`}`,
    footer: `&L${headerText(ctx.t('report.footer.generated', { time: ctx.input.generatedAt }))}&C${ctx.t('report.footer.page')}&R${headerText(ctx.t('report.method.versionValue', { version: ctx.input.appVersion }))}`,
  };
}

/** Row height in points for a number of text lines at the body size. */
export function linesHeight(lines: number): number {
  return Math.max(15, Math.ceil(lines * 13 + 3));
}
