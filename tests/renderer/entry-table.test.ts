import { describe, expect, it } from 'vitest';
import { applyEntryChanges, type EntryChange } from '../../shared/assessment/mutations';
import type { Assessment, ScoreEntry } from '../../shared/assessment/schema';
import { advanceEntryTable, entryTable, type EntryEdit } from '../../renderer/screens/scoring/entry-table';
import { leaf, makeDoc } from '../helpers/assessment';

const entry = (evaluatorId: string, unitId: string, criterionId: string, score: number): ScoreEntry => ({
  evaluatorId,
  unitId,
  criterionId,
  value: { kind: 'score', score },
  reason: '',
  evidence: '',
  note: '',
  at: '2020-01-01T00:00:00',
  source: 'office',
});
const plain = { kind: 'plain', step: 0.5 } as const;
const base = makeDoc({
  criteria: [leaf('a', 5, plain), leaf('b', 5, plain)],
  units: ['U1', 'U2'],
  evaluators: ['e1', 'e2'],
  entries: [entry('e1', 'U1', 'a', 4), entry('e1', 'U2', 'a', 3), entry('e2', 'U1', 'a', 5), entry('e1', 'U1', 'b', 2)],
});
const by = { actor: 'test', at: '2020-01-02T00:00:00' };

/** An edit as the renderer records it, with the document applyEntryChanges makes. */
function edit(from: Assessment, changes: EntryChange[]): EntryEdit {
  return { from, to: applyEntryChanges(from, changes, by), changes };
}
const set = (e: ScoreEntry): EntryChange => ({ cell: e, entry: e });
const cleared = (e: ScoreEntry): EntryChange => ({ cell: e, entry: null });

describe('the grid entry table', () => {
  it('holds one evaluator’s entries by row and unit', () => {
    const table = entryTable(base, 'e1');
    expect(table.rows.get('a')?.get('U1')?.value).toEqual({ kind: 'score', score: 4 });
    expect(table.rows.get('a')?.get('U2')?.value).toEqual({ kind: 'score', score: 3 });
    expect(table.rows.get('b')?.size).toBe(1);
    expect(entryTable(base, 'e2').rows.get('a')?.get('U1')?.value).toEqual({ kind: 'score', score: 5 });
  });

  it('after edits, equals a table built afresh and copies only the rows they touched', () => {
    const first = edit(base, [set(entry('e1', 'U2', 'b', 1)), set(entry('e2', 'U2', 'a', 2))]);
    const second = edit(first.to, [cleared(entry('e1', 'U1', 'b', 0)), set(entry('e1', 'U1', 'b', 4.5))]);
    const third = edit(second.to, [cleared(entry('e1', 'U2', 'b', 0))]);
    const edits = new Map([first, second, third].map((e) => [e.to, e]));
    const before = entryTable(base, 'e1');
    const after = advanceEntryTable(before, third.to, 'e1', (d) => edits.get(d));
    const fresh = entryTable(third.to, 'e1');
    const plainRows = (t: typeof fresh) => [...t.rows].map(([k, row]) => [k, [...row].sort()]).sort();
    expect(plainRows(after)).toEqual(plainRows(fresh));
    expect(after.rows.get('b')?.get('U1')?.value).toEqual({ kind: 'score', score: 4.5 });
    expect(after.rows.get('b')?.has('U2')).toBe(false);
    // Row a held no change of e1: the very same map, so its memoised grid row is skipped.
    expect(after.rows.get('a')).toBe(before.rows.get('a'));
    expect(after.rows.get('b')).not.toBe(before.rows.get('b'));
    // The table it started from is not changed.
    expect(before.rows.get('b')?.get('U1')?.value).toEqual({ kind: 'score', score: 2 });
  });

  it('is built afresh when the way back is unknown, too long, or for another evaluator', () => {
    const first = edit(base, [set(entry('e1', 'U1', 'a', 1))]);
    const before = entryTable(base, 'e1');
    const unknown = advanceEntryTable(before, first.to, 'e1', () => undefined);
    expect(unknown.rows.get('a')?.get('U1')?.value).toEqual({ kind: 'score', score: 1 });
    const tooLong = advanceEntryTable(before, first.to, 'e1', () => first, 0);
    expect(tooLong.rows.get('a')?.get('U1')?.value).toEqual({ kind: 'score', score: 1 });
    const other = advanceEntryTable(before, first.to, 'e2', () => first);
    expect(other.rows.get('a')?.get('U1')?.value).toEqual({ kind: 'score', score: 5 });
    expect(advanceEntryTable(before, base, 'e1', () => undefined)).toBe(before);
  });
});
