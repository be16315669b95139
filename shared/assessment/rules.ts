import type { ScoredItem } from './criteria';
import type { EntryValue, LeafRule } from './schema';
import type { MessageKey } from '../i18n/messages';

/** Why a value does not fit its rule, as a message key and its parameters. */
export interface ValueProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

const EPS = 1e-9;

function isMultiple(value: number, step: number): boolean {
  const q = value / step;
  return Math.abs(q - Math.round(q)) < 1e-7;
}

const KIND_OF_RULE: Record<LeafRule['kind'], EntryValue['kind']> = {
  plain: 'score',
  deduction: 'deductions',
  tiered: 'tier',
  control: 'control',
};

/** Whether an item accepts a kind of value (N/A is accepted by every regular leaf). */
export function acceptsKind(item: ScoredItem, kind: EntryValue['kind']): boolean {
  if (item.kind === 'bonus') return kind === 'bonus';
  if (item.kind === 'veto') return kind === 'veto';
  return kind === 'na' || KIND_OF_RULE[item.leaf.rule.kind] === kind;
}

/** Decimals of a step as written: 0.5 → 1, 0.25 → 2, 1 → 0. */
function stepDecimals(step: number): number {
  // An import checks tens of thousands of scores against a handful of steps: remember the last.
  if (step === lastStep) return lastDecimals;
  let d = 0;
  while (d < 10 && Math.abs(Number(step.toFixed(d)) - step) >= 1e-12) d++;
  lastStep = step;
  lastDecimals = d;
  return d;
}
let lastStep = NaN;
let lastDecimals = 0;

/**
 * The strict form for values arriving now (typed, pasted, imported): a score must be written
 * at its rule's precision and not above the item's points, with no tolerance. 2.50000001 with
 * step 0.5, or 10.000000001 with 10 points, is refused rather than rounded: a score is never
 * altered silently, and the person who wrote it sees why. Files already saved are read with
 * the tolerant check (checkValue) so every existing file still loads.
 */
function exactProblem(value: EntryValue, item: ScoredItem): ValueProblem | null {
  if (value.kind !== 'score' || item.kind !== 'leaf' || item.leaf.rule.kind !== 'plain') return null;
  const { rule, criterion } = item.leaf;
  // Points may carry float noise from allocation (0.29999999999999993): compare with them as written.
  // (Points in halves and quarters are exact already, see below: no toFixed for them.)
  const max = Number.isInteger(criterion.points * 1024) ? criterion.points : Number(criterion.points.toFixed(10));
  if (value.score > max) return { key: 'value.aboveMax', params: { value: value.score, max } };
  const decimals = stepDecimals(rule.step);
  // A score that is a whole multiple of 2^-decimals has at most `decimals` decimals (m / 2^d =
  // m·5^d / 10^d), so it is written at the rule's precision: the common case, without toFixed.
  if (!Number.isInteger(value.score * 2 ** decimals) && Number(value.score.toFixed(decimals)) !== value.score)
    return { key: 'value.offStep', params: { value: value.score, step: rule.step } };
  return null;
}

/**
 * Checks a value against its item's rule, as the scoring grid and imports do before anything
 * is stored. Returns null when the value fits. `exact` (every input path) refuses values off
 * the rule's precision by any amount; without it (reading saved files) float noise passes.
 */
export function checkValue(value: EntryValue, item: ScoredItem, options: { exact?: boolean } = {}): ValueProblem | null {
  const problem = tolerantProblem(value, item);
  return problem ?? (options.exact ? exactProblem(value, item) : null);
}

function tolerantProblem(value: EntryValue, item: ScoredItem): ValueProblem | null {
  if (!acceptsKind(item, value.kind)) return { key: 'value.wrongKind', params: { kind: value.kind } };
  if (item.kind === 'bonus' && value.kind === 'bonus') {
    for (const a of value.achievements) {
      if (a.level >= item.item.levels.length)
        return { key: 'value.levelUnknown', params: { level: a.level + 1, count: item.item.levels.length } };
      if (!a.reason.trim()) return { key: 'value.reasonRequired', params: {} };
    }
    return null;
  }
  if (item.kind !== 'leaf') return null;
  const { rule, criterion } = item.leaf;
  switch (value.kind) {
    case 'score': {
      if (value.score < 0) return { key: 'value.negative', params: { value: value.score } };
      if (value.score > criterion.points + EPS) return { key: 'value.aboveMax', params: { value: value.score, max: criterion.points } };
      if (rule.kind === 'plain' && !isMultiple(value.score, rule.step))
        return { key: 'value.offStep', params: { value: value.score, step: rule.step } };
      return null;
    }
    case 'deductions':
      return value.occurrences.some((o) => !o.reason.trim()) ? { key: 'value.reasonRequired', params: {} } : null;
    case 'tier':
      return rule.kind === 'tiered' && value.level >= rule.levels.length
        ? { key: 'value.levelUnknown', params: { level: value.level + 1, count: rule.levels.length } }
        : null;
    default:
      return null;
  }
}

/** The control target that applies to a unit. */
export function targetFor(rule: Extract<LeafRule, { kind: 'control' }>, unitId: string): number {
  return rule.targets[unitId] ?? rule.target;
}

/**
 * Points one evaluator's value earns on a regular leaf, or null for N/A (不适用).
 * Deductions and control targets stop at zero (扣完为止, 不计负分).
 */
export function leafScore(value: EntryValue, rule: LeafRule, points: number, unitId: string): number | null {
  switch (value.kind) {
    case 'score':
      return Math.min(points, Math.max(0, value.score));
    case 'deductions': {
      const per = rule.kind === 'deduction' ? rule.perOccurrence : 0;
      const count = value.occurrences.reduce((a, o) => a + o.count, 0);
      return Math.max(0, points - count * per);
    }
    case 'tier':
      return rule.kind === 'tiered' ? Math.min(points, rule.levels[value.level]?.points ?? 0) : 0;
    case 'control': {
      if (rule.kind !== 'control') return 0;
      const over = Math.max(0, value.actual - targetFor(rule, unitId));
      return Math.max(0, points - over * rule.perUnitOver);
    }
    case 'na':
      return null;
    default:
      return 0;
  }
}

/**
 * Bonus one evaluator's value earns: each achievement counted once, at its highest level,
 * the item capped.
 */
export function bonusAmount(value: EntryValue, levels: { points: number }[], cap: number): number {
  if (value.kind !== 'bonus') return 0;
  const best = new Map<string, number>();
  for (const a of value.achievements) {
    const key = a.name.replace(/\s+/g, '');
    best.set(key, Math.max(best.get(key) ?? 0, levels[a.level]?.points ?? 0));
  }
  const sum = [...best.values()].reduce((s, p) => s + p, 0);
  return Math.min(cap, sum);
}
