import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectiveWeights, type ObjectiveMethod } from '../../../shared/weights/objective';
import { proposePoints } from '../../../shared/weights/proposal';

const METHODS: ObjectiveMethod[] = ['entropy', 'cv', 'critic'];
const close = (a: number, b: number, tol = 1e-9) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

/** Rows of 2–14 units × 2–8 criteria, scores as rates in [0, 1]. */
const tableArb = fc
  .tuple(fc.integer({ min: 2, max: 14 }), fc.integer({ min: 2, max: 8 }))
  .chain(([m, n]) =>
    fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
  );

describe('objective weights', () => {
  it('entropy: a worked three-unit example computed by hand', () => {
    // Column 1: 0, 0.5, 1 after min–max → shares 0, 1/3, 2/3 → e = −(1/3 ln 1/3 + 2/3 ln 2/3)/ln 3.
    // Column 2: 1, 0, 0 → shares 1, 0, 0 → e = 0 (all information).
    const r = objectiveWeights(
      [
        [0.2, 0.9],
        [0.5, 0.1],
        [0.8, 0.1],
      ],
      'entropy',
    );
    const e1 = -((1 / 3) * Math.log(1 / 3) + (2 / 3) * Math.log(2 / 3)) / Math.log(3);
    close(r.information[0]!, 1 - e1);
    close(r.information[1]!, 1);
    close(r.weights![0]!, (1 - e1) / (2 - e1));
  });
  it('coefficient of variation: population standard deviation over the mean', () => {
    const r = objectiveWeights(
      [
        [1, 2],
        [3, 2],
      ],
      'cv',
    );
    close(r.information[0]!, 1 / 2);
    close(r.information[1]!, 0);
    expect(r.weights).toEqual([1, 0]);
  });
  it('CRITIC: two perfectly correlated columns share their weight with an independent one', () => {
    const r = objectiveWeights(
      [
        [0, 0, 1],
        [1, 1, 0],
        [0.5, 0.5, 0.5],
      ],
      'critic',
    );
    close(r.weights![0]!, r.weights![1]!);
    expect(r.weights![2]!).toBeGreaterThan(r.weights![0]!);
  });
  it.each(METHODS)('%s: identical columns (every unit scored the same) get weight 0', (method) => {
    fc.assert(
      fc.property(tableArb, fc.double({ min: 0.1, max: 1, noNaN: true }), (rows, c) => {
        const withConstant = rows.map((r) => [...r, c]);
        const res = objectiveWeights(withConstant, method);
        if (res.weights) close(res.weights.at(-1)!, 0);
      }),
    );
  });
  it.each(METHODS)('%s: weights are ≥ 0 and sum to 1, or null when nothing varies', (method) => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const res = objectiveWeights(rows, method);
        if (res.weights === null) expect(res.information.every((x) => x < 1e-9)).toBe(true);
        else {
          close(
            res.weights.reduce((a, b) => a + b, 0),
            1,
            1e-9,
          );
          expect(res.weights.every((x) => x >= 0)).toBe(true);
        }
      }),
    );
  });
  it.each(METHODS)('%s: permuting the criteria permutes the weights', (method) => {
    fc.assert(
      fc.property(
        tableArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray([...rows[0]!.keys()], { minLength: rows[0]!.length }))),
        ([rows, p]) => {
          const a = objectiveWeights(rows, method);
          const b = objectiveWeights(
            rows.map((r) => p.map((j) => r[j]!)),
            method,
          );
          if (a.weights && b.weights) p.forEach((j, k) => close(b.weights![k]!, a.weights![j]!, 1e-9));
          else expect(b.weights).toBe(a.weights);
        },
      ),
    );
  });
  it('a table where nothing varies has no weights', () => {
    expect(
      objectiveWeights(
        [
          [0.5, 0.7],
          [0.5, 0.7],
        ],
        'entropy',
      ).weights,
    ).toBeNull();
  });
});

describe('proposed points', () => {
  it('rounds to the step and adds up exactly', () => {
    expect(proposePoints(100, [0.3333, 0.3333, 0.3334], 1)).toEqual([33, 33, 34]);
    expect(proposePoints(10, [0.55, 0.45], 0.5)).toEqual([5.5, 4.5]);
    expect(proposePoints(10, [0.5, 0.5], 3)).toBeNull();
  });
  it('property: shares are whole steps and add up to the amount', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 15 }),
        fc.constantFrom(0.5, 1, 2),
        fc.integer({ min: 1, max: 200 }),
        (w, step, steps) => {
          const amount = steps * step;
          const p = proposePoints(amount, w, step)!;
          close(
            p.reduce((a, b) => a + b, 0),
            amount,
            1e-9,
          );
          p.forEach((x) => close(Math.round(x / step) * step, x, 1e-9));
        },
      ),
    );
  });
});
