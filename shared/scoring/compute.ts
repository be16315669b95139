import { buildAssignmentIndex } from '../assessment/assignment';
import { leavesOf, type Leaf } from '../assessment/criteria';
import { bonusAmount, leafScore } from '../assessment/rules';
import type { Assessment, CombineMethod } from '../assessment/schema';
import { combine, type Weighted } from './combine';
import { belowExcellent, gradeByScore, quotaCount } from './grades';
import { normalizeRatio, StatsBuilder, type Stats } from './normalize';
import { rank } from './ranking';
import { round2 } from './rounding';
import type { CellResult, Gap, Results, SectionResult, UnitResult } from './types';

/** Per-cell inputs gathered from the entries, before combining. */
export interface CellInputs {
  values: Weighted[];
  na: number;
  entered: Set<number>;
}

/** The pieces every computation needs, indexed once. */
export interface Indexed {
  leaves: Leaf[];
  leafIndex: Map<string, number>;
  unitIndex: Map<string, number>;
  evaluatorIndex: Map<string, number>;
  weights: number[];
  /** cells[unit * leaves + leaf]. */
  cells: CellInputs[];
  bonus: Weighted[][][]; // [unit][bonusItem]
  vetoes: Set<string>[]; // [unit] → triggered item ids
  evaluatorStats: Stats[];
  groupStats: Stats;
}

/** Gathers every entry into its cell, with the score its rule gives it. */
export function indexEntries(doc: Assessment): Indexed {
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep);
  const leafIndex = new Map(leaves.map((l, i) => [l.criterion.id, i]));
  const unitIndex = new Map(doc.units.map((u, i) => [u.id, i]));
  const evaluatorIndex = new Map(doc.evaluators.map((e, i) => [e.id, i]));
  const weights = doc.evaluators.map((e) => (doc.settings.useEvaluatorWeights ? e.weight : 1));
  const bonusIndex = new Map(doc.scheme.bonus.items.map((b, i) => [b.id, i]));
  const vetoIds = new Set(doc.scheme.vetoes.map((v) => v.id));
  const L = leaves.length;
  const cells: CellInputs[] = Array.from({ length: doc.units.length * L }, () => ({ values: [], na: 0, entered: new Set<number>() }));
  const bonus = doc.units.map(() => doc.scheme.bonus.items.map((): Weighted[] => []));
  const vetoes = doc.units.map(() => new Set<string>());
  const perEvaluator = doc.evaluators.map(() => new StatsBuilder());
  const group = new StatsBuilder();

  for (const entry of doc.entries) {
    const u = unitIndex.get(entry.unitId);
    const e = evaluatorIndex.get(entry.evaluatorId);
    if (u === undefined || e === undefined) continue;
    const c = leafIndex.get(entry.criterionId);
    if (c !== undefined) {
      const leaf = leaves[c]!;
      const cell = cells[u * L + c]!;
      cell.entered.add(e);
      const score = leafScore(entry.value, leaf.rule, leaf.criterion.points, entry.unitId);
      if (score === null) cell.na++;
      else {
        cell.values.push({ value: score, weight: weights[e]!, evaluator: e });
        if (leaf.criterion.points > 0) {
          perEvaluator[e]!.add(score / leaf.criterion.points);
          group.add(score / leaf.criterion.points);
        }
      }
      continue;
    }
    const b = bonusIndex.get(entry.criterionId);
    if (b !== undefined) {
      const item = doc.scheme.bonus.items[b]!;
      bonus[u]![b]!.push({ value: bonusAmount(entry.value, item.levels, item.cap), weight: weights[e]!, evaluator: e });
    } else if (vetoIds.has(entry.criterionId) && entry.value.kind === 'veto' && entry.value.triggered) {
      vetoes[u]!.add(entry.criterionId);
    }
  }
  return { leaves, leafIndex, unitIndex, evaluatorIndex, weights, cells, bonus, vetoes, evaluatorStats: perEvaluator.map((s) => s.build()), groupStats: group.build() };
}

/** The combining method of a leaf: its own override, else the scheme's. */
export function methodFor(leaf: Leaf, fallback: CombineMethod): CombineMethod {
  return leaf.criterion.combine ?? fallback;
}

/** Values ready to combine: normalised onto the group when the method asks for it. */
export function prepared(values: Weighted[], leaf: Leaf, method: CombineMethod, ix: Indexed): Weighted[] {
  if (method !== 'normalized' || leaf.criterion.points <= 0) return values;
  const p = leaf.criterion.points;
  return values.map((v) => ({ ...v, value: normalizeRatio(v.value / p, ix.evaluatorStats[v.evaluator]!, ix.groupStats) * p }));
}

function cellResult(cell: CellInputs, leaf: Leaf, method: CombineMethod, ix: Indexed, assigned: number[], evaluatorIds: string[]): CellResult {
  const ids = assigned.filter((e) => !cell.entered.has(e)).map((e) => evaluatorIds[e]!);
  let spread = 0;
  if (cell.values.length > 1) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of cell.values) {
      lo = Math.min(lo, v.value);
      hi = Math.max(hi, v.value);
    }
    spread = hi - lo;
  }
  if (cell.values.length === 0) {
    return { state: cell.na > 0 ? 'na' : 'missing', score: null, count: 0, missing: ids, spread: 0, mixedNa: false };
  }
  const score = combine(prepared(cell.values, leaf, method, ix), method).value;
  return { state: 'scored', score, count: cell.values.length, missing: ids, spread, mixedNa: cell.na > 0 };
}

/**
 * Computes every unit's results: combined cell scores, section subtotals, N/A rescaling, bonus
 * (item and scheme caps), veto and 否优项, completeness, ranks and grades (with the 优秀 quota).
 */
