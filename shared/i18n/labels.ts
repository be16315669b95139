import type { CombineMethod, GradeId, Settings, Status } from '../assessment/schema';
import type { MessageKey, Translate } from './messages';

/** A grade as the scheme names it: 合格/不合格, or 达标/不达标 in a three-grade scheme. */
export function gradeLabel(grade: GradeId | null, names: Settings['gradeNames'], t: Translate): string {
  if (grade === null) return t('grade.pending');
  if (names === 'compliance' && (grade === 'pass' || grade === 'fail')) return t(`grade.compliance.${grade}`);
  return t(`grade.${grade}` as MessageKey);
}

export function methodLabel(method: CombineMethod, t: Translate): string {
  return t(`method.${method}`);
}

export function statusLabel(status: Status, t: Translate): string {
  return t(`status.${status}`);
}
