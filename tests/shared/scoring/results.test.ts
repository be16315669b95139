import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/assessment/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { rank } from '../../../shared/scoring/ranking';
import { round2 } from '../../../shared/scoring/rounding';
import { entry, leaf, makeDoc, scores } from '../../helpers/assessment';

/** One 100-point leaf, one evaluator: each unit's total is just its score. */
function docWithTotals(
  totals: Record<string, number>,
  settings: Partial<Settings> = {},
  extra: Parameters<typeof makeDoc>[0] extends infer O ? Partial<O> : never = {},
) {
  return makeDoc({
    criteria: [leaf('a', 100, { kind: 'plain', step: 0.01 })],
    units: Object.keys(totals),
    entries: scores('e1', 'a', totals),
    settings,
    ...extra,
  });
}

const summary = (doc: ReturnType<typeof makeDoc>) => computeResults(doc).units.map((u) => [u.unitId, u.rank, u.grade]);

describe('ranking', () => {
  it('competition ranking shares ranks on ties and skips after them (1,2,2,4)', () => {
    expect(summary(docWithTotals({ A: 95, B: 88, C: 88, D: 70 }))).toEqual([
      ['A', 1, 'excellent'],
      ['B', 2, 'good'],
      ['C', 2, 'good'],
      ['D', 4, 'pass'],
    ]);
  });

  it('dense ranking, 中国式排名, does not skip (1,2,2,3)', () => {
    expect(summary(docWithTotals({ A: 95, B: 88, C: 88, D: 70 }, { ranking: 'dense' })).map((r) => r[1])).toEqual([1, 2, 2, 3]);
  });

  it('compares totals rounded to two decimals, half up', () => {
    expect(round2(89.995)).toBe(90);
    expect(round2(89.994999)).toBe(89.99);
    expect(
      rank(
        [
          { id: 'x', total: round2(88.001), vetoed: false },
          { id: 'y', total: round2(87.996), vetoed: false },
        ],
        'competition',
      ).map((r) => r.rank),
    ).toEqual([1, 1]);
  });

  it('ranks vetoed units after all others, whatever their score', () => {
    const doc = docWithTotals(
      { A: 95, B: 70, C: 80 },
      {},
      {
        vetoes: [{ id: 'v', title: '重大事故', text: '', effect: 'veto' }],
      },
    );
    doc.entries.push(entry('e1', 'A', 'v', { kind: 'veto', triggered: true }, '重大事故'));
    const results = computeResults(doc);
    expect(results.order).toEqual(['C', 'B', 'A']);
    expect(results.units.map((u) => [u.unitId, u.rank, u.grade, u.total])).toEqual([
      ['A', 3, 'fail', 95],
      ['B', 2, 'pass', 70],
      ['C', 1, 'good', 80],
    ]);
  });

  it('a veto can set the total to 0 by setting', () => {
    const doc = docWithTotals({ A: 95 }, { vetoEffect: 'zero' }, { vetoes: [{ id: 'v', title: '瞒报', text: '', effect: 'veto' }] });
    doc.entries.push(entry('e1', 'A', 'v', { kind: 'veto', triggered: true }, '瞒报'));
    expect(computeResults(doc).units[0]).toMatchObject({ total: 0, vetoed: true, grade: 'fail' });
  });
});

