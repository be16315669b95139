import { matchKey } from '../text/normalize';
import { isClosingLine } from './front-matter';
import { readLabel, type NumberLabel, type NumberStyle } from './numbering';
import { criterionLabel } from './label';
import { stripTrailingPunctuation } from './sentences';
import type { PlanWarning } from './types';

/** The deepest level a criteria tree has (一级/二级/三级指标). */
export const MAX_LEVELS = 3;

/** A numbered node of the document body, after duplicates were merged. */
export interface BodyNode {
  /** 0 for first-level indicators. */
  level: number;
  number: string;
  title: string;
  /** Paragraphs as written, the label removed from the first. */
  paragraphs: string[];
  inlinePoints: number | null;
  children: BodyNode[];
}

interface RawNode {
  level: number;
  label: NumberLabel;
  paragraphs: string[];
  parent: RawNode | null;
}

const INLINE_POINTS = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;

// "10分" without brackets, at the end of a heading; not "扣2分"/"加1分"/"得3分", which are rules.
const BARE_POINTS = /(?<![扣加得减计给\d.])\s*(\d+(?:\.\d+)?)\s*分\s*$/;
// A paragraph that is only points: "(2分)" on the line after its heading, as PDF copies put it.
const POINTS_ALONE = /^\s*[(（]?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]?\s*$/;

/** Points written into a heading, e.g. "(一)……（5分）" or "1. 排查 30分" → the points. */
export function inlinePoints(text: string): number | null {
  const m = INLINE_POINTS.exec(text) ?? BARE_POINTS.exec(text.split('\n')[0]!);
  return m ? Number(m[1]) : null;
}

/** Points standing alone in the paragraph after a heading, or null. */
function pointsOnNextLine(paragraphs: string[]): number | null {
  const m = paragraphs[1] !== undefined ? POINTS_ALONE.exec(paragraphs[1]) : null;
  return m ? Number(m[1]) : null;
}

/** The numbered phrase up to its first full stop, without points written into it. */
export function titleOf(rest: string): string {
  const withoutPoints = rest.replace(INLINE_POINTS, '').replace(BARE_POINTS, '');
  const m = /^(.*?)[。！？!?]/.exec(withoutPoints);
  return stripTrailingPunctuation((m ? m[1]! : withoutPoints).trim());
}

interface Pass1 {
  nodes: RawNode[];
  folded: boolean;
  skippedClosing: number;
  skippedRepeats: number;
}

/** Pass 1: every numbered paragraph becomes a node; levels follow the order styles first appear. */
function readNodes(paragraphs: string[], frontKeys: string[]): Pass1 {
  const styles: NumberStyle[] = [];
  const open: RawNode[] = [];
  const result: Pass1 = { nodes: [], folded: false, skippedClosing: 0, skippedRepeats: 0 };
  const repeatsFront = (key: string) =>
    key.length > 0 && frontKeys.some((f) => f === key || (key.length >= 20 && f.length >= 10 && (f.startsWith(key) || key.startsWith(f))));

  for (const paragraph of paragraphs) {
    const label = readLabel(paragraph);
    if (!label) {
      if (isClosingLine(paragraph)) result.skippedClosing++;
      else if (repeatsFront(matchKey(paragraph))) result.skippedRepeats++;
      else open.at(-1)?.paragraphs.push(paragraph);
      continue;
    }
    let level = styles.indexOf(label.style);
    if (level < 0) level = styles.push(label.style) - 1;
    else styles.length = level + 1;
    if (level >= MAX_LEVELS) {
      result.folded = true;
      open[MAX_LEVELS - 1]?.paragraphs.push(paragraph);
      continue;
    }
    const node: RawNode = { level, label, paragraphs: [label.rest], parent: level > 0 ? (open[level - 1] ?? null) : null };
    open.length = level;
    open.push(node);
    result.nodes.push(node);
  }
  return result;
}

