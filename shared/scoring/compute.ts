import { buildAssignmentIndex } from '../assessment/assignment';
import { leavesOf, type Leaf } from '../assessment/criteria';
import { bonusAmount, leafScore } from '../assessment/rules';
import type { Assessment, CombineMethod } from '../assessment/schema';
import { combine, combineRange, type Weighted } from './combine';
import { belowExcellent, gradeByScore, quotaCount } from './grades';
import { normalizeRatio, StatsBuilder, type Stats } from './normalize';
import { rank } from './ranking';
import { round2 } from './rounding';
import { settingsOf } from '../assessment/settings-rules';
import type { CellResult, Gap, Results, SectionResult, UnitResult } from './types';

/**
 * Every entry gathered into its cell, with the score its rule gives it. Cells (unit × leaf) are
 * kept as flat arrays — cell k's scores are value[start[k] … start[k+1]) — because a large year
 * has 666,000 entries and an object per score would dominate the time.
 */
export interface Indexed {
  leaves: Leaf[];
  leafIndex: Map<string, number>;
  unitIndex: Map<string, number>;
  evaluatorIndex: Map<string, number>;
  weights: Float64Array;
  start: Int32Array;
  value: Float64Array;
  /** The weight of each score's evaluator, parallel to value. */
  weight: Float64Array;
  evaluator: Int32Array;
  /** N/A entries per cell. */
  na: Int32Array;
  /** entered[cell × evaluators + e]: evaluator e has an entry (score or N/A) in the cell. */
  entered: Uint8Array;
  bonus: Weighted[][][]; // [unit][bonusItem]
  vetoes: Set<string>[]; // [unit] → triggered item ids
  evaluatorStats: Stats[];
  groupStats: Stats;
}

