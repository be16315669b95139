/** Build-time facts the UI may show (filled in by the bundler). */
export const RENDERER_LAYER = 'renderer';
