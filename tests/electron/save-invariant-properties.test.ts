// The invariant as a property: whatever sequence of changes people make (scheme edits, scores,
// score sheets, result packages, settings), after every step the files on disk load. Each step
// either saves a document that loads, or is refused and leaves the files as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leavesOf } from '../../shared/assessment/criteria';
import { setEntries, setEntry, updateScheme, updateSettings } from '../../shared/assessment/mutations';
import { deleteCriterion, indentCriterion, outdentCriterion } from '../../shared/assessment/scheme-edit';
import type { Assessment, EntryValue, Scheme, Settings } from '../../shared/assessment/schema';
import { isUserError } from '../../shared/errors';
import { mergeSubmissions } from '../../shared/packages/merge';
import type { PackageLedger } from '../../shared/packages/schema';
import { applySheets } from '../../shared/sheets/apply-sheets';
import { loadLedger, saveLedger } from '../../electron/services/packages/ledger-file';
import { loadAssessmentFile, saveAssessmentFile, type Stamp } from '../../electron/services/workspace/assessment-file';
import { emptyLedger } from '../../shared/packages/schema';
import { leaf, makeDoc, section } from '../helpers/assessment';
import { fill, issue, submit } from '../helpers/packages';
import { useTempDir } from '../helpers/temp';

const levels = [
  { label: '好', points: 4 },
  { label: '中', points: 2 },
  { label: '差', points: 0 },
];
const start = (): Assessment =>
  makeDoc({
    criteria: [
      section('s1', 12, [leaf('p', 4, { kind: 'plain', step: 0.5 }), leaf('t', 4, { kind: 'tiered', levels }), leaf('q', 4)]),
      section('s2', 8, [
        leaf('d', 4, { kind: 'deduction', perOccurrence: 1 }),
        leaf('c', 4, { kind: 'control', perUnitOver: 1, target: 2, targets: {} }),
      ]),
    ],
    units: ['A', 'B', 'C'],
    evaluators: ['e1', 'e2'],
    bonus: {
      cap: 3,
      items: [
        {
          id: 'b1',
          title: '表彰',
          text: '',
          cap: 2,
          levels: [
            { label: '国家级', points: 2 },
            { label: '省级', points: 1 },
          ],
        },
      ],
    },
    vetoes: [{ id: 'v1', title: '重大事故', text: '', effect: 'veto' }],
  });

type Op =
  | { kind: 'scheme'; edit: number; target: number; value: number; drop: boolean }
  | { kind: 'entry'; evaluator: number; unit: number; item: number; value: number; long: boolean }
  | { kind: 'sheet'; unit: number; value: number }
  | { kind: 'package'; unit: number; item: number; value: number }
  | { kind: 'settings'; field: number; value: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('scheme' as const), edit: fc.nat(7), target: fc.nat(20), value: fc.nat(8), drop: fc.boolean() }),
  fc.record({
    kind: fc.constant('entry' as const),
    evaluator: fc.nat(1),
    unit: fc.nat(2),
    item: fc.nat(20),
    value: fc.nat(16),
    long: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('sheet' as const), unit: fc.nat(2), value: fc.nat(16) }),
  fc.record({ kind: fc.constant('package' as const), unit: fc.nat(2), item: fc.nat(20), value: fc.nat(16) }),
  fc.record({ kind: fc.constant('settings' as const), field: fc.nat(3), value: fc.nat(8) }),
);

const itemIds = (doc: Assessment) => [
  ...leavesOf(doc.scheme).map((l) => l.criterion.id),
  ...doc.scheme.bonus.items.map((b) => b.id),
  ...doc.scheme.vetoes.map((v) => v.id),
];

/** A value of some kind for an item: often fitting, sometimes not (the app must refuse those). */
function valueFor(doc: Assessment, id: string, n: number): EntryValue {
  const l = leavesOf(doc.scheme, doc.settings.defaultStep).find((x) => x.criterion.id === id);
  if (doc.scheme.bonus.items.some((b) => b.id === id))
    return { kind: 'bonus', achievements: [{ name: '获表彰', level: n % 3, reason: n % 4 ? '文件' : '' }] };
  if (doc.scheme.vetoes.some((v) => v.id === id)) return { kind: 'veto', triggered: n % 2 === 0 };
  if (n === 0) return { kind: 'na' };
  switch (l?.rule.kind) {
    case 'tiered':
      return { kind: 'tier', level: n % 4 };
    case 'deduction':
      return { kind: 'deductions', occurrences: [{ count: 1 + (n % 3), reason: n % 5 ? '迟报' : ' ' }] };
    case 'control':
      return { kind: 'control', actual: n };
    default:
      return { kind: 'score', score: n / 4 };
  }
}

