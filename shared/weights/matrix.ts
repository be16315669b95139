import { MAX_ORDER } from './random-index';

/** A problem with a pairwise comparison matrix, as a message key's parameters (1-based places). */
export type MatrixProblem =
  | { kind: 'size'; n: number }
  | { kind: 'notSquare'; row: number; length: number; n: number }
  | { kind: 'notNumber'; row: number; col: number }
  | { kind: 'outOfScale'; row: number; col: number; value: number }
  | { kind: 'diagonal'; row: number; value: number }
  | { kind: 'notReciprocal'; row: number; col: number; value: number; mirror: number };

/** Judgements on Saaty's scale lie in [1/9, 9]; a little slack lets "0.111" stand for 1/9. */
const SCALE_MIN = 1 / 9 - 1e-3;
const SCALE_MAX = 9;
/** a_ji · a_ij must be 1 within this: users write 1/3 as 0.333 or 0.3333. */
const RECIPROCAL_TOLERANCE = 0.01;

/**
 * Checks a full pairwise comparison matrix: square, order 2…15, positive judgements on the 1–9
 * scale, ones on the diagonal, a_ji = 1/a_ij (within rounding of typed decimals). Returns every
 * problem, so a user fixes them in one pass.
 */
export function checkMatrix(matrix: readonly (readonly number[])[]): MatrixProblem[] {
  const n = matrix.length;
  if (n < 2 || n > MAX_ORDER) return [{ kind: 'size', n }];
  const problems: MatrixProblem[] = [];
  matrix.forEach((row, i) => {
    if (row.length !== n) problems.push({ kind: 'notSquare', row: i + 1, length: row.length, n });
  });
  if (problems.length > 0) return problems;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = matrix[i]![j]!;
      if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ kind: 'notNumber', row: i + 1, col: j + 1 });
      else if (i === j && Math.abs(v - 1) > 1e-9) problems.push({ kind: 'diagonal', row: i + 1, value: v });
      else if (v < SCALE_MIN || v > SCALE_MAX) problems.push({ kind: 'outOfScale', row: i + 1, col: j + 1, value: v });
    }
  }
  if (problems.length > 0) return problems;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = matrix[i]![j]!;
      const b = matrix[j]![i]!;
      if (Math.abs(a * b - 1) > RECIPROCAL_TOLERANCE) problems.push({ kind: 'notReciprocal', row: j + 1, col: i + 1, value: b, mirror: a });
    }
  }
  return problems;
}

/**
 * The full matrix from its upper triangle (what the user enters): ones on the diagonal and
 * a_ji = 1/a_ij exactly. `upper[i][k]` is the judgement of criterion i over criterion i+k+1.
 */
export function fromUpperTriangle(upper: readonly (readonly number[])[], n: number): number[][] {
  const m = Array.from({ length: n }, () => Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = upper[i]?.[j - i - 1];
      if (v === undefined) throw new RangeError(`missing judgement ${i + 1},${j + 1}`);
      m[i]![j] = v;
      m[j]![i] = 1 / v;
    }
  }
  return m;
}

/** The matrix made exactly reciprocal from its upper triangle (typed 0.3333 becomes 1/3's mirror). */
export function symmetrize(matrix: readonly (readonly number[])[]): number[][] {
  const n = matrix.length;
  return fromUpperTriangle(
    matrix.map((row, i) => row.slice(i + 1)),
    n,
  );
}
