import type { Evaluator, Team } from '../assessment/schema';
import { GUANGXI_CITIES } from '../assessment/units';

/** Two touring teams of three, each visiting seven cities: every cell has three evaluators. */
export const DEMO_TEAMS: Team[] = [
  { id: 't1', name: '第一考核组', assignment: { unitIds: GUANGXI_CITIES.slice(0, 7).map((u) => u.id), criterionIds: null } },
  { id: 't2', name: '第二考核组', assignment: { unitIds: GUANGXI_CITIES.slice(7).map((u) => u.id), criterionIds: null } },
];

export const DEMO_EVALUATORS: Evaluator[] = [
  { id: 'e1', name: '张伟', role: 'leader', department: '自治区应急管理厅', teamId: 't1', weight: 2, assignment: null },
  { id: 'e2', name: '李娜', role: 'deputy', department: '自治区消防救援总队', teamId: 't1', weight: 1, assignment: null },
  { id: 'e3', name: '王强', role: 'member', department: '自治区住房城乡建设厅', teamId: 't1', weight: 1, assignment: null },
  { id: 'e4', name: '刘洋', role: 'leader', department: '自治区应急管理厅', teamId: 't2', weight: 2, assignment: null },
  { id: 'e5', name: '陈静', role: 'deputy', department: '自治区交通运输厅', teamId: 't2', weight: 1, assignment: null },
  { id: 'e6', name: '杨帆', role: 'member', department: '自治区林业局', teamId: 't2', weight: 1, assignment: null },
];

/** How harsh (negative) or lenient (positive) each demo evaluator is, as a share of points. */
export const EVALUATOR_BIAS: Record<string, number> = { e1: 0, e2: 0.03, e3: -0.04, e4: 0.01, e5: -0.02, e6: 0.05 };

/** Reasons an evaluator writes for a deduction. */
export const DEDUCTION_REASONS = [
  '事故信息迟报1起',
  '执法检查台账不完整',
  '重大隐患未按期整改销号',
  '专项整治方案未按时报送',
  '非法违法行为查处记录缺失',
  '救灾资金拨付超时限',
  '救助对象信息核实不到位',
];
