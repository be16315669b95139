import type { CombineMethod } from '../assessment/schema';

/** One evaluator's value in a cell, with the evaluator's weight. */
export interface Weighted {
  value: number;
  weight: number;
  evaluator: number;
}

/** What combining did: the result and which values were left out (trimmed mean). */
export interface Combined {
  value: number;
  dropped: number[];
}

/**
 * Canonical order: by value, then weight, then evaluator. Sums are taken in this order so the
 * result does not depend on the order entries or evaluators were listed in.
 */
function canonical(values: Weighted[]): Weighted[] {
  return [...values].sort((a, b) => a.value - b.value || a.weight - b.weight || a.evaluator - b.evaluator);
}

function weightedMean(values: Weighted[]): number {
  let sum = 0;
  let weights = 0;
  for (const v of values) {
    sum += v.value * v.weight;
    weights += v.weight;
  }
  return weights > 0 ? sum / weights : 0;
}

/** Weighted median; with equal weights and an even count, the mean of the two middle values. */
function weightedMedian(sorted: Weighted[]): number {
  const total = sorted.reduce((a, v) => a + v.weight, 0);
  let cumulative = 0;
  for (let i = 0; i < sorted.length; i++) {
    cumulative += sorted[i]!.weight;
    if (Math.abs(cumulative - total / 2) < 1e-12 && i + 1 < sorted.length) return (sorted[i]!.value + sorted[i + 1]!.value) / 2;
    if (cumulative > total / 2) return sorted[i]!.value;
  }
  return sorted.at(-1)?.value ?? 0;
}

/**
 * Combines evaluators' values for one cell. Trimmed mean drops one lowest and one highest value
 * when there are at least three; 'normalized' expects already-normalised values and takes their
 * mean. Evaluator weights apply to every method (weight 1 each when weights are off).
 */
export function combine(values: Weighted[], method: CombineMethod): Combined {
  if (values.length === 0) return { value: 0, dropped: [] };
  const sorted = canonical(values);
  switch (method) {
    case 'median':
      return { value: weightedMedian(sorted), dropped: [] };
    case 'trimmedMean': {
      if (sorted.length < 3) return { value: weightedMean(sorted), dropped: [] };
      const kept = sorted.slice(1, -1);
      return { value: weightedMean(kept), dropped: [sorted[0]!.evaluator, sorted.at(-1)!.evaluator] };
    }
    default:
      return { value: weightedMean(sorted), dropped: [] };
  }
}
