// Value labels at bar ends and hatching of struck-out bars, as an inline chart.js plugin: a
// plain object with one hook that draws on the chart's own 2D context, so it runs unchanged in
// Chromium and on @napi-rs/canvas, and needs no global Chart.register.
import type { BarElement, Chart, ChartType, FontSpec, Plugin } from 'chart.js';

/** Options of the plugin, under `options.plugins.kaopingBarLabels`. */
export interface BarLabelsOptions {
  /** Text after each bar of dataset 0, by data index (already formatted); '' for none. */
  texts: string[];
  /** Bars to hatch, by data index (vetoed units). */
  hatched: boolean[];
  color: string;
  hatchColor: string;
  font: Partial<FontSpec>;
}

declare module 'chart.js' {
  // Declaration merging must repeat chart.js's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    kaopingBarLabels?: BarLabelsOptions;
  }
}

export const BAR_LABELS_PLUGIN_ID = 'kaopingBarLabels';

/** Gap between a bar's end and its label, in CSS pixels. */
const LABEL_GAP = 4;
/** Distance between hatch lines, in CSS pixels. */
const HATCH_STEP = 6;

/** The chart's 2D context, typed through chart.js so shared/ needs no DOM typings. */
type Context = Chart['ctx'];

interface BarGeometry {
  x: number;
  y: number;
  base: number;
  width: number;
  height: number;
  horizontal: boolean;
}

/** The bar's rectangle, whichever way the chart runs. */
function barRect(bar: BarGeometry): { left: number; top: number; right: number; bottom: number } {
  if (bar.horizontal) {
    const half = bar.height / 2;
    return { left: Math.min(bar.x, bar.base), right: Math.max(bar.x, bar.base), top: bar.y - half, bottom: bar.y + half };
  }
  const half = bar.width / 2;
  return { left: bar.x - half, right: bar.x + half, top: Math.min(bar.y, bar.base), bottom: Math.max(bar.y, bar.base) };
}

/** Hatches a bar, inside the chart area: with an axis that does not start at 0 the bar's base lies left of it. */
function drawHatch(
  ctx: Context,
  bar: BarGeometry,
  color: string,
  chartArea?: { left: number; top: number; right: number; bottom: number },
): void {
  const raw = barRect(bar);
  const area = chartArea ?? { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
  const r = {
    left: Math.max(raw.left, area.left),
    right: Math.min(raw.right, area.right),
    top: Math.max(raw.top, area.top),
    bottom: Math.min(raw.bottom, area.bottom),
  };
  const w = r.right - r.left;
  const h = r.bottom - r.top;
  if (w <= 0 || h <= 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.left, r.top, w, h);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1;
  ctx.beginPath();
  // Lines at 45°, started far enough left that the whole rectangle is covered.
  for (let x = r.left - h; x < r.right; x += HATCH_STEP) {
    ctx.moveTo(x, r.bottom);
    ctx.lineTo(x + h, r.top);
  }
  ctx.stroke();
  ctx.restore();
}

function fontString(font: Partial<FontSpec>): string {
  return `${font.style ?? 'normal'} ${font.weight ?? 'normal'} ${font.size ?? 12}px ${font.family ?? 'sans-serif'}`;
}

function drawLabel(ctx: Context, bar: BarGeometry, text: string): void {
  if (bar.horizontal) {
    const leftward = bar.x < bar.base;
    ctx.textAlign = leftward ? 'right' : 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, bar.x + (leftward ? -LABEL_GAP : LABEL_GAP), bar.y);
  } else {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(text, bar.x, Math.min(bar.y, bar.base) - LABEL_GAP);
  }
}

/**
 * Draws `texts` at the end of each bar of the first dataset and hatches the bars flagged in
 * `hatched`. Runs after the datasets are drawn, outside their clip, so labels may sit in the
 * layout padding beyond the chart area (the config reserves room there).
 */
export const barLabelsPlugin: Plugin<'bar', BarLabelsOptions> = {
  id: BAR_LABELS_PLUGIN_ID,
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options) {
    if (!options || !chart.isDatasetVisible(0)) return;
    const ctx = chart.ctx;
    const bars = chart.getDatasetMeta(0).data as BarElement[];
    ctx.save();
    bars.forEach((element, i) => {
      const bar = element.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as BarGeometry;
      if (options.hatched?.[i]) drawHatch(ctx, bar, options.hatchColor, chart.chartArea as typeof chart.chartArea | undefined);
      const text = options.texts?.[i];
      if (!text) return;
      ctx.fillStyle = options.color;
      ctx.font = fontString(options.font ?? {});
      drawLabel(ctx, bar, text);
    });
    ctx.restore();
  },
};
