// The merge and the renderer find cells through CellTable instead of string keys: it must
// answer exactly what a Map keyed by cellKey answers, under any mix of sets and deletes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellTable } from '../../../shared/assessment/cell-table';
import { cellKey } from '../../../shared/assessment/mutations';
import { checkValue } from '../../../shared/assessment/rules';
import { scoredItems } from '../../../shared/assessment/criteria';
import { leaf, makeDoc } from '../../helpers/assessment';

const id = fc.constantFrom('e1', 'e2', 'U1', 'a', 'a\u0000b', '', '1');
const cell = fc.record({ evaluatorId: id, unitId: id, criterionId: id });
const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), cell, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), cell }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

describe('CellTable', () => {
  it('answers as a Map keyed by cellKey does', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.array(cell, { maxLength: 20 }), (ops, probes) => {
        const table = new CellTable<number>();
        const map = new Map<string, number>();
        for (const o of ops) {
          if (o.kind === 'set') {
            table.set(o.cell, o.value);
            map.set(cellKey(o.cell), o.value);
          } else if (o.kind === 'delete') {
            table.delete(o.cell);
            map.delete(cellKey(o.cell));
          } else {
            table.clear();
            map.clear();
          }
          expect(table.size).toBe(map.size);
        }
        for (const p of [...probes, ...ops.flatMap((o) => ('cell' in o ? [o.cell] : []))]) {
          expect(table.get(p)).toBe(map.get(cellKey(p)));
          expect(table.has(p)).toBe(map.has(cellKey(p)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('positions keeps the later of two entries in one cell, as the Map did', () => {
    const table = CellTable.positions([
      { evaluatorId: 'e', unitId: 'U', criterionId: 'a' },
      { evaluatorId: 'e', unitId: 'U', criterionId: 'a' },
    ]);
    expect(table.get({ evaluatorId: 'e', unitId: 'U', criterionId: 'a' })).toBe(1);
    expect(table.size).toBe(1);
  });
});

describe('the exact check without toFixed for scores in halves and quarters', () => {
  it('refuses and accepts exactly what comparing with toFixed does', () => {
    const steps = [1, 0.5, 0.25, 0.1, 0.2, 0.05, 0.01, 0.125, 2];
    const doc = makeDoc({ criteria: steps.map((step, i) => leaf(`c${i}`, 20, { kind: 'plain', step })), units: ['A'] });
    const items = scoredItems(doc);
    const decimals = (step: number) => {
      for (let d = 0; d <= 10; d++) if (Math.abs(Number(step.toFixed(d)) - step) < 1e-12) return d;
      return 10;
    };
    const score = fc.oneof(
      fc.double({ min: 0, max: 20, noNaN: true }),
      fc.integer({ min: 0, max: 2000 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 160 }).map((n) => n / 8),
      fc.tuple(fc.integer({ min: 0, max: 80 }), fc.constantFrom(0.1, 0.05, 1e-9, -1e-9, 2 ** -30)).map(([n, s]) => n * 0.25 + s),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: steps.length - 1 }), score, (i, value) => {
        const problem = checkValue({ kind: 'score', score: value }, items.get(`c${i}`)!, { exact: true });
        const offStep = Number(value.toFixed(decimals(steps[i]!))) !== value;
        const tolerant = checkValue({ kind: 'score', score: value }, items.get(`c${i}`)!);
        const expected = tolerant?.key ?? (value > 20 ? 'value.aboveMax' : offStep ? 'value.offStep' : undefined);
        expect(problem?.key).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
