import { readLabel } from '../plan/numbering';
import { toHalfWidth } from '../text/normalize';
import { gridOf, type Grid } from './grid';
import { headerWord } from './header';

const POINTS_LINE = /^[([]?\s*(\d{1,4}(?:\.\d+)?)\s*分?\s*[)\]]?$/;

interface Entry {
  text: string;
  points: number;
  /** "(50分)" in brackets, or a label such as "一、": how PDF copies mark a section. */
  marked: boolean;
  rule: string[];
}

function pointsOf(line: string): { points: number; bracketed: boolean } | null {
  const half = toHalfWidth(line).replace(/\s+/g, '');
  const m = POINTS_LINE.exec(half);
  return m ? { points: Number(m[1]), bracketed: /^[([]/.test(half) } : null;
}

/** True when a text looks like a table copied out of a PDF: one field per line, many lines only points. */
export function isFieldPerLine(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const points = lines.filter((l) => pointsOf(l) !== null).length;
  return points >= 3 && points >= lines.length * 0.25;
}

function markSections(entries: Entry[]): boolean[] {
  if (entries.some((e) => e.marked)) return entries.map((e) => e.marked);
  // No marks: an entry is a section when the entries after it add up to its points.
  const sections = entries.map(() => false);
  for (let i = 0; i < entries.length;) {
    let sum = 0;
    let j = i + 1;
    while (j < entries.length && sum < entries[i]!.points) sum += entries[j++]!.points;
    if (j > i + 1 && Math.abs(sum - entries[i]!.points) < 1e-9) {
      sections[i] = true;
      i = j;
    } else i++;
  }
  return sections;
}

/**
 * The grid of a table copied out of a PDF, where every field stands on its own line: a section
 * title, then "(50分)" alone, then items each followed by their points, rule lines after them.
 * Returns a grid with a header row (一级指标, 二级指标, 分值, 评分标准) the table reader knows.
 */
export function fieldPerLineGrid(text: string): Grid {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const above: string[] = [];
  const entries: Entry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (headerWord(line) !== null && !entries.length) continue;
    const next = lines[i + 1] !== undefined ? pointsOf(lines[i + 1]!) : null;
    if (pointsOf(line)) continue;
    if (next) {
      entries.push({ text: line, points: next.points, marked: next.bracketed || readLabel(line)?.style === 'cnComma', rule: [] });
      i++;
    } else if (entries.length) entries[entries.length - 1]!.rule.push(line);
    else above.push(line);
  }
  const sections = markSections(entries);
  const rows: string[][] = [...above.map((a) => [a]), ['一级指标', '二级指标', '分值', '评分标准']];
  entries.forEach((e, i) => {
    if (sections[i]) rows.push([`${e.text}（${e.points}分）`, '', '', e.rule.join('')]);
    else rows.push(['', e.text, String(e.points), e.rule.join('')]);
  });
  return gridOf(rows);
}
