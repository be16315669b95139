// Reading PNGs back in tests: the IHDR header, and the pixels through @napi-rs/canvas.
import { createCanvas, loadImage } from '@napi-rs/canvas';

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => png[i] === b) || png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8ClampedArray;
}

export async function decodePng(png: Buffer): Promise<Pixels> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** How many pixels have each colour (#rrggbb). */
export function colourCounts(p: Pixels): Map<string, number> {
  const byInt = new Map<number, number>();
  for (let i = 0; i < p.data.length; i += 4) {
    const c = (p.data[i]! << 16) | (p.data[i + 1]! << 8) | p.data[i + 2]!;
    byInt.set(c, (byInt.get(c) ?? 0) + 1);
  }
  return new Map([...byInt].map(([c, n]) => [`#${c.toString(16).padStart(6, '0')}`, n]));
}

/** Coordinates of the pixels of exactly this colour (#rrggbb) inside x < maxX. */
export function pixelsOf(p: Pixels, colour: string, maxX = p.width): { x: number; y: number }[] {
  const want = parseInt(colour.slice(1), 16);
  const found: { x: number; y: number }[] = [];
  for (let y = 0; y < p.height; y++)
    for (let x = 0; x < maxX; x++) {
      const i = (y * p.width + x) * 4;
      if (((p.data[i]! << 16) | (p.data[i + 1]! << 8) | p.data[i + 2]!) === want) found.push({ x, y });
    }
  return found;
}

/** Bounding box of the pixels where two same-sized images differ, or null if they are equal. */
export function diffBox(a: Pixels, b: Pixels): { left: number; top: number; right: number; bottom: number; count: number } | null {
  if (a.width !== b.width || a.height !== b.height) throw new Error('sizes differ');
  let box: { left: number; top: number; right: number; bottom: number; count: number } | null = null;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] === b.data[i] && a.data[i + 1] === b.data[i + 1] && a.data[i + 2] === b.data[i + 2] && a.data[i + 3] === b.data[i + 3])
      continue;
    const x = (i / 4) % a.width;
    const y = Math.floor(i / 4 / a.width);
    box = box
      ? {
          left: Math.min(box.left, x),
          top: Math.min(box.top, y),
          right: Math.max(box.right, x),
          bottom: Math.max(box.bottom, y),
          count: box.count + 1,
        }
      : { left: x, top: y, right: x, bottom: y, count: 1 };
  }
  return box;
}
