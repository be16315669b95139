// The open assessment's results and progress counts kept across score edits (shared/scoring/
// live.ts): an edit updates its own cells, the affected units' sums and the ranking, instead of
// re-indexing the whole year per keystroke. Whenever the view's document was replaced by
// something else (main's answer after a failure, another year, a scheme change), the next use
// starts afresh from that document.
import type { AssignmentIndex } from '../../shared/assessment/assignment';
import type { Actor, EntryChange } from '../../shared/assessment/mutations';
import type { Assessment, ScoreEntry } from '../../shared/assessment/schema';
import type { AssessmentView } from '../../shared/ipc/views';
import { applyLive, startLive, type LiveScoring, type ProgressCounts } from '../../shared/scoring/live';
import { scoringProgress } from '../screens/scoring/progress';
import type { EntryEdit } from '../screens/scoring/entry-table';
import { getState } from './store';

let live: LiveScoring | null = null;
// The progress of every document the edits produced, while anything still holds that document:
// the scoring screen shows progress for a deferred (one edit older) document.
const progressByDoc = new WeakMap<Assessment, ProgressCounts>();
// The last few edits, so a view of cells (the grid's entry table) can update just the cells an
// edit changed. Few and held strongly: a longer chain is rebuilt, and old documents can go.
const recentEdits: EntryEdit[] = [];
const RECENT_EDITS = 32;

function liveFor(doc: Assessment): LiveScoring {
  if (live?.doc !== doc) {
    live = startLive(doc);
    progressByDoc.set(doc, live.progress);
  }
  return live;
}

/** The view after entry changes, with results updated for the changed cells only. All or nothing (UserError). */
export function applyEntryEdit(view: AssessmentView, changes: EntryChange[], by: Actor): AssessmentView {
  const next = applyLive(liveFor(view.doc), changes, by);
  live = next;
  progressByDoc.set(next.doc, next.progress);
  if (next.doc !== view.doc) {
    recentEdits.push({ from: view.doc, to: next.doc, changes });
    if (recentEdits.length > RECENT_EDITS) recentEdits.shift();
  }
  return { ...view, doc: next.doc, results: next.results };
}

/**
 * Scoring progress of `doc`: kept up to date by the edits when `doc` is the open document or
 * one the edits produced, else counted afresh.
 */
export function progressFor(doc: Assessment, index: AssignmentIndex): ProgressCounts {
  const known = progressByDoc.get(doc);
  if (known) return known;
  if (getState().view?.doc === doc) return liveFor(doc).progress;
  return scoringProgress(doc, index);
}

/** The entry edit that produced `doc`, if it is one of the last few this window made. */
export function editThatMade(doc: Assessment): EntryEdit | undefined {
  for (let i = recentEdits.length - 1; i >= 0; i--) if (recentEdits[i]!.to === doc) return recentEdits[i];
  return undefined;
}

/**
 * Every evaluator's entry in one cell of `doc`, in the order of the evaluators: through the
 * edits' own index when `doc` is the open document (a lookup per evaluator), else one pass.
 */
export function entriesInCell(doc: Assessment, unitId: string, criterionId: string): ScoreEntry[] {
  if (live?.doc === doc) {
    const index = live.cellIndex;
    return doc.evaluators.flatMap((e) => {
      const at = index.get({ evaluatorId: e.id, unitId, criterionId });
      return at === undefined ? [] : [doc.entries[at]!];
    });
  }
  const order = new Map(doc.evaluators.map((e, i) => [e.id, i]));
  return doc.entries
    .filter((e) => e.unitId === unitId && e.criterionId === criterionId)
    .sort((a, b) => (order.get(a.evaluatorId) ?? 0) - (order.get(b.evaluatorId) ?? 0));
}
