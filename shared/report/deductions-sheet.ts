// Sheet 4, 扣分明细: why each unit lost (or gained) points, in the evaluators' own words.
import { scoredItems } from '../assessment/criteria';
import { leafScore } from '../assessment/rules';
import type { ScoreEntry } from '../assessment/schema';
import { c, wrappedLines } from '../workbook/cells';
import type { CellModel, RowModel, SheetModel } from '../workbook/model';
import { changeStyle, criterionLabel, short, type ReportContext } from './context';
import { linesHeight, printSetup, sheetTitle, titleBlock } from './frame';
import { groupedHeader, type HeaderColumn } from './headers';

/** One line of the sheet, before it becomes cells. */
export interface DeductionLine {
  unitId: string;
  item: string;
  evaluator: string;
  kind: 'deduction' | 'loss' | 'na' | 'bonus' | 'veto' | 'barExcellent';
  /** Negative for points taken, positive for bonus, null where no points move. */
  points: number | null;
  reason: string;
  evidence: string;
  remark: string;
}

/**
 * Every deduction occurrence, and every entry that lost points, added bonus, triggered a veto
 * item or was not applicable, when it carries a reason or evidence; in ranking order, then
 * criterion order, then evaluator order.
 */
export function deductionLines(ctx: ReportContext): DeductionLine[] {
  const { doc, t } = ctx;
  const items = scoredItems(doc);
  const itemOrder = new Map([...items.keys()].map((id, i) => [id, i]));
  const unitOrder = new Map(ctx.ranked.map((u, i) => [u.unitId, i]));
  const evaluatorOrder = new Map(doc.evaluators.map((e, i) => [e.id, i]));
  const names = new Map(doc.evaluators.map((e) => [e.id, e.name]));
  const sorted = doc.entries
    .filter((e) => e.value.kind !== 'score' || e.reason || e.evidence)
    .sort(
      (a, b) =>
        (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0) ||
        (itemOrder.get(a.criterionId) ?? 0) - (itemOrder.get(b.criterionId) ?? 0) ||
        (evaluatorOrder.get(a.evaluatorId) ?? 0) - (evaluatorOrder.get(b.evaluatorId) ?? 0),
    );
  const lines: DeductionLine[] = [];
  const clause = t('report.sep.clause');
  const explained = (e: ScoreEntry) => !!(e.reason.trim() || e.evidence.trim());
  for (const e of sorted) {
    const item = items.get(e.criterionId);
    if (!item) continue;
    const base = { unitId: e.unitId, evaluator: names.get(e.evaluatorId) ?? e.evaluatorId, evidence: e.evidence, remark: e.note };
    if (item.kind === 'bonus') {
      if (e.value.kind !== 'bonus') continue;
      for (const a of e.value.achievements) {
        const level = item.item.levels[a.level];
        lines.push({
          ...base,
          item: `${t('report.kind.bonus')}：${item.item.title}`,
          kind: 'bonus',
          points: level?.points ?? 0,
          reason: a.reason || a.name,
          remark: [level?.label, e.note].filter(Boolean).join(clause),
        });
      }
      continue;
    }
    if (item.kind === 'veto') {
      if (e.value.kind === 'veto' && e.value.triggered)
        lines.push({
          ...base,
          item: item.item.title,
          kind: item.item.effect === 'veto' ? 'veto' : 'barExcellent',
          points: null,
          reason: e.reason,
        });
      continue;
    }
    const { criterion, rule } = item.leaf;
    const label = criterionLabel(criterion);
    if (e.value.kind === 'na') {
      if (explained(e)) lines.push({ ...base, item: label, kind: 'na', points: null, reason: e.reason });
      continue;
    }
    if (e.value.kind === 'deductions' && rule.kind === 'deduction') {
      for (const o of e.value.occurrences) {
        lines.push({
          ...base,
          item: label,
          kind: 'deduction',
          points: -o.count * rule.perOccurrence,
          reason: o.reason,
          remark: [t('report.note.occurrences', { count: o.count, per: short(rule.perOccurrence) }), e.note].filter(Boolean).join(clause),
        });
      }
      continue;
    }
    const earned = leafScore(e.value, rule, criterion.points, e.unitId) ?? criterion.points;
    const lost = criterion.points - earned;
    if (lost > 0.005 && explained(e)) lines.push({ ...base, item: label, kind: 'loss', points: -lost, reason: e.reason });
  }
  return lines;
}

const WIDTHS = { unit: 12, item: 30, evaluator: 9, kind: 9, points: 8, reason: 40, evidence: 24, remark: 16 };

/** The deductions sheet. */
export function deductionsSheet(ctx: ReportContext): SheetModel {
  const { t } = ctx;
  const columns: HeaderColumn[] = [
    { label: t('results.col.unit'), width: WIDTHS.unit },
    { label: t('report.col.criterion'), width: WIDTHS.item },
    { label: t('report.col.evaluator'), width: WIDTHS.evaluator },
    { label: t('report.col.kind'), width: WIDTHS.kind },
    { label: t('report.col.deducted'), width: WIDTHS.points },
    { label: t('report.col.reason'), width: WIDTHS.reason },
    { label: t('report.col.evidence'), width: WIDTHS.evidence },
    { label: t('report.col.remark'), width: WIDTHS.remark },
  ];
  const widths = columns.map((x) => x.width);
  const title = sheetTitle(ctx, 'report.sheet.deductions');
  const frame = titleBlock(title, t('report.deductions.scope'), widths);
  const header = groupedHeader(columns, 3);
  const unitName = new Map(ctx.doc.units.map((u) => [u.id, u.name]));
  const lines = deductionLines(ctx);
  const body: RowModel[] = lines.map((l) => {
    const cells: CellModel[] = [
      c(unitName.get(l.unitId) ?? l.unitId, 'text'),
      c(l.item, 'textWrap'),
      c(l.evaluator, 'text'),
      c(t(`report.kind.${l.kind}`), l.kind === 'veto' ? 'alert' : 'textCenter'),
      l.points === null ? c(null, 'number') : c(l.points, changeStyle(l.points, 'total')),
      c(l.reason, 'textWrap'),
      c(l.evidence, 'textWrap'),
      c(l.remark, 'textWrap'),
    ];
    const lines = Math.max(
      wrappedLines(l.item, WIDTHS.item),
      wrappedLines(l.reason, WIDTHS.reason),
      wrappedLines(l.evidence, WIDTHS.evidence),
      wrappedLines(l.remark, WIDTHS.remark),
    );
    return { cells, height: linesHeight(lines) };
  });
  if (body.length === 0) body.push({ cells: [c(t('report.deductions.none'), 'muted')] });
  const rows = [...frame.rows, ...header.rows, ...body];
  return {
    name: t('report.sheet.deductions'),
    columns: widths,
    rows: () => rows,
    merges: [...frame.merges, ...header.merges],
    freeze: { rows: 4, cols: 1 },
    print: printSetup(ctx, title, widths, [3, 4]),
    images: [],
    validations: [],
  };
}
