// Nothing the app saves may fail its own loading: each scheme change that used to leave a file
// listed as broken on the next start, refused or (confirmed) saved so that it loads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setEntry, updateScheme, updateSettings } from '../../shared/assessment/mutations';
import type { Assessment, Scheme } from '../../shared/assessment/schema';
import { staleEntries } from '../../shared/assessment/stale-entries';
import { loadAssessmentFile, saveAssessmentFile } from '../../electron/services/workspace/assessment-file';
import { saveLedger, ledgerPath } from '../../electron/services/packages/ledger-file';
import { emptyLedger } from '../../shared/packages/schema';
import { entry, leaf, makeDoc } from '../helpers/assessment';
import { useTempDir } from '../helpers/temp';

const by = { actor: '考核办', at: '2020-12-02T08:00:00.000Z' };
const levels = [
  { label: '全面完成', points: 4 },
  { label: '基本完成', points: 3 },
  { label: '未完成', points: 0 },
];

/** A year with one score of every kind that a scheme change can break. */
function scoredYear(): Assessment {
  return makeDoc({
    criteria: [
      leaf('p', 4, { kind: 'plain', step: 0.5 }),
      leaf('t', 4, { kind: 'tiered', levels }),
      leaf('d', 5, { kind: 'deduction', perOccurrence: 1 }),
    ],
    evaluators: [{ id: 'e1', assignment: { unitIds: null, criterionIds: ['p', 't', 'd', 'b1', 'v1'] } }],
    bonus: {
      cap: 5,
      items: [
        {
          id: 'b1',
          title: '表彰',
          text: '',
          cap: 3,
          levels: [
            { label: '国家级', points: 2 },
            { label: '省级', points: 1 },
          ],
        },
      ],
    },
    vetoes: [{ id: 'v1', title: '重大事故', text: '', effect: 'veto' }],
    entries: [
      entry('e1', 'A', 'p', 3.5),
      entry('e1', 'A', 't', { kind: 'tier', level: 2 }),
      entry('e1', 'A', 'd', { kind: 'deductions', occurrences: [{ count: 1, reason: '迟报' }] }),
      entry('e1', 'A', 'b1', { kind: 'bonus', achievements: [{ name: '国家表彰', level: 1, reason: '文件' }] }),
      entry('e1', 'A', 'v1', { kind: 'veto', triggered: false }),
    ],
  });
}

const criteria = (s: Scheme) => s.criteria;
const MUTATIONS: { name: string; change: (s: Scheme) => Scheme; hits: string[] }[] = [
  {
    name: 'points lowered below a score',
    change: (s) => ({ ...s, criteria: criteria(s).map((c) => (c.id === 'p' ? { ...c, points: 3 } : c)) }),
    hits: ['p'],
  },
  {
    name: 'step changed',
    change: (s) => ({ ...s, criteria: criteria(s).map((c) => (c.id === 'p' ? { ...c, rule: { kind: 'plain', step: 1 } } : c)) }),
    hits: ['p'],
  },
  {
    name: 'level removed',
    change: (s) => ({
      ...s,
      criteria: criteria(s).map((c) => (c.id === 't' ? { ...c, rule: { kind: 'tiered', levels: levels.slice(0, 2) } } : c)),
    }),
    hits: ['t'],
  },
  { name: 'item deleted', change: (s) => ({ ...s, criteria: criteria(s).filter((c) => c.id !== 'd') }), hits: ['d'] },
  {
    name: 'rule kind changed',
    change: (s) => ({ ...s, criteria: criteria(s).map((c) => (c.id === 'd' ? { ...c, rule: { kind: 'plain', step: 0.5 } } : c)) }),
    hits: ['d'],
  },
  {
    name: 'item became a parent',
    change: (s) => ({ ...s, criteria: criteria(s).map((c) => (c.id === 'p' ? { ...c, children: [leaf('p1', 4)] } : c)) }),
    hits: ['p'],
  },
  {
    name: 'bonus level removed',
    change: (s) => ({ ...s, bonus: { ...s.bonus, items: [{ ...s.bonus.items[0]!, levels: [{ label: '国家级', points: 2 }] }] } }),
    hits: ['b1'],
  },
  { name: 'bonus item deleted', change: (s) => ({ ...s, bonus: { ...s.bonus, items: [] } }), hits: ['b1'] },
  { name: 'veto item deleted', change: (s) => ({ ...s, vetoes: [] }), hits: ['v1'] },
];

