import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schemeFromPlan } from '../../../shared/assessment/scheme';
import type { SchemeCriterion } from '../../../shared/assessment/schema';
import { chineseNumeral, renumber } from '../../../shared/assessment/renumber';
import {
  addCriterion,
  blankCriterion,
  deleteCriterion,
  heightOf,
  indentCriterion,
  moveBeside,
  moveCriterion,
  outdentCriterion,
  MAX_DEPTH,
} from '../../../shared/assessment/scheme-edit';
import { parsePlan } from '../../../shared/plan/parse-plan';
import { SEED_PLAN } from '../../helpers/paths';

const seed = () =>
  schemeFromPlan(parsePlan(readFileSync(SEED_PLAN, 'utf8'), 'text', {}), {
    fileName: 'seed.txt',
    importedAt: '2020-01-01T00:00:00Z',
    depth: 2,
  }).criteria;
const node = (id: string, number: string, children: SchemeCriterion[] = []): SchemeCriterion => ({
  id,
  code: '',
  number,
  title: id,
  text: '',
  points: 1,
  children,
});
const numbers = (list: SchemeCriterion[]): string[] => list.flatMap((c) => [c.number, ...numbers(c.children)]);
const codes = (list: SchemeCriterion[]): string[] => list.flatMap((c) => [c.code, ...codes(c.children)]);
const ids = (list: SchemeCriterion[]): string[] => list.flatMap((c) => [c.id, ...ids(c.children)]);

describe('renumbering as a reader expects', () => {
  it('writes Chinese numerals as numbering does', () => {
    expect([1, 10, 11, 20, 25, 99, 100, 103, 110].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十五',
      '九十九',
      '一百',
      '一百零三',
      '一百一十',
    ]);
  });

  it('leaves the seed exactly as written: sections 一、… and items (一)…(二十五) running on across sections', () => {
    const tree = seed();
    expect(renumber(tree)).toEqual(tree);
  });

  it('keeps running on after an item is added to the first section', () => {
    const tree = seed();
    const added = addCriterion(tree, blankCriterion('n1', '新增'), { afterId: tree[0]!.children[1]!.id });
    expect(added[0]!.children.map((c) => c.number)).toEqual(['(一)', '(二)', '(三)']);
    expect(added[1]!.children[0]!.number).toBe('(四)');
    expect(added.at(-1)!.children.at(-1)!.number).toBe('(二十六)');
    expect(added[0]!.children[2]!.code).toBe('1.3');
  });

  it('restarts under each parent when the document did, in its own style (full-width brackets, 1、)', () => {
    const tree = [
      node('a', '一、', [node('a1', '（一）'), node('a2', '（二）', [node('x', '1、')])]),
      node('b', '二、', [node('b1', '（一）')]),
    ];
    const moved = moveBeside(tree, 'b1', 'a1', 'before');
    expect(numbers(moved)).toEqual(['一、', '（一）', '（二）', '（三）', '1、', '二、']);
    const back = addCriterion(moved, node('n', ''), { parentId: 'b' });
    expect(numbers(back).slice(-2)).toEqual(['二、', '（一）']);
  });

  it('a level written without numbers (derived scoring points) stays without them', () => {
    const tree = [node('a', '一、', [node('a1', '(一)', [node('p1', ''), node('p2', '')])])];
    expect(numbers(addCriterion(tree, node('p3', ''), { afterId: 'p1' }))).toEqual(['一、', '(一)', '', '', '']);
  });

  it('a new, empty scheme gets 一、 (一) 1.', () => {
    let tree = addCriterion([], node('s', ''), { parentId: null });
    tree = addCriterion(tree, node('i', ''), { parentId: 's' });
    tree = addCriterion(tree, node('p', ''), { parentId: 'i' });
    expect(numbers(tree)).toEqual(['一、', '(一)', '1.']);
    expect(codes(tree)).toEqual(['1', '1.1', '1.1.1']);
  });
});

describe('editing the tree', () => {
  const tree = () => renumber([node('a', '一、', [node('a1', '(一)'), node('a2', '(二)')]), node('b', '二、', [node('b1', '(三)')])]);

  it('moves up and down among siblings, not past the ends', () => {
    expect(ids(moveCriterion(tree(), 'a2', -1))).toEqual(['a', 'a2', 'a1', 'b', 'b1']);
    expect(moveCriterion(tree(), 'a1', -1)).toEqual(tree());
    expect(ids(moveCriterion(tree(), 'a', 1))).toEqual(['b', 'b1', 'a', 'a1', 'a2']);
  });

  it('indents under the item above and outdents after the parent; a new parent loses its rule', () => {
    const withRule = tree().map((s) => ({
      ...s,
      children: s.children.map((c) => ({ ...c, rule: { kind: 'plain' as const, step: 0.5 } })),
    }));
    const indented = indentCriterion(withRule, 'a2');
    expect(indented[0]!.children.map((c) => c.id)).toEqual(['a1']);
    expect(indented[0]!.children[0]!.children.map((c) => c.id)).toEqual(['a2']);
    expect(indented[0]!.children[0]!.rule).toBeUndefined();
    expect(indented[0]!.children[0]!.children[0]!.number).toBe('1.');
    const out = outdentCriterion(indented, 'a2');
    expect(ids(out)).toEqual(['a', 'a1', 'a2', 'b', 'b1']);
    expect(ids(outdentCriterion(tree(), 'a1'))).toEqual(['a', 'a2', 'a1', 'b', 'b1']);
    expect(indentCriterion(tree(), 'a1')).toEqual(tree());
  });

  it('deletes an item with its parts', () => {
    expect(ids(deleteCriterion(tree(), 'a'))).toEqual(['b', 'b1']);
    expect(numbers(deleteCriterion(tree(), 'a'))).toEqual(['一、', '(一)']);
  });

  it('refuses to drop an item into its own parts', () => {
    expect(moveBeside(tree(), 'a', 'a1', 'after')).toEqual(tree());
  });

  it('never goes beyond three levels, never loses or duplicates an item, whatever the sequence of edits', () => {
    const op = fc.record({
      kind: fc.constantFrom('add', 'delete', 'up', 'down', 'indent', 'outdent', 'drag'),
      a: fc.nat(30),
      b: fc.nat(30),
      side: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let t = tree();
        let serial = 0;
        for (const o of ops) {
          const all = ids(t);
          const pick = (n: number) => all[n % Math.max(1, all.length)] ?? '';
          const before = new Set(all);
          const id = pick(o.a);
          if (o.kind === 'add') t = addCriterion(t, node(`x${++serial}`, ''), all.length ? { afterId: id } : { parentId: null });
          if (o.kind === 'delete') t = deleteCriterion(t, id);
          if (o.kind === 'up' || o.kind === 'down') t = moveCriterion(t, id, o.kind === 'up' ? -1 : 1);
          if (o.kind === 'indent') t = indentCriterion(t, id);
          if (o.kind === 'outdent') t = outdentCriterion(t, id);
          if (o.kind === 'drag') t = moveBeside(t, id, pick(o.b), o.side ? 'before' : 'after');
          const after = ids(t);
          expect(new Set(after).size).toBe(after.length);
          if (o.kind !== 'add' && o.kind !== 'delete') expect(new Set(after)).toEqual(before);
          expect(Math.max(0, ...t.map(heightOf))).toBeLessThanOrEqual(MAX_DEPTH);
          expect(t.every((c) => c.children.length === 0 || c.rule === undefined)).toBe(true);
          expect(renumber(t)).toEqual(t);
        }
      }),
      { numRuns: 200 },
    );
  });
});