describe('grades', () => {
  it('thresholds are inclusive lower bounds: 90 优秀, 80 良好, 60 合格, else 不合格', () => {
    expect(summary(docWithTotals({ A: 90, B: 89.99, C: 80, D: 60, E: 59.99 })).map((r) => r[2])).toEqual([
      'excellent',
      'good',
      'good',
      'pass',
      'fail',
    ]);
  });

  it('a three-grade scheme (优秀/达标/不达标) has no 良好', () => {
    expect(
      summary(docWithTotals({ A: 92, B: 85, C: 50 }, { grades: { excellent: 90, good: null, pass: 60 }, gradeNames: 'compliance' })).map(
        (r) => r[2],
      ),
    ).toEqual(['excellent', 'pass', 'fail']);
  });

  it('否优项 only bars 优秀', () => {
    const doc = docWithTotals({ A: 96, B: 70 }, {}, { vetoes: [{ id: 'x', title: '较大事故', text: '', effect: 'barExcellent' }] });
    doc.entries.push(
      entry('e1', 'A', 'x', { kind: 'veto', triggered: true }, '较大事故'),
      entry('e1', 'B', 'x', { kind: 'veto', triggered: true }, '较大事故'),
    );
    expect(computeResults(doc).units.map((u) => [u.grade, u.rank, u.barredExcellent])).toEqual([
      ['good', 1, true],
      ['pass', 2, true],
    ]);
  });

  it('a quota as a count: units beyond it drop to 良好', () => {
    const results = computeResults(docWithTotals({ A: 97, B: 95, C: 93, D: 91 }, { excellentQuota: { kind: 'count', value: 2 } }));
    expect(results.units.map((u) => [u.grade, u.quotaLimited])).toEqual([
      ['excellent', false],
      ['excellent', false],
      ['good', true],
      ['good', true],
    ]);
    expect(results.quota).toEqual({ count: 2, exceededByTie: false });
  });

  it('a quota as a share is rounded down; ties at the boundary all keep 优秀 and the result says so', () => {
    // 30% of 7 units = 2.1 → 2 places; B and C tie for the second.
    const results = computeResults(
      docWithTotals({ A: 97, B: 95, C: 95, D: 91, E: 80, F: 70, G: 60 }, { excellentQuota: { kind: 'share', value: 0.3 } }),
    );
    expect(results.units.map((u) => u.grade)).toEqual(['excellent', 'excellent', 'excellent', 'good', 'good', 'pass', 'pass']);
    expect(results.quota).toEqual({ count: 2, exceededByTie: true });
  });
});

describe('bonus', () => {
  it('adds on top of the base, capped per item and scheme-wide', () => {
    const doc = docWithTotals(
      { A: 90 },
      {},
      {
        bonus: {
          cap: 3,
          items: [
            {
              id: 'b1',
              title: '表彰',
              text: '',
              cap: 2,
              levels: [
                { label: '国家级', points: 2 },
                { label: '省级', points: 1 },
              ],
            },
            { id: 'b2', title: '推广', text: '', cap: 2, levels: [{ label: '全国', points: 2 }] },
          ],
        },
      },
    );
    const a = (name: string, level: number) => ({ name, level, reason: name });
    doc.entries.push(
      entry('e1', 'A', 'b1', { kind: 'bonus', achievements: [a('甲', 0), a('乙', 1)] }),
      entry('e1', 'A', 'b2', { kind: 'bonus', achievements: [a('丙', 0)] }),
    );
    expect(computeResults(doc).units[0]).toMatchObject({ baseTotal: 90, bonus: 3, total: 93 });
  });
});

describe('missing scores are never silently zero', () => {
  const doc = () =>
    makeDoc({
      criteria: [leaf('a', 50), leaf('b', 50)],
      units: ['A', 'B'],
      evaluators: ['e1', 'e2'],
      entries: [
        ...scores('e1', 'a', { A: 40, B: 45 }),
        ...scores('e2', 'a', { A: 40, B: 45 }),
        ...scores('e1', 'b', { A: 40, B: 30 }),
        ...scores('e2', 'b', { A: 44 }),
      ],
    });

  it('marks a unit with gaps incomplete with the list, and ranking waits for it', () => {
    const results = computeResults(doc());
    const b = results.units[1]!;
    expect(b).toMatchObject({ complete: false, rank: null, grade: null, gaps: [{ criterionId: 'b', evaluatorIds: ['e2'] }] });
    expect(results.units[0]).toMatchObject({ complete: true, rank: 1, grade: 'good', total: 82 });
    expect(results.order).toEqual(['A', 'B']);
    expect(results.complete).toBe(false);
  });

  it('ranks on what is there when asked, and says so', () => {
    const d = doc();
    d.settings.rankIncomplete = true;
    const b = computeResults(d).units[1]!;
    expect(b).toMatchObject({ rank: 2, provisional: true, total: 75, complete: false });
  });

  it('counts a cell nobody is assigned to as a gap', () => {
    const d = makeDoc({
      criteria: [leaf('a', 50), leaf('b', 50)],
      evaluators: [{ id: 'e1', assignment: { unitIds: null, criterionIds: ['a'] } }],
      entries: scores('e1', 'a', { A: 40 }),
    });
    expect(computeResults(d).units[0]!.gaps).toEqual([{ criterionId: 'b', evaluatorIds: [] }]);
  });
});
