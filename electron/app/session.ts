import type { Assessment } from '../../shared/assessment/schema';
import type { Results } from '../../shared/scoring/types';
import type { Stamp } from '../services/workspace/assessment-file';
import type { BrokenFile } from '../services/workspace/workspace';

/** The assessment open in the window, as last read or saved. */
export interface OpenAssessment {
  path: string;
  file: string;
  doc: Assessment;
  stamp: Stamp;
  results: Results;
  savedAt: string;
}

/** The other years of the workspace, for year on year. */
export interface OtherYear {
  file: string;
  doc: Assessment;
  results: Results;
}

/**
 * What the main process holds between calls: the workspace, the open assessment and its
 * neighbours. Changes run one at a time (`exclusive`), so two quick edits never both start
 * from the same document and the later save never loses the earlier one.
 */
export class Session {
  workspaceDir: string | null = null;
  current: OpenAssessment | null = null;
  others: OtherYear[] = [];
  broken: BrokenFile[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
