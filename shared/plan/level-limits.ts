import { UserError } from '../errors';
import { PLAN_LIMITS } from './limits';
import { readLabel, type NumberStyle } from './numbering';

/**
 * Refuses a plan whose numbering at some level runs past PLAN_LIMITS.itemsPerLevel ("10000."),
 * naming the file, the level (as the reader counts levels: styles in the order they first
 * appear) and the label. Without this, item 10000 would have been text of item 9999.
 */
export function checkLevelNumbers(paragraphs: string[], file: string): void {
  const styles: NumberStyle[] = [];
  for (const paragraph of paragraphs) {
    const label = readLabel(paragraph);
    if (!label) continue;
    let level = styles.indexOf(label.style);
    if (level < 0) level = styles.push(label.style) - 1;
    else styles.length = level + 1;
    if (label.value > PLAN_LIMITS.itemsPerLevel)
      throw new UserError('error.levelNumberTooHigh', { file, level: level + 1, label: label.label, limit: PLAN_LIMITS.itemsPerLevel });
  }
}

/** Items per level of a tree (level 1 first); children under any name. */
export function itemsPerLevel<T extends { children: T[] }>(roots: T[]): number[] {
  const counts: number[] = [];
  let level = roots;
  while (level.length) {
    counts.push(level.length);
    level = level.flatMap((n) => n.children);
  }
  return counts;
}

/** Refuses a tree with more than PLAN_LIMITS.itemsPerLevel items at one level, naming the file and the level. */
export function checkItemsPerLevel<T extends { children: T[] }>(roots: T[], file: string): void {
  const counts = itemsPerLevel(roots);
  const over = counts.findIndex((n) => n > PLAN_LIMITS.itemsPerLevel);
  if (over >= 0)
    throw new UserError('error.levelTooManyItems', { file, level: over + 1, count: counts[over]!, limit: PLAN_LIMITS.itemsPerLevel });
}
