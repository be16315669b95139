import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp, combineJudgements, type AhpMethod } from '../../../shared/weights/ahp';
import { checkMatrix, fromUpperTriangle, symmetrize } from '../../../shared/weights/matrix';
import { randomIndex } from '../../../shared/weights/random-index';

/**
 * Worked example: 姜启源、谢金星、叶俊《数学模型》（第4版，高等教育出版社，2011）§8.1
 * 层次分析模型, "旅游地选择": criteria 景色、费用、居住、饮食、旅途. The book prints
 * w = (0.263, 0.475, 0.055, 0.099, 0.110), λ = 5.073, CI = 0.018, CR = 0.016 (RI 1.12), and for
 * the second level B1…B5 the weights and λ below. It rounds to three decimals from a hand
 * (approximate) calculation, so the tolerance is 0.0015 rather than 0.0005.
 */
const TRAVEL = [
  [1, 1 / 2, 4, 3, 3],
  [2, 1, 7, 5, 5],
  [1 / 4, 1 / 7, 1, 1 / 2, 1 / 3],
  [1 / 3, 1 / 5, 2, 1, 1],
  [1 / 3, 1 / 5, 3, 1, 1],
];
const TRAVEL_B: { m: number[][]; w: number[]; lambda: number; ci: number }[] = [
  {
    m: [
      [1, 2, 5],
      [1 / 2, 1, 2],
      [1 / 5, 1 / 2, 1],
    ],
    w: [0.595, 0.277, 0.129],
    lambda: 3.005,
    ci: 0.003,
  },
  {
    m: [
      [1, 1 / 3, 1 / 8],
      [3, 1, 1 / 3],
      [8, 3, 1],
    ],
    w: [0.082, 0.236, 0.682],
    lambda: 3.002,
    ci: 0.001,
  },
  {
    m: [
      [1, 1, 3],
      [1, 1, 3],
      [1 / 3, 1 / 3, 1],
    ],
    w: [0.429, 0.429, 0.142],
    lambda: 3,
    ci: 0,
  },
  {
    m: [
      [1, 3, 4],
      [1 / 3, 1, 1],
      [1 / 4, 1, 1],
    ],
    w: [0.633, 0.193, 0.175],
    lambda: 3.009,
    ci: 0.005,
  },
  {
    m: [
      [1, 1, 1 / 4],
      [1, 1, 1 / 4],
      [4, 4, 1],
    ],
    w: [0.166, 0.166, 0.668],
    lambda: 3,
    ci: 0,
  },
];
const METHODS: AhpMethod[] = ['eigen', 'geometric', 'column'];
const close = (a: number, b: number, tol: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(tol);

describe('AHP against the textbook example (姜启源《数学模型》§8.1)', () => {
  // The book's figures follow the column-normalised (和积法) hand calculation most closely; the
  // eigenvector and the geometric means differ from it in the third decimal, as they should.
  it.each([
    ['column', 0.0015],
    ['eigen', 0.0025],
    ['geometric', 0.003],
  ] as const)('%s: the first-level weights, λmax, CI and CR', (method, tol) => {
    const r = ahp(TRAVEL, method, 'cn');
    [0.263, 0.475, 0.055, 0.099, 0.11].forEach((w, i) => close(r.weights[i]!, w, tol));
    close(r.lambdaMax, 5.073, 0.0015);
    close(r.ci, 0.018, 0.0006);
    close(r.cr, 0.016, 0.0006);
    expect(r.ri).toBe(1.12);
    expect(r.acceptable).toBe(true);
  });
  it('eigen: the second-level weights and λmax of B1…B5', () => {
    for (const b of TRAVEL_B) {
      const r = ahp(b.m, 'eigen', 'cn');
      b.w.forEach((w, i) => close(r.weights[i]!, w, 0.0015));
      close(r.lambdaMax, b.lambda, 0.0015);
      close(r.ci, b.ci, 0.0006);
    }
  });
});

describe('AHP consistency', () => {
  it('uses the chosen RI table and records it', () => {
    expect(ahp(TRAVEL, 'eigen', 'saaty').ri).toBe(1.12);
    expect(randomIndex(3, 'saaty')).toBe(0.58);
    expect(randomIndex(3, 'cn')).toBe(0.52);
    expect(ahp(TRAVEL_B[0]!.m, 'eigen', 'saaty').riTable).toBe('saaty');
  });
  it('flags CR ≥ 0.10 and names the judgement that breaks consistency first', () => {
    // 1 ≫ 2 ≫ 3 but 3 ≫ 1: an intransitive judgement between criteria 1 and 3.
    const m = fromUpperTriangle([[5, 1 / 7], [5]], 3);
    const r = ahp(m, 'eigen', 'cn');
    expect(r.cr).toBeGreaterThan(0.1);
    expect(r.acceptable).toBe(false);
    expect(r.worstPairs.length).toBeGreaterThan(0);
    expect(r.worstPairs[0]!.deviation).toBeGreaterThanOrEqual(r.worstPairs.at(-1)!.deviation);
  });
  it('finds the one judgement that was changed in an otherwise consistent matrix', () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    const m = w.map((wi) => w.map((wj) => wi / wj));
    m[0]![3] = 9; // was 4
    m[3]![0] = 1 / 9;
    const r = ahp(m, 'eigen', 'cn');
    expect([r.worstPairs[0]!.i, r.worstPairs[0]!.j]).toEqual([0, 3]);
  });
});

