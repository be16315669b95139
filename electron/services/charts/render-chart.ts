// Draws a chart.js config from shared/charts into a PNG with @napi-rs/canvas, for the Excel
// reports. The same configs drive the screens; here they are drawn once, still, at print size.
// Skia (@napi-rs/canvas), chart.js and the fonts load with the first chart, not with this
// module: a command or a window that draws no chart never pays for them.
import type { Chart, ChartConfiguration, ChartItem, ChartType, Plugin } from 'chart.js';

let kit: Promise<{ createCanvas: typeof import('@napi-rs/canvas').createCanvas; Chart: typeof Chart }> | null = null;

/** Loads the drawing kit once: canvas, chart.js with what the report charts use, the fonts. */
function chartKit() {
  kit ??= (async () => {
    const [{ createCanvas }, chartJs, { registerChartFonts }] = await Promise.all([
      import('@napi-rs/canvas'),
      import('chart.js'),
      import('./chart-fonts'),
    ]);
    const { BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Title } = chartJs;
    // Registering is global to chart.js, and idempotent.
    chartJs.Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title);
    registerChartFonts();
    return { createCanvas, Chart: chartJs.Chart };
  })();
  return kit;
}

/** Starts loading the drawing kit now (a worker does, while the main thread works on). */
export function warmChartKit(): Promise<unknown> {
  return chartKit();
}

/** chart.js's configuration types do not survive generic code; inside this file any chart will do. */
type AnyChartConfig = ChartConfiguration<ChartType, unknown[], unknown>;

/** Largest side accepted, in pixels: well past print needs, well below Skia's limits. */
const MAX_SIDE_PX = 16_000;

export interface ChartImageOptions {
  /** Size of the PNG in pixels, e.g. 1600 × 900 for an A4 landscape chart. */
  widthPx: number;
  heightPx: number;
  /** Pixels per CSS pixel of the config's fonts and paddings. Default 2 (print). */
  scale?: number;
  /** Name for error messages; default the chart's title. */
  name?: string;
}

/** A chart could not be drawn. Report code catches it and exports the report without the chart. */
export class ChartRenderError extends Error {
  constructor(
    readonly chart: string,
    cause: unknown,
  ) {
    super(`chart "${chart}" could not be drawn: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ChartRenderError';
  }
}

function chartName<T extends ChartType>(config: ChartConfiguration<T>, options: ChartImageOptions): string {
  if (options.name) return options.name;
  const title = config.options?.plugins?.title?.text;
  return (Array.isArray(title) ? title.join(' ') : title) || String(config.type);
}

function checkSize({ widthPx, heightPx, scale = 2 }: ChartImageOptions): void {
  const side = (v: number) => Number.isInteger(v) && v > 0 && v <= MAX_SIDE_PX;
  if (!side(widthPx) || !side(heightPx))
    throw new RangeError(`image size must be whole pixels between 1 and ${MAX_SIDE_PX}, got ${widthPx}×${heightPx}`);
  if (!(Number.isFinite(scale) && scale > 0 && widthPx / scale >= 1 && heightPx / scale >= 1)) throw new RangeError(`bad scale ${scale}`);
}

/**
 * A copy chart.js may scribble on: it rewrites config.data and config.options in place and
 * patches data arrays with listeners, and the caller's config may be drawn again or sent to a
 * window. Still-image settings are forced here whatever the config says: an animated first
 * frame in Node would show empty bars.
 */
function stillCopy(config: AnyChartConfig, scale: number): AnyChartConfig {
  return {
    ...config,
    data: {
      ...config.data,
      labels: config.data.labels ? [...config.data.labels] : undefined,
      datasets: config.data.datasets.map((d) => ({ ...d, data: [...d.data] })),
    },
    options: { ...config.options, animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: scale, events: [] },
    plugins: config.plugins ? [...config.plugins] : undefined,
  };
}

/**
 * Draws `config` on a white widthPx × heightPx canvas and returns it as PNG. The config is laid
 * out in CSS pixels (widthPx / scale wide), so its fonts keep their proportions at any scale.
 * Every failure (bad size, unknown chart type, missing font, drawing error) is a ChartRenderError.
 */
export async function renderChartPng<T extends ChartType>(config: ChartConfiguration<T>, options: ChartImageOptions): Promise<Buffer> {
  const name = chartName(config, options);
  let chart: Chart | undefined;
  try {
    checkSize(options);
    const { createCanvas, Chart } = await chartKit();
    const scale = options.scale ?? 2;
    const cssWidth = options.widthPx / scale;
    const cssHeight = options.heightPx / scale;
    const canvas = createCanvas(Math.round(cssWidth), Math.round(cssHeight));
    // White, not transparent: Excel and printers show transparency as black or as the cell grid.
    const background: Plugin = {
      id: 'kaopingWhiteBackground',
      beforeDraw(c: Chart) {
        c.ctx.save();
        c.ctx.fillStyle = '#ffffff';
        c.ctx.fillRect(0, 0, c.width, c.height);
        c.ctx.restore();
      },
    };
    const still = stillCopy(config as unknown as AnyChartConfig, scale);
    still.plugins = [...(still.plugins ?? []), background];
    // chart.js takes the canvas size as its CSS size and multiplies it by devicePixelRatio.
    // @napi-rs/canvas is canvas-like enough for chart.js's BasicPlatform (getContext('2d'), width, height).
    chart = new Chart(canvas as unknown as ChartItem, still as ChartConfiguration);
    if (canvas.width !== options.widthPx || canvas.height !== options.heightPx) {
      // A size not divisible by the scale: resize to the exact fractional CSS size.
      chart.resize(cssWidth, cssHeight);
    }
    return await canvas.encode('png');
  } catch (e) {
    throw new ChartRenderError(name, e);
  } finally {
    chart?.destroy();
  }
}
