// What the office sets for its papers: who signs them, their date, the appeal deadline. Given
// per export (CLI options, the export screen), not stored in the assessment: the same results
// go out under different dates, and an office name is not part of the scoring.
import type { Translate } from '../i18n/messages';
import type { Assessment } from '../assessment/schema';

export interface PaperOptions {
  /** 制表单位 / the sender of letters and the notice, e.g. "自治区安全生产委员会办公室". */
  office: string;
  /** Date of the papers, YYYY-MM-DD. */
  date: string;
  /** Last day to confirm or appeal, YYYY-MM-DD. */
  appealBy: string;
  /** Generation time as people read it ("2020-12-28 16:05"), for footers. */
  generatedAt: string;
  /** The same moment, ISO, for the files' properties. */
  generatedIso: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A YYYY-MM-DD date in words: "2020年12月28日" in Chinese. */
export function dateText(iso: string, t: Translate): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return t('papers.date', { year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) });
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(iso: string, days: number): string {
  const m = ISO_DATE.exec(iso)!;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return d.toISOString().slice(0, 10);
}

/** Days a unit has by default to confirm or appeal its feedback. */
export const DEFAULT_APPEAL_DAYS = 7;

/** The office's name, or the translated default when none was given. */
export function officeName(options: PaperOptions, t: Translate): string {
  return options.office.trim() || t('papers.defaultOffice');
}

/** True while the results may still change: the papers then say 未定稿 on every page. */
export function isProvisional(doc: Pick<Assessment, 'status'>): boolean {
  return doc.status !== 'finalized';
}
