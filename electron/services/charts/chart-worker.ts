// The chart worker's entry (built beside the CLI and the main process as chart-worker.js): it
// loads Skia, chart.js and the fonts as soon as it starts, then draws each recipe it is sent
// and posts the PNG back, so the report's charts are drawn on the second core while the main
// thread saves files and writes sheets.
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import { chartConfig, type ChartRecipe } from '../../../shared/charts/recipe';
import type { ChartReply, ChartRequest } from './chart-messages';
import { renderChartPng, warmChartKit } from './render-chart';

/** One chart of each kind the report draws, with made-up data, to warm the code up. */
const WARM_UP: ChartRecipe[] = [
  {
    kind: 'rankingBar',
    entries: [
      { unit: '甲市', total: 92, grade: 'excellent', vetoed: false },
      { unit: '乙市', total: 80, grade: 'good', vetoed: false },
      { unit: '丙市', total: 70, grade: null, vetoed: true },
    ],
    labels: {
      title: '排名',
      axis: '得分',
      grades: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' },
      ungraded: '待定',
      vetoed: '否决',
    },
    options: { interactive: false, devicePixelRatio: 1, maxScore: 100 },
  },
  {
    kind: 'yearTotals',
    input: { years: [2019, 2020], series: [{ unit: '甲市', values: [90, null] }] },
    labels: { title: '得分', xAxis: '年度', yAxis: '得分' },
    options: { interactive: false, devicePixelRatio: 1 },
  },
];

const port = parentPort;
if (!port) throw new Error('chart-worker.js runs as a worker thread');
// As bin/kaoping.mjs does for the main thread (Node 22.1+): Skia's and chart.js's code compiled once.
// (@types/node 20 does not know it yet.)
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Load the kit and draw a small chart of each kind while the main thread is still busy: the
// first drawing runs chart.js's code cold, which cost as much again as a warm one. A kit that
// fails to load is reported by the first real drawing, as it is in the main thread.
const warm = warmChartKit()
  .then(() => Promise.all(WARM_UP.map((recipe) => renderChartPng(chartConfig(recipe), { widthPx: 320, heightPx: 200, scale: 1 }))))
  .catch(() => undefined);
port.on('message', (request: ChartRequest) => {
  void (async (): Promise<ChartReply> => {
    await warm;
    try {
      const png = await renderChartPng(chartConfig(request.recipe), request.image);
      return { id: request.id, png };
    } catch (e) {
      const cause: unknown = e instanceof Error && e.name === 'ChartRenderError' ? e.cause : e;
      return { id: request.id, error: cause instanceof Error ? cause.message : String(cause) };
    }
  })().then((reply) => port.postMessage(reply));
});
