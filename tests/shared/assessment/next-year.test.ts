import { describe, expect, it } from 'vitest';
import { adoptPreviousIds, matchCriteria } from '../../../shared/assessment/criteria-match';
import { updateSettings } from '../../../shared/assessment/mutations';
import { nextYear } from '../../../shared/assessment/next-year';
import { renameAssessment } from '../../../shared/assessment/rename';
import { isUserError } from '../../../shared/errors';
import { entry, leaf, makeDoc, section } from '../../helpers/assessment';

const by = { actor: '办公室', at: '2021-01-05T08:00:00.000Z' };

function lastYear() {
  const doc = makeDoc({
    criteria: [section('1', 60, [leaf('1.1', 30), leaf('1.2', 30)]), section('2', 40, [leaf('2.1', 40)])],
    units: ['A', 'B'],
    evaluators: [{ id: 'e1', assignment: { unitIds: ['A'], criterionIds: ['1'] } }, { id: 'e2' }],
    entries: [entry('e1', 'A', '1.1', 20), entry('e2', 'B', '2.1', 30)],
  });
  return updateSettings(
    { ...doc, audit: [{ at: 'x', actor: 'y', action: 'entry.set', target: {}, reason: '' }] },
    { ranking: 'dense', quotaTies: 'strict' },
    by,
  );
}

describe('nextYear', () => {
  it('copies scheme, units, people, assignments and settings; no scores, no old trail, status 草稿', () => {
    const previous = lastYear();
    const { doc, match } = nextYear(
      previous,
      { year: 2021, name: '2021年度考核', fromFile: '2020.assessment.json', source: { kind: 'previous' } },
      by,
    );
    expect(doc).toMatchObject({ year: 2021, name: '2021年度考核', status: 'draft', entries: [] });
    expect(doc.id).not.toBe(previous.id);
    expect(doc.scheme.criteria).toEqual(previous.scheme.criteria);
    expect(doc.scheme.version).toBe(1);
    expect(doc.units).toEqual(previous.units);
    expect(doc.evaluators).toEqual(previous.evaluators);
    expect(doc.settings).toEqual(previous.settings);
    expect(doc.audit).toEqual([
      {
        at: by.at,
        actor: '办公室',
        action: 'assessment.create',
        target: { source: 'previous' },
        after: '2020.assessment.json',
        reason: '',
      },
    ]);
    expect(match.current).toEqual([]);
    expect(match.previous).toEqual([]);
    // A deep copy: changing the new year never reaches the old one.
    doc.units[0]!.name = '改';
    expect(previous.units[0]!.name).toBe('A市');
  });

  it('refuses a year outside 1900…2200 or an empty name', () => {
    const key = (year: number, name: string) => {
      try {
        nextYear(lastYear(), { year, name, fromFile: 'f', source: { kind: 'previous' } }, by);
        return 'accepted';
      } catch (e) {
        return isUserError(e) ? e.key : 'thrown';
      }
    };
    expect(key(20211, 'x')).toBe('year.error.badYear');
    expect(key(2021, '  ')).toBe('year.error.badName');
  });

  it("from a document: criteria matched by code and title take last year's ids; the others are listed", () => {
    const previous = lastYear();
    const scheme = {
      ...previous.scheme,
      criteria: [
        // Same title in Traditional script, renumbered children: still the same indicator.
        { ...section('c1', 60, [leaf('c1.1', 30), leaf('c1.9', 30)]), code: '1', title: '部分1' },
        { ...section('c3', 40, [leaf('c3.1', 40)]), code: '2', title: '新的部分' },
      ],
    };
    scheme.criteria[0]!.children[0]!.title = '指标1.1';
    scheme.criteria[0]!.children[1]!.title = '指標1.2';
    const { doc, match } = nextYear(
      previous,
      { year: 2021, name: '2021', fromFile: 'f', source: { kind: 'plan', scheme, fileName: 'plan.docx' } },
      by,
    );
    expect(doc.scheme.criteria.map((c) => c.id)).toEqual(['1', 'c3']);
    expect(doc.scheme.criteria[0]!.children.map((c) => c.id)).toEqual(['1.1', '1.2']);
    expect(match.current.map((c) => c.title)).toEqual(['新的部分']);
    expect(match.previous.map((c) => c.title)).toEqual(['部分2']);
    // e1's assignment to section 1 still points at it.
    expect(doc.evaluators[0]!.assignment).toEqual({ unitIds: ['A'], criterionIds: ['1'] });
  });
});

describe('matchCriteria', () => {
  it('the same code under another title is another indicator', () => {
    const m = matchCriteria([{ ...leaf('n', 5), code: '1', title: '安全培训' }], [{ ...leaf('o', 5), code: '1', title: '隐患排查' }]);
    expect(m.pairs).toEqual([]);
    expect(m.current.map((c) => c.title)).toEqual(['安全培训']);
  });

  it('never gives two criteria the same id', () => {
    const prev = makeDoc({ criteria: [leaf('a', 5), leaf('b', 5)] }).scheme;
    const next = {
      ...prev,
      criteria: [
        { ...leaf('b', 5), title: '指标a' },
        { ...leaf('z', 5), title: '新' },
      ],
    };
    const { scheme } = adoptPreviousIds(next, prev);
    // 'b' is taken by the item now called 指标a, which adopts 'a'; nothing collides.
    expect(scheme.criteria.map((c) => c.id)).toEqual(['a', 'z']);
  });
});

describe('renameAssessment', () => {
  it('records the old and new name; refuses a finalized one', () => {
    const doc = renameAssessment(lastYear(), '新名称', by);
    expect(doc.audit.at(-1)).toMatchObject({ action: 'assessment.rename', before: '测试考核', after: '新名称' });
    expect(() => renameAssessment({ ...doc, status: 'finalized' }, 'x', by)).toThrow(/error.finalized/);
  });
});
