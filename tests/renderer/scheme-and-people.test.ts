import { describe, expect, it } from 'vitest';
import { buildAssignmentIndex } from '../../shared/assessment/assignment';
import {
  defaultRule,
  levelsText,
  mergeImported,
  parseLevels,
  sumProblems,
  updateCriterion,
} from '../../renderer/screens/scheme/scheme-draft';
import { parseUnitList } from '../../renderer/screens/people/unit-list';
import { scoringProgress } from '../../renderer/screens/scoring/progress';
import { differs, whatIf } from '../../renderer/screens/results/what-if';
import { computeResults } from '../../shared/scoring/compute';
import { entry, leaf, makeDoc, section } from '../helpers/assessment';

describe('the scheme editor', () => {
  const scheme = { total: 10, criteria: [section('s1', 6, [leaf('a', 3), leaf('b', 3)]), section('s2', 4, [leaf('c', 4)])] };

  it('finds every sum that is off after an edit, and none before', () => {
    expect(sumProblems(scheme)).toEqual([]);
    const edited = { ...scheme, criteria: updateCriterion(scheme.criteria, 'a', { points: 5 }) };
    expect(sumProblems(edited)).toEqual([{ id: 's1', title: '部分s1', points: 6, sum: 8 }]);
    const both = { ...edited, criteria: updateCriterion(edited.criteria, 's1', { points: 8 }) };
    expect(sumProblems(both)).toEqual([{ id: null, title: '', points: 10, sum: 12 }]);
  });

  it('keeps rules, bonus and veto items when a plan is imported over the scheme', () => {
    const current = {
      title: '旧',
      description: '',
      total: 10,
      criteria: updateCriterion(scheme.criteria, 'a', { rule: { kind: 'deduction', perOccurrence: 1 } }),
      bonus: { cap: 5, items: [] },
      vetoes: [{ id: 'v', title: '否决', text: '', effect: 'veto' as const }],
    };
    const imported = { title: '新', description: '', total: 10, criteria: scheme.criteria, bonus: { cap: null, items: [] }, vetoes: [] };
    const merged = mergeImported(current, imported);
    expect(merged.criteria[0]!.children[0]!.rule).toEqual({ kind: 'deduction', perOccurrence: 1 });
    expect(merged.vetoes).toHaveLength(1);
    expect(merged.title).toBe('旧');
  });

  it("another document's item under the same id but with another title does not inherit the old item's rule", () => {
    const current = {
      title: '旧',
      description: '',
      total: 10,
      criteria: updateCriterion(scheme.criteria, 'a', { rule: { kind: 'deduction', perOccurrence: 1 } }),
      bonus: { cap: 5, items: [] },
      vetoes: [],
    };
    const other = { ...current, criteria: updateCriterion(scheme.criteria, 'a', { title: '事故控制' }) };
    expect(mergeImported(current, other).criteria[0]!.children[0]!.rule).toBeUndefined();
  });

  it('a table import brings its own rules, bonus and vetoes, which win over the current ones', () => {
    const current = {
      title: '旧',
      description: '',
      total: 10,
      criteria: updateCriterion(scheme.criteria, 'a', { rule: { kind: 'deduction', perOccurrence: 1 } }),
      bonus: { cap: 5, items: [] },
      vetoes: [{ id: 'v', title: '否决', text: '', effect: 'veto' as const }],
    };
    const read = {
      kind: 'tiered' as const,
      levels: [
        { label: '完成', points: 2 },
        { label: '未完成', points: 0 },
      ],
    };
    const bonus = { cap: 3, items: [{ id: 'b1', title: '表彰', text: '', cap: 3, levels: [{ label: '国家级', points: 3 }] }] };
    const imported = {
      title: '新',
      description: '',
      total: 10,
      criteria: updateCriterion(scheme.criteria, 'a', { rule: read }),
      bonus,
      vetoes: [{ id: 'v1', title: '事故', text: '', effect: 'barExcellent' as const }],
    };
    const merged = mergeImported(current, imported);
    expect(merged.criteria[0]!.children[0]!.rule).toEqual(read);
    expect(merged.bonus).toEqual(bonus);
    expect(merged.vetoes.map((v) => v.effect)).toEqual(['barExcellent']);
  });

  it('writes and reads tier levels', () => {
    const rule = defaultRule('tiered', 4, 0.5, ['全面完成', '基本完成', '部分完成', '未完成']);
    if (rule.kind !== 'tiered') throw new Error();
    expect(parseLevels(levelsText(rule.levels, '；'))).toEqual(rule.levels);
    // English writes them with '; ', and they read back the same.
    expect(levelsText(rule.levels, '; ')).toBe('全面完成:4; 基本完成:3; 部分完成:2; 未完成:0');
    expect(parseLevels(levelsText(rule.levels, '; '))).toEqual(rule.levels);
    expect(parseLevels('全面完成：4；基本完成:3')).toEqual([
      { label: '全面完成', points: 4 },
      { label: '基本完成', points: 3 },
    ]);
    expect(parseLevels('全面完成 4')).toBeNull();
  });
});

describe('units from a pasted list', () => {
  it('takes codes where given, skips blanks and repeats, and never reuses an id', () => {
    expect(parseUnitList('450100\t南宁市\n\n450200 柳州市\n柳州市\n凭祥市', ['u1'])).toEqual([
      { id: '450100', code: '450100', name: '南宁市' },
      { id: '450200', code: '450200', name: '柳州市' },
      { id: 'u2', code: '', name: '凭祥市' },
    ]);
  });
});

describe('progress and what-if', () => {
  const doc = makeDoc({
    criteria: [leaf('a', 5), leaf('b', 5)],
    units: ['A', 'B'],
    evaluators: [{ id: 'e1' }, { id: 'e2', assignment: { unitIds: ['B'], criterionIds: null } }],
    entries: [
      entry('e1', 'A', 'a', 5),
      entry('e1', 'A', 'b', 4),
      entry('e1', 'B', 'a', 1),
      entry('e2', 'B', 'a', 5),
      entry('e2', 'B', 'b', 5),
      entry('e1', 'B', 'b', 3),
    ],
  });

  it('counts assigned cells and entered ones, per evaluator and per unit', () => {
    const p = scoringProgress(doc, buildAssignmentIndex(doc));
    expect(p.byEvaluator.get('e1')).toEqual({ done: 4, total: 4 });
    expect(p.byEvaluator.get('e2')).toEqual({ done: 2, total: 2 });
    expect(p.byUnit.get('B')).toEqual({ done: 4, total: 4 });
    const partial = { ...doc, entries: doc.entries.slice(0, 3) };
    expect(scoringProgress(partial, buildAssignmentIndex(partial)).byEvaluatorUnit.get('e1\u0000B')).toEqual({ done: 1, total: 2 });
  });

  it('shows rank moves under trial settings without changing the document', () => {
    const saved = computeResults(doc);
    expect(saved.units.map((u) => u.rank)).toEqual([1, 2]); // A 9 against B (1+5)/2 + (3+5)/2 = 7
    const trial = whatIf({ ...doc, settings: { ...doc.settings } }, saved, {
      combine: 'median',
      grades: { excellent: 8.5, good: 7, pass: 6 },
    });
    expect(differs(doc.settings, { combine: 'median' })).toBe(true);
    expect(differs(doc.settings, { combine: 'mean' })).toBe(false);
    expect(trial.shifts.get('A')).toMatchObject({ rank: 1, whatIfRank: 1, gained: 0 });
    expect([...trial.shifts.values()].some((s) => s.gradeChanged)).toBe(true);
  });
});
