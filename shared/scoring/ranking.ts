export type RankingStyle = 'competition' | 'dense';

export interface Rankable {
  id: string;
  /** Total rounded to two decimals: what ranking compares. */
  total: number;
  vetoed: boolean;
}

/**
 * Ranks units: higher totals first, ties share a rank, vetoed units after all others.
 * Competition ranking skips after a tie (1, 2, 2, 4); dense ranking does not (1, 2, 2, 3,
 * "中国式排名"). Returns the units in ranking order (ties in input order) with their ranks.
 */
export function rank<T extends Rankable>(items: T[], style: RankingStyle): { item: T; rank: number }[] {
  const order = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Number(a.item.vetoed) - Number(b.item.vetoed) || b.item.total - a.item.total || a.index - b.index)
    .map((x) => x.item);
  const result: { item: T; rank: number }[] = [];
  let dense = 0;
  order.forEach((item, i) => {
    const prev = order[i - 1];
    const tied = prev !== undefined && prev.vetoed === item.vetoed && prev.total === item.total;
    if (!tied) dense++;
    const rankValue = tied ? result[i - 1]!.rank : style === 'dense' ? dense : i + 1;
    result.push({ item, rank: rankValue });
  });
  return result;
}
