/**
 * Random consistency indices (RI) by matrix order: the average CI of random reciprocal matrices
 * on the 1–9 scale. Two tables are in use and they differ in the second decimal, so the table is
 * a recorded choice, never implied:
 * - `saaty`: Saaty, T. L. (1980), The Analytic Hierarchy Process, McGraw-Hill (orders 1–15 as
 *   commonly reproduced, including the well-known 1.48 at order 12).
 * - `cn`: the table of Chinese textbooks (许树柏, 1988, 《实用决策方法：层次分析法原理》, 1,000
 *   random matrices per order), as used by most Chinese assessment schemes.
 */
export type RiTable = 'saaty' | 'cn';

export const RI_TABLES: Record<RiTable, readonly number[]> = {
  //      n = 1  2  3     4     5     6     7     8     9     10    11    12    13    14    15
  saaty: [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59],
  cn: [0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
};

/** Largest order the tables cover, and so the most criteria one comparison matrix may hold. */
export const MAX_ORDER = 15;

/** RI for a matrix of order n (1 ≤ n ≤ 15). Orders 1 and 2 are always consistent: RI 0. */
export function randomIndex(n: number, table: RiTable): number {
  const ri = RI_TABLES[table][n - 1];
  if (ri === undefined) throw new RangeError(`no RI for order ${n}`);
  return ri;
}