/** Levels whose numbering runs on across parents ((一)…(二十五) over all sections) rather than restarting. */
function flatLevels(nodes: RawNode[]): Set<number> {
  const firstValueByParent = new Map<RawNode, number>();
  for (const n of nodes) if (n.parent && !firstValueByParent.has(n.parent)) firstValueByParent.set(n.parent, n.label.value);
  const flat = new Set<number>();
  const seenLevel = new Set<number>();
  for (const [parent, value] of firstValueByParent) {
    const level = parent.level + 1;
    if (seenLevel.has(level) && value > 1) flat.add(level);
    seenLevel.add(level);
  }
  return flat;
}

function toBodyNode(n: RawNode): BodyNode {
  const written = inlinePoints(n.label.rest);
  const below = written === null ? pointsOnNextLine(n.paragraphs) : null;
  return {
    level: n.level,
    number: n.label.label,
    title: titleOf(n.label.rest),
    // Points alone on the next line are the heading's, not part of its text.
    paragraphs: below === null ? n.paragraphs : n.paragraphs.filter((_, i) => i !== 1),
    inlinePoints: written ?? below,
    children: [],
  };
}

/**
 * Builds the criteria body from the numbered part of a document. A body pasted twice, in full
 * or in part, yields each criterion once: a node is a repeat when it has the same number and
 * title (under the same parent, or anywhere when numbering runs on across sections) or the same
 * full text as an earlier one. Of two copies the fuller text is kept.
 */
export function buildBody(paragraphs: string[], frontParagraphs: string[], warnings: PlanWarning[]): BodyNode[] {
  // A divider line ("———", "---", "＿＿＿") has an empty key, and an empty or short key is a prefix of
  // every paragraph: it must never make body paragraphs look like repeats of the front matter.
  const pass = readNodes(
    paragraphs,
    frontParagraphs.map(matchKey).filter((k) => k.length >= 4),
  );
  const flat = flatLevels(pass.nodes);
  const roots: BodyNode[] = [];
  const canonical = new Map<RawNode, BodyNode>();
  const ids = new Map<BodyNode, number>();
  const byKey = new Map<string, BodyNode>();
  let merged = 0;

  for (const raw of pass.nodes) {
    const parent = raw.parent ? canonical.get(raw.parent)! : null;
    const titleKey = matchKey(titleOf(raw.label.rest));
    const textKey = matchKey(raw.paragraphs.join(''));
    const keys = [`${raw.level}|${parent ? ids.get(parent) : 0}|${raw.label.value}|${titleKey}`];
    if (flat.has(raw.level)) keys.push(`${raw.level}|*|${raw.label.value}|${titleKey}`);
    if (textKey.length >= 12) keys.push(`${raw.level}|text|${textKey}`);
    const existing = keys.map((k) => byKey.get(k)).find((n) => n !== undefined);
    if (existing) {
      mergeRepeat(existing, raw, warnings);
      canonical.set(raw, existing);
      merged++;
    } else {
      const node = toBodyNode(raw);
      ids.set(node, ids.size + 1);
      (parent ? parent.children : roots).push(node);
      canonical.set(raw, node);
      for (const k of keys) byKey.set(k, node);
    }
  }
  if (merged > 0 || pass.skippedRepeats > 0) {
    warnings.push({ code: 'duplicateBodySkipped', params: { count: merged + pass.skippedRepeats } });
  }
  if (pass.folded) warnings.push({ code: 'levelsFolded', params: {} });
  if (pass.skippedClosing > 0) warnings.push({ code: 'trailingTextIgnored', params: { count: pass.skippedClosing } });
  return roots;
}

/** Keeps the fuller of two copies of the same criterion; says so when they really differ. */
function mergeRepeat(existing: BodyNode, raw: RawNode, warnings: PlanWarning[]): void {
  const oldKey = matchKey(existing.paragraphs.join(''));
  const newKey = matchKey(raw.paragraphs.join(''));
  if (!oldKey.startsWith(newKey) && !newKey.startsWith(oldKey)) {
    warnings.push({ code: 'duplicateTextDiffers', params: { at: criterionLabel(existing) } });
  }
  if (newKey.length > oldKey.length) existing.paragraphs = raw.paragraphs;
  existing.inlinePoints ??= inlinePoints(raw.label.rest);
}
