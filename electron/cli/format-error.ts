import { DocumentError, type UserError } from '../../shared/errors';
import type { Translate } from '../../shared/i18n/messages';

/** Every problem of a bad document, one line each, in the user's language. */
export function documentProblemLines(e: DocumentError, t: Translate): string[] {
  const key = e.key === 'error.saveRefused' ? 'error.saveRefused' : 'error.documentProblem';
  return e.problems.map((p) => t(key, { file: e.file, place: p.place, message: t(p.key, p.params) }));
}

/** One line for any user error; a bad document shows its first problem and how many more. */
export function userErrorLine(e: UserError, t: Translate): string {
  if (e instanceof DocumentError && e.problems.length > 0) {
    const [first] = documentProblemLines(e, t);
    return e.problems.length > 1 ? `${first} ${t('error.documentMoreProblems', { count: e.problems.length - 1 })}` : first!;
  }
  return t(e.key, e.params);
}
