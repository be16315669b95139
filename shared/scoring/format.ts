// Scores as people read them, in one place for the screens, the CLI, the charts and the report's
// texts: half away from zero, as Excel's ROUND and published tables round (1.005 → 1.01), where
// Number.prototype.toFixed rounds the binary value (1.005 is stored as 1.00499… → "1.00").

/**
 * `value` rounded half away from zero to `digits` decimals. The epsilon absorbs binary noise
 * such as 1.005 stored as 1.00499999…, far below any score's precision.
 */
export function roundScore(value: number, digits = 2): number {
  const scale = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * scale + 1e-7) / scale;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A score as tables show it: always `digits` decimals ("1.01", "90.00", "-0.50"). */
export function formatScore(value: number, digits = 2): string {
  return roundScore(value, digits).toFixed(digits);
}

/** A change as tables show it: its sign in front when it is not zero once rounded ("+1.01", "-2", "0.00"). */
export function formatChange(value: number, digits = 2): string {
  const rounded = roundScore(value, digits);
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(digits)}`;
}

/** Points inside a sentence: at most two decimals, no trailing zeros ("1.5", "20", "0.01"). */
export function formatPoints(value: number): string {
  return String(roundScore(value, 2));
}
