// The bundled CJK font, registered with Skia under the family name the chart configs ask for,
// so Chinese renders the same on every machine whatever fonts it has installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { CHART_FONT_NAME } from '../../../shared/charts/theme';

/** Regular for names and ticks, bold for titles; Skia picks the face by the requested weight. */
export const CHART_FONT_FILES = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
] as const;

let registered = false;

/**
 * Registers the bundled Noto Sans SC faces as CHART_FONT_NAME, once per process. Files are
 * found through module resolution (not a path relative to this file) so bundling and packaging
 * keep working, and read with fs rather than handed to Skia as paths, because Electron's fs can
 * read inside app.asar and Skia cannot. Throws if a face cannot be registered.
 */
export function registerChartFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const spec of CHART_FONT_FILES) {
    const path = require.resolve(spec);
    if (!GlobalFonts.register(readFileSync(path), CHART_FONT_NAME)) throw new Error(`font not accepted by Skia: ${path}`);
  }
  registered = true;
}
