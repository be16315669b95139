/** Running mean and spread of score ratios (score / points). */
export interface Stats {
  n: number;
  mean: number;
  sd: number;
}

export class StatsBuilder {
  private n = 0;
  private sum = 0;
  private sumSq = 0;
  add(x: number): void {
    this.n++;
    this.sum += x;
    this.sumSq += x * x;
  }
  build(): Stats {
    if (this.n === 0) return { n: 0, mean: 0, sd: 0 };
    const mean = this.sum / this.n;
    const variance = Math.max(0, this.sumSq / this.n - mean * mean);
    return { n: this.n, mean, sd: Math.sqrt(variance) };
  }
}

/**
 * Per-evaluator normalisation: an evaluator's score ratio r is mapped to the group's mean and
 * spread, g.mean + (r − e.mean) × g.sd / e.sd, then clamped to the item's range. An evaluator
 * with no spread (every score the same) is shifted onto the group mean without scaling, so a
 * zero spread never divides by zero.
 */
export function normalizeRatio(ratio: number, evaluator: Stats, group: Stats): number {
  const scale = evaluator.sd > 1e-12 ? group.sd / evaluator.sd : 1;
  const mapped = group.mean + (ratio - evaluator.mean) * scale;
  return Math.min(1, Math.max(0, mapped));
}
