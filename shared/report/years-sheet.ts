// Sheet 5, 同比分析: totals and ranks over all years, the change since last year by section,
// and the trend charts (totals, and ranks on an inverted axis), each on its own page.
import { c, fitWidth, rangeAddress, wrappedLines } from '../workbook/cells';
import type { ImageModel, RowModel, SheetModel } from '../workbook/model';
import { chartBlock } from './chart-block';
import { changeStyle, yearHistory, type ReportContext } from './context';
import { linesHeight, printSetup, sheetTitle, titleBlock } from './frame';
import { groupedHeader, type HeaderColumn } from './headers';
import type { ChartSpec } from './report-charts';

const SECTION_WIDTH = 12;

/** The year-on-year sheet; `charts` are the totals and ranks line charts (none with a single year). */
export function yearsSheet(ctx: ReportContext, charts: ChartSpec[]): SheetModel {
  const { t, comparison, previous } = ctx;
  const h = yearHistory(ctx);
  const order = new Map(ctx.ranked.map((u, i) => [u.unitName, i]));
  const units = [...h.units].sort((a, b) => (order.get(a.name) ?? Infinity) - (order.get(b.name) ?? Infinity));
  const changeByName = new Map(ctx.ranked.map((u) => [u.unitName, ctx.changes.get(u.unitId)]));
  const vs = previous ? t('report.col.vsYear', { year: previous.doc.year }) : undefined;
  const sections = comparison.units[0]?.sections ?? [];
  const sectionGroup = previous ? t('report.years.sections', { year: previous.doc.year }) : '';
  // One table: a second table below with other columns would print under the first one's repeated headers.
  const columns: HeaderColumn[] = [
    {
      label: t('results.col.unit'),
      width: fitWidth(
        units.map((u) => u.name),
        10,
        24,
      ),
    },
    ...h.years.flatMap((y) => [
      { label: t('results.col.total'), group: t('report.col.year', { year: y }), width: 9 },
      { label: t('results.col.rank'), group: t('report.col.year', { year: y }), width: 6 },
    ]),
    ...(vs
      ? [
          { label: t('results.col.totalChange'), group: vs, width: 9 },
          { label: t('results.col.rankChange'), group: vs, width: 9 },
        ]
      : []),
    ...sections.map((s) => ({ label: s.title, group: sectionGroup, width: SECTION_WIDTH })),
  ];
  const widths = columns.map((x) => x.width);
  const title = sheetTitle(ctx, 'report.sheet.years');
  const scope = t('report.years.scope', { first: h.years[0] ?? ctx.doc.year, last: h.years.at(-1) ?? ctx.doc.year });
  const frame = titleBlock(title, scope, widths);
  const header = groupedHeader(columns, 3);
  const rows: RowModel[] = [...frame.rows, ...header.rows];
  const merges = [...frame.merges, ...header.merges];
  for (const u of units) {
    const change = changeByName.get(u.name);
    rows.push({
      cells: [
        c(u.name, 'text'),
        ...u.totals.flatMap((total, i) => [c(total, 'number'), c(u.ranks[i] ?? null, 'integer')]),
        ...(vs
          ? [
              change?.totalChange == null ? c(null, 'number') : c(change.totalChange, changeStyle(change.totalChange, 'total')),
              change?.rankChange == null ? c(null, 'integer') : c(change.rankChange, changeStyle(change.rankChange, 'rank')),
            ]
          : []),
        ...sections.map((_, i) => {
          const s = change?.sections[i];
          return s ? c(s.change, changeStyle(s.change, 'total')) : c(null, 'number');
        }),
      ],
    });
  }
  const note = (text: string) => {
    rows.push({
      cells: [c(text, 'note')],
      height: linesHeight(
        wrappedLines(
          text,
          widths.reduce((a, w) => a + w, 0),
        ),
      ),
    });
    merges.push(rangeAddress(rows.length, 1, rows.length, widths.length));
  };
  rows.push({ cells: [] });
  if (!previous) note(t('report.years.none'));
  if (comparison.unmatchedUnits.current.length)
    note(t('report.years.unmatchedUnits', { names: comparison.unmatchedUnits.current.join(t('report.sep.list')) }));
  const { current: cur, previous: prev } = comparison.unmatchedSections;
  if (cur.length || prev.length) {
    const none = t('report.method.none');
    note(
      t('report.years.unmatchedSections', {
        current: cur.map((s) => s.title).join(t('report.sep.list')) || none,
        previous: prev.map((s) => s.title).join(t('report.sep.list')) || none,
      }),
    );
  }
  const images: ImageModel[] = [];
  const breaksAfter: number[] = [];
  for (const spec of charts) {
    breaksAfter.push(rows.length);
    const block = chartBlock(ctx, spec, rows.length + 1, widths.length);
    rows.push(...block.rows);
    images.push(...block.images);
    merges.push(...block.merges);
    // Room below the picture, so the next chart starts after it on the sheet as on paper.
    if (block.images.length) for (let i = 0; i < Math.ceil(spec.height / 20); i++) rows.push({ cells: [], height: 15 });
  }
  return {
    name: t('report.sheet.years'),
    columns: widths,
    rows: () => rows,
    merges,
    freeze: { rows: 4, cols: 1 },
    print: printSetup(ctx, title, widths, [3, 4]),
    images,
    validations: [],
    breaksAfter: breaksAfter.filter((r) => r > 4),
  };
}
