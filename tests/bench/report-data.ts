// Workspaces for the report benchmark: synthetic assessments of a given size over several years.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { largeAssessment } from '../helpers/large-assessment';

/** Writes `years` assessments (ending in 2020) of units × criteria × evaluators into `dir`; returns the 2020 file. */
export async function benchWorkspace(dir: string, units: number, criteria: number, evaluators: number, years: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  let last = '';
  for (let i = 0; i < years; i++) {
    const year = 2020 - years + 1 + i;
    const doc = largeAssessment(units, criteria, evaluators, i + 1);
    last = join(dir, `${year}.assessment.json`);
    await saveAssessmentFile(last, { ...doc, id: `bench-${year}`, year, name: `${year}年度考核（${units}×${criteria}×${evaluators}）` });
  }
  return last;
}
