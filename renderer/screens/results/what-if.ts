import type { Assessment, Settings } from '../../../shared/assessment/schema';
import { computeResults } from '../../../shared/scoring/compute';
import { withGroupPoints } from '../../../shared/weights/reweight';
import { settingsOf } from '../../../shared/assessment/settings-rules';
import type { Results } from '../../../shared/scoring/types';

export interface RankShift {
  rank: number | null;
  whatIfRank: number | null;
  /** Places gained (positive) or lost under the trial settings; null when either rank is missing. */
  gained: number | null;
  gradeChanged: boolean;
}

/**
 * Results under trial settings (another combining method, thresholds, quota) and proposed points, and how each
 * unit's rank and grade would move against the saved ones. Nothing is saved.
 */
export function whatIf(
  doc: Assessment,
  saved: Results,
  patch: Partial<Settings>,
  points: { parentId: string | null; points: readonly number[] } | null = null,
): { results: Results; shifts: Map<string, RankShift> } {
  // Points proposed in the 权重 dialog are tried the way acceptance would apply them (withGroupPoints).
  const base = points ? withGroupPoints(doc, points.parentId, points.points) : doc;
  const results = computeResults({ ...base, settings: { ...doc.settings, ...patch } });
  const before = new Map(saved.units.map((u) => [u.unitId, u]));
  const shifts = new Map<string, RankShift>();
  for (const u of results.units) {
    const b = before.get(u.unitId);
    const rank = b?.rank ?? null;
    shifts.set(u.unitId, {
      rank,
      whatIfRank: u.rank,
      gained: rank !== null && u.rank !== null ? rank - u.rank : null,
      gradeChanged: (b?.grade ?? null) !== u.grade,
    });
  }
  return { results, shifts };
}

/** True when the trial settings differ from the saved ones. */
export function differs(settings: Settings, patch: Partial<Settings>): boolean {
  // Optional settings compare with their defaults filled in: an absent quotaTies is 'share'.
  const full = settingsOf(settings);
  return (Object.keys(patch) as (keyof Settings)[]).some((k) => JSON.stringify(full[k]) !== JSON.stringify(patch[k]));
}
