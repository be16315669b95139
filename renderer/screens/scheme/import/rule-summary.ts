import type { LeafRule } from '../../../../shared/assessment/schema';
import type { Translate } from '../../../../shared/i18n/messages';

/** A rule in one line of words, as the import review shows it beside the 评分标准 text. */
export function ruleSummary(rule: LeafRule, t: Translate): string {
  switch (rule.kind) {
    case 'deduction':
      return rule.reasons?.length
        ? t('import.rules.reasons', {
            reasons: rule.reasons.map((r) => `${r.label} −${r.points}`).join(t('list.separator')),
            n: rule.perOccurrence,
          })
        : t('import.rules.deduction', { n: rule.perOccurrence });
    case 'tiered':
      return t('import.rules.tiered', { levels: rule.levels.map((l) => `${l.label} ${l.points}`).join(' / ') });
    case 'plain':
      return t('import.rules.plain', { step: rule.step });
    case 'control':
      return t('import.rules.control', { n: rule.perUnitOver });
  }
}
