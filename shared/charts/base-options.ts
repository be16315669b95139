// Options every chart shares: fonts, colours, the screen/still switch. Kept as plain objects
// so the same config works with chart.js in Chromium and on @napi-rs/canvas in Node.
import type { FontSpec } from 'chart.js';
import { CHART_FONT_FAMILY, FONT_SIZE, TEXT_COLOR } from './theme';
import type { ChartBuildOptions } from './types';

type Weight = 'normal' | 'bold';

/** A chart.js font spec in the app's family (every config sets fonts explicitly, never via Chart.defaults, which is global state). */
export function chartFont(size: number, weight: Weight = 'normal'): Partial<FontSpec> {
  return { family: CHART_FONT_FAMILY, size, weight, lineHeight: 1.25 };
}

/**
 * Animation, sizing and event settings for a screen chart or a still image. Screen charts
 * leave chart.js's defaults alone (animation, hover events, the display's pixel ratio).
 */
export function modeOptions(options: ChartBuildOptions = {}) {
  const interactive = options.interactive ?? true;
  return {
    responsive: interactive,
    // A still image has exactly the canvas size the caller asked for.
    maintainAspectRatio: false,
    // No pointer in Node, and no hover state may leak into a printed image.
    ...(interactive ? {} : { animation: false as const, events: [] }),
    ...(options.devicePixelRatio === undefined ? {} : { devicePixelRatio: options.devicePixelRatio }),
    color: TEXT_COLOR,
    font: chartFont(FONT_SIZE.tick),
  };
}

/** Chart title, bold, dark. */
export function titleOptions(text: string) {
  return { display: text !== '', text, color: TEXT_COLOR, font: chartFont(FONT_SIZE.title, 'bold'), padding: { top: 4, bottom: 12 } };
}

/** Axis title. */
export function axisTitle(text: string) {
  return { display: text !== '', text, color: TEXT_COLOR, font: chartFont(FONT_SIZE.axisTitle, 'bold') };
}

/** Tooltip fonts (screen only; ignored where the tooltip plugin is not registered). */
export function tooltipOptions(interactive: boolean) {
  return { enabled: interactive, titleFont: chartFont(FONT_SIZE.tick, 'bold'), bodyFont: chartFont(FONT_SIZE.tick) };
}
