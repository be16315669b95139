// The 设置 screen's draft: the settings as edited, what changed against the saved ones, and
// what saving them would do to ranks and grades (the same computeResults main uses).
import type { Assessment, Settings } from '../../../shared/assessment/schema';
import { settingsOf, type FullSettings } from '../../../shared/assessment/settings-rules';
import type { Results } from '../../../shared/scoring/types';
import { whatIf } from '../results/what-if';

/** The saved settings as the form edits them (optional fields shown with their defaults). */
export function draftOf(settings: Settings): FullSettings {
  return settingsOf(settings);
}

/** The fields that differ from the saved settings: the patch a save sends. */
export function changedFields(saved: Settings, draft: FullSettings): Partial<Settings> {
  const full = settingsOf(saved);
  const patch: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of Object.keys(draft) as (keyof Settings)[]) {
    if (JSON.stringify(full[key]) !== JSON.stringify(draft[key])) patch[key] = draft[key];
  }
  return patch as Partial<Settings>;
}

/** How many units would change rank and grade if the draft were saved. */
export function effectOf(doc: Assessment, saved: Results, patch: Partial<Settings>): { moved: number; graded: number } {
  const { shifts } = whatIf(doc, saved, patch);
  let moved = 0;
  let graded = 0;
  for (const s of shifts.values()) {
    if (s.rank !== s.whatIfRank) moved++;
    if (s.gradeChanged) graded++;
  }
  return { moved, graded };
}

/** The grade lines as the form shows them: a NaN (an emptied field) as an empty box. */
export function numberText(value: number | null): string {
  return value === null || Number.isNaN(value) ? '' : String(value);
}

/** A typed number, or NaN for an empty or unreadable box (the checks then say what is wrong). */
export function typedNumber(text: string): number {
  const s = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return s === '' ? Number.NaN : Number(s);
}
