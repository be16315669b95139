// Sheet 7, 修改记录: the audit trail, so the report carries every change with who, when, the old
// and new value and the reason (imports, conflict picks, finalizing and reopening included).
import { scoredItems } from '../assessment/criteria';
import { auditLine } from '../packages/audit-text';
import { localDateTime } from '../text/local-time';
import { c, rangeAddress, wrappedLines } from '../workbook/cells';
import type { RowModel, SheetModel } from '../workbook/model';
import type { ReportContext } from './context';
import { linesHeight, printSetup, sheetTitle, titleBlock } from './frame';
import { groupedHeader, type HeaderColumn } from './headers';

const WIDTHS = { at: 19, actor: 12, action: 22, subject: 40, before: 28, after: 28, reason: 30 };
const FIRST_BODY_ROW = 5;

/**
 * The audit sheet: one row per record in words (auditLine), oldest first by each record's own
 * time (an import adds the evaluator's laptop records after the office's later ones; records
 * of one moment keep the order they were recorded in), times in local time. Rows are produced
 * while the sheet is written, so a long trail costs no memory beyond its order.
 */
export function auditSheet(ctx: ReportContext): SheetModel {
  const { t, doc } = ctx;
  const columns: HeaderColumn[] = [
    { label: t('audit.col.at'), width: WIDTHS.at },
    { label: t('audit.col.actor'), width: WIDTHS.actor },
    { label: t('audit.col.action'), width: WIDTHS.action },
    { label: t('audit.col.subject'), width: WIDTHS.subject },
    { label: t('audit.col.before'), width: WIDTHS.before },
    { label: t('audit.col.after'), width: WIDTHS.after },
    { label: t('audit.col.reason'), width: WIDTHS.reason },
  ];
  const widths = columns.map((x) => x.width);
  const title = sheetTitle(ctx, 'report.sheet.audit');
  const frame = titleBlock(title, t('report.audit.scope', { count: doc.audit.length }), widths);
  const header = groupedHeader(columns, 3);
  const items = scoredItems(doc);
  function* rows(): Iterable<RowModel> {
    yield* frame.rows;
    yield* header.rows;
    if (doc.audit.length === 0) {
      yield { cells: [c(t('report.audit.none'), 'muted')] };
      return;
    }
    const order = doc.audit
      .map((_, i) => i)
      .sort((a, b) => (doc.audit[a]!.at < doc.audit[b]!.at ? -1 : doc.audit[a]!.at > doc.audit[b]!.at ? 1 : a - b));
    for (const i of order) {
      const line = auditLine(doc.audit[i]!, doc, t, items);
      const lines = Math.max(
        wrappedLines(line.action, WIDTHS.action),
        wrappedLines(line.subject, WIDTHS.subject),
        wrappedLines(line.before, WIDTHS.before),
        wrappedLines(line.after, WIDTHS.after),
        wrappedLines(line.reason, WIDTHS.reason),
      );
      yield {
        cells: [
          c(localDateTime(line.at, true), 'text'),
          c(line.actor, 'text'),
          c(line.action, 'textWrap'),
          c(line.subject, 'textWrap'),
          c(line.before, 'textWrap'),
          c(line.after, 'textWrap'),
          c(line.reason, 'textWrap'),
        ],
        height: linesHeight(Math.min(lines, 8)),
      };
    }
  }
  return {
    name: t('report.sheet.audit'),
    columns: widths,
    rows,
    merges: [...frame.merges, ...header.merges],
    freeze: { rows: FIRST_BODY_ROW - 1, cols: 1 },
    print: printSetup(ctx, title, widths, [3, 4]),
    images: [],
    validations: [],
    autoFilter: doc.audit.length > 0 ? rangeAddress(FIRST_BODY_ROW - 1, 1, FIRST_BODY_ROW - 1, columns.length) : undefined,
  };
}
