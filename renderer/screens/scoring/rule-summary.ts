import type { ScoredItem } from '../../../shared/assessment/criteria';
import type { Translate } from '../../../shared/i18n/messages';
import { formatNumber } from './cell-input';

/** A rule in a few words for the grid's rule column: what to type there. */
export function ruleSummary(item: ScoredItem, t: Translate): string {
  if (item.kind === 'bonus') return t('rule.bonusShort', { cap: formatNumber(item.item.cap) });
  if (item.kind === 'veto') return item.item.effect === 'veto' ? t('rule.vetoShort') : t('rule.barShort');
  const rule = item.leaf.rule;
  switch (rule.kind) {
    case 'plain':
      return t('rule.plainShort', { step: formatNumber(rule.step) });
    case 'deduction':
      return t('rule.deductionShort', { per: formatNumber(rule.perOccurrence) });
    case 'tiered':
      return t('rule.tieredShort', { levels: rule.levels.map((l) => formatNumber(l.points)).join('/') });
    case 'control':
      return t('rule.controlShort', { per: formatNumber(rule.perUnitOver) });
  }
}
