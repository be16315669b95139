import type { BodyNode } from './body';
import { splitSentences, stripTrailingPunctuation } from './sentences';
import { matchKey } from '../text/normalize';

/** A sector clause opens with a short label and a colon: "交通运输行业：…", "煤矿：…". */
const SECTOR_LABEL = /^([^，,。：:；;“”《》()（）]{2,12}?)[：:]/;
/** Sentences longer than this get their first clause as title; the whole sentence stays the text. */
const LONG_TITLE = 40;

function pointTitle(sentence: string): string {
  const sector = SECTOR_LABEL.exec(sentence);
  if (sector) return sector[1]!.trim();
  const whole = stripTrailingPunctuation(sentence);
  if (whole.length <= LONG_TITLE) return whole;
  const firstClause = /^(.{4,}?)[，,；;]/.exec(whole);
  return firstClause ? firstClause[1]! : whole;
}

/**
 * Scoring points (考核要点) of an item that has no numbered parts: its sentences after the
 * title sentence, a sector clause ("交通运输行业：…") titled by its sector. An item with fewer
 * than two such sentences stays a leaf: a single point would only repeat the item.
 */
export function derivePoints(item: BodyNode): BodyNode[] {
  const sentences = splitSentences(item.paragraphs.join('\n'));
  const titleKey = matchKey(item.title);
  const first = sentences[0];
  if (first !== undefined && matchKey(first).startsWith(titleKey) && matchKey(first).length <= titleKey.length + 8) {
    sentences.shift();
  }
  if (sentences.length < 2) return [];
  return sentences.map((sentence) => ({
    level: item.level + 1,
    number: '',
    title: pointTitle(sentence),
    paragraphs: [sentence],
    inlinePoints: null,
    children: [],
  }));
}

/** Everything under a node written back into its own text, for a tree cut at this level. */
function foldChildren(node: BodyNode): void {
  for (const child of node.children) {
    foldChildren(child);
    const [first = '', ...rest] = child.paragraphs;
    node.paragraphs.push(`${child.number}${first}`, ...rest);
  }
  node.children = [];
}

/**
 * Cuts or extends the body to the chosen depth: at depth 2 third-level parts become text of
 * their item; at depth 3 items without numbered parts get their sentences as scoring points.
 */
export function applyDepth(roots: BodyNode[], depth: 2 | 3): void {
  for (const section of roots) {
    for (const item of section.children) {
      if (depth === 2) foldChildren(item);
      else if (item.children.length === 0) item.children = derivePoints(item);
    }
  }
}
