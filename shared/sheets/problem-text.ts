import type { Translate } from '../i18n/messages';
import type { SheetProblem } from './check-sheet';

/**
 * One line for a score-sheet problem, e.g.
 * "张伟.xlsx：柳州市 · (七) 强化重点行业领域安全监管，评分表!E14：12 超过分值 4".
 */
export function sheetProblemText(p: SheetProblem, t: Translate): string {
  const message = t(p.key, p.params);
  // These messages name the file themselves.
  if (p.key === 'error.fileMissing' || (p.key.startsWith('hardening.') && p.key !== 'hardening.notXlsx')) return message;
  if (p.where && p.place) return t('sheet.problem', { file: p.file, where: p.where, place: p.place, message });
  if (p.place) return t('sheet.problemAt', { file: p.file, place: p.place, message });
  return t('sheet.problemFile', { file: p.file, message });
}
