import { describe, expect, it } from 'vitest';
import { Assessment } from '../../../shared/assessment/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { acceptWeights } from '../../../shared/weights/accept';
import { groupsAtLevel, weightGroup } from '../../../shared/weights/groups';
import { groupData } from '../../../shared/weights/level-data';
import { acceptedWeights, type WeightsRecord } from '../../../shared/weights/record';
import { withGroupPoints } from '../../../shared/weights/reweight';
import { entry, leaf, makeDoc, section } from '../../helpers/assessment';

const by = { actor: '考核办', at: '2020-12-20T00:00:00.000Z' };

/** Two sections of 60 and 40 points; A is strong in S1 (80 in all), B in S2 (70). */
function doc() {
  return makeDoc({
    criteria: [
      section('S1', 60, [leaf('a', 30), leaf('b', 30)]),
      section('S2', 40, [
        leaf('c', 20),
        leaf('d', 20, {
          kind: 'tiered',
          levels: [
            { label: '好', points: 20 },
            { label: '中', points: 10 },
          ],
        }),
      ]),
    ],
    units: ['A', 'B'],
    entries: [
      entry('e1', 'A', 'a', 30),
      entry('e1', 'A', 'b', 30),
      entry('e1', 'A', 'c', 10),
      entry('e1', 'A', 'd', { kind: 'tier', level: 1 }),
      entry('e1', 'B', 'a', 15),
      entry('e1', 'B', 'b', 15),
      entry('e1', 'B', 'c', 20),
      entry('e1', 'B', 'd', { kind: 'tier', level: 0 }),
    ],
  });
}

function record(d: ReturnType<typeof doc>, parentId: string | null, after: number[]): WeightsRecord {
  const g = weightGroup(d.scheme, parentId)!;
  return {
    parentId,
    parentCode: g.parent?.code ?? '',
    method: 'ahp',
    ahp: {
      method: 'eigen',
      riTable: 'cn',
      matrices: [
        [
          [1, 1],
          [1, 1],
        ],
      ],
      lambdaMax: 2,
      ci: 0,
      ri: 0,
      cr: 0,
    },
    criteria: g.criteria.map((c, i) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      weight: after[i]! / g.points,
      before: c.points,
      after: after[i]!,
    })),
  };
}

describe('what-if and acceptance of proposed points', () => {
  it('first level: sections are converted, so totals follow the new points and no score changes', () => {
    const d = doc();
    const before = computeResults(d);
    expect(before.units.map((u) => u.total)).toEqual([80, 70]);
    const what = computeResults(withGroupPoints(d, null, [40, 60]));
    // A: 60/60 × 40 + 20/40 × 60 = 70; B: 30/60 × 40 + 40/40 × 60 = 80.
    expect(what.units.map((u) => u.total)).toEqual([70, 80]);
    const accepted = acceptWeights(d, record(d, null, [40, 60]), by);
    expect(Assessment.safeParse(accepted).success).toBe(true);
    expect(accepted.entries).toEqual(d.entries);
    expect(computeResults(accepted).units.map((u) => u.total)).toEqual([70, 80]);
    expect(accepted.scheme.version).toBe(d.scheme.version + 1);
    expect(accepted.scheme.criteria.map((c) => [c.points, c.domainScale])).toEqual([
      [40, 60],
      [60, 40],
    ]);
    const [rec] = acceptedWeights(accepted);
    expect(rec).toMatchObject({ parentId: null, method: 'ahp', ahp: { riTable: 'cn', cr: 0 } });
    expect(accepted.audit.at(-1)).toMatchObject({ action: 'weights.apply', actor: '考核办' });
  });

  it('deeper: the what-if keeps every rate; acceptance is refused while scores exist under the parent', () => {
    const d = doc();
    const what = computeResults(withGroupPoints(d, 'S2', [10, 30]));
    // A: c 10/20 → 5 of 10, d 中 10/20 → 15 of 30: 60 + 20 = 80; B: c 20/20 → 10, d 好 → 30: 30 + 40 = 70.
    expect(what.units.map((u) => u.total)).toEqual([80, 70]);
    expect(() => acceptWeights(d, record(d, 'S2', [10, 30]), by)).toThrow(
      expect.objectContaining({ key: 'weights.hasScores', params: { count: 4, code: 'S2' } }),
    );
  });

  it('deeper, before scoring: items get the points, tiered levels follow in whole steps', () => {
    const d = { ...doc(), entries: [] };
    const accepted = acceptWeights(d, record(d, 'S2', [15, 25]), by);
    const s2 = accepted.scheme.criteria[1]!;
    expect(s2.children.map((c) => c.points)).toEqual([15, 25]);
    expect(s2.children[1]!.rule).toEqual({
      kind: 'tiered',
      levels: [
        { label: '好', points: 25 },
        { label: '中', points: 12.5 },
      ],
    });
    expect(Assessment.safeParse(accepted).success).toBe(true);
  });

  it('refuses points that do not add up, a changed group, and a finalized year', () => {
    const d = doc();
    expect(() => acceptWeights(d, record(d, null, [50, 60]), by)).toThrow(expect.objectContaining({ key: 'weights.sumOff' }));
    const stale = record(d, null, [40, 60]);
    stale.criteria = stale.criteria.slice(0, 1);
    expect(() => acceptWeights(d, stale, by)).toThrow(expect.objectContaining({ key: 'weights.staleGroup' }));
    expect(() => acceptWeights({ ...d, status: 'finalized' }, record(d, null, [40, 60]), by)).toThrow(
      expect.objectContaining({ key: 'error.finalized' }),
    );
  });
});

