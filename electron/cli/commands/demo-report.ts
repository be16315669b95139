// The report of `demo --report`: the latest demo year with the others as its history, from
// memory, its charts started before the years are saved.
import type { Assessment } from '../../../shared/assessment/schema';
import type { Translate } from '../../../shared/i18n/messages';
import type { ChartPainter } from '../../services/charts/chart-painter';
import { writeReport, type ExportedReport } from '../../services/report/export-report';
import { yearsInMemory, type LoadedYears } from '../../services/report/load-years';
import { startReportCharts, type ReportCharts } from '../../services/report/report-charts';

export interface DemoReport {
  years: LoadedYears;
  charts: ReportCharts;
}

/** Computes the years' results and sets `painter` drawing the latest year's charts. */
export function startDemoReport(docs: Assessment[], t: Translate, painter: ChartPainter): DemoReport {
  const latest = docs.at(-1)!;
  const years = yearsInMemory(latest, docs.slice(0, -1));
  return { years, charts: startReportCharts({ doc: latest, results: years.current.results, others: years.others }, t, painter) };
}

/** Writes the report started by startDemoReport to `out`. */
export function writeDemoReport(report: DemoReport, out: string, t: Translate): Promise<ExportedReport> {
  return writeReport(report.years, out, t, { charts: report.charts });
}
