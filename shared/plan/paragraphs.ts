import { normalizeNewlines, trimLine } from '../text/lines';
import { readLabel } from './numbering';

export type TextKind = 'text' | 'markdown';

/** Markdown decoration that carries no words: heading marks, list bullets, quotes, emphasis. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(\d+)\\\./, '$1.');
}

function isCjk(c: string | undefined): boolean {
  return c !== undefined && /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(c);
}

/**
 * Paragraphs of a plain-text or Markdown document, trimmed, empty ones dropped.
 * Plain text: one line, one paragraph (Chinese documents are not hard-wrapped).
 * Markdown: blank lines separate paragraphs, and a numbered line always starts a new one.
 */
export function splitParagraphs(text: string, kind: TextKind): string[] {
  const lines = normalizeNewlines(text).split('\n');
  if (kind === 'text') {
    return lines.map(trimLine).filter((l) => l.length > 0);
  }
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const raw of lines) {
    const isHeading = /^\s{0,3}#{1,6}\s/.test(raw);
    const line = trimLine(stripMarkdown(trimLine(raw)));
    if (line.length === 0 || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) {
      if (current !== null) paragraphs.push(current);
      current = null;
      continue;
    }
    if (current === null || isHeading || readLabel(line) !== null) {
      if (current !== null) paragraphs.push(current);
      current = line;
    } else {
      const joiner = isCjk(current.at(-1)) || isCjk(line[0]) ? '' : ' ';
      current += joiner + line;
    }
    if (isHeading) {
      paragraphs.push(current);
      current = null;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}
