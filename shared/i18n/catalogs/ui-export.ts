/** The export screen (its services arrive with the Excel reports). */
export const zh = {
  'export.title': '导出',
  'export.report': '年终考核报告（Excel）',
  'export.reportHelp': '排名与等次、各单位分项得分与扣分理由、考核人员评分对照、同比变化与图表，按 A4 排版。',
  'export.reportButton': '导出年终报告…',
  'export.sheets': '考核人员评分表（Excel）',
  'export.sheetsHelp': '为 {{count}} 位考核人员各生成一份评分表，离线填写后可导回。',
  'export.sheetsButton': '导出评分表…',
  'export.pending': '导出功能待接入 Excel 报表服务后提供；当前版本的数据已全部保存在工作区文件中。',
  'export.showInFolder': '在文件夹中显示',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'export.title': 'Export',
  'export.report': 'Year-end report (Excel)',
  'export.reportHelp': 'Ranking and grades, each unit’s section scores and deduction reasons, evaluators side by side, year on year with charts, laid out for A4.',
  'export.reportButton': 'Export year-end report…',
  'export.sheets': 'Score sheets per evaluator (Excel)',
  'export.sheetsHelp': 'One score sheet for each of the {{count}} evaluators, to fill in offline and import back.',
  'export.sheetsButton': 'Export score sheets…',
  'export.pending': 'Export becomes available once the Excel report services are connected; all data is already saved in the workspace files.',
  'export.showInFolder': 'Show in folder',
};
