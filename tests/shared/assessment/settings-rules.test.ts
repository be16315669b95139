import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/assessment/defaults';
import { updateSettings } from '../../../shared/assessment/mutations';
import { settingsOf, settingsProblems } from '../../../shared/assessment/settings-rules';
import { parseAssessment, serializeAssessment } from '../../../shared/assessment/serialize';
import { isUserError } from '../../../shared/errors';
import { leaf, makeDoc } from '../../helpers/assessment';

const by = { actor: '办公室', at: '2021-01-05T08:00:00.000Z' };
const context = { total: 100, unitCount: 14 };
const keys = (patch: object) => settingsProblems({ ...DEFAULT_SETTINGS, ...patch }, context).map((p) => p.key);

function refusal(work: () => unknown): string {
  try {
    work();
  } catch (e) {
    if (isUserError(e)) return e.key;
    throw e;
  }
  return 'accepted';
}

describe('settings checks', () => {
  it('the defaults are sound, and a file without the optional fields reads as share / rescale / 2 decimals', () => {
    expect(settingsProblems(DEFAULT_SETTINGS, context)).toEqual([]);
    expect(settingsOf(DEFAULT_SETTINGS)).toMatchObject({ quotaTies: 'share', naRule: 'rescale', decimals: 2 });
  });

  it('grade lines must fall from top to bottom and stay within 0…total', () => {
    expect(keys({ grades: { excellent: 80, good: 85, pass: 60 } })).toEqual(['settings.problem.gradeOrder']);
    expect(keys({ grades: { excellent: 90, good: null, pass: 95 } })).toEqual(['settings.problem.gradeOrder']);
    expect(keys({ grades: { excellent: 120, good: 80, pass: 60 } })).toEqual(['settings.problem.gradeRange']);
    expect(keys({ grades: { excellent: Number.NaN, good: 80, pass: 60 } })).toContain('settings.problem.gradeRange');
  });

  it('a quota is a whole count of at least one, or a share in (0, 100 %]', () => {
    expect(keys({ excellentQuota: { kind: 'count', value: 2.5 } })).toEqual(['settings.problem.quotaCount']);
    expect(keys({ excellentQuota: { kind: 'count', value: 0 } })).toEqual(['settings.problem.quotaCount']);
    expect(keys({ excellentQuota: { kind: 'share', value: 1.2 } })).toEqual(['settings.problem.quotaShare']);
    expect(keys({ excellentQuota: { kind: 'share', value: 0.3 } })).toEqual([]);
  });

  it('decimals 0…4 and a threshold within 0…100 %', () => {
    expect(keys({ decimals: 5 })).toEqual(['settings.problem.decimals']);
    expect(keys({ disagreementThreshold: 1.5 })).toEqual(['settings.problem.threshold']);
  });
});

describe('updateSettings', () => {
  const doc = makeDoc({ criteria: [leaf('a', 100)], units: ['A', 'B'] });

  it('refuses a change that fails the checks or the schema, with the reason, and changes nothing', () => {
    expect(refusal(() => updateSettings(doc, { grades: { excellent: 70, good: 80, pass: 60 } }, by))).toBe('settings.problem.gradeOrder');
    expect(refusal(() => updateSettings(doc, { quotaTies: 'sometimes' as never }, by))).toBe('settings.problem.schema');
    expect(refusal(() => updateSettings(doc, { decimals: 1.5 }, by))).toBe('settings.problem.schema');
  });

  it('records every changed field, new optional ones included, and the file still loads', () => {
    const next = updateSettings(doc, { quotaTies: 'strict', naRule: 'full', decimals: 1, ranking: 'dense' }, by);
    expect(next.audit.at(-1)).toMatchObject({
      action: 'settings.change',
      actor: '办公室',
      after: { quotaTies: 'strict', naRule: 'full', decimals: 1, ranking: 'dense' },
    });
    const again = parseAssessment(serializeAssessment(next, 'test'), 'x.assessment.json');
    expect(again.settings).toMatchObject({ quotaTies: 'strict', naRule: 'full', decimals: 1 });
  });
});
