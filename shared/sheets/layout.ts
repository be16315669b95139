// Where everything sits on an evaluator's score sheet. Export draws this layout; import
// re-derives it from the assessment and reads the cells back through it, so the two can never
// disagree about which cell is which unit and criterion.
import { buildAssignmentIndex } from '../assessment/assignment';
import { leavesOf } from '../assessment/criteria';
import { targetFor } from '../assessment/rules';
import type { Assessment, Evaluator } from '../assessment/schema';
import type { Translate } from '../i18n/messages';
import { criterionLabel, short } from '../report/context';
import { levelsText, ruleText } from '../report/rule-text';
import { itemCode } from '../assessment/item-code';

export const SHEET_FORMAT = 'kaoping-score-sheet';
export const SHEET_FORMAT_VERSION = 1;
/** Name of the hidden sheet that identifies the file. */
export const IDENTITY_SHEET = '_kaoping';

/** What an input cell takes, by the item's rule. */
export type InputKind =
  | { kind: 'score'; max: number; step: number }
  | { kind: 'count'; per: number }
  | { kind: 'level'; labels: string[] }
  | { kind: 'actual'; per: number; targets: Record<string, number> }
  | { kind: 'bonus'; labels: string[] }
  | { kind: 'veto' };

export interface LayoutItem {
  row: number;
  itemId: string;
  code: string;
  label: string;
  /** Points of a leaf, the cap of a bonus item, null for a veto item. */
  points: number | null;
  rule: string;
  input: InputKind;
}

export interface LayoutUnit {
  unitId: string;
  name: string;
  /** 1-based columns of the unit's input and reason cells. */
  valueCol: number;
  reasonCol: number;
}

export interface ScoreSheetLayout {
  assessmentId: string;
  assessmentName: string;
  year: number;
  schemeVersion: number;
  evaluator: Pick<Evaluator, 'id' | 'name'>;
  team: string | null;
  /** Row of the unit names (merged over each unit's pair of columns) and of the column labels under them. */
  unitRow: number;
  labelRow: number;
  sections: { row: number; title: string }[];
  items: LayoutItem[];
  units: LayoutUnit[];
  lastRow: number;
  lastCol: number;
}

/** Fixed columns: code, criterion, points, rule; units start after them. */
export const FIXED_COLUMNS = 4;
const FIRST_ITEM_ROW = 6;
/**
 * Rows after the last item that belong to the form without being read: the 合计 row, a gap and
 * the 考核人员签字 / 日期 line. Whatever is written there (a name typed in, a sum) is not an
 * entry, so the import neither reads nor refuses it.
 */
export const FOOTER_ROWS = 4;

/**
 * The layout of `evaluatorId`'s score sheet: the units they score as columns (an input and a
 * reason column each), the leaves they score as rows grouped by section, then the bonus and
 * veto items they are assigned. Texts in the language of `t`.
 */
