// One way of writing an item everywhere an evaluator or the office reads it: the grid, the
// cell details, 汇审 (conflicts, disagreements, the audit trail), the CLI and the sheets.
// The code ("3.2") is unique in the scheme where the document's own numbers ("(八)") repeat
// in every section, so it is what names an item; bonus and veto items have no code.
import type { ScoredItem } from './criteria';

/** An item's code as written everywhere: the scheme's dotted code ("3.2"), or '' for none. */
export function itemCode(c: { code: string }): string {
  return c.code.trim();
}

/** "3.2 严厉打击违法违规行为": code and title, as every list and message names a criterion. */
export function codeAndTitle(c: { code: string; title: string }): string {
  const code = itemCode(c);
  return code ? `${code} ${c.title}` : c.title;
}

/** A scored item as every list names it: a criterion by code and title, a bonus or veto item by title. */
export function itemName(item: ScoredItem): string {
  return item.kind === 'leaf' ? codeAndTitle(item.leaf.criterion) : item.item.title;
}
