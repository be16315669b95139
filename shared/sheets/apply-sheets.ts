// Merges checked score sheets into the assessment: every entry through setEntries (so the rules
// are checked once more and each change lands in the audit trail under the evaluator's name),
// and one audit record per file saying where the entries came from.
import { setEntries } from '../assessment/mutations';
import type { Assessment } from '../assessment/schema';
import type { CheckedSheet, SheetProblem } from './check-sheet';

/**
 * Problems that only show across files: two sheets of the same evaluator in one import (which
 * one should win is the user's call, not the order of the file names).
 */
export function crossFileProblems(sheets: CheckedSheet[]): SheetProblem[] {
  const seen = new Map<string, CheckedSheet>();
  const problems: SheetProblem[] = [];
  for (const s of sheets) {
    if (!s.evaluatorId) continue;
    const other = seen.get(s.evaluatorId);
    if (other) problems.push({ file: s.file, key: 'sheet.duplicateEvaluator', params: { other: other.file, name: s.evaluatorName } });
    else seen.set(s.evaluatorId, s);
  }
  return problems;
}

/**
 * Applies the entries of sheets that passed every check. Throws (UserError) if any entry is
 * refused; the caller's document is never changed, since every step returns a new one.
 */
export function applySheets(doc: Assessment, sheets: CheckedSheet[], at: string): Assessment {
  let next = doc;
  for (const sheet of sheets) {
    const by = { actor: sheet.evaluatorName, at };
    next = setEntries(
      next,
      sheet.entries.map((entry) => ({ ...entry, source: 'sheet' as const })),
      by,
    );
    next = {
      ...next,
      audit: [
        ...next.audit,
        {
          at,
          actor: sheet.evaluatorName,
          action: 'sheet.import',
          target: { file: sheet.file, evaluator: sheet.evaluatorId },
          after: { entries: sheet.entries.length },
          reason: '',
        },
      ],
    };
  }
  return next;
}
