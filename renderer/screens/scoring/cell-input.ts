// How an entry reads in the grid: the form it is typed in (for F2 and copying out, so editing
// and pasting round-trip) and what the cell shows (the points earned, the same meaning in
// every row). What a typed text means is shared/assessment/typed-input.ts, also used by paste.
import type { ScoredItem } from '../../../shared/assessment/criteria';
import { bonusAmount, leafScore } from '../../../shared/assessment/rules';
import { parseTypedValue, type TypedValue } from '../../../shared/assessment/typed-input';
import type { EntryValue, ScoreEntry } from '../../../shared/assessment/schema';

export type ParsedCell = TypedValue;

/** Reads a typed cell under its item's rule (see parseTypedValue); `earlier` is the cell's value now. */
export function parseCellInput(raw: string, item: ScoredItem, earlier?: EntryValue): ParsedCell {
  return parseTypedValue(raw, item, earlier);
}

/** Trims a number for display: 8.50 → 8.5. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Words the cell shows for marks, in the user's language. */
export interface CellWords {
  na: string;
  yes: string;
  no: string;
  /** Between a deduction's reasons: '；' in Chinese, '; ' in English. */
  separator: string;
}

/** How an entry is typed: the same form the user types, so F2, copy and paste round-trip. */
export function cellText(entry: ScoreEntry | undefined, item: ScoredItem, words: CellWords): string {
  if (!entry) return '';
  const v = entry.value;
  switch (v.kind) {
    case 'score':
      return formatNumber(v.score);
    case 'deductions': {
      const count = v.occurrences.reduce((a, o) => a + o.count, 0);
      return count === 0 ? '0' : `${count} ${v.occurrences.map((o) => o.reason).join(words.separator)}`;
    }
    case 'tier':
      return item.kind === 'leaf' && item.leaf.rule.kind === 'tiered'
        ? (item.leaf.rule.levels[v.level]?.label ?? String(v.level + 1))
        : String(v.level + 1);
    case 'control':
      return formatNumber(v.actual);
    case 'bonus':
      return v.achievements.length ? `+${v.achievements.length}` : '0';
    case 'veto':
      return v.triggered ? words.yes : words.no;
    case 'na':
      return words.na;
  }
}

/** Points a regular leaf's entry earns, or null (N/A, or not a leaf). */
export function earnedPoints(entry: ScoreEntry, item: ScoredItem): number | null {
  if (item.kind !== 'leaf') return null;
  return leafScore(entry.value, item.leaf.rule, item.leaf.criterion.points, entry.unitId);
}

/**
 * What the cell shows: every leaf row the points earned (a deduction row the points left after
 * its deductions, a level row its level's points, a control row the points after the excess),
 * so a column reads one way; a bonus row "+points", a veto row 是/否, N/A as 不适用. How many
 * deductions, which level, what actual figure: the cell's title and the details panel.
 */
export function cellDisplay(entry: ScoreEntry | undefined, item: ScoredItem, words: CellWords): string {
  if (!entry) return '';
  const v = entry.value;
  if (v.kind === 'na' || v.kind === 'veto') return cellText(entry, item, words);
  if (v.kind === 'bonus') return item.kind === 'bonus' ? `+${formatNumber(bonusAmount(v, item.item.levels, item.item.cap))}` : '';
  const earned = earnedPoints(entry, item);
  return earned === null ? '' : formatNumber(earned);
}
