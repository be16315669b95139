import { useEffect, useRef, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { Position } from './grid-keys';

// Room the sticky header (above the rows) and the total and rank rows with a scroll bar (below)
// take, rounded up: a cell inside these margins is surely in view.
const HEAD = 44;
const BELOW = 80;
const SIDE = 20;

export interface ScrollGeometry {
  /** Row height in pixels. */
  rowHeight: number;
  /** Width of the sticky columns on the left. */
  fixedWidth: number;
  /** Left edge of each value column after the fixed ones, and the right edge of the last. */
  colLeft: number[];
}

/**
 * Keeps the active cell in view. Whether it already is, is decided from what the virtualizer
 * and the last scroll event recorded, so moving within the view (Enter after a score, the usual
 * case) asks the browser for no layout in the middle of the edit; only a move out of view scrolls.
 */
export function useScrollToActive(
  active: Position,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  scrollRef: RefObject<HTMLDivElement | null>,
  geometry: ScrollGeometry,
) {
  const scrollLeft = useRef(0);
  const { rowHeight, fixedWidth, colLeft } = geometry;
  useEffect(() => {
    const el = scrollRef.current;
    const rect = virtualizer.scrollRect;
    const top = virtualizer.scrollOffset;
    const rowTop = active.row * rowHeight;
    const left = colLeft[active.col] ?? 0;
    const right = colLeft[active.col + 1] ?? left;
    const inView =
      !!rect &&
      top !== null &&
      rowTop >= top &&
      HEAD + rowTop + rowHeight <= top + rect.height - BELOW &&
      left >= scrollLeft.current &&
      fixedWidth + right <= scrollLeft.current + rect.width - SIDE;
    if (inView || !el) return;
    virtualizer.scrollToIndex(active.row, { align: 'auto' });
    el.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, virtualizer, scrollRef, rowHeight, fixedWidth, colLeft]);
  /** For the scroll element's onScroll: remembers how far it is scrolled sideways. */
  return (e: React.UIEvent<HTMLElement>) => {
    scrollLeft.current = e.currentTarget.scrollLeft;
  };
}
