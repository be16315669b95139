// The chart worker's entry (built beside the CLI and the main process as chart-worker.js): it
// loads Skia, chart.js and the fonts as soon as it starts, then draws each recipe it is sent
// and posts the PNG back, so the report's charts are drawn on the second core while the main
// thread saves files and writes sheets.
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import { chartConfig } from '../../../shared/charts/recipe';
import type { ChartReply, ChartRequest } from './chart-messages';
import { renderChartPng, warmChartKit } from './render-chart';

const port = parentPort;
if (!port) throw new Error('chart-worker.js runs as a worker thread');
// As bin/kaoping.mjs does for the main thread (Node 22.1+): Skia's and chart.js's code compiled once.
// (@types/node 20 does not know it yet.)
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Skia, chart.js and the fonts load now, while the main thread is still busy. A kit that fails
// to load here (a packaged app whose worker cannot reach a native module, say) is said at once,
// before any drawing's own failure. (Drawing a small chart as well, to warm chart.js's code up,
// made no difference measurable here: the worker is rarely idle.)
warmChartKit().catch((e: unknown) => port.postMessage({ kitFailed: e instanceof Error ? e.message : String(e) } satisfies ChartReply));
port.on('message', (request: ChartRequest) => {
  void (async (): Promise<ChartReply> => {
    try {
      const png = await renderChartPng(chartConfig(request.recipe), request.image);
      return { id: request.id, png };
    } catch (e) {
      const cause: unknown = e instanceof Error && e.name === 'ChartRenderError' ? e.cause : e;
      return { id: request.id, error: cause instanceof Error ? cause.message : String(cause) };
    }
  })().then((reply) => port.postMessage(reply));
});
