// `npm run icon`: draws the app icon (electron/resources/icon.png, 512×512) — a seal-red
// rounded square with 考 in the bundled Noto Sans SC — so the packaging has a real icon
// without a binary asset of unknown origin.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { CHART_FONT_NAME } from '../../shared/charts/theme';
import { registerChartFonts } from '../services/charts/chart-fonts';

const SIZE = 512;
registerChartFonts();
const canvas = createCanvas(SIZE, SIZE);
const ctx = canvas.getContext('2d');
const r = 96;
ctx.fillStyle = '#b8322a';
ctx.beginPath();
ctx.roundRect(16, 16, SIZE - 32, SIZE - 32, r);
ctx.fill();
ctx.strokeStyle = 'rgba(255,255,255,0.85)';
ctx.lineWidth = 12;
ctx.beginPath();
ctx.roundRect(56, 56, SIZE - 112, SIZE - 112, r - 40);
ctx.stroke();
ctx.fillStyle = '#ffffff';
ctx.font = `bold 300px "${CHART_FONT_NAME}"`;
ctx.textAlign = 'center';
ctx.textBaseline = 'middle';
ctx.fillText('考', SIZE / 2, SIZE / 2 + 14);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
writeFileSync(out, canvas.toBuffer('image/png'));
console.log(out);
