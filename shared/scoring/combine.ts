import type { CombineMethod } from '../assessment/schema';

/** One evaluator's value in a cell, with the evaluator's weight. */
export interface Weighted {
  value: number;
  weight: number;
  evaluator: number;
}

/** What combining did: the result and which evaluators' values were left out (trimmed mean). */
export interface Combined {
  value: number;
  dropped: number[];
}

// Reused between calls: a cell has a handful of values, and recomputing a large year combines
// tens of thousands of cells, so sorting happens in place in these buffers.
let order = new Int32Array(64);

/**
 * Canonical order of the values in [start, end): by value, then weight, then evaluator. Sums
 * are taken in this order so the result does not depend on how entries or evaluators were
 * listed. Insertion sort: cells are small.
 */
function sortCanonical(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  evaluators: ArrayLike<number>,
  start: number,
  end: number,
): Int32Array {
  const n = end - start;
  if (order.length < n) order = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const k = start + i;
    let j = i - 1;
    while (j >= 0) {
      const o = order[j]!;
      const cmp = values[o]! - values[k]! || weights[o]! - weights[k]! || evaluators[o]! - evaluators[k]!;
      if (cmp <= 0) break;
      order[j + 1] = o;
      j--;
    }
    order[j + 1] = k;
  }
  return order;
}

function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>, idx: Int32Array, from: number, to: number): number {
  let sum = 0;
  let total = 0;
  for (let i = from; i < to; i++) {
    const k = idx[i]!;
    sum += values[k]! * weights[k]!;
    total += weights[k]!;
  }
  return total > 0 ? sum / total : 0;
}

/** Weighted median; with equal weights and an even count, the mean of the two middle values. */
function weightedMedian(values: ArrayLike<number>, weights: ArrayLike<number>, idx: Int32Array, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[idx[i]!]!;
  let cumulative = 0;
  for (let i = 0; i < n; i++) {
    cumulative += weights[idx[i]!]!;
    if (Math.abs(cumulative - total / 2) < 1e-12 && i + 1 < n) return (values[idx[i]!]! + values[idx[i + 1]!]!) / 2;
    if (cumulative > total / 2) return values[idx[i]!]!;
  }
  return values[idx[n - 1]!]!;
}

/**
 * Combines the values in [start, end) of parallel arrays (value, weight, evaluator index), the
 * form the engine keeps cells in. Trimmed mean drops one lowest and one highest value when there
 * are at least three; 'normalized' expects already-normalised values and takes their mean.
 * Evaluator weights apply to every method (1 each when weights are off).
 */
export function combineRange(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  evaluators: ArrayLike<number>,
  start: number,
  end: number,
  method: CombineMethod,
): Combined {
  const n = end - start;
  if (n <= 0) return { value: 0, dropped: [] };
  const idx = sortCanonical(values, weights, evaluators, start, end);
  switch (method) {
    case 'median':
      return { value: weightedMedian(values, weights, idx, n), dropped: [] };
    case 'trimmedMean':
      if (n < 3) return { value: weightedMean(values, weights, idx, 0, n), dropped: [] };
      return { value: weightedMean(values, weights, idx, 1, n - 1), dropped: [evaluators[idx[0]!]!, evaluators[idx[n - 1]!]!] };
    default:
      return { value: weightedMean(values, weights, idx, 0, n), dropped: [] };
  }
}

/** Combines evaluators' values for one cell given as objects (see combineRange). */
export function combine(items: Weighted[], method: CombineMethod): Combined {
  return combineRange(
    items.map((v) => v.value),
    items.map((v) => v.weight),
    items.map((v) => v.evaluator),
    0,
    items.length,
    method,
  );
}
