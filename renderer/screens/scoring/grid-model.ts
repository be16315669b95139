// The scoring grid's rows and columns, derived from the document: criteria (with their
// section headings), then bonus and veto items; one column per unit, or, for one unit, its
// score, reason and note.
import { scoredItems, type ScoredItem } from '../../../shared/assessment/criteria';
import type { Assessment, SchemeCriterion } from '../../../shared/assessment/schema';
import { itemCode } from '../../../shared/assessment/item-code';

export type GridRow =
  | { kind: 'heading'; key: string; code: string; number: string; title: string; points: number | null; depth: number }
  | {
      kind: 'item';
      key: string;
      criterionId: string;
      number: string;
      title: string;
      points: number | null;
      item: ScoredItem;
      depth: number;
    };

export type GridColumn =
  | { kind: 'score'; key: string; unitId: string; title: string }
  | { kind: 'reason'; key: string; unitId: string; title: string }
  | { kind: 'note'; key: string; unitId: string; title: string };

export interface GroupTitles {
  bonus: string;
  vetoes: string;
}

/** Rows in document order: a heading for every criterion with parts, an editable row per scored item. */
export function buildRows(doc: Assessment, titles: GroupTitles): GridRow[] {
  const items = scoredItems(doc);
  const rows: GridRow[] = [];
  const visit = (c: SchemeCriterion, depth: number) => {
    if (c.children.length === 0) {
      rows.push({
        kind: 'item',
        key: c.id,
        criterionId: c.id,
        number: c.number,
        title: c.title,
        points: c.points,
        item: items.get(c.id)!,
        depth,
      });
      return;
    }
    rows.push({ kind: 'heading', key: `h-${c.id}`, code: itemCode(c), number: c.number, title: c.title, points: c.points, depth });
    c.children.forEach((child) => visit(child, depth + 1));
  };
  doc.scheme.criteria.forEach((c) => visit(c, 0));
  if (doc.scheme.bonus.items.length > 0) {
    rows.push({ kind: 'heading', key: 'h-bonus', code: '', number: '', title: titles.bonus, points: doc.scheme.bonus.cap, depth: 0 });
    for (const b of doc.scheme.bonus.items)
      rows.push({
        kind: 'item',
        key: b.id,
        criterionId: b.id,
        number: '',
        title: b.title,
        points: b.cap,
        item: items.get(b.id)!,
        depth: 1,
      });
  }
  if (doc.scheme.vetoes.length > 0) {
    rows.push({ kind: 'heading', key: 'h-veto', code: '', number: '', title: titles.vetoes, points: null, depth: 0 });
    for (const v of doc.scheme.vetoes)
      rows.push({ kind: 'item', key: v.id, criterionId: v.id, number: '', title: v.title, points: null, item: items.get(v.id)!, depth: 1 });
  }
  return rows;
}

/** Indices of the rows that take entries, for moving and pasting. */
export function itemRowIndices(rows: GridRow[]): number[] {
  return rows.flatMap((r, i) => (r.kind === 'item' ? [i] : []));
}
