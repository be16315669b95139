// Scoring rules and grade thresholds in words, as the report and the score sheets state them.
import type { BonusItem, LeafRule, SchemeCriterion, Settings, VetoItem } from '../assessment/schema';
import { gradeLabel } from '../i18n/labels';
import type { Translate } from '../i18n/messages';
import { short } from './context';

/** Levels as "全面完成 4 分；基本完成 3 分". */
export function levelsText(levels: { label: string; points: number }[], t: Translate): string {
  return levels.map((l) => t('report.rule.level', { label: l.label, points: short(l.points) })).join(t('report.sep.clause'));
}

/** A leaf's rule in words, e.g. "0–4 分，步长 0.5 分" or "每次扣 1 分，扣完为止". */
export function ruleText(criterion: SchemeCriterion, rule: LeafRule, t: Translate): string {
  const points = short(criterion.points);
  switch (rule.kind) {
    case 'plain':
      return t('report.rule.plain', { points, step: short(rule.step) });
    case 'deduction':
      return t('report.rule.deduction', { points, per: short(rule.perOccurrence) });
    case 'tiered':
      return t('report.rule.tiered', { levels: levelsText(rule.levels, t) });
    case 'control':
      return t('report.rule.control', { target: short(rule.target), per: short(rule.perUnitOver) });
  }
}

export function bonusText(item: BonusItem, t: Translate): string {
  return t('report.method.bonusItem', { title: item.title, levels: levelsText(item.levels, t), cap: short(item.cap) });
}

export function vetoText(item: VetoItem, t: Translate): string {
  return `${item.title}（${t(item.effect === 'veto' ? 'report.rule.veto' : 'report.rule.barExcellent')}）`;
}

/** Grade thresholds, e.g. "优秀 ≥ 90；良好 80–<90；合格 60–<80；不合格 < 60". */
export function gradesText(settings: Settings, t: Translate): string {
  const g = settings.grades;
  const label = (id: 'excellent' | 'good' | 'pass' | 'fail') => gradeLabel(id, settings.gradeNames, t);
  const parts = [`${label('excellent')} ≥ ${short(g.excellent)}`];
  if (g.good !== null) parts.push(`${label('good')} ${short(g.good)}–<${short(g.excellent)}`);
  parts.push(`${label('pass')} ${short(g.pass)}–<${short(g.good ?? g.excellent)}`);
  parts.push(`${label('fail')} < ${short(g.pass)}`);
  return parts.join(t('report.sep.clause'));
}
