// Score sheets exported before items had readable codes (加1, 否2 instead of the internal ids
// b1, v1) differ from today's in those code cells only: every row, column, label, point and rule
// is the same. Such a sheet is still what its evaluator filled in, so the import accepts it when
// its checksum proves it has exactly that older layout — each row then maps to one current item
// without guessing. Anything else is refused with a request to export the sheet again.
import { scoredItems } from '../assessment/criteria';
import type { Assessment } from '../assessment/schema';
import type { ScoreSheetLayout } from './layout';

/** `layout` with the codes sheets had before readable codes: ids for bonus and veto items, leaf codes as stored. */
export function legacyCodesLayout(layout: ScoreSheetLayout, doc: Pick<Assessment, 'scheme' | 'settings'>): ScoreSheetLayout {
  const items = scoredItems(doc);
  return {
    ...layout,
    items: layout.items.map((i) => {
      const item = items.get(i.itemId);
      return { ...i, code: item?.kind === 'leaf' ? item.leaf.criterion.code : i.itemId };
    }),
  };
}

/**
 * The layouts a sheet of this evaluator may have been exported with, newest first: the
 * current one, then the one before readable codes (only when it differs).
 */
export function acceptedLayouts(current: ScoreSheetLayout, doc: Pick<Assessment, 'scheme' | 'settings'>): ScoreSheetLayout[] {
  const legacy = legacyCodesLayout(current, doc);
  return legacy.items.some((x, i) => x.code !== current.items[i]!.code) ? [current, legacy] : [current];
}
