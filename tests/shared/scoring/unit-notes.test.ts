import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { computeResults } from '../../../shared/scoring/compute';
import type { UnitResult } from '../../../shared/scoring/types';
import { unitNotes, unitNotesText } from '../../../shared/scoring/unit-notes';
import { leaf, makeDoc, scores } from '../../helpers/assessment';

/** A real unit result (one 100-point leaf), then the flags each note stands for. */
function unit(flags: Partial<UnitResult>): UnitResult {
  const doc = makeDoc({ criteria: [leaf('a', 100, { kind: 'plain', step: 0.01 })], units: ['A'], entries: scores('e1', 'a', { A: 90 }) });
  return { ...computeResults(doc).units[0]!, ...flags };
}

describe('unit notes (one list for the ranking screen, the CLI and the report)', () => {
  const noted = unit({
    vetoed: true,
    vetoItems: ['v1'],
    quotaLimited: true,
    naPoints: 1.005,
    complete: false,
    gaps: [{} as UnitResult['gaps'][number], {} as UnitResult['gaps'][number]],
    provisional: true,
  });

  it('a complete, ordinary unit has none', () => {
    expect(unitNotes(unit({}))).toEqual([]);
  });

  it('lists the notes in a fixed order as message keys, points rounded as everywhere else', () => {
    expect(unitNotes(noted)).toEqual([
      { key: 'results.note.vetoed', params: {} },
      { key: 'results.note.quota', params: {} },
      { key: 'results.note.na', params: { points: '1.01' } },
      { key: 'results.note.incomplete', params: { count: 2 } },
      { key: 'results.note.provisional', params: {} },
    ]);
  });

  it('names the veto and 否优项 items when asked (the report does)', () => {
    const names = (ids: string[]) => ids.map((id) => `«${id}»`).join('+');
    expect(unitNotes(unit({ vetoed: true, vetoItems: ['v1', 'v2'], barredExcellent: true, barItems: ['b1'] }), names)).toEqual([
      { key: 'report.note.veto', params: { items: '«v1»+«v2»' } },
      { key: 'report.note.barred', params: { items: '«b1»' } },
    ]);
  });

  it('joins clauses as each language does: "；" in Chinese, "; " in English', () => {
    const notes = unitNotes(unit({ vetoed: true, provisional: true }));
    expect(unitNotesText(notes, createTranslator('zh-CN'))).toBe('一票否决；按现有得分暂排');
    expect(unitNotesText(notes, createTranslator('en'))).toBe('vetoed; provisional rank');
  });
});
