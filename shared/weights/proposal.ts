/**
 * Points proposed from weights: `amount` split in proportion to `weights`, in whole multiples of
 * `step`, adding up to `amount` exactly (largest remainder; ties go to the earlier criterion, as
 * the plan reader's apportion does). Returns null when `amount` is not a whole number of steps.
 */
export function proposePoints(amount: number, weights: readonly number[], step: number): number[] | null {
  const units = Math.round(amount / step);
  if (Math.abs(units * step - amount) > 1e-9 || weights.length === 0) return null;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (units * w) / sum : units / weights.length));
  const shares = exact.map((e) => Math.floor(e + 1e-9));
  let left = units - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - shares[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i]!++;
    left--;
  }
  const decimals = (String(step).split('.')[1] ?? '').length;
  return shares.map((s) => Number((s * step).toFixed(decimals)));
}