describe('saves that can never break a file', () => {
  const tmp = useTempDir();

  for (const m of MUTATIONS) {
    it(`${m.name}: lists the score, refuses without consent, and after consent the file loads with the score in the audit trail`, async () => {
      const path = join(tmp(), '2020.assessment.json');
      const doc = scoredYear();
      const stamp = await saveAssessmentFile(path, doc);
      const before = readFileSync(path, 'utf8');
      const { version: _v, ...next } = m.change(doc.scheme);
      expect(staleEntries(doc, { ...next, version: 2 }).map((s) => s.entry.criterionId)).toEqual(m.hits);
      expect(() => updateScheme(doc, next, by)).toThrow(
        expect.objectContaining({ key: 'error.schemeDropsEntries', params: { count: m.hits.length } }),
      );
      expect(readFileSync(path, 'utf8')).toBe(before);
      const changed = updateScheme(doc, next, by, { dropStale: true, reason: '调整方案' });
      await saveAssessmentFile(path, changed, stamp);
      const { doc: loaded } = await loadAssessmentFile(path);
      expect(loaded.entries.map((e) => e.criterionId).sort()).toEqual(
        doc.entries
          .map((e) => e.criterionId)
          .filter((id) => !m.hits.includes(id))
          .sort(),
      );
      const record = loaded.audit.at(-1)!;
      expect(record).toMatchObject({ action: 'scheme.change', reason: '调整方案' });
      expect((record.before as { droppedEntries: { criterionId: string }[] }).droppedEntries.map((e) => e.criterionId)).toEqual(m.hits);
    });
  }

  it('a deleted item named in an assignment leaves the assignment, so the file still loads', async () => {
    const path = join(tmp(), 'x.assessment.json');
    const doc = scoredYear();
    const { version: _v, ...next } = { ...doc.scheme, vetoes: [] };
    const changed = updateScheme(doc, next, by, { dropStale: true });
    expect(changed.evaluators[0]!.assignment!.criterionIds).toEqual(['p', 't', 'd', 'b1']);
    expect(changed.audit.at(-1)!.after).toEqual({ version: 2, unassigned: ['v1'] });
    await saveAssessmentFile(path, changed);
    await expect(loadAssessmentFile(path)).resolves.toBeTruthy();
  });

  it('refuses to write an assessment that would not load, names the place, and leaves the file as it was', async () => {
    const path = join(tmp(), 'y.assessment.json');
    const doc = scoredYear();
    const stamp = await saveAssessmentFile(path, doc);
    const before = readFileSync(path, 'utf8');
    const broken: Assessment = { ...doc, entries: [...doc.entries, entry('e1', 'A', 'p', 9)] };
    await expect(saveAssessmentFile(path, broken, stamp)).rejects.toMatchObject({
      key: 'error.saveRefused',
      file: 'y.assessment.json',
      problems: [expect.objectContaining({ key: 'value.aboveMax' })],
    });
    const tooLong: Assessment = { ...doc, name: '长'.repeat(501) };
    await expect(saveAssessmentFile(path, tooLong, stamp)).rejects.toMatchObject({
      key: 'error.saveRefused',
      problems: [expect.objectContaining({ place: 'name' })],
    });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('refuses to write a ledger that would not load', async () => {
    const path = join(tmp(), 'z.assessment.json');
    writeFileSync(ledgerPath(path), 'old');
    await expect(saveLedger(path, { ...emptyLedger('a'), assessmentId: '' })).rejects.toMatchObject({ key: 'error.saveRefused' });
    expect(readFileSync(ledgerPath(path), 'utf8')).toBe('old');
  });

  it('refuses settings the file would not take, and a default step that existing scores do not fit', () => {
    const doc = makeDoc({ criteria: [leaf('q', 4)], entries: [entry('e1', 'A', 'q', 1.5)] });
    expect(() => updateSettings(doc, { disagreementThreshold: 1.5 }, by)).toThrow(
      // The settings rules (settings-rules.ts) answer first, naming the field and the file's limit.
      expect.objectContaining({ key: 'settings.problem.schema', params: expect.objectContaining({ place: 'disagreementThreshold' }) }),
    );
    expect(() => updateSettings(doc, { defaultStep: 1 }, by)).toThrow(
      expect.objectContaining({ key: 'error.stepBreaksEntries', params: { count: 1, step: 1 } }),
    );
    expect(updateSettings(doc, { defaultStep: 0.25 }, by).settings.defaultStep).toBe(0.25);
  });

  it('refuses a remark longer than the file takes where it is typed, with the limit', () => {
    const doc = scoredYear();
    expect(() =>
      setEntry(doc, { evaluatorId: 'e1', unitId: 'A', criterionId: 'p', value: { kind: 'score', score: 1 }, note: '注'.repeat(2001) }, by),
    ).toThrow(expect.objectContaining({ key: 'error.textTooLong', params: { field: 'note', max: 2000, length: 2001 } }));
    const achievements = [{ name: '名'.repeat(501), level: 0, reason: '文件' }];
    expect(() => setEntry(doc, { evaluatorId: 'e1', unitId: 'A', criterionId: 'b1', value: { kind: 'bonus', achievements } }, by)).toThrow(
      expect.objectContaining({ key: 'error.textTooLong', params: { field: 'achievementName', max: 500, length: 501 } }),
    );
  });
});
