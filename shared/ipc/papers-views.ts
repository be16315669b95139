// What the papers' channels answer (README "The papers of the year-end review").
import type { FileToken } from './views';

/** Papers written: the files to reveal, and for letters the folder they went into (display only). */
export interface PapersWritten {
  files: FileToken[];
  folder: string | null;
  /** Worksheets written (score sheets) or letters written. */
  count: number;
}
