// The report's charts, started as soon as the years are known and drawn by a ChartPainter (a
// worker when built): the sheets that show a chart wait for it while the rest are written.
import type { Translate } from '../../../shared/i18n/messages';
import type { OnProgress } from '../../../shared/progress';
import { reportChartSpecs } from '../../../shared/report/build-report';
import type { MissingChart, ReportInput } from '../../../shared/report/context';
import type { ChartSpec } from '../../../shared/report/report-charts';
import { startChartPainter, type ChartPainter } from '../charts/chart-painter';
import { ChartRenderError } from '../charts/render-chart';

/** A chart's outcome: its PNG, or why it is missing. Never rejected. */
export type ChartOutcome = { png: Buffer } | { missing: MissingChart };

export interface ReportCharts {
  specs: ChartSpec[];
  /** Each chart's outcome by chart id, settling as the painter finishes it. */
  outcomes: Map<string, Promise<ChartOutcome>>;
  /** Told of each chart drawn ('drawCharts' stage), until the caller says it has moved on. */
  setProgress(onProgress: OnProgress | null): void;
}

/**
 * Starts drawing the charts of the report on these years (the charts need nothing else) with
 * `painter` (default: a new one, closed when the last chart is done). Errors other than a
 * chart that cannot be drawn (a bug) are rethrown when the chart is awaited.
 */
export function startReportCharts(
  years: Pick<ReportInput, 'doc' | 'results' | 'others'>,
  t: Translate,
  painter?: ChartPainter,
): ReportCharts {
  const own = painter ?? startChartPainter();
  const specs = reportChartSpecs({ ...years, generatedAt: '', generatedIso: '', appVersion: '' }, t);
  let onProgress: OnProgress | null = null;
  let done = 0;
  const outcomes = new Map<string, Promise<ChartOutcome>>();
  for (const spec of specs) {
    const image = { widthPx: spec.width * spec.scale, heightPx: spec.height * spec.scale, scale: spec.scale, name: spec.title };
    const outcome = own.draw(spec.recipe, image).then(
      (png): ChartOutcome => ({ png }),
      (e: unknown): ChartOutcome => {
        if (!(e instanceof ChartRenderError)) throw e;
        const cause: unknown = e.cause;
        return { missing: { id: spec.id, title: spec.title, reason: cause instanceof Error ? cause.message : String(cause) } };
      },
    );
    const reported = outcome.finally(() => onProgress?.({ stage: 'drawCharts', done: ++done, total: specs.length }));
    // Awaited by the sheets; a bug's rejection must not go unhandled before they get there.
    reported.catch(() => undefined);
    outcomes.set(spec.id, reported);
  }
  if (!painter) void Promise.allSettled(outcomes.values()).then(() => own.close());
  return { specs, outcomes, setProgress: (p) => void (onProgress = p) };
}

/** Every chart's outcome, in the order of the specs. */
export async function allOutcomes(charts: ReportCharts): Promise<ChartOutcome[]> {
  return Promise.all(charts.specs.map((s) => charts.outcomes.get(s.id)!));
}
