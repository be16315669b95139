import type { ScoredItem } from '../../../shared/assessment/criteria';
import type { ScoreEntry } from '../../../shared/assessment/schema';
import type { Translate } from '../../../shared/i18n/messages';
import { earnedPoints, formatNumber } from './cell-input';

/** What a cell's number stands for, on hover: how many deductions, which level, what actual figure. */
export function cellTitle(entry: ScoreEntry | undefined, item: ScoredItem, t: Translate): string {
  if (!entry) return '';
  const v = entry.value;
  const points = formatNumber(earnedPoints(entry, item) ?? 0);
  switch (v.kind) {
    case 'deductions':
      return t('grid.deductedCount', { count: v.occurrences.reduce((a, o) => a + o.count, 0), points });
    case 'tier': {
      const label = item.kind === 'leaf' && item.leaf.rule.kind === 'tiered' ? (item.leaf.rule.levels[v.level]?.label ?? '') : '';
      return t('grid.tierOf', { label, points });
    }
    case 'control':
      return t('grid.controlOf', { actual: formatNumber(v.actual), points });
    default:
      return entry.reason;
  }
}
