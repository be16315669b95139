import { readLabel } from '../plan/numbering';
import { toHalfWidth } from '../text/normalize';

const CELL_POINTS = /^[([]?\s*(\d{1,4}(?:\.\d+)?)\s*分?\s*[)\]]?$/;
const TRAILING_POINTS = /\s*[([]\s*(?:满分|共|计)?\s*(\d{1,4}(?:\.\d+)?)\s*分\s*[)\]]\s*$|(?<![扣加得计减\d.])\s*(\d{1,4}(?:\.\d+)?)\s*分$/;

/** Points written in a points cell: "10", "10分", "(10分)", "（10）". Null when the cell says something else. */
export function cellPoints(text: string): number | null {
  const m = CELL_POINTS.exec(toHalfWidth(text).replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

/** A title as written in a level cell: its number label, its words, and points written after them. */
export interface TitleParts {
  number: string;
  title: string;
  points: number | null;
}

/** Splits "一、组织领导（20分）" into its label, its title and its points. */
export function titleParts(text: string): TitleParts {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const parsed = readLabel(flat);
  // "第1部分（30分）": a label with nothing after it but points is the title itself.
  const label = parsed && toHalfWidth(parsed.rest).replace(TRAILING_POINTS, '').trim() ? parsed : null;
  const rest = label ? label.rest : flat;
  const half = toHalfWidth(rest);
  const m = TRAILING_POINTS.exec(half);
  const title = (m ? rest.slice(0, m.index) : rest).trim();
  return { number: label?.label ?? '', title: title || rest, points: m && title ? Number(m[1] ?? m[2]) : null };
}

/** The first clause of a text, as a title for a row that has none (e.g. a veto list row). */
export function firstClause(text: string, max = 60): string {
  const first = text.split(/[，,；;。\n]/).find((s) => s.trim()) ?? text;
  const t = first.trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
