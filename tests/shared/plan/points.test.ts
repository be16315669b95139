import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/plan/parse-plan';
import { allocate, apportion, type Allocation, type PointsNode } from '../../../shared/plan/points';
import { everyLevelAddsUp, sumPoints } from '../../helpers/tree';

describe('apportion', () => {
  it('splits by weight with the largest remainders, earlier entries first on ties', () => {
    expect(apportion(100, [2, 4, 3, 5, 8, 3])).toEqual([8, 16, 12, 20, 32, 12]);
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [1, 1, 1, 1])).toEqual([3, 3, 2, 2]);
    expect(apportion(2.5, [1, 1])).toEqual([1.3, 1.2]);
  });

  it('always adds up exactly, in whole points, for any integer amount and weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }),
        (amount, weights) => {
          const shares = apportion(amount, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(amount);
          expect(shares.every((s) => Number.isInteger(s) && s >= 0)).toBe(true);
        },
      ),
    );
  });
});

const treeArb: fc.Arbitrary<PointsNode[]> = fc.letrec<{ node: PointsNode; nodes: PointsNode[] }>((tie) => ({
  node: fc.record({
    inlinePoints: fc.constant(null),
    children: fc.oneof({ depthSize: 'small' }, fc.constant<PointsNode[]>([]), tie('nodes')),
  }),
  nodes: fc.array(tie('node'), { minLength: 1, maxLength: 8 }),
})).nodes;

function addsUp(allocations: Allocation[]): boolean {
  return allocations.every(
    (a) => a.children.length === 0 || (a.children.reduce((s, c) => s + c.points, 0) === a.points && addsUp(a.children)),
  );
}

describe('allocate', () => {
  it('adds up at every level for any tree and any whole total', () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 1, max: 1000 }), (nodes, total) => {
        const { allocations } = allocate(nodes, total);
        expect(allocations.reduce((s, a) => s + a.points, 0)).toBe(total);
        expect(addsUp(allocations)).toBe(true);
      }),
    );
  });

  it('adds up for generated plan texts of any shape and total, through the whole parser', () => {
    const planArb = fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(planArb, fc.integer({ min: 10, max: 500 }), fc.constantFrom(2 as const, 3 as const), (itemCounts, total, depth) => {
        let n = 0;
        const lines = itemCounts.flatMap((count, s) => [
          `${'一二三四五六七八九十'[s % 10]}${s >= 10 ? '十' : ''}、第${s + 1}部分`,
          ...Array.from({ length: count }, () => `（${++n}）第${n}项工作。具体要求一。具体要求二。`),
        ]);
        // Arabic numbers inside （） are a different style from （一）, which is all this needs.
        const plan = parsePlan(lines.join('\n'), 'text', { total, depth });
        expect(sumPoints(plan.criteria)).toBe(total);
        expect(everyLevelAddsUp(plan.criteria)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
