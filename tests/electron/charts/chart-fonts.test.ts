import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { readablePath, registerChartFonts } from '../../../electron/services/charts/chart-fonts';
import { CHART_FONT_FAMILY, CHART_FONT_NAME } from '../../../shared/charts/theme';

function drawText(font: string, text: string): Buffer {
  const canvas = createCanvas(400, 60);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 400, 60);
  ctx.fillStyle = '#000';
  ctx.font = font;
  ctx.fillText(text, 10, 40);
  return canvas.toBuffer('image/png');
}

describe('chart fonts', () => {
  it('registers the bundled regular and bold faces under the family the configs name, once', () => {
    registerChartFonts();
    registerChartFonts();
    const family = GlobalFonts.families.find((f) => f.family === CHART_FONT_NAME);
    expect(family?.styles.map((s) => s.weight).sort()).toEqual([400, 700]);
  });

  it("resolves the configs' family list to the bundled font, regular and bold", () => {
    registerChartFonts();
    const text = '南宁市 98.50';
    const ours = drawText(`24px ${CHART_FONT_FAMILY}`, text);
    expect(ours.equals(drawText(`24px "${CHART_FONT_NAME}"`, text))).toBe(true);
    expect(ours.equals(drawText('24px "No Such Family Kaoping"', text))).toBe(false);
    expect(ours.equals(drawText(`bold 24px ${CHART_FONT_FAMILY}`, text))).toBe(false);
  });
});

describe('font paths in a packaged app', () => {
  it('reads the fonts from app.asar.unpacked, where electron-builder puts them, when they are there', () => {
    const inAsar = '/opt/考评/resources/app.asar/node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
    const unpacked = inAsar.replace('app.asar/', 'app.asar.unpacked/');
    expect(readablePath(inAsar, (p) => p === unpacked)).toBe(unpacked);
    expect(readablePath(inAsar, () => false)).toBe(inAsar);
    expect(readablePath('C:\\考评\\resources\\app.asar\\node_modules\\a.ttf', () => true)).toBe(
      'C:\\考评\\resources\\app.asar.unpacked\\node_modules\\a.ttf',
    );
    expect(readablePath('/home/me/kaoping/node_modules/a.ttf', () => true)).toBe('/home/me/kaoping/node_modules/a.ttf');
  });
});
