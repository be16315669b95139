import type { LeafRule } from '../assessment/schema';
import type { Translate } from '../i18n/messages';

/** Points as a terminal shows them: "1", "0.5" (never "1.0000000002"). */
const n = (x: number) => String(Math.round(x * 100) / 100);

/**
 * A leaf's rule in a few words for a terminal column beside the item: "扣分 1/次", "档次 6/3/0",
 * "打分 0.5", "控制 超1扣2"; an item whose 评分标准 words were not recognised is marked "？待确认".
 * Null when the item has no 评分标准 words at all (a prose plan's item): nothing to show.
 */
export function ruleShort(rule: LeafRule | undefined, ruleText: string | undefined, t: Translate): string | null {
  if (!ruleText) return rule ? ruleShort(rule, ' ', t) : null;
  if (!rule) return t('cli.rule.unrecognised');
  switch (rule.kind) {
    case 'deduction':
      return rule.reasons?.length
        ? t('cli.rule.reasons', { points: rule.reasons.map((r) => n(r.points)).join('/'), count: rule.reasons.length })
        : t('cli.rule.deduction', { n: n(rule.perOccurrence) });
    case 'tiered':
      return t('cli.rule.tiered', { levels: rule.levels.map((l) => n(l.points)).join('/') });
    case 'plain':
      return t('cli.rule.plain', { step: n(rule.step) });
    case 'control':
      return t('cli.rule.control', { n: n(rule.perUnitOver) });
  }
}
