// What one unit's papers say about it: per item the combined score and the points lost, with
// every evaluator's reasons merged (the same reason written by three evaluators appears once),
// the bonus with its achievements, the vetoes with their events. Pure: the score sheet, the
// feedback letter and the workbook's combined deductions view all read it.
import { leavesOf, type Leaf } from '../assessment/criteria';
import { leafScore } from '../assessment/rules';
import type { Assessment, ScoreEntry, VetoItem } from '../assessment/schema';
import type { CellResult, Results, UnitResult } from '../scoring/types';

/** One leaf of one unit. */
export interface ItemFinding {
  leaf: Leaf;
  cell: CellResult;
  /** Points lost on the combined score (0 when full marks, N/A or missing). */
  lost: number;
  /** The evaluators' reasons for lost points, merged, in the order first written. */
  reasons: string[];
}

export interface VetoFinding {
  item: VetoItem;
  reasons: string[];
}

export interface UnitFindings {
  unit: UnitResult;
  items: ItemFinding[];
  bonus: { points: number; reasons: string[] };
  vetoes: VetoFinding[];
}

/** Points below half a hundredth do not count as lost: totals are shown with two decimals. */
const EPSILON = 0.005;

/**
 * The comparison key of a reason: without spaces and the punctuation that ends or wraps a
 * sentence, so "迟报事故信息。" and " 迟报事故信息" are one reason, while different words stay apart.
 */
export function reasonKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s。．.，,；;：:、！!？?"'“”‘’()（）【】[\]]/gu, '')
    .toLowerCase();
}

/** Reasons once each, in the order first written, empty ones left out. */
export function mergeReasons(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    const key = reasonKey(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** The reasons one entry gives for points it took away. */
function lossReasons(e: ScoreEntry, leaf: Leaf, unitId: string): string[] {
  const { criterion, rule } = leaf;
  if (e.value.kind === 'deductions') return [...e.value.occurrences.map((o) => o.reason), e.reason];
  if (e.value.kind === 'na') return [];
  const earned = leafScore(e.value, rule, criterion.points, unitId);
  return earned !== null && criterion.points - earned > EPSILON ? [e.reason] : [];
}

/** Entries of the assessment grouped by unit, then by item id. */
export function entriesByUnit(doc: Assessment): Map<string, Map<string, ScoreEntry[]>> {
  const order = new Map(doc.evaluators.map((e, i) => [e.id, i]));
  const byUnit = new Map<string, Map<string, ScoreEntry[]>>();
  for (const e of doc.entries) {
    let items = byUnit.get(e.unitId);
    if (!items) byUnit.set(e.unitId, (items = new Map()));
    const list = items.get(e.criterionId);
    if (list) list.push(e);
    else items.set(e.criterionId, [e]);
  }
  // Evaluators in the order the office listed them, so merged reasons read the same every time.
  for (const items of byUnit.values())
    for (const list of items.values()) list.sort((a, b) => (order.get(a.evaluatorId) ?? 0) - (order.get(b.evaluatorId) ?? 0));
  return byUnit;
}

/**
 * Findings of every unit, in ranking order. `entries` may be passed when already grouped
 * (papers for 14 units group the entries once).
 */
export function allUnitFindings(doc: Assessment, results: Results, entries = entriesByUnit(doc)): UnitFindings[] {
  const leaves = leavesOf(doc.scheme, doc.settings.defaultStep);
  const byId = new Map(results.units.map((u) => [u.unitId, u]));
  return results.order.map((unitId) => {
    const unit = byId.get(unitId)!;
    const mine = entries.get(unitId) ?? new Map<string, ScoreEntry[]>();
    const cells = results.cells[unitId] ?? [];
    const items = leaves.map((leaf, i): ItemFinding => {
      const cell = cells[i] ?? { state: 'missing', score: null, count: 0, missing: [], spread: 0, mixedNa: false };
      const lost = cell.state === 'scored' ? Math.max(0, leaf.criterion.points - cell.score!) : 0;
      const list = mine.get(leaf.criterion.id) ?? [];
      const reasons = lost > EPSILON ? mergeReasons(list.flatMap((e) => lossReasons(e, leaf, unitId))) : [];
      return { leaf, cell, lost: lost > EPSILON ? lost : 0, reasons };
    });
    const bonusReasons = doc.scheme.bonus.items.flatMap((item) =>
      (mine.get(item.id) ?? []).flatMap((e) => (e.value.kind === 'bonus' ? e.value.achievements.map((a) => a.reason || a.name) : [])),
    );
    const triggered = new Set([...unit.vetoItems, ...unit.barItems]);
    const vetoes = doc.scheme.vetoes
      .filter((v) => triggered.has(v.id))
      .map((item) => ({
        item,
        reasons: mergeReasons((mine.get(item.id) ?? []).filter((e) => e.value.kind === 'veto' && e.value.triggered).map((e) => e.reason)),
      }));
    return { unit, items, bonus: { points: unit.bonus, reasons: mergeReasons(bonusReasons) }, vetoes };
  });
}

/** Points lost over all items of a unit. */
export function totalLost(f: UnitFindings): number {
  return f.items.reduce((a, i) => a + i.lost, 0);
}
