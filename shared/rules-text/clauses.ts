import type { TextSpan } from './types';

/** A piece of a rule sentence with its place in the text. */
export interface Clause extends TextSpan {
  text: string;
}

/**
 * Splits a text into clauses at the given separators, keeping each clause's place.
 * Default separators: sentence and clause ends (not the enumeration comma 、).
 */
export function clauses(text: string, separators = /[，,；;。\n]/g): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
  };
  for (const m of text.matchAll(separators)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** The clause that holds a position. */
export function clauseAt(list: Clause[], index: number): Clause | undefined {
  return list.find((c) => index >= c.start && index < c.end);
}

/** A label out of the words before an amount: trailing 的/，/得/加 and leading 凡/对 dropped. */
export function labelOf(words: string): string {
  return words
    .replace(/^[\s、,，:：]*(凡|对于?|其中)?/, '')
    .replace(/[\s,，、的]*(得|计|给|记|加|扣除?|扣减)?[\s,，、的]*$/, '')
    .trim();
}

/** Merges touching or overlapping spans, in order. */
export function mergeSpans(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: TextSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
