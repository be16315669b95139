// Editing the criteria tree: add, delete, move, indent, outdent. Pure functions over the tree;
// each returns the renumbered tree, or the same tree when the edit is not possible there.
import { renumber } from './renumber';
import type { SchemeCriterion } from './schema';

/** Levels a scheme may have: sections, items, scoring points. */
export const MAX_DEPTH = 3;

/** Where a criterion sits: its sibling list's parent (null: top level), index and depth (0-based). */
export interface Place {
  parent: SchemeCriterion | null;
  siblings: SchemeCriterion[];
  index: number;
  depth: number;
}

/** The place of a criterion in the tree, or null when it is not there. */
export function placeOf(criteria: SchemeCriterion[], id: string): Place | null {
  const find = (list: SchemeCriterion[], parent: SchemeCriterion | null, depth: number): Place | null => {
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.id === id) return { parent, siblings: list, index: i, depth };
      const inner = find(list[i]!.children, list[i]!, depth + 1);
      if (inner) return inner;
    }
    return null;
  };
  return find(criteria, null, 0);
}

/** The ids of a criterion and all its parts. */
function subtreeIds(c: SchemeCriterion): Set<string> {
  const ids = new Set<string>();
  const visit = (x: SchemeCriterion) => {
    ids.add(x.id);
    x.children.forEach(visit);
  };
  visit(c);
  return ids;
}

/** How many levels a criterion and its parts take (a leaf: 1). */
export function heightOf(c: SchemeCriterion): number {
  return 1 + Math.max(0, ...c.children.map(heightOf));
}

/** The tree with the sibling list under `parentId` (null: top level) replaced. */
function withSiblings(criteria: SchemeCriterion[], parentId: string | null, siblings: SchemeCriterion[]): SchemeCriterion[] {
  if (parentId === null) return siblings;
  return criteria.map((c) =>
    c.id === parentId ? asParentOrLeaf({ ...c, children: siblings }) : { ...c, children: withSiblings(c.children, parentId, siblings) },
  );
}

/** A parent carries no rule (only leaves are scored); a criterion keeps its other fields. */
function asParentOrLeaf(c: SchemeCriterion): SchemeCriterion {
  if (c.children.length > 0 && c.rule) {
    const { rule: _rule, ...rest } = c;
    return rest;
  }
  return c;
}

/** An id not used anywhere in `taken`: "n1", "n2", … (ids of imported criteria are "c" + code). */
export function freshId(taken: Iterable<string>, prefix = 'n'): string {
  const used = new Set(taken);
  for (let k = 1; ; k++) if (!used.has(`${prefix}${k}`)) return `${prefix}${k}`;
}

/** A new, empty criterion worth `points`. */
export function blankCriterion(id: string, title: string, points = 0): SchemeCriterion {
  return { id, code: '', number: '', title, text: '', points, children: [] };
}

/**
 * Adds `item` after the criterion `afterId` as its sibling, or as the last child of `parentId`
 * when given (null: a new section at the end). Refused (same tree) beyond three levels.
 */
export function addCriterion(
  criteria: SchemeCriterion[],
  item: SchemeCriterion,
  where: { afterId: string } | { parentId: string | null },
): SchemeCriterion[] {
  if ('afterId' in where) {
    const at = placeOf(criteria, where.afterId);
    if (!at) return criteria;
    const siblings = [...at.siblings.slice(0, at.index + 1), item, ...at.siblings.slice(at.index + 1)];
    return renumber(withSiblings(criteria, at.parent?.id ?? null, siblings), subtreeIds(item));
  }
  if (where.parentId === null) return renumber([...criteria, item], subtreeIds(item));
  const parent = placeOf(criteria, where.parentId);
  if (!parent || parent.depth + 1 >= MAX_DEPTH) return criteria;
  const node = parent.siblings[parent.index]!;
  return renumber(withSiblings(criteria, node.id, [...node.children, item]), subtreeIds(item));
}

/** The tree without the criterion (and its parts). */
export function deleteCriterion(criteria: SchemeCriterion[], id: string): SchemeCriterion[] {
  const at = placeOf(criteria, id);
  if (!at) return criteria;
  return renumber(
    withSiblings(
      criteria,
      at.parent?.id ?? null,
      at.siblings.filter((c) => c.id !== id),
    ),
  );
}

/** Moves a criterion up (−1) or down (+1) among its siblings. */
export function moveCriterion(criteria: SchemeCriterion[], id: string, delta: -1 | 1): SchemeCriterion[] {
  const at = placeOf(criteria, id);
  const to = (at?.index ?? -1) + delta;
  if (!at || to < 0 || to >= at.siblings.length) return criteria;
  const siblings = [...at.siblings];
  [siblings[at.index], siblings[to]] = [siblings[to]!, siblings[at.index]!];
  return renumber(withSiblings(criteria, at.parent?.id ?? null, siblings));
}

/**
 * Moves a criterion (with its parts) before or after another one, into that one's sibling list
 * (a drag and drop). Refused onto itself or its own parts, or beyond three levels.
 */
export function moveBeside(criteria: SchemeCriterion[], id: string, targetId: string, side: 'before' | 'after'): SchemeCriterion[] {
  const from = placeOf(criteria, id);
  if (!from || id === targetId) return criteria;
  const node = from.siblings[from.index]!;
  if (placeOf(node.children, targetId)) return criteria;
  const without = withSiblings(
    criteria,
    from.parent?.id ?? null,
    from.siblings.filter((c) => c.id !== id),
  );
  const target = placeOf(without, targetId);
  if (!target || target.depth + heightOf(node) > MAX_DEPTH) return criteria;
  const index = target.index + (side === 'after' ? 1 : 0);
  const siblings = [...target.siblings.slice(0, index), node, ...target.siblings.slice(index)];
  return renumber(withSiblings(without, target.parent?.id ?? null, siblings), target.depth === from.depth ? new Set() : subtreeIds(node));
}

/** Makes a criterion the last part of the sibling above it (one level deeper). */
export function indentCriterion(criteria: SchemeCriterion[], id: string): SchemeCriterion[] {
  const at = placeOf(criteria, id);
  if (!at || at.index === 0) return criteria;
  const node = at.siblings[at.index]!;
  if (at.depth + 1 + heightOf(node) > MAX_DEPTH) return criteria;
  const above = at.siblings[at.index - 1]!;
  const siblings = at.siblings
    .filter((c) => c.id !== id)
    .map((c) => (c.id === above.id ? asParentOrLeaf({ ...c, children: [...c.children, node] }) : c));
  return renumber(withSiblings(criteria, at.parent?.id ?? null, siblings), subtreeIds(node));
}

/** Makes a criterion a sibling of its parent, right after it (one level up). */
export function outdentCriterion(criteria: SchemeCriterion[], id: string): SchemeCriterion[] {
  const at = placeOf(criteria, id);
  if (!at || !at.parent) return criteria;
  const node = at.siblings[at.index]!;
  const parentAt = placeOf(criteria, at.parent.id)!;
  const parent = asParentOrLeaf({ ...at.parent, children: at.siblings.filter((c) => c.id !== id) });
  const siblings = [...parentAt.siblings.slice(0, parentAt.index), parent, node, ...parentAt.siblings.slice(parentAt.index + 1)];
  return renumber(withSiblings(criteria, parentAt.parent?.id ?? null, siblings), subtreeIds(node));
}