export function scoreSheetLayout(doc: Assessment, evaluatorId: string, t: Translate): ScoreSheetLayout {
  const evaluator = doc.evaluators.find((e) => e.id === evaluatorId);
  if (!evaluator) throw new Error(`unknown evaluator ${evaluatorId}`);
  const assigned = buildAssignmentIndex(doc).resolved(evaluatorId)!;
  const units = doc.units.filter((u) => assigned.units === null || assigned.units.has(u.id));
  const covers = (id: string) => assigned.criteria === null || assigned.criteria.has(id);
  const sections: { row: number; title: string }[] = [];
  const items: LayoutItem[] = [];
  let row = FIRST_ITEM_ROW;
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep).filter((l) => covers(l.criterion.id));
  leaves.forEach((leaf, i) => {
    if (i === 0 || leaves[i - 1]!.sectionIndex !== leaf.sectionIndex) {
      sections.push({
        row: row++,
        title: `${criterionLabel(leaf.section)}${t('report.pointsSuffix', { points: short(leaf.section.points) })}`,
      });
    }
    const { criterion, rule } = leaf;
    const base = {
      row: row++,
      itemId: criterion.id,
      code: itemCode(criterion),
      label: criterionLabel(criterion),
      points: criterion.points,
    };
    switch (rule.kind) {
      case 'plain':
        items.push({ ...base, rule: ruleText(criterion, rule, t), input: { kind: 'score', max: criterion.points, step: rule.step } });
        break;
      case 'deduction':
        items.push({
          ...base,
          rule: t('sheet.rule.count', { per: short(rule.perOccurrence) }),
          input: { kind: 'count', per: rule.perOccurrence },
        });
        break;
      case 'tiered':
        items.push({
          ...base,
          rule: t('sheet.rule.level', { levels: levelsText(rule.levels, t) }),
          input: { kind: 'level', labels: rule.levels.map((l) => l.label) },
        });
        break;
      case 'control':
        items.push({
          ...base,
          rule: t('sheet.rule.actual', { per: short(rule.perUnitOver) }),
          input: { kind: 'actual', per: rule.perUnitOver, targets: Object.fromEntries(units.map((u) => [u.id, targetFor(rule, u.id)])) },
        });
        break;
    }
  });
  const bonus = doc.scheme.bonus.items.filter((b) => covers(b.id));
  if (bonus.length) {
    const cap = doc.scheme.bonus.cap;
    sections.push({ row: row++, title: cap === null ? t('sheet.section.bonusNoCap') : t('sheet.section.bonus', { cap: short(cap) }) });
    // Readable codes (加1, 否2), numbered in the scheme's order so a code means the same item on every sheet; ids are internal.
    const number = new Map(doc.scheme.bonus.items.map((b, i) => [b.id, i + 1]));
    for (const b of bonus)
      items.push({
        row: row++,
        itemId: b.id,
        code: t('papers.sheet.bonusCode', { n: number.get(b.id)! }),
        label: b.title,
        points: b.cap,
        rule: t('sheet.rule.level', { levels: levelsText(b.levels, t) }),
        input: { kind: 'bonus', labels: b.levels.map((l) => l.label) },
      });
  }
  const vetoes = doc.scheme.vetoes.filter((v) => covers(v.id));
  if (vetoes.length) {
    sections.push({ row: row++, title: t('sheet.section.vetoes') });
    const number = new Map(doc.scheme.vetoes.map((v, i) => [v.id, i + 1]));
    for (const v of vetoes) {
      const effect = t(v.effect === 'veto' ? 'report.rule.veto' : 'report.rule.barExcellent');
      items.push({
        row: row++,
        itemId: v.id,
        code: t('papers.sheet.vetoCode', { n: number.get(v.id)! }),
        label: v.title,
        points: null,
        rule: t('sheet.rule.veto', { effect }),
        input: { kind: 'veto' },
      });
    }
  }
  const team = evaluator.teamId ? (doc.teams.find((x) => x.id === evaluator.teamId)?.name ?? null) : null;
  return {
    assessmentId: doc.id,
    assessmentName: doc.name,
    year: doc.year,
    schemeVersion: doc.scheme.version,
    evaluator: { id: evaluator.id, name: evaluator.name },
    team,
    unitRow: FIRST_ITEM_ROW - 2,
    labelRow: FIRST_ITEM_ROW - 1,
    sections,
    items,
    units: units.map((u, i) => ({ unitId: u.id, name: u.name, valueCol: FIXED_COLUMNS + 1 + 2 * i, reasonCol: FIXED_COLUMNS + 2 + 2 * i })),
    lastRow: row - 1,
    lastCol: FIXED_COLUMNS + 2 * units.length,
  };
}

/**
 * The layout as one canonical text: everything that decides which cell means what. Its hash,
 * stored in the hidden sheet at export, tells at import whether the file still has this layout.
 */
export function layoutSignature(layout: ScoreSheetLayout): string {
  return JSON.stringify([
    SHEET_FORMAT,
    SHEET_FORMAT_VERSION,
    layout.assessmentId,
    layout.schemeVersion,
    layout.evaluator.id,
    layout.items.map((i) => [i.row, i.itemId, i.code, i.label, i.points, i.input]),
    layout.sections.map((s) => [s.row, s.title]),
    layout.units.map((u) => [u.unitId, u.name, u.valueCol, u.reasonCol]),
  ]);
}
