// Issue 15: what the renderer does between a score typed and the ranking row it changes — the
// entry applied to its copy of the document, results recomputed, progress counts — at the
// sizes the issue names, so growth faster than the year shows.
import { leavesOf } from '../../shared/assessment/criteria';
import { buildAssignmentIndex } from '../../shared/assessment/assignment';
import { setEntry } from '../../shared/assessment/mutations';
import type { Assessment } from '../../shared/assessment/schema';
import { computeResults } from '../../shared/scoring/compute';
import { scoringProgress } from '../../renderer/screens/scoring/progress';
import { largeAssessment } from '../helpers/large-assessment';
import { report, timed, type Figure } from './measure';

/** One edit as the renderer makes it, toggling a cell between two scores. */
function editor(doc: Assessment): () => void {
  let current = doc;
  const leaf = leavesOf(doc.scheme)[3]!;
  const index = buildAssignmentIndex(doc);
  let n = 0;
  return () => {
    const input = { evaluatorId: doc.evaluators[1]!.id, unitId: doc.units[2]!.id, criterionId: leaf.criterion.id, value: { kind: 'score' as const, score: n++ % 2 ? 0 : 0.25 } };
    current = setEntry(current, input, { actor: 'local', at: '2020-12-01T00:00:00.000Z' });
    computeResults(current);
    scoringProgress(current, index);
  };
}

export async function editFigures(): Promise<Figure[]> {
  const sizes: [number, number, number, Figure['aim']][] = [[14, 120, 10, { below: 16 }], [40, 200, 10, { below: 16 }], [111, 300, 20, { below: 50 }]];
  const figures: Figure[] = [];
  for (const [u, c, e, aim] of sizes) {
    const doc = largeAssessment(u, c, e);
    const runs = u * c * e > 100_000 ? 10 : 30;
    figures.push(await timed(`edit → ranking and progress (renderer state), ${u} × ${c} × ${e} (${(u * c * e).toLocaleString('en')} entries)`, editor(doc), { runs, warmup: 3, aim }));
  }

  figures.push(report({ name: '  growth, 666,000 ÷ 16,800 entries (linear: 39.6, flat: 1)', median: figures[2]!.median / figures[0]!.median, unit: '×', runs: 1 }));

  return figures;
}
