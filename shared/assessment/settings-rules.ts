// The assessment's settings as the engine reads them (optional fields filled with their
// defaults) and the checks a change must pass before it is saved: one place, so the 设置 screen,
// 模拟, IPC and any service refuse the same things with the same words.
import { UserError, type MessageParams } from '../errors';
import type { MessageKey } from '../i18n/messages';
import { zodIssueText } from '../i18n/zod-issues';
import { pathText } from '../text/json-place';
import { Settings } from './schema';

/** Settings with every optional field given its value. */
export type FullSettings = Settings & Required<Pick<Settings, 'quotaTies' | 'naRule' | 'decimals'>>;

/** What an optional setting means when a file does not say (files written before it existed). */
export const OPTIONAL_SETTING_DEFAULTS = { quotaTies: 'share', naRule: 'rescale', decimals: 2 } as const;

/** The settings with their defaults filled in: what computing and showing results use. */
export function settingsOf(settings: Settings): FullSettings {
  return {
    ...settings,
    quotaTies: settings.quotaTies ?? OPTIONAL_SETTING_DEFAULTS.quotaTies,
    naRule: settings.naRule ?? OPTIONAL_SETTING_DEFAULTS.naRule,
    decimals: settings.decimals ?? OPTIONAL_SETTING_DEFAULTS.decimals,
  };
}

/** One reason a set of settings cannot be saved: which field, and why in the user's words. */
export interface SettingsProblem {
  field: keyof Settings;
  key: MessageKey;
  params: MessageParams;
}

/**
 * Every reason these settings cannot be used with a scheme of `total` points and `unitCount`
 * units: grade bounds out of order or outside 0…total, a quota that is not a whole count or a
 * share in (0, 1], decimals outside 0…4, a threshold outside 0…100 %. Empty when sound.
 */
export function settingsProblems(settings: Settings, context: { total: number; unitCount: number }): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (field: keyof Settings, key: MessageKey, params: MessageParams = {}) => problems.push({ field, key, params });
  const { excellent, good, pass } = settings.grades;
  for (const value of [excellent, good, pass]) {
    if (value === null) continue;
    if (!Number.isFinite(value) || value < 0 || value > context.total)
      add('grades', 'settings.problem.gradeRange', { value, total: context.total });
  }
  const lower = good ?? pass;
  if (!(excellent > lower)) add('grades', 'settings.problem.gradeOrder', { upper: excellent, lower });
  if (good !== null && !(good > pass)) add('grades', 'settings.problem.gradeOrder', { upper: good, lower: pass });
  const quota = settings.excellentQuota;
  if (quota?.kind === 'count' && (!Number.isInteger(quota.value) || quota.value < 1))
    add('excellentQuota', 'settings.problem.quotaCount', { value: quota.value });
  if (quota?.kind === 'share' && !(quota.value > 0 && quota.value <= 1))
    add('excellentQuota', 'settings.problem.quotaShare', { percent: Math.round(quota.value * 10_000) / 100 });
  if (settings.decimals !== undefined && !(Number.isInteger(settings.decimals) && settings.decimals >= 0 && settings.decimals <= 4))
    add('decimals', 'settings.problem.decimals', { value: settings.decimals });
  if (!(settings.disagreementThreshold >= 0 && settings.disagreementThreshold <= 1))
    add('disagreementThreshold', 'settings.problem.threshold', { percent: settings.disagreementThreshold * 100 });
  if (!(settings.defaultStep > 0)) add('defaultStep', 'settings.problem.step', { value: settings.defaultStep });
  return problems;
}

/** Checks settings against the schema and settingsProblems (of `fields` only, when given): throws the first problem as a UserError (the refusal a change gets), or returns them. */
export function assertSettings(input: unknown, context: { total: number; unitCount: number }, fields?: (keyof Settings)[]): Settings {
  const parsed = Settings.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('settings.problem.schema', { place: pathText(issue.path), detail: zodIssueText(issue) });
  }
  const settings = parsed.data;
  // Only the fields being changed are judged: grade lines that a later change of the scheme's
  // total left out of range must not block changing, say, the ranking style.
  const problem = settingsProblems(settings, context).find((p) => !fields || fields.includes(p.field));
  if (problem) throw new UserError(problem.key, problem.params);
  return settings;
}