describe('matrix checks', () => {
  it('fills the reciprocal from the upper triangle', () => {
    const m = fromUpperTriangle([[3, 5], [2]], 3);
    expect(m).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]);
    expect(checkMatrix(m)).toEqual([]);
  });
  it('accepts typed decimals for reciprocals and makes them exact', () => {
    const typed = [
      [1, 3],
      [0.3333, 1],
    ];
    expect(checkMatrix(typed)).toEqual([]);
    expect(symmetrize(typed)[1]![0]).toBe(1 / 3);
  });
  it('names every problem with its 1-based place', () => {
    expect(checkMatrix([[1]])).toEqual([{ kind: 'size', n: 1 }]);
    expect(checkMatrix([[1, 3], [1]])).toEqual([{ kind: 'notSquare', row: 2, length: 1, n: 2 }]);
    expect(
      checkMatrix([
        [2, 3],
        [1 / 3, 1],
      ]),
    ).toEqual([{ kind: 'diagonal', row: 1, value: 2 }]);
    expect(
      checkMatrix([
        [1, 12],
        [1 / 12, 1],
      ]),
    ).toContainEqual({ kind: 'outOfScale', row: 1, col: 2, value: 12 });
    expect(
      checkMatrix([
        [1, 3],
        [3, 1],
      ]),
    ).toEqual([{ kind: 'notReciprocal', row: 2, col: 1, value: 3, mirror: 3 }]);
    expect(
      checkMatrix([
        [1, Number.NaN],
        [1, 1],
      ]),
    ).toContainEqual({ kind: 'notNumber', row: 1, col: 2 });
  });
});

/** Random positive weights for n = 2…12 criteria. */
const weightsArb = fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 }).map((w) => {
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
});
const consistent = (w: number[]) => w.map((wi) => w.map((wj) => wi / wj));

/** Random reciprocal matrices on the 1–9 scale. */
const scale = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const matrixArb = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.array(fc.constantFrom(...scale), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((flat) => {
    let k = 0;
    return fromUpperTriangle(
      Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, () => flat[k++]!)),
      n,
    );
  }),
);

describe('AHP properties', () => {
  it('a consistent matrix (a_ij = w_i / w_j) gives back w and CR = 0, by every method', () => {
    fc.assert(
      fc.property(weightsArb, fc.constantFrom(...METHODS), (w, method) => {
        const r = ahp(consistent(w), method, 'cn');
        r.weights.forEach((x, i) => close(x, w[i]!, 1e-9));
        close(r.cr, 0, 1e-9);
        close(r.lambdaMax, w.length, 1e-9);
      }),
    );
  });
  it('weights are positive and sum to 1; λmax ≥ n', () => {
    fc.assert(
      fc.property(matrixArb, fc.constantFrom(...METHODS), (m, method) => {
        const r = ahp(m, method, 'saaty');
        close(
          r.weights.reduce((a, b) => a + b, 0),
          1,
          1e-12,
        );
        expect(r.weights.every((x) => x > 0)).toBe(true);
        if (method === 'eigen') expect(r.lambdaMax).toBeGreaterThanOrEqual(m.length - 1e-9);
      }),
    );
  });
  it('permuting the criteria permutes the weights', () => {
    fc.assert(
      fc.property(
        matrixArb.chain((m) => fc.tuple(fc.constant(m), fc.shuffledSubarray([...m.keys()], { minLength: m.length }))),
        ([m, p]) => {
          const permuted = p.map((i) => p.map((j) => m[i]![j]!));
          const a = ahp(m, 'eigen', 'cn');
          const b = ahp(permuted, 'eigen', 'cn');
          p.forEach((i, k) => close(b.weights[k]!, a.weights[i]!, 1e-9));
          close(a.cr, b.cr, 1e-9);
        },
      ),
    );
  });
  it("experts' matrices combine into a reciprocal matrix; identical experts change nothing", () => {
    fc.assert(
      fc.property(matrixArb, (m) => {
        const same = combineJudgements([m, m, m]);
        same.forEach((row, i) => row.forEach((x, j) => close(x, m[i]![j]!, 1e-12)));
        const mixed = combineJudgements([m, consistent(m.map(() => 1 / m.length))]);
        mixed.forEach((row, i) => row.forEach((x, j) => close(x * mixed[j]![i]!, 1, 1e-12)));
      }),
    );
  });
});