export function computeResults(doc: Assessment): Results {
  const ix = indexEntries(doc);
  const { settings, scheme } = doc;
  const L = ix.leaves.length;
  const assignment = buildAssignmentIndex(doc);
  const evaluatorIds = doc.evaluators.map((e) => e.id);
  // Who is assigned where: a unit test and an item test per evaluator, resolved once.
  const coversUnit = evaluatorIds.map((id) => {
    const units = assignment.resolved(id)?.units;
    return doc.units.map((u) => units === null || units === undefined || units.has(u.id));
  });
  const coversLeaf = evaluatorIds.map((id) => {
    const criteria = assignment.resolved(id)?.criteria;
    return ix.leaves.map((l) => criteria === null || criteria === undefined || criteria.has(l.criterion.id));
  });
  const vetoById = new Map(scheme.vetoes.map((v) => [v.id, v]));

  const cells: Record<string, CellResult[]> = {};
  const units: UnitResult[] = doc.units.map((unit, u) => {
    const row: CellResult[] = [];
    const sectionEarned = scheme.criteria.map(() => 0);
    const sectionNa = scheme.criteria.map(() => 0);
    const gaps: Gap[] = [];
    for (let c = 0; c < L; c++) {
      const leaf = ix.leaves[c]!;
      const assigned: number[] = [];
      for (let e = 0; e < evaluatorIds.length; e++) if (coversUnit[e]![u] && coversLeaf[e]![c]) assigned.push(e);
      const cell = cellResult(ix.cells[u * L + c]!, leaf, methodFor(leaf, settings.combine), ix, assigned, evaluatorIds);
      row.push(cell);
      if (cell.state === 'scored') sectionEarned[leaf.sectionIndex]! += cell.score!;
      else if (cell.state === 'na') sectionNa[leaf.sectionIndex]! += leaf.criterion.points;
      if (cell.missing.length > 0 || (assigned.length === 0 && cell.state === 'missing')) gaps.push({ criterionId: leaf.criterion.id, evaluatorIds: cell.missing });
    }
    cells[unit.id] = row;
    const sections: SectionResult[] = scheme.criteria.map((s, i) => {
      const scale = s.domainScale ? s.points / s.domainScale : 1;
      return { criterionId: s.id, code: s.code, title: s.title, number: s.number, points: s.points, naPoints: sectionNa[i]! * scale, score: sectionEarned[i]! * scale };
    });
    const earned = sections.reduce((a, s) => a + s.score, 0);
    const naPoints = sections.reduce((a, s) => a + s.naPoints, 0);
    const applicable = scheme.total - naPoints;
    const baseTotal = naPoints > 0 ? (applicable > 0 ? (earned / applicable) * scheme.total : 0) : earned;
    const itemBonus = ix.bonus[u]!.map((values) => combine(values, settings.combine === 'normalized' ? 'mean' : settings.combine).value);
    const bonusSum = itemBonus.reduce((a, b) => a + b, 0);
    const bonus = scheme.bonus.cap === null ? bonusSum : Math.min(scheme.bonus.cap, bonusSum);
    const triggered = [...ix.vetoes[u]!];
    const vetoItems = triggered.filter((id) => vetoById.get(id)?.effect === 'veto');
    const barItems = triggered.filter((id) => vetoById.get(id)?.effect === 'barExcellent');
    const vetoed = vetoItems.length > 0;
    const total = vetoed && settings.vetoEffect === 'zero' ? 0 : baseTotal + bonus;
    return {
      unitId: unit.id, unitCode: unit.code, unitName: unit.name, sections, baseTotal, bonus, total, naPoints,
      vetoed, vetoItems, barredExcellent: barItems.length > 0, barItems,
      grade: null, quotaLimited: false, rank: null, complete: gaps.length === 0, gaps, provisional: false,
    };
  });
  const quota = rankAndGrade(units, doc);
  const ranked = units.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const order = [...ranked, ...units.filter((r) => r.rank === null)].map((r) => r.unitId);
  return { method: settings.combine, settings, total: scheme.total, units, order, leafIds: ix.leaves.map((l) => l.criterion.id), cells, complete: units.every((r) => r.complete), quota };
}

/** Ranks the eligible units and grades them; returns what the quota did. */
function rankAndGrade(units: UnitResult[], doc: Assessment): Results['quota'] {
  const { settings } = doc;
  const eligible = units.filter((r) => r.complete || settings.rankIncomplete);
  for (const { item, rank: r } of rank(eligible.map((u) => ({ id: u.unitId, total: round2(u.total), vetoed: u.vetoed, unit: u })), settings.ranking)) {
    item.unit.rank = r;
    item.unit.provisional = !item.unit.complete;
  }
  const count = quotaCount(settings.excellentQuota, units.length);
  const candidates: UnitResult[] = [];
  for (const u of eligible) {
    const byScore = gradeByScore(round2(u.total), settings.grades);
    if (u.vetoed) u.grade = 'fail';
    else if (byScore !== 'excellent') u.grade = byScore;
    else if (u.barredExcellent) u.grade = belowExcellent(settings.grades);
    else candidates.push(u);
  }
  // The quota counts places among the 优秀 candidates themselves: a candidate keeps 优秀 when
  // fewer than `count` candidates score strictly higher, so ties at the boundary all keep it.
  let kept = 0;
  for (const u of candidates) {
    const ahead = candidates.filter((o) => round2(o.total) > round2(u.total)).length;
    if (count !== null && ahead >= count) {
      u.grade = belowExcellent(settings.grades);
      u.quotaLimited = true;
    } else {
      u.grade = 'excellent';
      kept++;
    }
  }
  return { count, exceededByTie: count !== null && kept > count };
}
