import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeResults } from '../../shared/scoring/compute';
import { loadAssessmentFile, saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { largeAssessment } from '../helpers/large-assessment';
import { timed, type Figure } from './measure';

/** Issue 3: recomputing results, and loading and saving a large assessment file. */
export async function scoringFigures(): Promise<Figure[]> {
  const small = largeAssessment(14, 120, 10);
  const large = largeAssessment(111, 300, 20);
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-'));
  const path = join(dir, 'large.assessment.json');
  try {
    let stamp = await saveAssessmentFile(path, large);
    return [
      await timed('recompute results 14 units × 120 criteria × 10 evaluators', () => computeResults(small), {
        runs: 50,
        aim: { below: 1 },
      }),
      await timed('recompute results 111 × 300 × 20 (666,000 entries)', () => computeResults(large), {
        runs: 10,
        warmup: 2,
        aim: { below: 300 },
      }),
      await timed('load + validate 111 × 300 × 20 file', () => loadAssessmentFile(path), { runs: 10, warmup: 2, aim: { below: 200 } }),
      await timed(
        'save 111 × 300 × 20 file (atomic, with backup check)',
        async () => {
          stamp = await saveAssessmentFile(path, large, stamp);
        },
        { runs: 10, warmup: 2, aim: { below: 200 } },
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
