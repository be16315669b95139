/**
 * Splits `amount` into whole shares proportional to `weights` (largest remainder method), so
 * the shares add up to `amount` exactly. Ties go to the earlier entry, which keeps the result
 * deterministic. A non-integer amount is split in steps of its own smallest decimal.
 */
export function apportion(amount: number, weights: number[]): number[] {
  if (weights.length === 0) return [];
  const decimals = (String(amount).split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  const units = Math.round(amount * scale);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (weightSum > 0 ? (units * w) / weightSum : units / weights.length));
  const shares = exact.map(Math.floor);
  let left = units - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i]!++;
    left--;
  }
  return shares.map((s) => s / scale);
}

/** A node as the allocator sees it: points written in the document, a size, and its parts. */
export interface PointsNode {
  inlinePoints: number | null;
  children: PointsNode[];
}

export interface Allocation {
  points: number;
  children: Allocation[];
}

export type AllocationIssue =
  { kind: 'mismatch'; path: number[]; points: number; sum: number } | { kind: 'tooFew'; path: number[]; points: number; count: number };

/**
 * Share of a node in the default split: first-level indicators weigh as many items as they
 * hold, so every item of the plan is worth the same; below that, parts share equally.
 */
function splitWeight(n: PointsNode, depth: number): number {
  return depth === 0 ? Math.max(1, n.children.length) : 1;
}

/** Points a node declares: written on it, or written on every one of its parts. */
export function declaredPoints(n: PointsNode): number | null {
  if (n.inlinePoints !== null) return n.inlinePoints;
  if (n.children.length === 0) return null;
  const parts = n.children.map(declaredPoints);
  return parts.every((p) => p !== null) ? round(parts.reduce((a: number, b) => a + b!, 0)) : null;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Gives every node its points. Points written in the document win; what is left of the parent's
 * points goes to the parts without written points (see splitWeight), in whole points that add
 * up exactly. Returns the allocation and what does not add up.
 */
export function allocate(
  nodes: PointsNode[],
  amount: number,
  path: number[] = [],
  issues: AllocationIssue[] = [],
): { allocations: Allocation[]; issues: AllocationIssue[] } {
  const declared = nodes.map(declaredPoints);
  const fixed = round(declared.reduce((a: number, d) => a + (d ?? 0), 0));
  const openIdx = declared.flatMap((d, i) => (d === null ? [i] : []));
  const left = Math.max(0, round(amount - fixed));
  if (openIdx.length === 0 && fixed !== amount && nodes.length > 0) {
    issues.push({ kind: 'mismatch', path, points: amount, sum: fixed });
  }
  if (openIdx.length > 0 && fixed > amount) issues.push({ kind: 'mismatch', path, points: amount, sum: fixed });
  const shares = apportion(
    left,
    openIdx.map((i) => splitWeight(nodes[i]!, path.length)),
  );
  if (openIdx.length > 0 && shares.some((s) => s === 0)) {
    issues.push({ kind: 'tooFew', path, points: left, count: openIdx.length });
  }
  const points = declared.map((d) => d ?? 0);
  openIdx.forEach((i, k) => (points[i] = shares[k]!));
  const allocations = nodes.map((n, i) => ({
    points: points[i]!,
    children: n.children.length ? allocate(n.children, points[i]!, [...path, i], issues).allocations : [],
  }));
  return { allocations, issues };
}
