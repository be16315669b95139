import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeResults } from '../../shared/scoring/compute';
import { loadAssessmentFile, saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { largeAssessment } from '../helpers/large-assessment';
import { medianMs, type Figure } from './measure';

/** Issue 3: recomputing results, and loading and saving a large assessment file. */
export async function scoringFigures(): Promise<Figure[]> {
  const small = largeAssessment(14, 120, 10);
  const large = largeAssessment(111, 300, 20);
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-'));
  const path = join(dir, 'large.assessment.json');
  try {
    let stamp = await saveAssessmentFile(path, large);
    const figures: Figure[] = [
      { name: 'recompute results 14 units × 120 criteria × 10 evaluators', median: await medianMs(() => computeResults(small), 50), unit: 'ms', aim: '< 5 ms', runs: 50 },
      { name: 'recompute results 111 × 300 × 20 (666,000 entries)', median: await medianMs(() => computeResults(large), 10, 2), unit: 'ms', aim: '< 300 ms', runs: 10 },
      { name: 'load + validate 111 × 300 × 20 file', median: await medianMs(() => loadAssessmentFile(path), 10, 2), unit: 'ms', aim: '< 200 ms', runs: 10 },
      {
        name: 'save 111 × 300 × 20 file (atomic, with backup check)',
        median: await medianMs(async () => {
          stamp = await saveAssessmentFile(path, large, stamp);
        }, 10, 2),
        unit: 'ms',
        aim: '< 200 ms',
        runs: 10,
      },
    ];
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
