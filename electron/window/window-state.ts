import type { WindowBounds } from '../preferences/preferences';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1366, height: 860 };
export const MIN_SIZE = { width: 1024, height: 640 };

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the window opens: the saved bounds when they still fall mostly on a display (a
 * laptop undocked from its second monitor must not open off screen), else centred on the
 * primary display; never larger than the display's work area.
 */
export function initialBounds(saved: WindowBounds | null, workAreas: Rect[]): Rect & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved) {
    const best = workAreas.map((area) => ({ area, shared: overlap(saved, area) })).sort((a, b) => b.shared - a.shared)[0];
    if (best && best.shared >= 0.5 * saved.width * saved.height) {
      const { area } = best;
      const width = Math.min(saved.width, area.width);
      const height = Math.min(saved.height, area.height);
      const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
      const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
      return { x, y, width, height, maximized: saved.maximized };
    }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height,
    maximized: saved?.maximized ?? false,
  };
}

/** What to store when the window moves or closes (the normal bounds, even when maximized). */
export function boundsToSave(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.round(normal.width),
    height: Math.round(normal.height),
    maximized,
  };
}
