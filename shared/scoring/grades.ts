import type { GradeId, Settings } from '../assessment/schema';

/** The grade a total earns by thresholds alone (lower bounds inclusive). */
export function gradeByScore(total: number, grades: Settings['grades']): GradeId {
  if (total >= grades.excellent) return 'excellent';
  if (grades.good !== null && total >= grades.good) return 'good';
  if (total >= grades.pass) return 'pass';
  return 'fail';
}

/** The grade below 优秀: 良好, or 合格/达标 in a three-grade scheme. */
export function belowExcellent(grades: Settings['grades']): GradeId {
  return grades.good === null ? 'pass' : 'good';
}

/** How many units may be 优秀 under the quota, or null without one. A share is rounded down. */
export function quotaCount(quota: Settings['excellentQuota'], unitCount: number): number | null {
  if (!quota) return null;
  return quota.kind === 'count' ? Math.floor(quota.value) : Math.floor(quota.value * unitCount + 1e-9);
}
