import type { ScoredItem } from '../assessment/criteria';
import type { EntryValue } from '../assessment/schema';
import type { Translate } from '../i18n/messages';
import type { Content } from './cells';

/** An entry's value as a person reads it: "3.5 分", "扣分 2 次：迟报1起；…", "基本完成", "不适用". */
export function valueText(value: EntryValue, item: ScoredItem | undefined, t: Translate): string {
  switch (value.kind) {
    case 'score':
      return t('packages.value.score', { score: value.score });
    case 'deductions': {
      const count = value.occurrences.reduce((a, o) => a + o.count, 0);
      return t('packages.value.deductions', {
        count,
        reasons: value.occurrences.map((o) => (o.count > 1 ? `${o.reason}×${o.count}` : o.reason)).join(t('packages.value.separator')),
      });
    }
    case 'tier': {
      const label = item?.kind === 'leaf' && item.leaf.rule.kind === 'tiered' ? item.leaf.rule.levels[value.level]?.label : undefined;
      return label ?? t('packages.value.tier', { level: value.level + 1 });
    }
    case 'control':
      return t('packages.value.control', { actual: value.actual });
    case 'bonus': {
      const levels = item?.kind === 'bonus' ? item.item.levels : [];
      const items = value.achievements.map((a) =>
        t('packages.value.bonusItem', { name: a.name, level: levels[a.level]?.label ?? a.level + 1 }),
      );
      return t('packages.value.bonus', { items: items.join(t('packages.value.separator')) || '—' });
    }
    case 'veto':
      return t(value.triggered ? 'packages.value.vetoYes' : 'packages.value.vetoNo');
    case 'na':
      return t('packages.value.na');
  }
}

/** A candidate's content in one line: the value and, when written, its reason and note. */
export function contentText(content: Content | null, item: ScoredItem | undefined, t: Translate): string {
  if (content === null) return t('packages.value.cleared');
  const remarks = [content.reason, content.evidence, content.note].filter((s) => s.trim()).join(t('packages.value.separator'));
  return remarks
    ? t('packages.value.withRemarks', { value: valueText(content.value, item, t), remarks })
    : valueText(content.value, item, t);
}