function schemeEdit(doc: Assessment, o: Extract<Op, { kind: 'scheme' }>): Omit<Scheme, 'version'> {
  const { version: _v, ...s } = doc.scheme;
  const leaves = leavesOf(doc.scheme);
  const l = leaves[o.target % Math.max(1, leaves.length)]?.criterion;
  const patch = (id: string, change: object) => {
    const visit = (c: Scheme['criteria'][number]): Scheme['criteria'][number] =>
      c.id === id ? { ...c, ...change } : { ...c, children: c.children.map(visit) };
    return { ...s, criteria: s.criteria.map(visit) };
  };
  switch (o.edit) {
    case 0:
      return l ? patch(l.id, { points: o.value }) : s;
    case 1:
      return l ? patch(l.id, { rule: { kind: 'plain', step: [0.5, 1, 2, 0.3][o.value % 4]! } }) : s;
    case 2:
      return l ? patch(l.id, { rule: { kind: 'tiered', levels: levels.slice(0, 1 + (o.value % 3)) } }) : s;
    case 3:
      return l ? { ...s, criteria: deleteCriterion(s.criteria, l.id) } : s;
    case 4:
      return l ? { ...s, criteria: indentCriterion(s.criteria, l.id) } : s;
    case 5:
      return l ? { ...s, criteria: outdentCriterion(s.criteria, l.id) } : s;
    case 6:
      return { ...s, bonus: { ...s.bonus, items: s.bonus.items.map((b) => ({ ...b, levels: b.levels.slice(0, 1 + (o.value % 2)) })) } };
    default:
      return { ...s, vetoes: o.value % 2 ? [] : s.vetoes };
  }
}

const SETTINGS: ((n: number) => Partial<Settings>)[] = [
  (n) => ({ defaultStep: [0.5, 1, 0.25, 2][n % 4]! }),
  (n) => ({ disagreementThreshold: n / 4 }),
  (n) => ({ combine: (['mean', 'median', 'trimmedMean', 'normalized'] as const)[n % 4]! }),
  (n) => ({ excellentQuota: n % 3 ? { kind: 'count', value: n } : null }),
];

describe('saves that can never break a file, as a property', () => {
  const tmp = useTempDir();

  it('after any sequence of scheme edits, entries, sheet and package imports and settings, the files on disk load', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const path = join(tmp(), `run${++run}.assessment.json`);
        let doc = start();
        let ledger: PackageLedger = emptyLedger(doc.id);
        let stamp: Stamp = await saveAssessmentFile(path, doc);
        await saveLedger(path, ledger);
        let serial = 0;
        for (const o of ops) {
          const by = { actor: '考核办', at: `2020-12-${String(10 + (serial % 18)).padStart(2, '0')}T08:00:00.000Z` };
          serial++;
          const before = readFileSync(path, 'utf8');
          let next: Assessment | null = null;
          let nextLedger: PackageLedger | null = null;
          try {
            const ids = itemIds(doc);
            const id = ids[(o.kind === 'entry' || o.kind === 'package' ? o.item : 0) % Math.max(1, ids.length)];
            if (o.kind === 'scheme') next = updateScheme(doc, schemeEdit(doc, o), by, { dropStale: o.drop, reason: '调整' });
            if (o.kind === 'entry' && id)
              next = setEntry(
                doc,
                {
                  evaluatorId: `e${o.evaluator + 1}`,
                  unitId: 'ABC'[o.unit]!,
                  criterionId: id,
                  value: valueFor(doc, id, o.value),
                  note: o.long ? '注'.repeat(2001) : '',
                },
                by,
              );
            if (o.kind === 'sheet') {
              const entries = ids.slice(0, 3).map((cid) => ({
                evaluatorId: 'e2',
                unitId: 'ABC'[o.unit]!,
                criterionId: cid,
                value: valueFor(doc, cid, o.value),
                reason: '表内',
              }));
              next = applySheets(doc, [{ file: 'sheet.xlsx', evaluatorId: 'e2', evaluatorName: '评委e2', entries, problems: [] }], by.at);
              next = setEntries(next, [], by);
            }
            if (o.kind === 'package' && id) {
              const issued = issue(doc, ledger, { evaluator: 'e1' }, `p${serial}`);
              const task = issued.tasks[0]!;
              const working = fill(task, [['e1', 'ABC'[o.unit]!, id, valueFor(doc, id, o.value), '包内']]);
              const merged = mergeSubmissions(doc, issued.ledger, [submit(task, working, by.at)], by);
              next = merged.doc;
              nextLedger = merged.ledger;
            }
            if (o.kind === 'settings') next = updateSettings(doc, SETTINGS[o.field]!(o.value), by);
          } catch (e) {
            if (!isUserError(e)) throw e;
          }
          if (next) {
            try {
              stamp = await saveAssessmentFile(path, next, stamp);
              doc = next;
              if (nextLedger) {
                await saveLedger(path, nextLedger);
                ledger = nextLedger;
              }
            } catch (e) {
              if (!isUserError(e) || e.key !== 'error.saveRefused') throw e;
              expect(readFileSync(path, 'utf8')).toBe(before);
            }
          }
          const loaded = await loadAssessmentFile(path);
          expect(loaded.doc.entries.length).toBe(doc.entries.length);
          expect(loaded.doc.scheme.version).toBe(doc.scheme.version);
          await expect(loadLedger(path, doc.id)).resolves.toEqual(ledger);
        }
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
