// The renderer's edit path: results and progress counts kept across edits and updated for the
// cells an edit changed, instead of re-indexing the whole year per keystroke. A year of 666,000
// entries costs a full index once; each edit after that costs its own cells, the affected units'
// sums and the ranking. The results equal computeResults(doc) exactly (tests/shared/scoring/
// live.test.ts compares them over random edit sequences). What one cell cannot decide alone
// falls back to the full recompute: the 'normalized' method (every score moves the group's
// statistics) and bonus or veto items (few cells, gathered per unit).
import { leavesOf, type Leaf } from '../assessment/criteria';
import { CellTable } from '../assessment/cell-table';
import { applyEntryChanges, type Actor, type EntryChange } from '../assessment/mutations';
import { leafScore } from '../assessment/rules';
import type { Assessment, ScoreEntry } from '../assessment/schema';
import { assembleResults, assignedTo, combineCell, computeResults, coverageOf, indexEntries, methodFor, type Coverage } from './compute';
import type { Weighted } from './combine';
import type { CellResult, Results } from './types';

/** Done of total assigned regular items. */
export interface ProgressCount {
  done: number;
  total: number;
}

/** Scoring progress per evaluator, per unit and per evaluator × unit (key: evaluatorId \0 unitId). */
export interface ProgressCounts {
  byEvaluator: Map<string, ProgressCount>;
  byUnit: Map<string, ProgressCount>;
  byEvaluatorUnit: Map<string, ProgressCount>;
}

const NONE = 0;
const SCORE = 1;
const NA = 2;

/** What stays the same across entry edits: the scheme, units and evaluators as indices. */
interface Frame {
  leaves: Leaf[];
  leafIndex: Map<string, number>;
  unitIndex: Map<string, number>;
  evaluatorIndex: Map<string, number>;
  evaluatorIds: string[];
  weights: Float64Array;
  coverage: Coverage;
  assigned: number[][];
  assignedCount: Int32Array;
  /** Cells cannot be combined one at a time (the 'normalized' method somewhere). */
  wholeOnly: boolean;
}

/** Results, progress and the indices that let the next edit update them. Treat as opaque. */
export interface LiveScoring {
  readonly doc: Assessment;
  readonly results: Results;
  readonly progress: ProgressCounts;
  readonly frame: Frame;
  /** Cell → position in doc.entries, for applyEntryChanges. */
  readonly cellIndex: CellTable<number>;
  /** Per cell (unit × leaves + leaf) × evaluator: NONE, SCORE or NA, and the score. */
  readonly kind: Uint8Array;
  readonly score: Float64Array;
  readonly rows: CellResult[][];
  readonly bonus: Weighted[][][];
  readonly vetoes: Set<string>[];
}

function frameOf(doc: Assessment): Frame {
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep);
  const coverage = coverageOf(doc, leaves);
  const L = leaves.length;
  const assigned: number[][] = [];
  const assignedCount = new Int32Array(doc.units.length * L);
  for (let u = 0; u < doc.units.length; u++) {
    for (let c = 0; c < L; c++) {
      const who = assignedTo(coverage, u, c);
      assigned.push(who);
      assignedCount[u * L + c] = who.length;
    }
  }
  return {
    leaves,
    leafIndex: new Map(leaves.map((l, i) => [l.criterion.id, i])),
    unitIndex: new Map(doc.units.map((u, i) => [u.id, i])),
    evaluatorIndex: new Map(doc.evaluators.map((e, i) => [e.id, i])),
    evaluatorIds: doc.evaluators.map((e) => e.id),
    weights: Float64Array.from(doc.evaluators, (e) => (doc.settings.useEvaluatorWeights ? e.weight : 1)),
    coverage,
    assigned,
    assignedCount,
    wholeOnly: doc.settings.combine === 'normalized' || leaves.some((l) => l.criterion.combine === 'normalized'),
  };
}

/** The score a leaf entry counts with (null: N/A), as indexEntries computes it. */
function scoreOf(entry: ScoreEntry, leaf: Leaf): number | null {
  return entry.value.kind === 'score'
    ? Math.min(leaf.criterion.points, Math.max(0, entry.value.score))
    : leafScore(entry.value, leaf.rule, leaf.criterion.points, entry.unitId);
}

/** One cell's result from the per-evaluator slots. */
function cellFrom(live: Pick<LiveScoring, 'frame' | 'kind' | 'score'>, doc: Assessment, cell: number, c: number): CellResult {
  const { frame, kind, score } = live;
  const E = frame.evaluatorIds.length;
  const value = new Float64Array(E);
  const weight = new Float64Array(E);
  const evaluator = new Int32Array(E);
  let n = 0;
  let na = 0;
  for (let e = 0; e < E; e++) {
    const k = kind[cell * E + e];
    if (k === NA) na++;
    else if (k === SCORE) {
      value[n] = score[cell * E + e]!;
      weight[n] = frame.weights[e]!;
      evaluator[n++] = e;
    }
  }
  const missing: string[] = [];
  for (const e of frame.assigned[cell]!) if (kind[cell * E + e] === NONE) missing.push(frame.evaluatorIds[e]!);
  const leaf = frame.leaves[c]!;
  return combineCell(value, weight, evaluator, 0, n, na, leaf, methodFor(leaf, doc.settings.combine), missing, null);
}

