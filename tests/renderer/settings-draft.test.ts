import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/assessment/defaults';
import { changedFields, draftOf, typedNumber } from '../../renderer/screens/settings/settings-draft';
import { differs } from '../../renderer/screens/results/what-if';

describe('the 设置 draft', () => {
  it('sends only what changed; an optional field left at its default is no change', () => {
    const draft = draftOf(DEFAULT_SETTINGS);
    expect(changedFields(DEFAULT_SETTINGS, draft)).toEqual({});
    expect(changedFields(DEFAULT_SETTINGS, { ...draft, quotaTies: 'strict', grades: { ...draft.grades, excellent: 95 } })).toEqual({
      quotaTies: 'strict',
      grades: { excellent: 95, good: 80, pass: 60 },
    });
    expect(differs(DEFAULT_SETTINGS, { quotaTies: 'share' })).toBe(false);
    expect(differs(DEFAULT_SETTINGS, { quotaTies: 'strict' })).toBe(true);
  });

  it('reads numbers typed with a Chinese input method (full-width) and an empty box as NaN', () => {
    expect(typedNumber('９０．５')).toBe(90.5);
    expect(typedNumber(' 85 ')).toBe(85);
    expect(typedNumber('')).toBeNaN();
  });
});
