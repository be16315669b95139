import { buildAssignmentIndex } from '../assessment/assignment';
import { scoredItems } from '../assessment/criteria';
import { bonusAmount, leafScore } from '../assessment/rules';
import type { Assessment, BonusItem, CombineMethod, EntryValue, LeafRule, VetoItem } from '../assessment/schema';
import { combine } from './combine';
import { indexEntries, methodFor, prepared } from './compute';

export interface ExplainedEntry {
  evaluatorId: string;
  evaluatorName: string;
  value: EntryValue;
  reason: string;
  evidence: string;
  at: string;
  /** What the rule makes of the value: points, bonus amount, or null for N/A / veto marks. */
  points: number | null;
  /** The value after per-evaluator normalisation, when that method applies. */
  normalized: number | null;
  weight: number;
  /** Left out by the trimmed mean. */
  dropped: boolean;
}

export interface Explanation {
  unitId: string;
  criterionId: string;
  kind: 'leaf' | 'bonus' | 'veto';
  title: string;
  points: number;
  rule: LeafRule | { kind: 'bonus'; item: BonusItem } | { kind: 'veto'; item: VetoItem };
  method: CombineMethod;
  weighted: boolean;
  entries: ExplainedEntry[];
  /** Assigned evaluators without an entry. */
  missing: string[];
  /** The combined figure (points, bonus) or, for a veto item, 1 when triggered; null when N/A or empty. */
  result: number | null;
}

/**
 * Why a unit has the figure it has on one criterion: which entries, which rule made what of
 * each, which combining method (and which values it dropped), and the result.
 */
export function explain(doc: Assessment, unitId: string, criterionId: string): Explanation | null {
  const item = scoredItems(doc).get(criterionId);
  if (!item || !doc.units.some((u) => u.id === unitId)) return null;
  const ix = indexEntries(doc);
  const names = new Map(doc.evaluators.map((e) => [e.id, e.name]));
  const entries = doc.entries.filter((e) => e.unitId === unitId && e.criterionId === criterionId);
  const weight = (id: string) => ix.weights[ix.evaluatorIndex.get(id) ?? -1] ?? 1;
  const base = (e: (typeof entries)[number]): ExplainedEntry => ({
    evaluatorId: e.evaluatorId,
    evaluatorName: names.get(e.evaluatorId) ?? e.evaluatorId,
    value: e.value,
    reason: e.reason,
    evidence: e.evidence,
    at: e.at,
    points: null,
    normalized: null,
    weight: weight(e.evaluatorId),
    dropped: false,
  });
  const common = { unitId, criterionId, weighted: doc.settings.useEvaluatorWeights };

  if (item.kind === 'veto') {
    const explained = entries.map(base);
    const triggered = entries.some((e) => e.value.kind === 'veto' && e.value.triggered);
    return {
      ...common,
      kind: 'veto',
      title: item.item.title,
      points: 0,
      rule: { kind: 'veto', item: item.item },
      method: doc.settings.combine,
      entries: explained,
      missing: [],
      result: triggered ? 1 : entries.length ? 0 : null,
    };
  }
  if (item.kind === 'bonus') {
    const explained = entries.map((e) => ({ ...base(e), points: bonusAmount(e.value, item.item.levels, item.item.cap) }));
    const method = doc.settings.combine === 'normalized' ? 'mean' : doc.settings.combine;
    const values = explained.map((e) => ({ value: e.points, weight: e.weight, evaluator: ix.evaluatorIndex.get(e.evaluatorId) ?? 0 }));
    const combined = combine(values, method);
    for (const e of explained) e.dropped = combined.dropped.includes(ix.evaluatorIndex.get(e.evaluatorId) ?? -1);
    return {
      ...common,
      kind: 'bonus',
      title: item.item.title,
      points: item.item.cap,
      rule: { kind: 'bonus', item: item.item },
      method,
      entries: explained,
      missing: [],
      result: entries.length ? combined.value : null,
    };
  }

  const { leaf } = item;
  const method = methodFor(leaf, doc.settings.combine);
  const explained = entries.map((e) => ({ ...base(e), points: leafScore(e.value, leaf.rule, leaf.criterion.points, unitId) }));
  const scored = explained.filter((e) => e.points !== null);
  const values = scored.map((e) => ({ value: e.points!, weight: e.weight, evaluator: ix.evaluatorIndex.get(e.evaluatorId) ?? 0 }));
  const ready = prepared(values, leaf, method, ix);
  if (method === 'normalized') ready.forEach((v, i) => (scored[i]!.normalized = v.value));
  const combined = combine(ready, method);
  for (const e of explained) e.dropped = combined.dropped.includes(ix.evaluatorIndex.get(e.evaluatorId) ?? -1);
  const entered = new Set(entries.map((e) => e.evaluatorId));
  const cellMissing = buildAssignmentIndex(doc)
    .evaluatorsFor(unitId, criterionId)
    .filter((id) => !entered.has(id));
  return {
    ...common,
    kind: 'leaf',
    title: leaf.criterion.title,
    points: leaf.criterion.points,
    rule: leaf.rule,
    method,
    entries: explained,
    missing: cellMissing,
    result: scored.length ? combined.value : null,
  };
}
