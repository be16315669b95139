import type { MessageParams } from '../errors';
import type { MessageKey, Translate } from '../i18n/messages';
import { formatPoints } from './format';
import type { UnitResult } from './types';

/** One note about a unit, as a message key with its parameters: said in the reader's language where it is shown. */
export interface UnitNote {
  key: MessageKey;
  params: MessageParams;
}

/**
 * What the 说明 column of a ranking says about a unit, in this order: veto, 否优项, beyond the
 * 优秀 quota, points not applicable, missing scores, provisional rank. The ranking screen, the
 * CLI's results table and the report's summary sheet all show these. `itemNames` names the veto
 * and 否优项 items ("一票否决：发生较大事故"); without it the notes only say that they apply.
 */
export function unitNotes(u: UnitResult, itemNames?: (ids: string[]) => string): UnitNote[] {
  const notes: UnitNote[] = [];
  if (u.vetoed)
    notes.push(
      itemNames ? { key: 'report.note.veto', params: { items: itemNames(u.vetoItems) } } : { key: 'results.note.vetoed', params: {} },
    );
  if (u.barredExcellent)
    notes.push(
      itemNames ? { key: 'report.note.barred', params: { items: itemNames(u.barItems) } } : { key: 'results.note.barred', params: {} },
    );
  if (u.quotaLimited) notes.push({ key: 'results.note.quota', params: {} });
  if (u.naPoints > 0) notes.push({ key: 'results.note.na', params: { points: formatPoints(u.naPoints) } });
  if (!u.complete) notes.push({ key: 'results.note.incomplete', params: { count: u.gaps.length } });
  if (u.provisional) notes.push({ key: 'results.note.provisional', params: {} });
  return notes;
}

/** The notes as one line in the language of `t`, joined the way that language joins clauses ("；" or "; "). */
export function unitNotesText(notes: UnitNote[], t: Translate): string {
  return notes.map((n) => t(n.key, n.params)).join(t('report.sep.clause'));
}
