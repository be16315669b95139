// The office's side of offline packages in the window: what the review shows, and keeping the
// session's copy of the assessment in step after a package service wrote the file.
import { basename } from 'node:path';
import { isoSeconds } from '../../shared/assessment/mutations';
import type { Assessment } from '../../shared/assessment/schema';
import type { ReviewView } from '../../shared/ipc/package-views';
import { listConflicts } from '../../shared/packages/conflicts';
import { disagreements } from '../../shared/packages/disagreement';
import { missingCells, progressBoard } from '../../shared/packages/progress';
import type { PackageLedger } from '../../shared/packages/schema';
import { computeResults } from '../../shared/scoring/compute';
import { loadLedger } from '../services/packages/ledger-file';
import { loadAssessmentFile } from '../services/workspace/assessment-file';
import type { AppContext } from './app-context';
import { requireCurrent } from './workspace-session';

/** The package ledger beside the open assessment (empty when no package was issued yet). */
export async function currentLedger(ctx: AppContext): Promise<{ doc: Assessment; ledger: PackageLedger }> {
  const current = requireCurrent(ctx);
  return { doc: current.doc, ledger: await loadLedger(current.path, current.doc.id) };
}

/** Conflicts, disagreements, progress and the finalize check, each computed once. */
export function reviewView(doc: Assessment, ledger: PackageLedger): ReviewView {
  const conflicts = listConflicts(doc, ledger);
  const found = disagreements(doc);
  return {
    conflicts,
    disagreements: found,
    progress: progressBoard(doc, ledger, conflicts),
    finalize: { conflicts: conflicts.length, disagreements: found.length, missing: missingCells(doc).length },
  };
}

/**
 * Reads the open assessment again after a package service saved it (the service took its own
 * stamp), so the next change in the window starts from the file as it is and its guard against
 * changes by other programs holds.
 */
export async function reloadCurrent(ctx: AppContext): Promise<void> {
  const current = requireCurrent(ctx);
  const { doc, stamp } = await loadAssessmentFile(current.path);
  ctx.session.current = {
    ...current,
    file: basename(current.path),
    doc,
    stamp,
    results: computeResults(doc),
    savedAt: isoSeconds(ctx.now()),
  };
}
