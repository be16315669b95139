import { describe, expect, it } from 'vitest';
import { setEntry, setStatus } from '../../../shared/assessment/mutations';
import type { Assessment } from '../../../shared/assessment/schema';
import { contentKey } from '../../../shared/packages/cells';
import { listConflicts, resolveConflicts } from '../../../shared/packages/conflicts';
import { mergeSubmissions, type IncomingResult } from '../../../shared/packages/merge';
import type { PackageLedger } from '../../../shared/packages/schema';
import { entry, leaf, makeDoc } from '../../helpers/assessment';
import { fill, issue, OFFICE, submit } from '../../helpers/packages';

const base = (entries = [] as Assessment['entries']) =>
  makeDoc({
    criteria: [leaf('a', 10), leaf('b', 10), leaf('d', 5, { kind: 'deduction', perOccurrence: 1 })],
    units: ['A', 'B'],
    evaluators: ['e1', 'e2'],
    entries,
  });

function setup(entries: Assessment['entries'] = []) {
  const doc = base(entries);
  const { ledger, tasks } = issue(doc);
  return { doc, ledger, t1: tasks[0]!, t2: tasks[1]! };
}

function importAll(doc: Assessment, ledger: PackageLedger, batches: IncomingResult[][]) {
  let state = { doc, ledger };
  for (const batch of batches) state = mergeSubmissions(state.doc, state.ledger, batch, OFFICE);
  return state;
}

const cellOf = (doc: Assessment, e: string, u: string, c: string) =>
  doc.entries.find((x) => x.evaluatorId === e && x.unitId === u && x.criterionId === c);

