// The year-end report as a workbook model: eight sheets, their charts, the file's properties.
import type { Translate } from '../i18n/messages';
import type { WorkbookModel } from '../workbook/model';
import { auditSheet } from './audit-sheet';
import { reportContext, type MissingChart, type ReportInput } from './context';
import { combinedDeductionsSheet } from './combined-deductions-sheet';
import { deductionsSheet } from './deductions-sheet';
import { evaluatorsSheet } from './evaluators-sheet';
import { matrixSheet } from './matrix-sheet';
import { methodSheet } from './method-sheet';
import { reportCharts, type ChartSpec } from './report-charts';
import { summarySheet } from './summary-sheet';
import { yearsSheet } from './years-sheet';

/** The report's charts (configs and sizes), to be drawn before the workbook is built. */
export function reportChartSpecs(input: ReportInput, t: Translate): ChartSpec[] {
  return reportCharts(reportContext(input, t));
}

/**
 * The year-end report: 汇总排名, 分项得分, 评委明细, 扣分汇总, 扣分明细, 同比分析, 说明, 修改记录, in the
 * language of `t`. `missing` names the charts that could not be drawn: the sheets say so where
 * they would have been, and the 说明 sheet lists them.
 */
export function buildReport(input: ReportInput, t: Translate, missing: MissingChart[] = []): WorkbookModel {
  const ctx = reportContext(input, t, missing);
  const charts = reportCharts(ctx);
  const ranking = charts.find((ch) => ch.id === 'ranking')!;
  const trends = charts.filter((ch) => ch.id !== 'ranking');
  return {
    properties: {
      title: ctx.doc.name,
      subject: t('report.subject'),
      creator: t('report.method.versionValue', { version: input.appVersion }),
      created: input.generatedIso,
      description: t('report.method.schemeValue', {
        title: ctx.doc.scheme.title || ctx.doc.name,
        version: ctx.doc.scheme.version,
        total: ctx.doc.scheme.total,
        leaves: ctx.leaves.length,
      }),
    },
    sheets: [
      summarySheet(ctx, ranking),
      matrixSheet(ctx),
      evaluatorsSheet(ctx),
      combinedDeductionsSheet(ctx),
      deductionsSheet(ctx),
      yearsSheet(ctx, trends),
      methodSheet(ctx, charts.length - missing.length),
      auditSheet(ctx),
    ],
  };
}
