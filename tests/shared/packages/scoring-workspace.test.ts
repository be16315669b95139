import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../shared/scoring/compute';
import { buildResult, clearCell, newWorkingFile, recordEntry, workspaceDocument } from '../../../shared/packages/scoring-workspace';
import { taskGroups } from '../../../shared/packages/task';
import { ResultPackage } from '../../../shared/packages/schema';
import { entry, leaf, makeDoc, section } from '../../helpers/assessment';
import { issue } from '../../helpers/packages';

const doc = () => {
  const d = makeDoc({
    criteria: [
      section('s1', 15, [leaf('a', 10), leaf('d', 5, { kind: 'deduction', perOccurrence: 1 })]),
      section('s2', 10, [leaf('b', 10)]),
    ],
    units: ['A', 'B', 'C'],
    evaluators: [{ id: 'e1', assignment: { unitIds: ['A', 'B'], criterionIds: ['s1'] } }, { id: 'e2' }],
    entries: [entry('e1', 'A', 'a', 6), entry('e2', 'A', 'a', 7)],
    bonus: { cap: 3, items: [{ id: 'bn', title: '表彰', text: '', cap: 2, levels: [{ label: '国家级', points: 2 }] }] },
  });
  return {
    ...d,
    teams: [{ id: 't1', name: '第一考核组', assignment: { unitIds: null, criterionIds: null } }],
    evaluators: d.evaluators.map((e) => ({ ...e, teamId: 't1' })),
  };
};
const by = { actor: '评委e1', at: '2020-12-10T02:00:00.000Z' };

describe('task packages and the scoring workspace', () => {
  it('names packages for people and carries only the assigned units, items and entries', () => {
    const d = doc();
    expect(taskGroups(d, { evaluator: 'all' }).map((g) => g.title)).toEqual(['测试考核-第一考核组-评委e1', '测试考核-第一考核组-评委e2']);
    expect(taskGroups(d, { team: 't1' })).toEqual([{ evaluatorIds: ['e1', 'e2'], teamId: 't1', title: '测试考核-第一考核组' }]);
    expect(() => taskGroups(d, { evaluator: 'zz' })).toThrow(
      expect.objectContaining({ key: 'packages.unknownEvaluatorChoice', params: { id: 'zz', known: 'e1, e2' } }),
    );
    const [task] = issue(d, undefined, { evaluator: 'e1' }).tasks;
    expect(task!.units.map((u) => u.id)).toEqual(['A', 'B']);
    expect(task!.assignments).toEqual([{ evaluatorId: 'e1', unitIds: ['A', 'B'], criterionIds: ['a', 'd'] }]);
    expect(task!.entries.map((e) => [e.evaluatorId, e.unitId, e.criterionId])).toEqual([['e1', 'A', 'a']]);
    expect(task!.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('only assigned cells are editable and values must fit their rule; each change is in the trail', () => {
    const [task] = issue(doc(), undefined, { evaluator: 'e1' }).tasks;
    const w0 = newWorkingFile(task!, by.at);
    expect(() =>
      recordEntry(task!, w0, { evaluatorId: 'e1', unitId: 'C', criterionId: 'a', value: { kind: 'score', score: 1 } }, by),
    ).toThrow(expect.objectContaining({ key: 'packages.notAssigned' }));
    expect(() =>
      recordEntry(task!, w0, { evaluatorId: 'e1', unitId: 'A', criterionId: 'b', value: { kind: 'score', score: 1 } }, by),
    ).toThrow(expect.objectContaining({ key: 'packages.notAssigned' }));
    expect(() =>
      recordEntry(task!, w0, { evaluatorId: 'e2', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 1 } }, by),
    ).toThrow(expect.objectContaining({ key: 'packages.notAssigned' }));
    expect(() =>
      recordEntry(task!, w0, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 11 } }, by),
    ).toThrow(expect.objectContaining({ key: 'value.aboveMax' }));
    const w1 = recordEntry(
      task!,
      w0,
      { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 8 }, reason: '复核' },
      by,
    );
    expect(
      recordEntry(task!, w1, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 8 }, reason: '复核' }, by),
    ).toBe(w1);
    const w2 = clearCell(task!, w1, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a' }, { ...by, at: '2020-12-10T03:00:00.000Z' });
    expect(w2.trail.map((r) => [r.action, r.target.seq, r.before, r.after])).toEqual([
      ['entry.set', '1', { value: { kind: 'score', score: 6 }, reason: '' }, { value: { kind: 'score', score: 8 }, reason: '复核' }],
      ['entry.clear', '2', { value: { kind: 'score', score: 8 }, reason: '复核' }, undefined],
    ]);
    expect(w2.cleared).toEqual([{ evaluatorId: 'e1', unitId: 'A', criterionId: 'a', at: '2020-12-10T03:00:00.000Z' }]);
    const w3 = recordEntry(task!, w2, { evaluatorId: 'e1', unitId: 'A', criterionId: 'a', value: { kind: 'score', score: 9 } }, by);
    expect(w3.cleared).toEqual([]);
  });

  it('the workspace reads as an assessment the scoring engine can preview', () => {
    const [task] = issue(doc(), undefined, { evaluator: 'e1' }).tasks;
    const w = recordEntry(
      task!,
      newWorkingFile(task!, by.at),
      { evaluatorId: 'e1', unitId: 'B', criterionId: 'd', value: { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报' }] } },
      by,
    );
    const view = workspaceDocument(task!, w);
    const results = computeResults(view);
    expect(results.units.map((u) => u.unitId)).toEqual(['A', 'B']);
    expect(results.cells.B![results.leafIds.indexOf('d')]!.score).toBe(3);
    // What is still the evaluator's to do; items outside the task show as gaps nobody is assigned to.
    const gaps = results.units.find((u) => u.unitId === 'A')!.gaps;
    expect(gaps.filter((g) => g.evaluatorIds.includes('e1')).map((g) => g.criterionId)).toEqual(['d']);
    expect(gaps.find((g) => g.criterionId === 'b')!.evaluatorIds).toEqual([]);
  });

  it('builds a result package the schema accepts, entries in a stable order', () => {
    const [task] = issue(doc(), undefined, { evaluator: 'e1' }).tasks;
    let w = newWorkingFile(task!, by.at);
    w = recordEntry(task!, w, { evaluatorId: 'e1', unitId: 'B', criterionId: 'a', value: { kind: 'score', score: 5 } }, by);
    const result = buildResult(task!, w, { submissionId: 's1', submittedAt: by.at, submittedBy: '评委e1', appVersion: 'x' });
    expect(result.entries.map((e) => `${e.unitId}${e.criterionId}`)).toEqual(['Aa', 'Ba']);
    expect(ResultPackage.safeParse({ ...result, signature: { algorithm: 'HMAC-SHA256', value: '0'.repeat(64) } }).success).toBe(true);
  });
});
