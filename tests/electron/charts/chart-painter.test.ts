// The chart worker of the built CLI against drawing in the calling thread: the same bytes, the
// same errors, and the calling thread taking over whenever there is no worker to draw.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startChartPainter, threadPainter, type ChartPainter } from '../../../electron/services/charts/chart-painter';
import { ChartRenderError } from '../../../electron/services/charts/render-chart';
import type { ChartRecipe } from '../../../shared/charts/recipe';
import { GUANGXI_CITIES, RANKING_LABELS, rankingEntries, TOTALS_LABELS, totalsByYear } from '../../helpers/chart-data';
import { testCliDirAsync } from '../../helpers/cli-bundle';
import { pngSize } from '../../helpers/png';
import { useTempDir } from '../../helpers/temp';

const still = { interactive: false, devicePixelRatio: 2 };
const RECIPES: ChartRecipe[] = [
  { kind: 'rankingBar', entries: rankingEntries(GUANGXI_CITIES), labels: RANKING_LABELS, options: still },
  { kind: 'yearTotals', input: totalsByYear(), labels: TOTALS_LABELS, options: still },
];
const IMAGE = { widthPx: 1200, heightPx: 600, scale: 2 };

let painter: ChartPainter | null = null;
afterEach(() => painter?.close());

const builtWorker = async () => pathToFileURL(join(await testCliDirAsync(), 'chart-worker.js'));

describe('chart painter', () => {
  const tmp = useTempDir();
  it("draws in the built CLI's worker, byte for byte what the calling thread draws", async () => {
    painter = startChartPainter(await builtWorker());
    expect(painter.where).toBe('worker');
    const [fromWorker, inThread] = await Promise.all([
      Promise.all(RECIPES.map((r) => painter!.draw(r, IMAGE))),
      Promise.all(RECIPES.map((r) => threadPainter().draw(r, IMAGE))),
    ]);
    expect(painter.where).toBe('worker');
    for (const [i, png] of fromWorker.entries()) {
      expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
      expect(Buffer.compare(png, inThread[i]!), RECIPES[i]!.kind).toBe(0);
    }
  });

  it('reports a chart the worker cannot draw as a ChartRenderError naming it, and goes on drawing', async () => {
    painter = startChartPainter(await builtWorker());
    const bad = painter.draw(RECIPES[0]!, { widthPx: 0, heightPx: 600, scale: 2 });
    await expect(bad).rejects.toBeInstanceOf(ChartRenderError);
    await expect(bad).rejects.toThrow(/chart "2024年度安全生产考核得分排名".*whole pixels/);
    expect(pngSize(await painter.draw(RECIPES[1]!, IMAGE))).toEqual({ width: 1200, height: 600 });
  });

  it('draws in the calling thread when there is no built worker, or the worker dies at start', async () => {
    painter = startChartPainter(pathToFileURL(join(tmp(), 'no-such-worker.js')));
    expect(painter.where).toBe('thread');
    expect(pngSize(await painter.draw(RECIPES[0]!, IMAGE))).toEqual({ width: 1200, height: 600 });
    painter.close();

    const broken = join(tmp(), 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('cannot start');\n");
    painter = startChartPainter(pathToFileURL(broken));
    const png = await painter.draw(RECIPES[1]!, IMAGE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
    expect(painter.where).toBe('thread');
  });

  it('draws in the calling thread when the worker cannot load its kit, the charts it was sent included', async () => {
    // A worker that, like the real one in a package that cannot reach Skia, says so and then fails every drawing.
    const kitless = join(tmp(), 'kitless-worker.mjs');
    writeFileSync(
      kitless,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (r) => setTimeout(() => parentPort.postMessage({ id: r.id, error: 'no Skia here' }), 50));
setTimeout(() => parentPort.postMessage({ kitFailed: 'Cannot find module @napi-rs/canvas' }), 20);
`,
    );
    painter = startChartPainter(pathToFileURL(kitless));
    expect(painter.where).toBe('worker');
    const pngs = await Promise.all(RECIPES.map((r) => painter!.draw(r, IMAGE)));
    for (const png of pngs) expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
    expect(painter.where).toBe('thread');
  });
});
