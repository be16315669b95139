// 扣分情况反馈: a letter to each assessed unit saying where it lost points and why (the
// evaluators' reasons merged), its bonus and vetoes, its total, grade and rank, and by which
// date it may confirm or appeal.
import type { Assessment } from '../assessment/schema';
import { gradeLabel } from '../i18n/labels';
import type { Translate } from '../i18n/messages';
import { criterionLabel, short } from '../report/context';
import type { Results } from '../scoring/types';
import type { DocBlock, DocModel } from './doc-model';
import { allUnitFindings, totalLost, type UnitFindings } from './findings';
import { dateText, isProvisional, officeName, type PaperOptions } from './options';

/** The blocks of one unit's letter. */
export function feedbackBlocks(doc: Assessment, f: UnitFindings, ranked: number, options: PaperOptions, t: Translate): DocBlock[] {
  const office = officeName(options, t);
  const sep = t('report.sep.clause');
  const u = f.unit;
  const blocks: DocBlock[] = [
    { kind: 'title', text: t('papers.feedback.title', { name: doc.name }) },
    { kind: 'salutation', text: t('papers.feedback.to', { unit: u.unitName }) },
    { kind: 'para', text: t('papers.feedback.intro', { name: doc.name }) },
    {
      kind: 'para',
      emphasis: true,
      text: t('papers.feedback.result', {
        total: u.total.toFixed(2),
        base: u.baseTotal.toFixed(2),
        bonus: short(u.bonus),
        grade: gradeLabel(u.grade, doc.settings.gradeNames, t),
        rank: u.rank === null ? t('papers.feedback.noRank') : t('papers.feedback.rank', { rank: u.rank, count: ranked }),
      }),
    },
    { kind: 'heading', level: 1, text: t('papers.feedback.lostHeading') },
  ];
  const lost = f.items.filter((i) => i.lost > 0);
  if (lost.length === 0) blocks.push({ kind: 'para', text: t('papers.feedback.noneLost') });
  else {
    blocks.push({ kind: 'para', text: t('papers.feedback.lostSummary', { count: lost.length, points: short(totalLost(f)) }) });
    // A table, as offices lay these letters out: one row per item, the reasons beside the points.
    blocks.push({
      kind: 'table',
      columns: [
        { label: t('papers.col.no'), width: 8, align: 'center' },
        { label: t('papers.col.item'), width: 34 },
        { label: t('papers.col.points'), width: 8, align: 'center' },
        { label: t('papers.col.score'), width: 8, align: 'center' },
        { label: t('papers.col.lost'), width: 8, align: 'center' },
        { label: t('papers.col.reasons'), width: 34 },
      ],
      // 序号 counts the rows; the item keeps its own number ("(十一) …") in its text.
      rows: lost.map((i, n) => {
        const c = i.leaf.criterion;
        return [
          String(n + 1),
          criterionLabel(c),
          short(c.points),
          short(i.cell.score ?? 0),
          short(i.lost),
          i.reasons.length ? i.reasons.join(sep) : t('papers.sheet.noReason'),
        ];
      }),
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: t('papers.feedback.bonusHeading') });
  blocks.push({
    kind: 'para',
    text:
      f.bonus.points > 0
        ? t('papers.feedback.bonus', { points: short(f.bonus.points), reasons: f.bonus.reasons.join(sep) || t('papers.sheet.noReason') })
        : t('papers.feedback.noBonus'),
  });
  blocks.push({ kind: 'heading', level: 1, text: t('papers.feedback.vetoHeading') });
  if (f.vetoes.length === 0) blocks.push({ kind: 'para', text: t('papers.feedback.noVeto') });
  for (const v of f.vetoes) {
    const effect =
      v.item.effect === 'veto'
        ? t('papers.notice.vetoEffect.veto', { grade: gradeLabel('fail', doc.settings.gradeNames, t) })
        : t('papers.notice.vetoEffect.barExcellent');
    blocks.push({
      kind: 'para',
      text: t('papers.feedback.veto', { item: v.item.title, effect, reasons: v.reasons.join(sep) || t('papers.sheet.noReason') }),
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: t('papers.feedback.appealHeading') });
  blocks.push({ kind: 'para', text: t('papers.feedback.appeal', { date: dateText(options.appealBy, t), office }) });
  blocks.push({ kind: 'signature', lines: [office, dateText(options.date, t)] });
  return blocks;
}

/** One letter per unit in `unitIds` (all by default), in ranking order, each a document of its own. */
export function buildFeedbackLetters(
  doc: Assessment,
  results: Results,
  options: PaperOptions,
  t: Translate,
  unitIds?: string[],
): { unitName: string; model: DocModel }[] {
  const wanted = unitIds ? new Set(unitIds) : null;
  const ranked = results.units.filter((u) => u.rank !== null).length;
  const mark = isProvisional(doc) ? t('papers.provisional') : null;
  return allUnitFindings(doc, results)
    .filter((f) => !wanted || wanted.has(f.unit.unitId))
    .map((f) => ({
      unitName: f.unit.unitName,
      model: {
        title: t('papers.feedback.title', { name: doc.name }).replace(/\n/g, ''),
        creator: officeName(options, t),
        provisionalMark: mark,
        parts: [feedbackBlocks(doc, f, ranked, options, t)],
      },
    }));
}
