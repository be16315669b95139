// Where a chart goes on a sheet: its picture, or, when it could not be drawn, a line saying so.
import { c, rangeAddress } from '../workbook/cells';
import type { ImageModel, RowModel } from '../workbook/model';
import type { ReportContext } from './context';
import type { ChartSpec } from './report-charts';

export interface ChartBlock {
  /** Rows to append (a title line, or the line saying the chart is missing). */
  rows: RowModel[];
  images: ImageModel[];
  merges: string[];
}

/**
 * A chart placed at 1-based `row`, starting a new printed page: the picture anchored in
 * column A, or, if it could not be drawn, the reason in words where it would have been.
 */
export function chartBlock(ctx: ReportContext, spec: ChartSpec, row: number, width: number): ChartBlock {
  const missing = ctx.missingCharts.find((m) => m.id === spec.id);
  if (missing) {
    const text = ctx.t('report.chart.missing', { chart: missing.title, reason: missing.reason });
    return { rows: [{ cells: [c(text, 'alert')], height: 30 }], images: [], merges: width > 1 ? [rangeAddress(row, 1, row, width)] : [] };
  }
  return {
    rows: [{ cells: [] }],
    images: [{ imageId: spec.id, col: 0, row: row - 1, width: spec.width, height: spec.height }],
    merges: [],
  };
}
