/** The year-end review's papers, second part: 评委明细 by team, 扣分汇总, filled sheets, old sheets. */
export const zh = {
  'papers.file.filledSheet': '评分表（已填）',
  'papers.sheet.filledTitle': '{{title}}（已填：已录入的评分，供核对）',
  // 导出与导入: a filled score sheet
  'export.sheetsFilled': '含已录入的评分（供考核人员纸面核对）',
  'export.sheetsFilledHelp':
    '评分表中填入该考核人员已录入的评分与理由，文件名为“评分表（已填）”。核对无误原样导入不会改变任何分数；多次扣分合并为次数，理由合并。',
  'export.sheetsFilledButton': '导出已填评分表…',
  // 评委明细, grouped by the team that scored each unit
  'papers.evaluators.team': '考核组',
  'papers.evaluators.panel': '本单位考核人员',
  'papers.evaluators.scores': '考核人员评分（姓名见各单位首行）',
  'papers.evaluators.nth': '评委{{n}}',
  'papers.evaluators.scope':
    '每个单位一组，首行列出为该单位评分的考核组及其人员，各列评分依次对应；综合得分按“{{method}}”合成；极差超过分值的 {{percent}}% 标为“分歧较大”；每个单位从新的一页开始。',
  // 扣分汇总: one row per unit and item, reasons merged
  'report.sheet.combined': '扣分汇总',
  'export.sheetAbout.combined': '每个单位每项失分：合成后的扣分与各考核人员理由（相同理由只列一次），每单位小计',
  'papers.combined.scope':
    '每个单位每项指标一行：扣分为该项分值减去综合得分（按“{{method}}”合成各考核人员评分），扣分理由为各考核人员理由合并（相同理由只列一次）；每个单位末行为小计，与“汇总排名”一致。逐人逐条的理由见“扣分明细”。',
  'papers.combined.noReason': '（未写明理由）',
  'papers.combined.none': '无扣分',
  'papers.combined.subtotal': '{{unit}} 小计',
  'papers.combined.subtotalText': '基本分 {{base}}{{na}}，加分 {{bonus}}，总分 {{total}}，{{grade}}，{{rank}}',
  'papers.combined.naNote': '（{{points}} 分不适用，已折算）',
  'papers.combined.rank': '第 {{rank}} 名',
  // Old score sheets
  'papers.sheet.reexport':
    '评分表结构与当前考核不一致（可能由较早版本导出，或导出后分工、单位、指标有变动），无法逐项对应，未导入。请在“导出与导入”重新导出该考核人员的评分表（可选“含已录入的评分”），照原表填写后再导入。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'papers.file.filledSheet': 'score sheet (filled)',
  'papers.sheet.filledTitle': '{{title}} (filled in: the scores entered so far, to check)',
  'export.sheetsFilled': 'With the scores already entered (to check on paper)',
  'export.sheetsFilledHelp':
    'Each sheet carries what its evaluator already entered, scores and reasons, named "score sheet (filled)". Imported back unchanged it moves no point; several deductions come back as one count with the reasons joined.',
  'export.sheetsFilledButton': 'Export filled score sheets…',
  'papers.evaluators.team': 'Team',
  'papers.evaluators.panel': 'Evaluators of this unit',
  'papers.evaluators.scores': "Evaluators' points (names on each unit's first row)",
  'papers.evaluators.nth': 'Evaluator {{n}}',
  'papers.evaluators.scope':
    'One block per unit; its first row names the team and the evaluators who scored it, in the order of the point columns; combined by {{method}}; a spread above {{percent}}% of the points is marked; each unit starts on a new page.',
  'report.sheet.combined': 'Deductions (combined)',
  'export.sheetAbout.combined': "points lost per unit and item on the combined score, the evaluators' reasons merged, a subtotal per unit",
  'papers.combined.scope':
    "One row per unit and item: points lost are the item's points minus the combined score ({{method}}), reasons are the evaluators' reasons merged (the same reason once); each unit ends with a subtotal matching the Summary. Each evaluator's own lines are on Deductions.",
  'papers.combined.noReason': '(no reason written)',
  'papers.combined.none': 'No points lost',
  'papers.combined.subtotal': '{{unit}} subtotal',
  'papers.combined.subtotalText': 'base {{base}}{{na}}, bonus {{bonus}}, total {{total}}, {{grade}}, {{rank}}',
  'papers.combined.naNote': ' ({{points}} points N/A, rescaled)',
  'papers.combined.rank': 'rank {{rank}}',
  'papers.sheet.reexport':
    "the sheet's structure does not match this assessment (exported by an earlier version, or assignments, units or criteria changed since), so its cells cannot be matched to items; nothing imported. Export this evaluator's sheet again on Export and import (optionally with the scores already entered), copy the entries over and import that.",
};
