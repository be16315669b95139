// What an evaluator has already entered, as it would be typed into their score sheet: the
// option to export a filled sheet, to check on paper. Written exactly as the import reads it
// back (readInput), so returning the sheet unchanged changes no points.
import { leavesOf } from '../assessment/criteria';
import { leafScore } from '../assessment/rules';
import type { Assessment, ScoreEntry } from '../assessment/schema';
import type { Translate } from '../i18n/messages';
import type { LayoutItem, ScoreSheetLayout } from './layout';

/** A pre-filled pair of cells: the 评分 cell and its 理由/说明 cell. */
export interface PrefilledCell {
  value: string | number;
  reason: string;
}

/** Key of an item and unit in the map prefill() returns. */
export const prefillKey = (itemId: string, unitId: string) => `${itemId}\u0000${unitId}`;

function cellOf(e: ScoreEntry, item: LayoutItem, t: Translate, sep: string): PrefilledCell | null {
  const v = e.value;
  const input = item.input;
  switch (v.kind) {
    case 'na':
      return { value: t('sheet.na'), reason: e.reason };
    case 'score':
      return { value: v.score, reason: e.reason };
    case 'control':
      return { value: v.actual, reason: e.reason };
    case 'deductions': {
      // Several occurrences become one count with their reasons joined: the points stay the same.
      const count = v.occurrences.reduce((a, o) => a + o.count, 0);
      return { value: count, reason: [...v.occurrences.map((o) => o.reason), e.reason].filter(Boolean).join(sep) };
    }
    case 'tier':
      return input.kind === 'level' ? { value: input.labels[v.level] ?? '', reason: e.reason } : null;
    case 'bonus': {
      if (input.kind !== 'bonus' || v.achievements.length === 0) return null;
      // The best level reached counts (the same achievement counts once, at its highest level).
      const best = v.achievements.reduce((a, b) => (b.level < a.level ? b : a));
      return { value: input.labels[best.level] ?? '', reason: v.achievements.map((a) => a.reason || a.name).join(sep) };
    }
    case 'veto':
      return { value: t(v.triggered ? 'sheet.yes' : 'sheet.no'), reason: e.reason };
  }
}

/**
 * The evaluator's entries on the cells of their sheet, keyed by prefillKey(item, unit). Cells
 * without an entry are left out (they stay empty, as on a blank sheet).
 */
export function prefill(layout: ScoreSheetLayout, doc: Pick<Assessment, 'entries'>, t: Translate): Map<string, PrefilledCell> {
  const items = new Map(layout.items.map((i) => [i.itemId, i]));
  const units = new Set(layout.units.map((u) => u.unitId));
  const sep = t('report.sep.clause');
  const out = new Map<string, PrefilledCell>();
  for (const e of doc.entries) {
    if (e.evaluatorId !== layout.evaluator.id || !units.has(e.unitId)) continue;
    const item = items.get(e.criterionId);
    if (!item) continue;
    const cell = cellOf(e, item, t, sep);
    if (cell && cell.value !== '') out.set(prefillKey(e.criterionId, e.unitId), cell);
  }
  return out;
}

/**
 * Points the evaluator's own entries earn per unit on the regular items of their sheet (rules
 * applied, N/A left out): the 合计 of a filled sheet, to check a paper form's sum against.
 */
export function earnedByUnit(layout: ScoreSheetLayout, doc: Pick<Assessment, 'entries' | 'scheme' | 'settings'>): Map<string, number> {
  const leaves = new Map(leavesOf(doc.scheme, doc.settings.defaultStep).map((l) => [l.criterion.id, l]));
  const onSheet = new Set(layout.items.map((i) => i.itemId));
  const sums = new Map(layout.units.map((u) => [u.unitId, 0]));
  for (const e of doc.entries) {
    const leaf = leaves.get(e.criterionId);
    if (e.evaluatorId !== layout.evaluator.id || !leaf || !onSheet.has(e.criterionId) || !sums.has(e.unitId)) continue;
    const points = leafScore(e.value, leaf.rule, leaf.criterion.points, e.unitId);
    if (points !== null) sums.set(e.unitId, sums.get(e.unitId)! + points);
  }
  return sums;
}
