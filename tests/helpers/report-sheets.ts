/** The year-end report's eight sheets as a Chinese user sees them, in their order: one list for every test that checks it. */
export const REPORT_SHEETS_ZH = ['汇总排名', '分项得分', '评委明细', '扣分汇总', '扣分明细', '同比分析', '说明', '修改记录'];
