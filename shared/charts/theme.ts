// Look of every chart, on screen and in print. One place, so the browser and the Excel images
// agree and a reader who has seen one chart recognises the others.

/**
 * The family the app registers its bundled Noto Sans SC under (in Node with @napi-rs/canvas;
 * in the renderer through @font-face). A name of our own, so a different "Noto Sans SC"
 * installed on the machine can never shadow the bundled file.
 */
export const CHART_FONT_NAME = 'Kaoping Sans';

/**
 * CSS font-family list used by every chart config: the bundled font first, then the CJK fonts
 * government desktops usually have (Linux, Windows, macOS), so Chinese never falls back to
 * boxes even where the bundled font is not available.
 */
export const CHART_FONT_FAMILY = `"${CHART_FONT_NAME}", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif`;

/** Font sizes in CSS pixels; at the print scale of 2 they become 22–32 device pixels. */
export const FONT_SIZE = { title: 16, axisTitle: 13, tick: 12, smallTick: 11, legend: 12, valueLabel: 12 } as const;

export const TEXT_COLOR = '#222222';
export const GRID_COLOR = '#e3e3e3';
export const AXIS_COLOR = '#9e9e9e';

export type ChartGrade = 'excellent' | 'good' | 'pass' | 'fail';

/**
 * Grade colours: muted enough to print on an office laser printer, apart enough in lightness
 * that green, blue, amber and red stay distinguishable in greyscale too.
 */
export const GRADE_COLORS: Readonly<Record<ChartGrade, string>> = {
  excellent: '#2f8f4e',
  good: '#3b6fb6',
  pass: '#e0a526',
  fail: '#c23b32',
};
/** A unit without a grade yet (scores still coming in). */
export const UNGRADED_COLOR = '#8d99a6';
/** A vetoed unit: light grey with dark hatching, so it reads as struck out on colour and grey paper. */
export const VETO_COLORS = { fill: '#d0d0d0', hatch: '#555555', border: '#616161' } as const;

/**
 * Fourteen line colours (one province's cities) ordered so neighbours differ in hue; past
 * fourteen they repeat with another dash pattern and marker, so lines stay tellable apart.
 */
export const SERIES_COLORS: readonly string[] = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#7f7f7f',
  '#bcbd22',
  '#393b79',
  '#ad494a',
  '#637939',
  '#843c39',
];
/** Dash patterns cycled with a period coprime to the colours', so colour+dash pairs repeat only after 42 lines. */
export const SERIES_DASHES: readonly (readonly number[])[] = [[], [8, 4], [3, 3]];
export const SERIES_POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;
