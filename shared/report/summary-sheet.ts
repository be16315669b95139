// Sheet 1, 汇总排名: who ranks where, with which grade, why, and how it moved since last year;
// the ranking chart on the page after.
import { scoredItems } from '../assessment/criteria';
import { gradeLabel } from '../i18n/labels';
import type { UnitResult } from '../scoring/types';
import { unitNotes, unitNotesText } from '../scoring/unit-notes';
import { c, fitWidth, rangeAddress, wrappedLines } from '../workbook/cells';
import type { RowModel, SheetModel } from '../workbook/model';
import { chartBlock } from './chart-block';
import { changeStyle, gradeStyle, short, type ReportContext } from './context';
import { linesHeight, printSetup, sheetTitle, subtitle, titleBlock } from './frame';
import { groupedHeader, type HeaderColumn } from './headers';
import type { ChartSpec } from './report-charts';

const NOTE_WIDTH = 26;
const SECTION_WIDTH = 12;

/** The 说明 of a unit: veto and 否优项 items by name, quota, N/A, gaps, provisional rank. */
export function unitNote(ctx: ReportContext, u: UnitResult): string {
  const { t } = ctx;
  const items = scoredItems(ctx.doc);
  const titles = (ids: string[]) =>
    ids
      .map((id) => {
        const it = items.get(id);
        return it && it.kind !== 'leaf' ? it.item.title : id;
      })
      .join(t('report.sep.list'));
  return unitNotesText(unitNotes(u, titles), t);
}

/** Notes under the table: units waiting, quota ties, no previous year. */
export function summaryNotes(ctx: ReportContext): string[] {
  const { t, results } = ctx;
  const notes: string[] = [];
  const waiting = results.units.filter((u) => u.rank === null).length;
  if (waiting > 0) notes.push(t('results.waiting', { count: waiting }));
  if (results.quota.exceededByTie)
    notes.push(
      t('results.quotaTie', { count: results.quota.count ?? 0, kept: results.units.filter((u) => u.grade === 'excellent').length }),
    );
  if (!ctx.previous) notes.push(t('report.years.none'));
  return notes;
}

/** The summary sheet; `chart` is the ranking chart's spec. */
export function summarySheet(ctx: ReportContext, chart: ChartSpec): SheetModel {
  const { t, doc, previous } = ctx;
  const sections = doc.scheme.criteria;
  const vsYear = previous ? t('report.col.vsYear', { year: previous.doc.year }) : undefined;
  const sectionGroup = t('report.col.sections');
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
    { label: t('results.col.total'), width: 9 },
    { label: t('results.col.bonus'), width: 8 },
    { label: t('results.col.grade'), width: 9 },
    { label: t('results.col.note'), width: NOTE_WIDTH },
    ...(vsYear
      ? [
          { label: t('results.col.rankChange'), group: vsYear, width: 9 },
          { label: t('results.col.totalChange'), group: vsYear, width: 10 },
        ]
      : []),
    ...sections.map((s) => ({
      label: `${s.number}${s.title}${t('report.pointsSuffix', { points: short(s.points) })}`,
      group: sectionGroup,
      width: SECTION_WIDTH,
    })),
  ];
  const widths = columns.map((x) => x.width);
  const title = sheetTitle(ctx, 'report.sheet.summary');
  const frame = titleBlock(title, subtitle(ctx), widths);
  const header = groupedHeader(columns, 3);
  const body: RowModel[] = ctx.ranked.map((u) => {
    const change = ctx.changes.get(u.unitId);
    const note = unitNote(ctx, u);
    const cells = [
      u.rank === null ? c(t('report.cell.dash'), 'muted') : c(u.rank, 'integer'),
      c(u.unitName, 'text'),
      c(u.total, 'numberBold'),
      u.bonus ? c(u.bonus, 'number') : c(null, 'number'),
      c(gradeLabel(u.grade, doc.settings.gradeNames, t), gradeStyle(u.grade)),
      c(note, u.vetoed ? 'alert' : 'textWrap'),
      ...(vsYear
        ? [
            change?.rankChange == null ? c(null, 'integer') : c(change.rankChange, changeStyle(change.rankChange, 'rank')),
            change?.totalChange == null ? c(null, 'number') : c(change.totalChange, changeStyle(change.totalChange, 'total')),
          ]
        : []),
      ...u.sections.map((s) => c(s.score, 'number')),
    ];
    return { cells, height: linesHeight(wrappedLines(note, NOTE_WIDTH)) };
  });
  const rows: RowModel[] = [...frame.rows, ...header.rows, ...body];
  const merges = [...frame.merges, ...header.merges];
  const notes = summaryNotes(ctx);
  if (notes.length) rows.push({ cells: [] });
  for (const note of notes) {
    rows.push({
      cells: [c(note, 'note')],
      height: linesHeight(
        wrappedLines(
          note,
          widths.reduce((a, w) => a + w, 0),
        ),
      ),
    });
    merges.push(rangeAddress(rows.length, 1, rows.length, columns.length));
  }
  // 制表单位 / 制表人 / 审核人 / 日期, left blank to be written by hand (the office signs the printout).
  rows.push({ cells: [] });
  const signLine = [t('papers.report.madeBy'), t('papers.report.preparer'), t('papers.report.reviewer'), t('papers.report.date')].join(
    '　　　　　　　　',
  );
  rows.push({ cells: [c(signLine, 'heading')], height: 24 });
  merges.push(rangeAddress(rows.length, 1, rows.length, columns.length));
  const lastTableRow = rows.length;
  const block = chartBlock(ctx, chart, rows.length + 1, columns.length);
  rows.push(...block.rows);
  return {
    name: t('report.sheet.summary'),
    columns: widths,
    rows: () => rows,
    merges: [...merges, ...block.merges],
    freeze: { rows: 4, cols: 2 },
    print: printSetup(ctx, title, widths, [3, 4]),
    images: block.images,
    validations: [],
    breaksAfter: [lastTableRow],
    tabColor: '#3b6fb6',
  };
}