/** Progress from the slots: every assigned (evaluator, unit, leaf) and whether it has an entry. */
function progressOf(doc: Assessment, frame: Frame, kind: Uint8Array): ProgressCounts {
  const L = frame.leaves.length;
  const E = frame.evaluatorIds.length;
  const byEvaluator = new Map<string, ProgressCount>();
  const byUnit = new Map<string, ProgressCount>(doc.units.map((u) => [u.id, { done: 0, total: 0 }]));
  const byEvaluatorUnit = new Map<string, ProgressCount>();
  doc.evaluators.forEach((ev, e) => {
    const mine = { done: 0, total: 0 };
    doc.units.forEach((unit, u) => {
      const cell = { done: 0, total: 0 };
      if (frame.coverage.coversUnit[e]![u]) {
        for (let c = 0; c < L; c++) {
          if (!frame.coverage.coversLeaf[e]![c]) continue;
          cell.total++;
          if (kind[(u * L + c) * E + e] !== NONE) cell.done++;
        }
      }
      mine.done += cell.done;
      mine.total += cell.total;
      const sum = byUnit.get(unit.id)!;
      sum.done += cell.done;
      sum.total += cell.total;
      byEvaluatorUnit.set(`${ev.id}\u0000${unit.id}`, cell);
    });
    byEvaluator.set(ev.id, mine);
  });
  return { byEvaluator, byUnit, byEvaluatorUnit };
}

/** Everything for `doc` from scratch: one full index, as computeResults does it. */
export function startLive(doc: Assessment, cellIndex?: CellTable<number>): LiveScoring {
  const frame = frameOf(doc);
  const L = frame.leaves.length;
  const E = frame.evaluatorIds.length;
  const kind = new Uint8Array(doc.units.length * L * E);
  const score = new Float64Array(doc.units.length * L * E);
  const index = cellIndex ?? CellTable.positions(doc.entries);
  for (const entry of doc.entries) {
    const u = frame.unitIndex.get(entry.unitId);
    const e = frame.evaluatorIndex.get(entry.evaluatorId);
    const c = frame.leafIndex.get(entry.criterionId);
    if (u === undefined || e === undefined || c === undefined) continue;
    const s = scoreOf(entry, frame.leaves[c]!);
    const slot = (u * L + c) * E + e;
    kind[slot] = s === null ? NA : SCORE;
    if (s !== null) score[slot] = s;
  }
  const ix = indexEntries(doc);
  const results = frame.wholeOnly ? computeResults(doc) : null;
  const rows = results
    ? doc.units.map((u) => results.cells[u.id]!)
    : doc.units.map((_, u) => frame.leaves.map((_, c) => cellFrom({ frame, kind, score }, doc, u * L + c, c)));
  return {
    doc,
    frame,
    cellIndex: index,
    kind,
    score,
    rows,
    bonus: ix.bonus,
    vetoes: ix.vetoes,
    results: results ?? assembleResults(doc, frame.leaves, rows, frame.assignedCount, ix.bonus, ix.vetoes),
    progress: progressOf(doc, frame, kind),
  };
}

/**
 * Applies entry changes (all or nothing, checked and audited by applyEntryChanges) and returns
 * the new document with its results and progress, updating only what the changed cells touch.
 * `live` is not usable afterwards: its indices now describe the returned document.
 */
export function applyLive(live: LiveScoring, changes: EntryChange[], by: Actor): LiveScoring {
  const doc = applyEntryChanges(live.doc, changes, by, live.cellIndex);
  if (doc === live.doc) return live;
  const { frame, kind, score } = live;
  const L = frame.leaves.length;
  const E = frame.evaluatorIds.length;
  const touched = new Map<number, Set<number>>(); // unit → changed leaf indices
  let wholeOnly = frame.wholeOnly;
  const progress = {
    byEvaluator: new Map(live.progress.byEvaluator),
    byUnit: new Map(live.progress.byUnit),
    byEvaluatorUnit: new Map(live.progress.byEvaluatorUnit),
  };
  const bump = (map: Map<string, ProgressCount>, key: string, delta: number) => {
    const p = map.get(key);
    if (p) map.set(key, { done: p.done + delta, total: p.total });
  };
  for (const { cell, entry } of changes) {
    const u = frame.unitIndex.get(cell.unitId);
    const e = frame.evaluatorIndex.get(cell.evaluatorId);
    const c = frame.leafIndex.get(cell.criterionId);
    if (u === undefined || e === undefined) continue;
    if (c === undefined) {
      wholeOnly = true; // a bonus or veto item
      continue;
    }
    const slot = (u * L + c) * E + e;
    const before = kind[slot]!;
    const s = entry ? scoreOf(entry, frame.leaves[c]!) : null;
    kind[slot] = entry === null ? NONE : s === null ? NA : SCORE;
    score[slot] = s ?? 0;
    if (!touched.has(u)) touched.set(u, new Set());
    touched.get(u)!.add(c);
    const delta = Number(kind[slot] !== NONE) - Number(before !== NONE);
    if (delta !== 0 && frame.coverage.coversUnit[e]![u] && frame.coverage.coversLeaf[e]![c]) {
      bump(progress.byEvaluator, cell.evaluatorId, delta);
      bump(progress.byUnit, cell.unitId, delta);
      bump(progress.byEvaluatorUnit, `${cell.evaluatorId}\u0000${cell.unitId}`, delta);
    }
  }
  if (wholeOnly) {
    // Bonus, veto or normalized: the full recompute decides; the slots and progress above stay right.
    const ix = frame.wholeOnly ? null : indexEntries(doc);
    const results = computeResults(doc);
    const rows = doc.units.map((u) => results.cells[u.id]!);
    return { ...live, doc, results, progress, rows, bonus: ix?.bonus ?? live.bonus, vetoes: ix?.vetoes ?? live.vetoes };
  }
  const rows = live.rows.slice();
  for (const [u, leaves] of touched) {
    const row = rows[u]!.slice();
    for (const c of leaves) row[c] = cellFrom(live, doc, u * L + c, c);
    rows[u] = row;
  }
  return { ...live, doc, rows, progress, results: assembleResults(doc, frame.leaves, rows, frame.assignedCount, live.bonus, live.vetoes) };
}
