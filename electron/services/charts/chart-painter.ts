// Who draws the charts: a worker thread when the built chart-worker.js sits beside this code
// (the CLI bundle, the app), else the calling thread (tests and tools running the sources).
// Either way a drawing ends in a PNG or a ChartRenderError, and the bytes are the same.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { chartConfig, type ChartRecipe } from '../../../shared/charts/recipe';
import type { ChartReply, ChartRequest } from './chart-messages';
import { ChartRenderError, renderChartPng, type ChartImageOptions } from './render-chart';

export interface ChartPainter {
  /** The PNG of `recipe`; a ChartRenderError (never another error) when it cannot be drawn. */
  draw(recipe: ChartRecipe, image: ChartImageOptions): Promise<Buffer>;
  /** Lets the worker go once its drawings are done. Drawing after close runs in the calling thread. */
  close(): void;
  /** 'worker' while a worker draws; 'thread' when drawings run in the calling thread. */
  readonly where: 'worker' | 'thread';
}

/** Draws in the calling thread, with `render` (tests pass one that fails). */
export function threadPainter(render: typeof renderChartPng = renderChartPng): ChartPainter {
  return {
    draw: (recipe, image) => render(chartConfig(recipe), { name: recipe.labels.title, ...image }),
    close: () => undefined,
    where: 'thread',
  };
}

interface Pending {
  request: ChartRequest;
  resolve: (png: Buffer) => void;
  reject: (e: unknown) => void;
}

/** The built worker beside this module, when there is one. */
export const BUILT_WORKER = new URL('./chart-worker.js', import.meta.url);

/**
 * Starts a painter now, so the worker loads its kit while the caller does other work. `script`
 * defaults to the built worker beside this module; without one, or when the worker cannot
 * start, cannot load Skia or chart.js, or dies, drawings (pending ones included) run in the
 * calling thread instead.
 */
export function startChartPainter(script: URL = BUILT_WORKER): ChartPainter {
  const fallback = threadPainter();
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return fallback;
  let worker: Worker | null;
  try {
    worker = new Worker(script);
  } catch {
    return fallback;
  }
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closing = false;
  // An idle worker must not keep the process alive; one with drawings to deliver must.
  const hold = () => (pending.size > 0 ? worker?.ref() : worker?.unref());
  const finish = () => {
    if (closing && pending.size === 0) void worker?.terminate();
  };
  const giveUp = () => {
    const w = worker;
    worker = null;
    void w?.terminate();
    for (const { request, resolve, reject } of pending.values()) fallback.draw(request.recipe, request.image).then(resolve, reject);
    pending.clear();
  };
  worker.on('message', (reply: ChartReply) => {
    if ('kitFailed' in reply) return giveUp();
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    hold();
    if ('png' in reply) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else job.reject(new ChartRenderError(job.request.recipe.labels.title, new Error(reply.error)));
    finish();
  });
  worker.on('error', giveUp);
  worker.on('exit', giveUp);
  hold();
  return {
    draw(recipe, image) {
      if (!worker || closing) return fallback.draw(recipe, image);
      const request: ChartRequest = { id: nextId++, recipe, image: { name: recipe.labels.title, ...image } };
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(request.id, { request, resolve, reject });
        hold();
        worker!.postMessage(request);
      });
    },
    close() {
      closing = true;
      finish();
    },
    get where() {
      return worker && !closing ? 'worker' : 'thread';
    },
  };
}
