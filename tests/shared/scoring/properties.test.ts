import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, CombineMethod } from '../../../shared/assessment/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { round2 } from '../../../shared/scoring/rounding';
import { entry, leaf, makeDoc } from '../../helpers/assessment';

const METHODS: CombineMethod[] = ['mean', 'median', 'trimmedMean', 'normalized'];

/** Random assessments: 1–6 units, 1–4 leaves, 1–4 evaluators, scores on a 0.5 grid, some N/A, bonus, veto. */
const docArb = fc
  .record({
    points: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 }),
    units: fc.integer({ min: 1, max: 6 }),
    evaluators: fc.integer({ min: 1, max: 4 }),
    method: fc.constantFrom(...METHODS),
    ranking: fc.constantFrom('competition' as const, 'dense' as const),
    bonusCap: fc.integer({ min: 0, max: 5 }),
    seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ points, units, evaluators, method, ranking, bonusCap, seed }) => {
    let k = 0;
    const r = () => seed[k++ % seed.length]!;
    const unitIds = Array.from({ length: units }, (_, i) => `U${i}`);
    const evalIds = Array.from({ length: evaluators }, (_, i) => `e${i}`);
    const entries = unitIds.flatMap((u) =>
      points.flatMap((p, c) =>
        evalIds.map((e) => (r() < 0.08 ? entry(e, u, `c${c}`, { kind: 'na' }) : entry(e, u, `c${c}`, Math.round(r() * p * 2) / 2))),
      ),
    );
    for (const u of unitIds) {
      if (r() < 0.3) entries.push(entry('e0', u, 'b', { kind: 'bonus', achievements: [{ name: '表彰', level: 0, reason: '表彰' }] }));
      if (r() < 0.15) entries.push(entry('e0', u, 'v', { kind: 'veto', triggered: true }, '事故'));
    }
    return makeDoc({
      criteria: points.map((p, c) => leaf(`c${c}`, p)),
      units: unitIds,
      evaluators: evalIds,
      entries,
      settings: { combine: method, ranking },
      bonus: { cap: bonusCap, items: [{ id: 'b', title: '表彰', text: '', cap: 4, levels: [{ label: '国家级', points: 4 }] }] },
      vetoes: [{ id: 'v', title: '重大事故', text: '', effect: 'veto' }],
    });
  });

function shuffled<T>(items: T[], seed: number): T[] {
  return items
    .map((item, i) => ({ item, key: Math.sin(seed + i * 12.9898) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

describe('scoring properties', () => {
  it('ranking is a permutation of the units, ties adjacent, vetoed after the rest', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const results = computeResults(doc);
        expect([...results.order].sort()).toEqual(doc.units.map((u) => u.id).sort());
        const ordered = results.order.map((id) => results.units.find((u) => u.unitId === id)!);
        ordered.forEach((u, i) => {
          const next = ordered[i + 1];
          if (!next) return;
          expect(u.rank! <= next.rank!).toBe(true);
          if (u.rank === next.rank) expect(round2(u.total)).toBe(round2(next.total));
          expect(Number(u.vetoed) <= Number(next.vetoed)).toBe(true);
        });
      }),
    );
  });

  it('totals stay within [0, total + bonus cap]', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        for (const u of computeResults(doc).units) {
          expect(u.total).toBeGreaterThanOrEqual(0);
          expect(u.total).toBeLessThanOrEqual(doc.scheme.total + (doc.scheme.bonus.cap ?? 0) + 1e-9);
        }
      }),
    );
  });

  it('the order of entries and of evaluators does not matter', () => {
    fc.assert(
      fc.property(docArb, fc.integer(), (doc, seed) => {
        const other: Assessment = { ...doc, entries: shuffled(doc.entries, seed), evaluators: shuffled(doc.evaluators, seed + 1) };
        const strip = (d: Assessment) => computeResults(d).units.map((u) => [u.unitId, u.total, u.rank, u.grade]);
        expect(strip(other)).toEqual(strip(doc));
      }),
    );
  });
});
