// The renderer's incremental edit path must give exactly what a full recompute gives, after
// any sequence of edits: scores, N/A, clears, bonus and veto items, every combining method,
// evaluators assigned to part of the units and items.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAssignmentIndex } from '../../../shared/assessment/assignment';
import { applyEntryChanges, entryOf, type EntryChange } from '../../../shared/assessment/mutations';
import type { CombineMethod, EntryValue } from '../../../shared/assessment/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { applyLive, startLive } from '../../../shared/scoring/live';
import { scoringProgress } from '../../../renderer/screens/scoring/progress';
import { entry, leaf, makeDoc } from '../../helpers/assessment';

const METHODS: CombineMethod[] = ['mean', 'median', 'trimmedMean', 'normalized'];
const BY = { actor: 'test', at: '2020-12-01T00:00:00.000Z' };

const setup = fc.record({
  points: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }),
  units: fc.integer({ min: 1, max: 5 }),
  evaluators: fc.integer({ min: 1, max: 4 }),
  method: fc.constantFrom(...METHODS),
  weights: fc.boolean(),
  /** Evaluator e1 scores only the first unit and the first item. */
  partial: fc.boolean(),
  initial: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 40 })), { maxLength: 30 }),
});

/** One edit: a cell (by position) and what happens to it. */
const edit = fc.tuple(
  fc.nat(),
  fc.nat(),
  fc.nat(),
  fc.oneof(
    fc.integer({ min: 0, max: 40 }).map((half) => ({ kind: 'score' as const, half })),
    fc.constant({ kind: 'na' as const }),
    fc.constant({ kind: 'clear' as const }),
    fc.constant({ kind: 'bonus' as const }),
    fc.boolean().map((triggered) => ({ kind: 'veto' as const, triggered })),
  ),
);

describe('incremental results (shared/scoring/live)', () => {
  it('equal computeResults and the progress counts after every edit of a random sequence', () => {
    fc.assert(
      fc.property(setup, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (s, batches) => {
        const unitIds = Array.from({ length: s.units }, (_, i) => `U${i}`);
        const evalIds = Array.from({ length: s.evaluators }, (_, i) => `e${i}`);
        const leafIds = s.points.map((_, c) => `c${c}`);
        const pick = <T>(xs: T[], n: number) => xs[n % xs.length]!;
        let doc = makeDoc({
          criteria: s.points.map((p, c) => leaf(`c${c}`, p)),
          units: unitIds,
          evaluators: evalIds.map((id, i) => ({
            id,
            weight: s.weights ? i + 1 : 1,
            assignment: s.partial && i === 1 ? { unitIds: ['U0'], criterionIds: ['c0'] } : null,
          })),
          entries: s.initial.map(([e, u, c, half]) =>
            entry(pick(evalIds, e), pick(unitIds, u), pick(leafIds, c), Math.min(half / 2, s.points[c % s.points.length]!)),
          ),
          settings: { combine: s.method, useEvaluatorWeights: s.weights },
          bonus: { cap: 5, items: [{ id: 'b', title: '表彰', text: '', cap: 4, levels: [{ label: '国家级', points: 4 }] }] },
          vetoes: [{ id: 'v', title: '重大事故', text: '', effect: 'veto' }],
        });
        // makeDoc may hold duplicate cells from the random list: keep the document as the app would.
        doc = applyEntryChanges(
          { ...doc, entries: [] },
          doc.entries.map((e) => ({ cell: e, entry: e })),
          BY,
        );
        let live = startLive(doc);
        const index = buildAssignmentIndex(doc);
        for (const batch of batches) {
          const changes: EntryChange[] = batch.map(([e, u, c, what]) => {
            const cell = { evaluatorId: pick(evalIds, e), unitId: pick(unitIds, u), criterionId: pick(leafIds, c) };
            if (what.kind === 'clear') return { cell, entry: null };
            let value: EntryValue;
            if (what.kind === 'score') value = { kind: 'score', score: Math.min(what.half / 2, s.points[c % s.points.length]!) };
            else if (what.kind === 'na') value = { kind: 'na' };
            else if (what.kind === 'bonus') {
              cell.criterionId = 'b';
              value = { kind: 'bonus', achievements: [{ name: '表彰', level: 0, reason: '表彰' }] };
            } else {
              cell.criterionId = 'v';
              value = { kind: 'veto', triggered: what.triggered };
            }
            return { cell, entry: entryOf({ ...cell, value, reason: what.kind === 'veto' ? '事故' : '' }, BY.at) };
          });
          let expected;
          try {
            expected = applyEntryChanges(live.doc, changes, BY);
          } catch {
            // A refused batch must be refused the same way, leaving everything as it was.
            expect(() => applyLive(live, changes, BY)).toThrow();
            expect(live.results).toEqual(computeResults(live.doc));
            continue;
          }
          live = applyLive(live, changes, BY);
          expect(live.doc.entries).toEqual(expected.entries);
          expect(live.results).toEqual(computeResults(expected));
          const progress = scoringProgress(expected, index);
          expect(live.progress.byEvaluator).toEqual(progress.byEvaluator);
          expect(live.progress.byUnit).toEqual(progress.byUnit);
          expect(live.progress.byEvaluatorUnit).toEqual(progress.byEvaluatorUnit);
        }
      }),
      { numRuns: 100 },
    );
    // Pure computation with a fixed number of runs: no clock to race on a loaded machine.
  }, 0);
});
