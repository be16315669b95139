import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, EntryValue } from '../../../shared/assessment/schema';
import { canonicalJson } from '../../../shared/packages/canonical-json';
import { cellKey } from '../../../shared/packages/cells';
import { listConflicts } from '../../../shared/packages/conflicts';
import { mergeSubmissions, type IncomingResult } from '../../../shared/packages/merge';
import { newWorkingFile } from '../../../shared/packages/scoring-workspace';
import type { PackageLedger } from '../../../shared/packages/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { entry, leaf, makeDoc } from '../../helpers/assessment';
import { fill, issue, OFFICE, submit, type Fill } from '../../helpers/packages';

const UNITS = ['A', 'B'];
const ITEMS = ['a', 'b', 'd'];
const EVALUATORS = ['e1', 'e2', 'e3'];

/** A small pool of values per item, so submissions often agree and often differ; null empties the cell. */
function valueFor(item: string, i: number): EntryValue | null {
  if (i === 6) return null;
  if (i === 5) return { kind: 'na' };
  if (item !== 'd') return { kind: 'score', score: i };
  const pool = [
    [],
    [{ count: 1, reason: '迟报' }],
    [{ count: 2, reason: '迟报' }],
    [{ count: 1, reason: '漏报' }],
    [
      { count: 1, reason: '迟报' },
      { count: 1, reason: '漏报' },
    ],
  ];
  return { kind: 'deductions', occurrences: pool[i]! };
}

const cell = fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 }));
const order = fc.record({
  keys: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 30, maxLength: 30 }),
  repeats: fc.array(fc.nat(), { maxLength: 6 }),
  cuts: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
});
const scenario = fc.record({
  office: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), cell), { maxLength: 4 }),
  submissions: fc.array(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), {
    minLength: 3,
    maxLength: 3,
  }),
  first: order,
  second: order,
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario['office'], submissions: Scenario['submissions']) {
  const office = new Map<string, ReturnType<typeof entry>>();
  for (const [e, [u, c, v]] of s) {
    const value = valueFor(ITEMS[c]!, v);
    if (value) office.set(`${e}${u}${c}`, entry(EVALUATORS[e]!, UNITS[u]!, ITEMS[c]!, value));
  }
  const doc = makeDoc({
    criteria: [
      leaf('a', 4, { kind: 'plain', step: 1 }),
      leaf('b', 4, { kind: 'plain', step: 1 }),
      leaf('d', 3, { kind: 'deduction', perOccurrence: 1 }),
    ],
    units: UNITS,
    evaluators: EVALUATORS,
    entries: [...office.values()],
  });
  const { ledger, tasks } = issue(doc);
  const packages: IncomingResult[] = [];
  tasks.forEach((task, e) => {
    let working = newWorkingFile(task, '2020-12-01T00:00:00.000Z');
    submissions[e]!.forEach((fills, k) => {
      const at = `2020-12-1${k}T0${e}:00:00.000Z`;
      working = fill(
        task,
        fills.map(([u, c, v]): Fill => [task.evaluators[0]!.id, UNITS[u]!, ITEMS[c]!, valueFor(ITEMS[c]!, v)]),
        at,
        working,
      );
      packages.push(submit(task, working, `2020-12-1${k}T0${e}:30:00.000Z`));
    });
  });
  return { doc, ledger, packages };
}

/** Every package at least once, some again, shuffled, cut into import batches. */
function sequence(packages: IncomingResult[], o: Scenario['first']): IncomingResult[][] {
  const items = [...packages, ...o.repeats.map((r) => packages[r % packages.length]!)];
  const shuffled = items
    .map((p, i) => ({ p, k: o.keys[i % o.keys.length]! + i * 1e-9 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.p);
  const batches: IncomingResult[][] = [[]];
  shuffled.forEach((p, i) => {
    batches.at(-1)!.push(p);
    if (o.cuts[i]) batches.push([]);
  });
  return batches.filter((b) => b.length > 0);
}

function run(doc: Assessment, ledger: PackageLedger, batches: IncomingResult[][]) {
  let state = { doc, ledger };
  for (const batch of batches) state = mergeSubmissions(state.doc, state.ledger, batch, OFFICE);
  return state;
}

/** The document as it matters: entries as a set, pending conflicts, accepted submissions, totals. */
function outcome(state: { doc: Assessment; ledger: PackageLedger }) {
  return {
    entries: [...state.doc.entries].sort((a, b) => (cellKey(a) < cellKey(b) ? -1 : 1)).map((e) => canonicalJson(e)),
    conflicts: canonicalJson(listConflicts(state.doc, state.ledger)),
    received: canonicalJson(state.ledger.received),
    status: state.doc.status,
    totals: computeResults(state.doc).units.map((u) => u.total.toFixed(9)),
    trail: state.doc.audit
      .filter((r) => r.action.startsWith('workspace.'))
      .map((r) => canonicalJson(r))
      .sort(),
  };
}

describe('merge properties', () => {
  it('any order and any repetition of the same packages gives the same document', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { doc, ledger, packages } = build(s.office, s.submissions);
        const a = outcome(run(doc, ledger, sequence(packages, s.first)));
        const b = outcome(run(doc, ledger, sequence(packages, s.second)));
        expect(a).toEqual(b);
        // And the same as importing each package exactly once, in submission order, in one batch.
        expect(outcome(run(doc, ledger, [packages]))).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it("nothing anyone scored is lost: every submitted value is in the document or among a conflict's candidates", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { doc, ledger, packages } = build(s.office, s.submissions);
        const out = run(doc, ledger, sequence(packages, s.first));
        const conflicts = listConflicts(out.doc, out.ledger);
        const inDoc = new Set(out.doc.entries.map((e) => `${cellKey(e)}|${canonicalJson(e.value)}|${e.reason}`));
        const inConflict = new Set(
          conflicts.flatMap((c) =>
            c.candidates.filter((k) => k.content).map((k) => `${cellKey(c.cell)}|${canonicalJson(k.content!.value)}|${k.content!.reason}`),
          ),
        );
        for (const e of [...doc.entries, ...packages.flatMap((p) => p.pkg.entries)]) {
          const key = `${cellKey(e)}|${canonicalJson(e.value)}|${e.reason}`;
          expect(inDoc.has(key) || inConflict.has(key)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
