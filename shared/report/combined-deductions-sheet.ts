// Sheet 扣分汇总: why each unit lost points, one row per unit and item, as the unit's papers say
// it — the points lost on the combined score (evaluators combined as the scoring engine does)
// and the evaluators' reasons merged, the same reason once. Each unit ends with a subtotal that
// agrees with 汇总排名. 扣分明细, beside it, keeps every evaluator's own lines.
import { gradeLabel, methodLabel } from '../i18n/labels';
import { allUnitFindings, totalLost, type UnitFindings } from '../papers/findings';
import { c, rangeAddress, wrappedLines } from '../workbook/cells';
import type { RowModel, SheetModel } from '../workbook/model';
import { criterionLabel, short, type ReportContext } from './context';
import { linesHeight, printSetup, sheetTitle, titleBlock } from './frame';
import { groupedHeader, type HeaderColumn } from './headers';

const W = { unit: 12, item: 50, points: 6, score: 8, lost: 8, reasons: 50 };

function height(texts: [string, number][]): number {
  return linesHeight(Math.max(1, ...texts.map(([text, width]) => wrappedLines(text, width))));
}

/** The rows of one unit: its items with points lost, its bonus and vetoes, its subtotal. */
function unitRows(ctx: ReportContext, f: UnitFindings): RowModel[] {
  const { t, doc } = ctx;
  const name = f.unit.unitName;
  const rows: RowModel[] = [];
  for (const item of f.items) {
    if (item.lost <= 0) continue;
    const label = criterionLabel(item.leaf.criterion);
    const reasons = item.reasons.join('\n');
    rows.push({
      cells: [
        c(name, 'text'),
        c(label, 'textWrap'),
        c(item.leaf.criterion.points, 'points'),
        c(item.cell.score, 'number'),
        c(item.lost, 'number'),
        reasons ? c(reasons, 'textWrap') : c(t('papers.combined.noReason'), 'muted'),
      ],
      height: height([
        [label, W.item],
        [reasons, W.reasons],
      ]),
    });
  }
  if (rows.length === 0) rows.push({ cells: [c(name, 'text'), c(t('papers.combined.none'), 'muted')] });
  if (f.bonus.points > 0) {
    const reasons = f.bonus.reasons.join('\n');
    rows.push({
      cells: [
        c(name, 'text'),
        c(t('report.kind.bonus'), 'textWrap'),
        c(doc.scheme.bonus.cap, 'points'),
        c(f.bonus.points, 'number'),
        c(null, 'number'),
        c(reasons, 'textWrap'),
      ],
      height: height([[reasons, W.reasons]]),
    });
  }
  for (const v of f.vetoes) {
    const label = `${t(v.item.effect === 'veto' ? 'report.kind.veto' : 'report.kind.barExcellent')}：${v.item.title}`;
    const reasons = v.reasons.join('\n') || t('papers.combined.noReason');
    rows.push({
      cells: [c(name, 'text'), c(label, 'alert'), c(null, 'points'), c(null, 'number'), c(null, 'number'), c(reasons, 'alert')],
      height: height([
        [label, W.item],
        [reasons, W.reasons],
      ]),
    });
  }
  const note = t('papers.combined.subtotalText', {
    base: f.unit.baseTotal.toFixed(2),
    na: f.unit.naPoints > 0 ? t('papers.combined.naNote', { points: short(f.unit.naPoints) }) : '',
    bonus: f.bonus.points.toFixed(2),
    total: f.unit.total.toFixed(2),
    grade: gradeLabel(f.unit.grade, doc.settings.gradeNames, t),
    rank: f.unit.rank === null ? t('papers.sheet.noRank') : t('papers.combined.rank', { rank: f.unit.rank }),
  });
  rows.push({
    cells: [
      c(name, 'label'),
      c(t('papers.combined.subtotal', { unit: name }), 'label'),
      c(doc.scheme.total, 'points'),
      c(f.unit.baseTotal, 'numberBold'),
      c(totalLost(f), 'numberBold'),
      c(note, 'label'),
    ],
    height: height([[note, W.reasons]]),
  });
  return rows;
}

/** The combined deductions sheet: every unit in ranking order. */
export function combinedDeductionsSheet(ctx: ReportContext): SheetModel {
  const { t, doc, results } = ctx;
  const columns: HeaderColumn[] = [
    { label: t('results.col.unit'), width: W.unit },
    { label: t('report.col.criterion'), width: W.item },
    { label: t('papers.col.points'), width: W.points },
    { label: t('papers.col.score'), width: W.score },
    { label: t('papers.col.lost'), width: W.lost },
    { label: t('papers.col.reasons'), width: W.reasons },
  ];
  const widths = columns.map((x) => x.width);
  const title = sheetTitle(ctx, 'report.sheet.combined');
  const frame = titleBlock(title, t('papers.combined.scope', { method: methodLabel(results.method, t) }), widths);
  const header = groupedHeader(columns, 3);
  const body = allUnitFindings(doc, results).flatMap((f) => unitRows(ctx, f));
  const rows = [...frame.rows, ...header.rows, ...body];
  return {
    name: t('report.sheet.combined'),
    columns: widths,
    rows: () => rows,
    merges: [...frame.merges, ...header.merges],
    freeze: { rows: 4, cols: 1 },
    print: printSetup(ctx, title, widths, [3, 4]),
    images: [],
    validations: [],
    autoFilter: rangeAddress(4, 1, 4, columns.length),
  };
}
