/**
 * Objective weights from data: a table of units (rows) × criteria (columns) of scores.
 * - `entropy` (熵权法): min–max normalised columns, shares p_ij = x'_ij / Σ_i x'_ij, entropy
 *   e_j = −Σ p ln p / ln m (with 0·ln 0 = 0), weight ∝ 1 − e_j. A column whose units all scored
 *   the same (min = max) carries no information: e_j = 1, weight 0.
 * - `cv` (变异系数法): coefficient of variation of the raw column, population standard deviation
 *   over the mean; weight ∝ CV. A column with mean 0 or no spread gets 0.
 * - `critic`: min–max normalised columns; contrast σ_j (population standard deviation) times
 *   conflict Σ_k (1 − r_jk) with Pearson's r; weight ∝ σ_j · Σ_k (1 − r_jk). A constant column
 *   has σ_j = 0 and so weight 0 (its correlations, undefined, are taken as 0).
 * Scores are compared as rates (earned / points) by the caller, so items of different points
 * are comparable; the methods themselves are scale-free except CV (rates keep it meaningful).
 */
export type ObjectiveMethod = 'entropy' | 'cv' | 'critic';

export interface ObjectiveResult {
  method: ObjectiveMethod;
  /** Null when no column varies at all: the data say nothing about weights. */
  weights: number[] | null;
  /** Per column: the quantity the weights are proportional to (1 − e, CV or C). */
  information: number[];
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v: readonly number[]) => {
  const m = mean(v);
  return Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / v.length);
};

function column(rows: readonly (readonly number[])[], j: number): number[] {
  return rows.map((r) => r[j]!);
}

function minMax(v: readonly number[]): number[] | null {
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  return hi - lo > 1e-12 ? v.map((x) => (x - lo) / (hi - lo)) : null;
}

function entropyInformation(v: readonly number[]): number {
  const x = minMax(v);
  if (!x) return 0;
  const sum = x.reduce((a, b) => a + b, 0);
  // p is tested after the division: a tiny x over a larger sum can underflow to 0 (0 · ln 0 = 0).
  const e =
    -x.reduce((acc, xi) => {
      const p = xi / sum;
      return p > 0 ? acc + p * Math.log(p) : acc;
    }, 0) / Math.log(v.length);
  return Math.max(0, 1 - e);
}

function cvInformation(v: readonly number[]): number {
  const m = mean(v);
  return m > 1e-12 ? sd(v) / m : 0;
}

function pearson(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return da > 0 && db > 0 ? num / Math.sqrt(da * db) : 0;
}

function criticInformation(columns: readonly (number[] | null)[]): number[] {
  return columns.map((c, j) => {
    if (!c) return 0;
    const conflict = columns.reduce((acc, other, k) => (k === j ? acc : acc + (1 - (other ? pearson(c, other) : 0))), 0);
    return sd(c) * conflict;
  });
}

/**
 * Objective weights of the columns of `rows` (every row the same length, at least two rows and
 * one column, no missing values: the caller decides what to do with missing or N/A scores).
 */
export function objectiveWeights(rows: readonly (readonly number[])[], method: ObjectiveMethod): ObjectiveResult {
  const n = rows[0]?.length ?? 0;
  const columns = Array.from({ length: n }, (_, j) => column(rows, j));
  const information =
    method === 'entropy'
      ? columns.map(entropyInformation)
      : method === 'cv'
        ? columns.map(cvInformation)
        : criticInformation(columns.map((c) => minMax(c)));
  const total = information.reduce((a, b) => a + b, 0);
  return { method, weights: total > 1e-12 ? information.map((x) => x / total) : null, information };
}
