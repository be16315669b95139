import { describe, expect, it } from 'vitest';
import { computeResults } from '../../shared/scoring/compute';
import { weightGroup } from '../../shared/weights/groups';
import { WeightsRecord } from '../../shared/weights/record';
import {
  ahpOutcome,
  blankCells,
  buildRecord,
  cellValue,
  matricesOf,
  rankEffect,
  reciprocalText,
} from '../../renderer/screens/scheme/weights/weights-model';
import { entry, leaf, makeDoc, section } from '../helpers/assessment';

describe('the 权重 panel model', () => {
  it('reads judgements as users type them and mirrors them', () => {
    expect(cellValue('3')).toBe(3);
    expect(cellValue('１／３')).toBeCloseTo(1 / 3, 12);
    expect(cellValue('0.2')).toBe(0.2);
    expect(cellValue('10')).toBeNull();
    expect(cellValue('abc')).toBeNull();
    expect(cellValue('')).toBeNull();
    expect(reciprocalText('3')).toBe('1/3');
    expect(reciprocalText('1/5')).toBe('5');
    expect(reciprocalText('1')).toBe('1');
    expect(reciprocalText('2.5')).toBe('0.40');
    expect(reciprocalText('x')).toBe('');
  });

  it('names each bad cell by expert and place and computes nothing until they are fixed', () => {
    const cells = blankCells(3);
    cells[0]![2] = '12';
    const bad = ahpOutcome([cells], 3, 'eigen', 'cn');
    expect(bad.bad).toEqual([[0, 0, 2]]);
    expect(bad.result).toBeNull();
    cells[0]![2] = '3';
    const ok = ahpOutcome([cells, blankCells(3)], 3, 'eigen', 'cn');
    expect(ok.experts).toHaveLength(2);
    expect(ok.result!.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(matricesOf([cells], 3)[0]![2]![0]).toBeCloseTo(1 / 3, 12);
  });

  it('the effect lists every unit in the new order, and the record it builds is one the audit trail accepts', () => {
    const doc = makeDoc({
      criteria: [section('S1', 50, [leaf('a', 50)]), section('S2', 50, [leaf('b', 50)])],
      units: ['A', 'B'],
      entries: [entry('e1', 'A', 'a', 50), entry('e1', 'A', 'b', 10), entry('e1', 'B', 'a', 20), entry('e1', 'B', 'b', 50)],
    });
    const results = computeResults(doc);
    expect(results.order).toEqual(['B', 'A']);
    const effect = rankEffect(doc, results, null, [80, 20]);
    expect(effect.map((u) => [u.unitId, u.rank, u.newRank])).toEqual([
      ['A', 2, 1],
      ['B', 1, 2],
    ]);
    const group = weightGroup(doc.scheme, null)!;
    const outcome = ahpOutcome(
      [
        [
          ['1', '4'],
          ['1', '1'],
        ],
      ],
      2,
      'eigen',
      'cn',
    );
    const record = buildRecord(group, outcome.result!.weights, [80, 20], {
      kind: 'ahp',
      outcome,
      matrices: matricesOf(
        [
          [
            ['1', '4'],
            ['1', '1'],
          ],
        ],
        2,
      ),
    });
    expect(WeightsRecord.strict().safeParse(record).success).toBe(true);
    expect(record.criteria.map((c) => [c.code, c.before, c.after])).toEqual([
      ['S1', 50, 80],
      ['S2', 50, 20],
    ]);
  });
});
