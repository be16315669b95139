// The bundled CJK font, registered with Skia under the family name the chart configs ask for,
// so Chinese renders the same on every machine whatever fonts it has installed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHART_FONT_NAME } from '../../../shared/charts/theme';

/** Regular for names and ticks, bold for titles; Skia picks the face by the requested weight. */
export const CHART_FONT_FILES = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
] as const;

/**
 * Where Skia can read a file: inside a packaged app, module resolution answers a path in
 * app.asar, which only Electron's fs can read; electron-builder.yml unpacks the fonts
 * (asarUnpack) to the same path under app.asar.unpacked.
 */
export function readablePath(path: string, exists: (p: string) => boolean = existsSync): string {
  const unpacked = path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return unpacked !== path && exists(unpacked) ? unpacked : path;
}

let registered = false;

/**
 * Registers the bundled Noto Sans SC faces as CHART_FONT_NAME, once per process. Files are
 * found through module resolution (not a path relative to this file) so bundling and packaging
 * keep working, and handed to Skia by path: reading two 10.5 MB files into buffers first cost a
 * quarter of a second of every report. Throws if a face cannot be registered.
 */
export function registerChartFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  // Required here, not imported at the top: bundled into main.js, a top-level import would load Skia with the window.
  const { GlobalFonts } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  for (const spec of CHART_FONT_FILES) {
    const path = readablePath(require.resolve(spec));
    if (!GlobalFonts.registerFromPath(path, CHART_FONT_NAME)) throw new Error(`font not accepted by Skia: ${path}`);
  }
  registered = true;
}
