import { DocumentError, type UserError } from '../../shared/errors';
import type { Translate } from '../../shared/i18n/messages';

/** One line for a rejected package: the file, "nothing changed", the first reason and how many more. */
export function rejectionLine(file: string, error: UserError, t: Translate): string {
  if (error instanceof DocumentError && error.problems.length > 0) {
    const [first] = error.problems;
    const reason = t('packages.problemAt', { place: first!.place, message: t(first!.key, first!.params) });
    const more = error.problems.length > 1 ? ` ${t('packages.moreProblems', { count: error.problems.length - 1 })}` : '';
    return t('packages.rejected', { file: error.file, reason: `${reason}${more}` });
  }
  return t('packages.rejected', { file, reason: t(error.key, error.params) });
}

/** "2020-12-15 10:30" in the machine's time zone, for people. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
