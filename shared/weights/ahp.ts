import { randomIndex, type RiTable } from './random-index';

/**
 * How weights are read off a comparison matrix:
 * - `eigen` (特征根法): the principal eigenvector, Saaty's own method;
 * - `geometric` (方根法): the normalised geometric means of the rows;
 * - `column` (和积法): the row means of the column-normalised matrix.
 * The last two are the hand-calculation approximations of Chinese textbooks; they agree with
 * `eigen` exactly on a consistent matrix and closely on a nearly consistent one.
 */
export type AhpMethod = 'eigen' | 'geometric' | 'column';

/** One judgement that departs most from the weights: a_ij against w_i / w_j. */
export interface InconsistentPair {
  /** 0-based criteria indices, i < j. */
  i: number;
  j: number;
  judgement: number;
  /** The judgement the weights imply, w_i / w_j. */
  implied: number;
  /** |ln(a_ij · w_j / w_i)|: 0 for a judgement that fits the weights. */
  deviation: number;
}

export interface AhpResult {
  method: AhpMethod;
  riTable: RiTable;
  weights: number[];
  lambdaMax: number;
  ci: number;
  ri: number;
  /** CI / RI, or 0 where RI is 0 (orders 1 and 2 are always consistent). */
  cr: number;
  /** CR < 0.10, Saaty's threshold. */
  acceptable: boolean;
  /** Judgements ordered by how far they depart from the weights, worst first (at most 3). */
  worstPairs: InconsistentPair[];
}

export const CR_THRESHOLD = 0.1;

const normalise = (v: number[]): number[] => {
  const sum = v.reduce((a, b) => a + b, 0);
  return v.map((x) => x / sum);
};

const multiply = (m: readonly (readonly number[])[], v: readonly number[]): number[] =>
  m.map((row) => row.reduce((acc, a, j) => acc + a * v[j]!, 0));

/**
 * The principal eigenvector by power iteration. A positive reciprocal matrix is a positive
 * matrix, so by Perron–Frobenius its largest eigenvalue is real, simple and strictly larger in
 * modulus than every other; power iteration from a positive vector therefore converges to its
 * eigenvector (geometrically, at the ratio of the second eigenvalue to the first). For n ≤ 15 a
 * few dozen steps reach 1e-13, so no numeric library is needed.
 */
function principalEigenvector(m: readonly (readonly number[])[]): number[] {
  let w = normalise(m.map(() => 1));
  for (let step = 0; step < 10_000; step++) {
    const next = normalise(multiply(m, w));
    const change = next.reduce((acc, x, i) => Math.max(acc, Math.abs(x - w[i]!)), 0);
    w = next;
    if (change < 1e-15) break;
  }
  return w;
}

function geometricMeans(m: readonly (readonly number[])[]): number[] {
  const n = m.length;
  return normalise(m.map((row) => Math.exp(row.reduce((acc, a) => acc + Math.log(a), 0) / n)));
}

function columnNormalised(m: readonly (readonly number[])[]): number[] {
  const n = m.length;
  const colSums = m[0]!.map((_, j) => m.reduce((acc, row) => acc + row[j]!, 0));
  return normalise(m.map((row) => row.reduce((acc, a, j) => acc + a / colSums[j]!, 0) / n));
}

/** λmax as textbooks compute it for any weight vector: the mean of (Aw)_i / w_i. */
export function lambdaMaxOf(m: readonly (readonly number[])[], w: readonly number[]): number {
  const aw = multiply(m, w);
  return aw.reduce((acc, x, i) => acc + x / w[i]!, 0) / m.length;
}

function worstPairs(m: readonly (readonly number[])[], w: readonly number[]): InconsistentPair[] {
  const pairs: InconsistentPair[] = [];
  for (let i = 0; i < m.length; i++) {
    for (let j = i + 1; j < m.length; j++) {
      const implied = w[i]! / w[j]!;
      const deviation = Math.abs(Math.log(m[i]![j]! / implied));
      if (deviation > 1e-9) pairs.push({ i, j, judgement: m[i]![j]!, implied, deviation });
    }
  }
  return pairs.sort((a, b) => b.deviation - a.deviation || a.i - b.i || a.j - b.j).slice(0, 3);
}

/**
 * Weights, λmax, CI, RI and CR of a checked positive reciprocal matrix (see checkMatrix).
 * CI = (λmax − n) / (n − 1); CR = CI / RI with RI from the chosen table.
 */
export function ahp(m: readonly (readonly number[])[], method: AhpMethod = 'eigen', riTable: RiTable = 'cn'): AhpResult {
  const n = m.length;
  const weights = method === 'eigen' ? principalEigenvector(m) : method === 'geometric' ? geometricMeans(m) : columnNormalised(m);
  const lambdaMax = lambdaMaxOf(m, weights);
  const ci = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = randomIndex(n, riTable);
  const cr = ri > 0 ? ci / ri : 0;
  return {
    method,
    riTable,
    weights,
    lambdaMax,
    ci,
    ri,
    cr,
    acceptable: cr < CR_THRESHOLD,
    worstPairs: cr > 0 ? worstPairs(m, weights) : [],
  };
}

/**
 * Several experts' matrices combined judgement by judgement with the geometric mean (AIJ), the
 * aggregation that keeps the result reciprocal. Matrices must share their order.
 */
export function combineJudgements(matrices: readonly (readonly (readonly number[])[])[]): number[][] {
  const k = matrices.length;
  const n = matrices[0]!.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => Math.exp(matrices.reduce((acc, m) => acc + Math.log(m[i]![j]!), 0) / k)),
  );
}