describe('merging result packages', () => {
  it("makes a package's entries the evaluator's own, with source 'package' and the time they were entered", () => {
    const { doc, ledger, t1 } = setup();
    const typed = fill(
      t1,
      [
        ['e1', 'A', 'a', 7],
        ['e1', 'B', 'd', { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报2起' }] }],
      ],
      '2020-12-10T01:00:00.000Z',
    );
    const a = submit(t1, fill(t1, [['e1', 'A', 'a', 8]], '2020-12-10T02:00:00.000Z', typed), '2020-12-11T00:00:00.000Z');
    const out = mergeSubmissions(doc, ledger, [a], OFFICE);
    expect(out.changed).toBe(2);
    expect(cellOf(out.doc, 'e1', 'A', 'a')).toMatchObject({
      value: { kind: 'score', score: 8 },
      source: 'package',
      at: '2020-12-10T02:00:00.000Z',
    });
    expect(cellOf(out.doc, 'e1', 'B', 'd')).toMatchObject({ at: '2020-12-10T01:00:00.000Z' });
    // The laptop's correction 7 → 8 is kept; first entries are in the entries and the import's records.
    expect(out.doc.audit.map((r) => r.action)).toEqual(['workspace.entry.set', 'package.import', 'entry.set', 'entry.set']);
    expect(out.doc.audit[0]).toMatchObject({
      actor: '评委e1',
      at: '2020-12-10T02:00:00.000Z',
      target: { evaluator: 'e1', unit: 'A', criterion: 'a', seq: '3', package: t1.packageId },
      before: { value: { kind: 'score', score: 7 } },
      after: { value: { kind: 'score', score: 8 } },
    });
    expect(out.doc.audit.at(-1)).toMatchObject({
      actor: '考核办',
      at: OFFICE.at,
      target: { evaluator: 'e1', unit: 'B', criterion: 'd', cause: 'package' },
    });
    expect(out.ledger.received.map((r) => r.submissionId)).toEqual([a.pkg.submissionId]);
  });

  it('changes nothing when the same package comes again, in the same batch or later', () => {
    const { doc, ledger, t1 } = setup();
    const a = submit(t1, fill(t1, [['e1', 'A', 'a', 8]]), '2020-12-11T00:00:00.000Z');
    const once = mergeSubmissions(doc, ledger, [a, a], OFFICE);
    expect(once.submissions.map((s) => s.duplicate)).toEqual([false, true]);
    const again = mergeSubmissions(once.doc, once.ledger, [a], { actor: '别人', at: '2020-12-30T00:00:00.000Z' });
    expect(again.doc).toBe(once.doc);
    expect(again.ledger).toBe(once.ledger);
    expect(again.submissions[0]!.duplicate).toBe(true);
  });

  it('keeps each evaluator apart: two evaluators scoring one cell differently is no conflict', () => {
    const { doc, ledger, t1, t2 } = setup();
    const out = importAll(doc, ledger, [
      [
        submit(t1, fill(t1, [['e1', 'A', 'a', 8]]), '2020-12-11T00:00:00.000Z'),
        submit(t2, fill(t2, [['e2', 'A', 'a', 3]]), '2020-12-11T00:00:00.000Z'),
      ],
    ]);
    expect(listConflicts(out.doc, out.ledger)).toEqual([]);
    expect([cellOf(out.doc, 'e1', 'A', 'a')!.value, cellOf(out.doc, 'e2', 'A', 'a')!.value]).toEqual([
      { kind: 'score', score: 8 },
      { kind: 'score', score: 3 },
    ]);
  });

  it('two different submissions of one evaluator: a conflict, the cell empty until the office picks — in either order', () => {
    const { doc, ledger, t1 } = setup();
    const first = fill(
      t1,
      [
        ['e1', 'A', 'a', 8],
        ['e1', 'A', 'b', 5],
      ],
      '2020-12-10T02:00:00.000Z',
    );
    const a = submit(t1, first, '2020-12-11T00:00:00.000Z');
    const b = submit(t1, fill(t1, [['e1', 'A', 'a', 9, '复核后上调']], '2020-12-12T02:00:00.000Z', first), '2020-12-12T03:00:00.000Z');
    const ab = importAll(doc, ledger, [[a], [b]]);
    const ba = importAll(doc, ledger, [[b], [a]]);
    for (const out of [ab, ba]) {
      expect(cellOf(out.doc, 'e1', 'A', 'a')).toBeUndefined();
      expect(cellOf(out.doc, 'e1', 'A', 'b')).toMatchObject({ value: { kind: 'score', score: 5 }, at: '2020-12-10T02:00:00.000Z' });
    }
    const conflicts = listConflicts(ab.doc, ab.ledger);
    expect(conflicts).toEqual(listConflicts(ba.doc, ba.ledger));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'packages',
      cell: { evaluatorId: 'e1', unitId: 'A', criterionId: 'a' },
      current: undefined,
    });
    expect(
      conflicts[0]!.candidates.map((c) => [
        c.content?.value,
        c.content?.reason,
        c.origins.map((o) => o.kind === 'package' && o.submissionId),
      ]),
    ).toEqual([
      [{ kind: 'score', score: 8 }, '', [a.pkg.submissionId]],
      [{ kind: 'score', score: 9 }, '复核后上调', [b.pkg.submissionId]],
    ]);
  });

  it('an office entry and a different package value: a conflict; the office value stays meanwhile', () => {
    const { doc, ledger, t1 } = setup([entry('e1', 'A', 'a', 7)]);
    const out = mergeSubmissions(doc, ledger, [submit(t1, fill(t1, [['e1', 'A', 'a', 8]]), '2020-12-11T00:00:00.000Z')], OFFICE);
    expect(cellOf(out.doc, 'e1', 'A', 'a')).toMatchObject({ value: { kind: 'score', score: 7 }, source: 'office' });
    const [conflict] = listConflicts(out.doc, out.ledger);
    expect(conflict!.kind).toBe('office');
    expect(conflict!.candidates.map((c) => c.origins[0]!.kind)).toEqual(['document', 'package']);
  });

  it('an office entry the package agrees with is no conflict and is kept as entered', () => {
    const { doc, ledger, t1 } = setup([entry('e1', 'A', 'a', 7)]);
    const out = mergeSubmissions(
      doc,
      ledger,
      [
        submit(
          t1,
          fill(t1, [
            ['e1', 'A', 'a', 8],
            ['e1', 'A', 'a', 7],
          ]),
          '2020-12-11T00:00:00.000Z',
        ),
      ],
      OFFICE,
    );
    expect(listConflicts(out.doc, out.ledger)).toEqual([]);
    expect(cellOf(out.doc, 'e1', 'A', 'a')).toMatchObject({ source: 'office', at: '2020-12-01T00:00:00.000Z' });
  });

  it('resolving: the pick and its reason go into the audit trail, the decision stands, a new value reopens it', () => {
    const { doc, ledger, t1 } = setup([entry('e1', 'A', 'a', 7)]);
    const a = submit(t1, fill(t1, [['e1', 'A', 'a', 8]]), '2020-12-11T00:00:00.000Z');
    const merged = mergeSubmissions(doc, ledger, [a], OFFICE);
    const [conflict] = listConflicts(merged.doc, merged.ledger);
    const pick = conflict!.candidates.find((c) => c.origins.some((o) => o.kind === 'package'))!;
    expect(() => resolveConflicts(merged.doc, merged.ledger, [{ cell: conflict!.cell, choice: pick.key }], ' ', OFFICE)).toThrow(
      expect.objectContaining({ key: 'error.reasonRequired' }),
    );
    expect(() => resolveConflicts(merged.doc, merged.ledger, [{ cell: conflict!.cell, choice: 'nonsense' }], '核实', OFFICE)).toThrow(
      expect.objectContaining({ key: 'packages.unknownChoice' }),
    );
    const resolved = resolveConflicts(
      merged.doc,
      merged.ledger,
      [{ cell: conflict!.cell, choice: pick.key }],
      '经与考核组核实，以现场评分为准',
      OFFICE,
    );
    expect(cellOf(resolved, 'e1', 'A', 'a')).toMatchObject({ value: { kind: 'score', score: 8 }, source: 'package' });
    expect(resolved.audit.at(-1)).toMatchObject({
      action: 'conflict.resolve',
      reason: '经与考核组核实，以现场评分为准',
      after: { choice: pick.key, value: { kind: 'score', score: 8 } },
    });
    expect(resolved.audit.at(-2)).toMatchObject({
      action: 'entry.set',
      before: { value: { kind: 'score', score: 7 } },
      after: { value: { kind: 'score', score: 8 } },
    });
    expect(listConflicts(resolved, merged.ledger)).toEqual([]);
    expect(() => resolveConflicts(resolved, merged.ledger, [{ cell: conflict!.cell, choice: pick.key }], '再次', OFFICE)).toThrow(
      expect.objectContaining({ key: 'packages.noConflict' }),
    );

    const again = mergeSubmissions(
      resolved,
      merged.ledger,
      [
        submit(
          t1,
          fill(t1, [
            ['e1', 'A', 'a', 8],
            ['e1', 'B', 'a', 6],
          ]),
          '2020-12-12T00:00:00.000Z',
        ),
      ],
      OFFICE,
    );
    expect(listConflicts(again.doc, again.ledger)).toEqual([]);
    const reopened = mergeSubmissions(
      again.doc,
      again.ledger,
      [submit(t1, fill(t1, [['e1', 'A', 'a', 9]]), '2020-12-13T00:00:00.000Z')],
      OFFICE,
    );
    const [back] = listConflicts(reopened.doc, reopened.ledger);
    expect(back!.candidates.map((c) => (c.content!.value as { score: number }).score)).toEqual([8, 9]);
    expect(cellOf(reopened.doc, 'e1', 'A', 'a')).toBeUndefined();
  });

  it('a cell the evaluator emptied before resubmitting conflicts with the earlier value; the office may take "emptied"', () => {
    const { doc, ledger, t1 } = setup();
    const first = fill(t1, [['e1', 'A', 'a', 8]]);
    const a = submit(t1, first, '2020-12-11T00:00:00.000Z');
    const b = submit(t1, fill(t1, [['e1', 'A', 'a', null]], '2020-12-12T00:00:00.000Z', first), '2020-12-12T01:00:00.000Z');
    expect(b.pkg.cleared).toEqual([{ evaluatorId: 'e1', unitId: 'A', criterionId: 'a', at: '2020-12-12T00:00:00.000Z' }]);
    const out = importAll(doc, ledger, [[a, b]]);
    const [conflict] = listConflicts(out.doc, out.ledger);
    expect(conflict!.candidates.map((c) => c.key)).toEqual([
      contentKey({ value: { kind: 'score', score: 8 }, reason: '', evidence: '', note: '' }),
      'cleared',
    ]);
    const resolved = resolveConflicts(out.doc, out.ledger, [{ cell: conflict!.cell, choice: 'cleared' }], '考核人员撤回该项评分', OFFICE);
    expect(cellOf(resolved, 'e1', 'A', 'a')).toBeUndefined();
    expect(listConflicts(resolved, out.ledger)).toEqual([]);
  });

  it('adds only the trail records a resubmission does not repeat, in either order', () => {
    const { doc, ledger, t1 } = setup();
    const first = fill(t1, [
      ['e1', 'A', 'a', 8],
      ['e1', 'A', 'a', 9],
    ]);
    const a = submit(t1, first, '2020-12-11T00:00:00.000Z');
    const b = submit(
      t1,
      fill(
        t1,
        [
          ['e1', 'A', 'b', 4],
          ['e1', 'A', 'b', 5],
        ],
        '2020-12-12T00:00:00.000Z',
        first,
      ),
      '2020-12-12T01:00:00.000Z',
    );
    for (const order of [[[a], [b]], [[b], [a]], [[a, b]]]) {
      const out = importAll(doc, ledger, order);
      expect(
        out.doc.audit
          .filter((r) => r.action.startsWith('workspace.'))
          .map((r) => r.target.seq)
          .sort(),
      ).toEqual(['2', '4']);
    }
  });

  it('refuses to merge into a finalized assessment', () => {
    const { doc, ledger, t1 } = setup();
    const final = setStatus(doc, 'finalized', OFFICE);
    expect(() =>
      mergeSubmissions(final, ledger, [submit(t1, fill(t1, [['e1', 'A', 'a', 8]]), '2020-12-11T00:00:00.000Z')], OFFICE),
    ).toThrow(expect.objectContaining({ key: 'error.finalized' }));
  });

  it('protects an entry the ledger cannot explain (e.g. after a crash between the two writes) like an office entry', () => {
    const { doc, ledger, t1 } = setup();
    const stray = setEntry(
      doc,
      { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 2 }, source: 'package' },
      OFFICE,
    );
    const out = mergeSubmissions(stray, ledger, [submit(t1, fill(t1, [['e1', 'A', 'a', 8]]), '2020-12-11T00:00:00.000Z')], OFFICE);
    expect(cellOf(out.doc, 'e1', 'A', 'a')!.value).toEqual({ kind: 'score', score: 2 });
    expect(listConflicts(out.doc, out.ledger)).toHaveLength(1);
  });
});
