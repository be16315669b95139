// Issue 15: what the renderer does between a score typed and the ranking row it changes — the
// entry applied to its copy of the document, results recomputed, progress counts — at the
// sizes the issue names, so growth faster than the year shows.
import { leavesOf } from '../../shared/assessment/criteria';
import { buildAssignmentIndex } from '../../shared/assessment/assignment';
import { entryOf, setEntry } from '../../shared/assessment/mutations';
import type { Assessment } from '../../shared/assessment/schema';
import { computeResults } from '../../shared/scoring/compute';
import { applyLive, startLive } from '../../shared/scoring/live';
import { scoringProgress } from '../../renderer/screens/scoring/progress';
import { largeAssessment } from '../helpers/large-assessment';
import { report, timed, type Figure } from './measure';

/** One edit as renderer/state/live-scoring.ts makes it: the cell's entry, its cell, its unit's sums, the ranking, progress. */
function liveEditor(doc: Assessment): () => void {
  let live = startLive(doc);
  const leaf = leavesOf(doc.scheme)[3]!;
  let n = 0;
  return () => {
    const input = {
      evaluatorId: doc.evaluators[1]!.id,
      unitId: doc.units[2]!.id,
      criterionId: leaf.criterion.id,
      value: { kind: 'score' as const, score: n++ % 2 ? 0 : 0.25 },
    };
    live = applyLive(live, [{ cell: input, entry: entryOf(input, '2020-12-01T00:00:00.000Z') }], {
      actor: 'local',
      at: '2020-12-01T00:00:00.000Z',
    });
  };
}

/** The edit as the renderer made it before issue 15: the whole document re-indexed, everything recomputed. */
function editor(doc: Assessment): () => void {
  let current = doc;
  const leaf = leavesOf(doc.scheme)[3]!;
  const index = buildAssignmentIndex(doc);
  let n = 0;
  return () => {
    const input = {
      evaluatorId: doc.evaluators[1]!.id,
      unitId: doc.units[2]!.id,
      criterionId: leaf.criterion.id,
      value: { kind: 'score' as const, score: n++ % 2 ? 0 : 0.25 },
    };
    current = setEntry(current, input, { actor: 'local', at: '2020-12-01T00:00:00.000Z' });
    computeResults(current);
    scoringProgress(current, index);
  };
}

export async function editFigures(): Promise<Figure[]> {
  const sizes: [number, number, number, Figure['aim']][] = [
    [14, 120, 10, { below: 16 }],
    [40, 200, 10, { below: 16 }],
    [111, 300, 20, { below: 50 }],
  ];
  const figures: Figure[] = [];
  for (const [u, c, e, aim] of sizes) {
    const doc = largeAssessment(u, c, e);
    const size = `${u} × ${c} × ${e} (${(u * c * e).toLocaleString('en')} entries)`;
    figures.push(await timed(`edit → ranking and progress (renderer state), ${size}`, liveEditor(doc), { runs: 30, warmup: 3, aim }));
    figures.push(await timed(`  once per opened year: the index it keeps`, () => startLive(doc), { runs: u > 20 ? 3 : 10, warmup: 1 }));
    if (u * c * e < 100_000)
      figures.push(await timed(`  before: re-index and recompute everything per edit`, editor(doc), { runs: 10, warmup: 2 }));
  }
  const edits = figures.filter((f) => f.name.startsWith('edit →'));
  figures.push(
    report({
      name: '  growth of an edit, 666,000 ÷ 16,800 entries (linear: 39.6, flat: 1)',
      median: edits[2]!.median / edits[0]!.median,
      unit: '×',
      runs: 1,
    }),
  );
  return figures;
}