/** Gathers every entry into its cell, with the score its rule gives it (two passes, no objects per entry). */
export function indexEntries(doc: Assessment): Indexed {
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep);
  const leafIndex = new Map(leaves.map((l, i) => [l.criterion.id, i]));
  const unitIndex = new Map(doc.units.map((u, i) => [u.id, i]));
  const evaluatorIndex = new Map(doc.evaluators.map((e, i) => [e.id, i]));
  const weights = Float64Array.from(doc.evaluators, (e) => (doc.settings.useEvaluatorWeights ? e.weight : 1));
  const bonusIndex = new Map(doc.scheme.bonus.items.map((b, i) => [b.id, i]));
  const vetoIds = new Set(doc.scheme.vetoes.map((v) => v.id));
  const L = leaves.length;
  const E = doc.evaluators.length;
  const cellCount = doc.units.length * L;
  const bonus = doc.units.map(() => doc.scheme.bonus.items.map((): Weighted[] => []));
  const vetoes = doc.units.map(() => new Set<string>());
  const perEvaluator = doc.evaluators.map(() => new StatsBuilder());
  const group = new StatsBuilder();
  const na = new Int32Array(cellCount);
  const entered = new Uint8Array(cellCount * E);
  const counts = new Int32Array(cellCount + 1);
  // Pass 1: each leaf entry's cell, evaluator and score (NaN for N/A).
  const n = doc.entries.length;
  const cellOf = new Int32Array(n).fill(-1);
  const evalOf = new Int32Array(n);
  const scoreOf = new Float64Array(n);
  // Ids become integer indices through cursors that try the index looked up last and the one
  // after it before hashing: entries come in runs (one unit's items in order, each item's
  // evaluators in order, or one evaluator's package), so nearly every entry costs a comparison
  // of strings (usually the same string object) instead of three Map lookups.
  const units = new IdCursor(
    doc.units.map((x) => x.id),
    unitIndex,
  );
  const evaluators = new IdCursor(
    doc.evaluators.map((x) => x.id),
    evaluatorIndex,
  );
  const criteria = new IdCursor(
    leaves.map((l) => l.criterion.id),
    leafIndex,
  );
  for (let i = 0; i < n; i++) {
    const entry = doc.entries[i]!;
    const u = units.indexOf(entry.unitId);
    const e = evaluators.indexOf(entry.evaluatorId);
    if (u < 0 || e < 0) continue;
    const c = criteria.indexOf(entry.criterionId);
    if (c >= 0) {
      const leaf = leaves[c]!;
      const cell = u * L + c;
      entered[cell * E + e] = 1;
      const score =
        entry.value.kind === 'score'
          ? Math.min(leaf.criterion.points, Math.max(0, entry.value.score))
          : leafScore(entry.value, leaf.rule, leaf.criterion.points, entry.unitId);
      if (score === null) {
        na[cell]!++;
        continue;
      }
      cellOf[i] = cell;
      evalOf[i] = e;
      scoreOf[i] = score;
      counts[cell + 1]!++;
      if (leaf.criterion.points > 0) {
        perEvaluator[e]!.add(score / leaf.criterion.points);
        group.add(score / leaf.criterion.points);
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
  // Pass 2: lay the scores out cell by cell.
  const start = new Int32Array(cellCount + 1);
  for (let k = 0; k < cellCount; k++) start[k + 1] = start[k]! + counts[k + 1]!;
  const fill = start.slice(0, cellCount);
  const value = new Float64Array(start[cellCount]!);
  const evaluator = new Int32Array(start[cellCount]!);
  const weight = new Float64Array(start[cellCount]!);
  for (let i = 0; i < n; i++) {
    const cell = cellOf[i]!;
    if (cell < 0) continue;
    const at = fill[cell]!++;
    value[at] = scoreOf[i]!;
    evaluator[at] = evalOf[i]!;
    weight[at] = weights[evalOf[i]!]!;
  }
  return {
    leaves,
    leafIndex,
    unitIndex,
    evaluatorIndex,
    weights,
    start,
    value,
    weight,
    evaluator,
    na,
    entered,
    bonus,
    vetoes,
    evaluatorStats: perEvaluator.map((s) => s.build()),
    groupStats: group.build(),
  };
}

/** Finds ids' indices, trying the last answer and the next index before the Map (see indexEntries). */
class IdCursor {
  private last = -1;
  /** Repeated ids (which a valid document has not) leave the answer to the Map, which keeps the last. */
  private readonly unique: boolean;
  constructor(
    private readonly ids: string[],
    private readonly index: Map<string, number>,
  ) {
    this.unique = index.size === ids.length;
  }

  /** The id's index, or -1 when it is not one of the ids. */
  indexOf(id: string): number {
    if (!this.unique) return this.index.get(id) ?? -1;
    const last = this.last;
    if (last >= 0 && this.ids[last] === id) return last;
    if (this.ids[last + 1] === id) return (this.last = last + 1);
    if (this.ids[0] === id) return (this.last = 0);
    const found = this.index.get(id);
    if (found === undefined) return -1;
    return (this.last = found);
  }
}

/** The scores in one cell (unit × leaf index) as objects, for code that lists them. */
export function cellScores(ix: Indexed, cell: number): Weighted[] {
  const result: Weighted[] = [];
  for (let i = ix.start[cell]!; i < ix.start[cell + 1]!; i++)
    result.push({ value: ix.value[i]!, weight: ix.weight[i]!, evaluator: ix.evaluator[i]! });
  return result;
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

let scratch = new Float64Array(64);

/**
 * One cell's result from scores laid out in value/weight/evaluator[from … to), its N/A count
 * and who of those assigned has entered something. Both the full recompute (the Indexed
 * arrays) and the renderer's incremental one (one cell's own arrays) come through here.
 */
export function combineCell(
  value: Float64Array,
  weight: Float64Array,
  evaluator: Int32Array,
  from: number,
  to: number,
  naCount: number,
  leaf: Leaf,
  method: CombineMethod,
  missing: string[],
  stats: Pick<Indexed, 'evaluatorStats' | 'groupStats'> | null,
): CellResult {
  const count = to - from;
  if (count === 0) return { state: naCount > 0 ? 'na' : 'missing', score: null, count: 0, missing, spread: 0, mixedNa: false };
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i < to; i++) {
    lo = Math.min(lo, value[i]!);
    hi = Math.max(hi, value[i]!);
  }
  let values: Float64Array = value;
  if (method === 'normalized' && leaf.criterion.points > 0 && stats) {
    if (scratch.length < value.length) scratch = new Float64Array(value.length);
    const p = leaf.criterion.points;
    for (let i = from; i < to; i++) scratch[i] = normalizeRatio(value[i]! / p, stats.evaluatorStats[evaluator[i]!]!, stats.groupStats) * p;
    values = scratch;
  }
  const score = combineRange(values, weight, evaluator, from, to, method).value;
  return { state: 'scored', score, count, missing, spread: hi - lo, mixedNa: naCount > 0 };
}

/**
 * One cell's result from the flat arrays (see Indexed). Who is assigned is read from the
 * coverage directly (an evaluator covers the cell when they cover its unit and its leaf), so a
 * cell costs no list of the assigned; `assignedCount` receives their number.
 */
function cellResult(
  ix: Indexed,
  u: number,
  c: number,
  method: CombineMethod,
  coverage: Coverage,
  evaluatorIds: string[],
  assignedCount: Int32Array,
): CellResult {
  const E = evaluatorIds.length;
  const cell = u * ix.leaves.length + c;
  const missing: string[] = [];
  let assigned = 0;
  for (let e = 0; e < E; e++) {
    if (!coverage.coversUnit[e]![u] || !coverage.coversLeaf[e]![c]) continue;
    assigned++;
    if (!ix.entered[cell * E + e]) missing.push(evaluatorIds[e]!);
  }
  assignedCount[cell] = assigned;
  return combineCell(
    ix.value,
    ix.weight,
    ix.evaluator,
    ix.start[cell]!,
    ix.start[cell + 1]!,
    ix.na[cell]!,
    ix.leaves[c]!,
    method,
    missing,
    ix,
  );
}

/** Who is assigned where, resolved once per document shape: per evaluator a unit test and a leaf test. */
export interface Coverage {
  coversUnit: boolean[][];
  coversLeaf: boolean[][];
}

/** The coverage of `leaves` by the document's evaluators (see Coverage). */
export function coverageOf(doc: Assessment, leaves: Leaf[]): Coverage {
  const assignment = buildAssignmentIndex(doc);
  const evaluatorIds = doc.evaluators.map((e) => e.id);
  return {
    coversUnit: evaluatorIds.map((id) => {
      const units = assignment.resolved(id)?.units;
      return doc.units.map((u) => units === null || units === undefined || units.has(u.id));
    }),
    coversLeaf: evaluatorIds.map((id) => {
      const criteria = assignment.resolved(id)?.criteria;
      return leaves.map((l) => criteria === null || criteria === undefined || criteria.has(l.criterion.id));
    }),
  };
}

/** The evaluators (indices) assigned to unit u on leaf c. */
export function assignedTo(coverage: Coverage, u: number, c: number): number[] {
  const assigned: number[] = [];
  for (let e = 0; e < coverage.coversUnit.length; e++) if (coverage.coversUnit[e]![u] && coverage.coversLeaf[e]![c]) assigned.push(e);
  return assigned;
}

/**
 * Computes every unit's results: combined cell scores, section subtotals, N/A rescaling, bonus
 * (item and scheme caps), veto and 否优项, completeness, ranks and grades (with the 优秀 quota).
 */
export function computeResults(doc: Assessment): Results {
  const ix = indexEntries(doc);
  const L = ix.leaves.length;
  const coverage = coverageOf(doc, ix.leaves);
  const evaluatorIds = doc.evaluators.map((e) => e.id);
  const rows: CellResult[][] = [];
  const assignedCount = new Int32Array(doc.units.length * L);
  doc.units.forEach((_, u) => {
    const row: CellResult[] = [];
    for (let c = 0; c < L; c++)
      row.push(cellResult(ix, u, c, methodFor(ix.leaves[c]!, doc.settings.combine), coverage, evaluatorIds, assignedCount));
    rows.push(row);
  });
  return assembleResults(doc, ix.leaves, rows, assignedCount, ix.bonus, ix.vetoes);
}

/**
 * Results from every cell's result: section subtotals, N/A rescaling, bonus, veto and 否优项,
 * completeness, ranks and grades. `assignedCount[u × leaves + c]` counts who is assigned to a cell.
 */
export function assembleResults(
  doc: Assessment,
  leaves: Leaf[],
  rows: CellResult[][],
  assignedCount: Int32Array,
  bonusValues: Weighted[][][],
  vetoSets: Set<string>[],
): Results {
  const { settings, scheme } = doc;
  const { naRule } = settingsOf(settings);
  const L = leaves.length;
  const vetoById = new Map(scheme.vetoes.map((v) => [v.id, v]));
  const cells: Record<string, CellResult[]> = {};
  const units: UnitResult[] = doc.units.map((unit, u) => {
    const row = rows[u]!;
    const sectionEarned = scheme.criteria.map(() => 0);
    const sectionNa = scheme.criteria.map(() => 0);
    const gaps: Gap[] = [];
    for (let c = 0; c < L; c++) {
      const leaf = leaves[c]!;
      const cell = row[c]!;
      if (cell.state === 'scored') sectionEarned[leaf.sectionIndex]! += cell.score!;
      else if (cell.state === 'na') sectionNa[leaf.sectionIndex]! += leaf.criterion.points;
      if (cell.missing.length > 0 || (assignedCount[u * L + c] === 0 && cell.state === 'missing'))
        gaps.push({ criterionId: leaf.criterion.id, evaluatorIds: cell.missing });
    }
    cells[unit.id] = row;
    const sections: SectionResult[] = scheme.criteria.map((s, i) => {
      const scale = s.domainScale ? s.points / s.domainScale : 1;
      return {
        criterionId: s.id,
        code: s.code,
        title: s.title,
        number: s.number,
        points: s.points,
        naPoints: sectionNa[i]! * scale,
        score: sectionEarned[i]! * scale,
      };
    });
    const earned = sections.reduce((a, s) => a + s.score, 0);
    const naPoints = sections.reduce((a, s) => a + s.naPoints, 0);
    const applicable = scheme.total - naPoints;
    // N/A items are either rescaled away or counted at their full points (the naRule setting).
    const rescaled = applicable > 0 ? (earned / applicable) * scheme.total : 0;
    const baseTotal = naPoints > 0 ? (naRule === 'full' ? earned + naPoints : rescaled) : earned;
    const itemBonus = bonusValues[u]!.map((values) => combine(values, settings.combine === 'normalized' ? 'mean' : settings.combine).value);
    const bonusSum = itemBonus.reduce((a, b) => a + b, 0);
    const bonus = scheme.bonus.cap === null ? bonusSum : Math.min(scheme.bonus.cap, bonusSum);
    const triggered = [...vetoSets[u]!];
    const vetoItems = triggered.filter((id) => vetoById.get(id)?.effect === 'veto');
    const barItems = triggered.filter((id) => vetoById.get(id)?.effect === 'barExcellent');
    const vetoed = vetoItems.length > 0;
    const total = vetoed && settings.vetoEffect === 'zero' ? 0 : baseTotal + bonus;
    return {
      unitId: unit.id,
      unitCode: unit.code,
      unitName: unit.name,
      sections,
      baseTotal,
      bonus,
      total,
      naPoints,
      vetoed,
      vetoItems,
      barredExcellent: barItems.length > 0,
      barItems,
      grade: null,
      quotaLimited: false,
      rank: null,
      complete: gaps.length === 0,
      gaps,
      provisional: false,
    };
  });
  const quota = rankAndGrade(units, doc);
  const ranked = units.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const order = [...ranked, ...units.filter((r) => r.rank === null)].map((r) => r.unitId);
  return {
    method: settings.combine,
    settings,
    total: scheme.total,
    units,
    order,
    leafIds: leaves.map((l) => l.criterion.id),
    cells,
    complete: units.every((r) => r.complete),
    quota,
  };
}

/** Ranks the eligible units and grades them; returns what the quota did. */
function rankAndGrade(units: UnitResult[], doc: Assessment): Results['quota'] {
  const { settings } = doc;
  const eligible = units.filter((r) => r.complete || settings.rankIncomplete);
  for (const { item, rank: r } of rank(
    eligible.map((u) => ({ id: u.unitId, total: round2(u.total), vetoed: u.vetoed, unit: u })),
    settings.ranking,
  )) {
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
  // The quota counts places among the 优秀 candidates themselves. A candidate keeps 优秀 when
  // fewer than `count` candidates score strictly higher, so ties at the boundary all keep it
  // ('share'); under 'strict' (不超过N个) a tied group that would exceed the count loses it whole,
  // since nothing in the scores says which of them should keep it.
  const strict = settingsOf(settings).quotaTies === 'strict';
  let kept = 0;
  for (const u of candidates) {
    const ahead = candidates.filter((o) => round2(o.total) > round2(u.total)).length;
    const level = candidates.filter((o) => round2(o.total) >= round2(u.total)).length;
    if (count !== null && (ahead >= count || (strict && level > count))) {
      u.grade = belowExcellent(settings.grades);
      u.quotaLimited = true;
    } else {
      u.grade = 'excellent';
      kept++;
    }
  }
  return { count, exceededByTie: count !== null && kept > count };
}
