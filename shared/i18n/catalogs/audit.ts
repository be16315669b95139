/** The audit trail as people read it: the report's 修改记录 sheet and the audit view's columns. */
export const zh = {
  'report.sheet.audit': '修改记录',
  'report.audit.scope': '每一次修改：时间、操作人、操作、对象、原值、新值和理由，按时间先后，共 {{count}} 条',
  'report.audit.none': '没有修改记录',
  'audit.col.at': '时间',
  'audit.col.actor': '操作人',
  'audit.col.action': '操作',
  'audit.col.subject': '对象（单位 · 指标 · 考核人员）',
  'audit.col.before': '原值',
  'audit.col.after': '新值',
  'audit.col.reason': '理由',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'report.sheet.audit': 'Audit trail',
  'report.audit.scope': 'Every change: when, who, what, about what, old and new value and reason, oldest first (records: {{count}})',
  'report.audit.none': 'No changes recorded',
  'audit.col.at': 'When',
  'audit.col.actor': 'Who',
  'audit.col.action': 'Change',
  'audit.col.subject': 'About (unit · criterion · evaluator)',
  'audit.col.before': 'Old value',
  'audit.col.after': 'New value',
  'audit.col.reason': 'Reason',
};
