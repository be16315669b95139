/**
 * A total rounded to two decimals, half up, robust to binary noise (89.995 → 90.00). Ranking
 * and grades compare these; totals themselves keep full precision.
 */
export function round2(x: number): number {
  return Math.round(Number((x * 100).toFixed(6))) / 100;
}
