import type { Assessment, SchemeCriterion } from '../assessment/schema';
import type { Results } from '../scoring/types';
import type { WeightGroup } from './groups';

/** Why a unit's row was left out of the objective weights. */
export type ExcludedReason = 'missing' | 'notApplicable';

export interface GroupData {
  criteria: { id: string; code: string; title: string; points: number }[];
  /** One row per unit kept: each criterion's score as a rate (earned / applicable points). */
  rows: { unitId: string; unitName: string; rates: number[] }[];
  /** Units left out, each with the first criterion that made it so. */
  excluded: { unitId: string; unitName: string; reason: ExcludedReason; criterionCode: string }[];
}

const leavesUnder = (c: SchemeCriterion): SchemeCriterion[] => (c.children.length === 0 ? [c] : c.children.flatMap(leavesUnder));

/**
 * The scores of a group's criteria for every unit, as rates, so items of different points are
 * comparable. Missing scores are not guessed: a unit with any unscored item in the group is left
 * out and listed. N/A items are dropped from both earned and possible points (as the total's
 * N/A rule does); a criterion that is wholly N/A for a unit leaves that unit out too.
 */
export function groupData(doc: Assessment, results: Results, group: WeightGroup): GroupData {
  const leafIndex = new Map(results.leafIds.map((id, i) => [id, i]));
  const criteria = group.criteria.map((c) => ({ id: c.id, code: c.code, title: c.title, points: c.points, leaves: leavesUnder(c) }));
  const rows: GroupData['rows'] = [];
  const excluded: GroupData['excluded'] = [];
  for (const unit of doc.units) {
    const cells = results.cells[unit.id] ?? [];
    const rates: number[] = [];
    let reason: { reason: ExcludedReason; criterionCode: string } | null = null;
    for (const c of criteria) {
      let earned = 0;
      let possible = 0;
      for (const leaf of c.leaves) {
        const cell = cells[leafIndex.get(leaf.id) ?? -1];
        if (!cell || cell.state === 'missing') {
          reason ??= { reason: 'missing', criterionCode: c.code };
          continue;
        }
        if (cell.state === 'na') continue;
        earned += cell.score ?? 0;
        possible += leaf.points;
      }
      if (possible <= 0) reason ??= { reason: 'notApplicable', criterionCode: c.code };
      rates.push(possible > 0 ? earned / possible : 0);
    }
    if (reason) excluded.push({ unitId: unit.id, unitName: unit.name, ...reason });
    else rows.push({ unitId: unit.id, unitName: unit.name, rates });
  }
  return { criteria: criteria.map(({ leaves: _l, ...c }) => c), rows, excluded };
}