describe('group data for objective weights', () => {
  it('rates per unit; a unit with a missing score is left out and named, N/A leaves are dropped from the rate', () => {
    const d = makeDoc({
      criteria: [section('S1', 20, [leaf('a', 10), leaf('b', 10)]), section('S2', 10, [leaf('c', 10)])],
      units: ['A', 'B', 'C'],
      entries: [
        entry('e1', 'A', 'a', 10),
        entry('e1', 'A', 'b', { kind: 'na' }),
        entry('e1', 'A', 'c', 5),
        entry('e1', 'B', 'a', 5),
        entry('e1', 'B', 'b', 5),
        entry('e1', 'B', 'c', 10),
        entry('e1', 'C', 'a', 5),
        entry('e1', 'C', 'c', 10),
      ],
    });
    const [group] = groupsAtLevel(d.scheme, 1);
    const data = groupData(d, computeResults(d), group!);
    expect(data.rows).toEqual([
      { unitId: 'A', unitName: 'A市', rates: [1, 0.5] },
      { unitId: 'B', unitName: 'B市', rates: [0.5, 1] },
    ]);
    expect(data.excluded).toEqual([{ unitId: 'C', unitName: 'C市', reason: 'missing', criterionCode: 'S1' }]);
    expect(groupsAtLevel(d.scheme, 2).map((g) => g.parent?.id)).toEqual(['S1']);
  });
});

describe('the report says how weights were derived', () => {
  it('a 权重来源 line in the 说明 facts after acceptance, none before', async () => {
    const { createTranslator } = await import('../../../shared/i18n/messages');
    const { reportContext } = await import('../../../shared/report/context');
    const { methodFacts } = await import('../../../shared/report/method-sheet');
    const zh = createTranslator('zh-CN');
    const facts = (d: ReturnType<typeof doc>) =>
      methodFacts(
        reportContext({ doc: d, results: computeResults(d), others: [], generatedAt: '', generatedIso: '', appVersion: '' }, zh),
        0,
      );
    const d = doc();
    expect(facts(d).find(([k]) => k === 'report.method.weightsDerived')).toBeUndefined();
    const accepted = acceptWeights(d, record(d, null, [40, 60]), by);
    expect(facts(accepted).find(([k]) => k === 'report.method.weightsDerived')?.[1]).toBe(
      '一级指标：S1 40 分、S2 60 分（层次分析法·特征根法，1 份判断矩阵，RI 国内教材表（许树柏，1988），CR = 0.0000）',
    );
  });
});
