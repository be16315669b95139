/** The command line. */
export const zh = {
  'cli.usage':
    '用法：kaoping <命令> [参数]\n' +
    '  plan <文件> [--json] [--depth 2|3] [--total N] [--columns 一级指标=A,分值=C,评分标准=D]\n' +
    '                                                  从工作要点或评分细则表（.xlsx/.docx/文本）生成考核指标树\n' +
    '  demo --out <文件夹> [--report]                   生成演示工作区（2018–2020 年，14 个设区市），可同时导出年终报表\n' +
    '  results <考核文件> [--json] [--history <文件…>]   排名表（含同比）\n' +
    '  validate <考核文件>                              检查考核文件是否完好\n' +
    '  report <考核文件> --out <报表.xlsx> [--history <文件…>]   导出年度考核结果 Excel 报表\n' +
    '  sheet export <考核文件> --evaluator <编号|all>|--team <考核组> --out <文件夹> [--filled]   导出空白评分表（每人一份；--filled 填入已录入的得分，便于纸面核对）\n' +
    '  sheet import <考核文件> <评分表.xlsx…>           导入填好的评分表（全部无误才导入）\n' +
    '  package export <考核文件> --evaluator <编号|all> --out <文件夹>   为考核人员生成任务包（.kpt）\n' +
    '  package import <考核文件> <结果包…>              导入考核人员提交的结果包（.kpr）\n' +
    '  conflicts <考核文件> [--json]                    列出待处理的评分冲突\n' +
    '  new-year <上一年度考核文件> --year <年度> [--name <名称>]   新建下一年度考核（沿用方案、单位、考核组和设置，不含得分）\n' +
    '  weights ahp <判断矩阵.csv|.json…> [--method eigen|geometric|column] [--ri saaty|cn] [--json]\n' +
    '                                                   层次分析法权重与一致性检验（多个文件：多位专家按几何平均合成）\n' +
    '  weights entropy|cv|critic <考核文件> [--level N] [--json]   按得分计算客观权重（熵权法、变异系数法、CRITIC）\n' +
    '  unit-sheets <考核文件> --out <文件.xlsx> [--unit <单位名称>…] [--office <制表单位>]   各单位考核评分表（每个单位一张工作表）\n' +
    '  feedback <考核文件> --out <文件夹> [--unit <单位名称>…] [--office <名称>] [--date <日期>] [--appeal-by <日期>]   各单位扣分情况反馈（.docx）\n' +
    '  notice <考核文件> --out <文件.docx> [--office <名称>] [--date <日期>]   考核结果通报（草稿，.docx）\n',
  'cli.unknownCommand': '未知命令：{{command}}（可用命令：{{commands}}）',
  'cli.unknownOption': '参数错误：没有 {{option}} 这个选项',
  'cli.unexpectedArgument': '参数错误：多余的参数（{{detail}}）',
  'cli.badOptionValue': '参数错误：选项 {{option}} 缺少值或值无效（负数请写成 {{option}}=-5 的形式）',
  'cli.badDepth': '参数错误：--depth 只能是 2 或 3，而不是 {{value}}',
  'cli.badTotal': '参数错误：--total 必须是正数，而不是 {{value}}',
  'cli.missingArgument': '缺少参数：{{name}}',
  'cli.internalError': '内部错误：{{message}}（设置 KAOPING_DEBUG=1 可查看详情）',
  'cli.column.code': '编码',
  'cli.column.title': '考核指标',
  'cli.column.points': '分值',
  'cli.total': '合计',
  'cli.planHeader': '标题：{{title}}    年度：{{year}}',
  'cli.notDetected': '（未识别）',
  'cli.warning': '注意：{{message}}',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'cli.usage':
    'Usage: kaoping <command> [options]\n' +
    '  plan <file> [--json] [--depth 2|3] [--total N] [--columns 一级指标=A,分值=C,评分标准=D]\n' +
    '                                                  build the criteria tree from a work plan or scoring table\n' +
    '  demo --out <dir> [--report]                      write the demo workspace (2018–2020, 14 cities), optionally with the year-end report\n' +
    '  results <assessment> [--json] [--history <files…>]  the ranking table with year on year\n' +
    '  validate <assessment>                            check an assessment file\n' +
    '  report <assessment> --out <report.xlsx> [--history <files…>]   the year-end Excel report\n' +
    '  sheet export <assessment> --evaluator <id|all>|--team <id> --out <dir> [--filled]   blank score sheets (one per evaluator; --filled with what was already entered, to check on paper)\n' +
    '  sheet import <assessment> <sheet.xlsx…>          import filled score sheets (all or nothing)\n' +
    '  package export <assessment> --evaluator <id|all> --out <dir>   task packages (.kpt) for evaluators\n' +
    "  package import <assessment> <result packages…>   import evaluators' result packages (.kpr)\n" +
    '  conflicts <assessment> [--json]                  scoring conflicts waiting for a pick\n' +
    "  new-year <last year's assessment> --year <N> [--name <name>]   the next year (scheme, units, teams, settings; no scores)\n" +
    '  weights ahp <matrix.csv|.json…> [--method eigen|geometric|column] [--ri saaty|cn] [--json]\n' +
    '                                                   AHP weights and consistency (several files: experts combined by geometric mean)\n' +
    '  weights entropy|cv|critic <assessment> [--level N] [--json]   objective weights from the scores\n' +
    '  unit-sheets <assessment> --out <file.xlsx> [--unit <name>…] [--office <name>]   score sheet per unit (one worksheet each)\n' +
    '  feedback <assessment> --out <dir> [--unit <name>…] [--office <name>] [--date <date>] [--appeal-by <date>]   feedback letter per unit (.docx)\n' +
    '  notice <assessment> --out <file.docx> [--office <name>] [--date <date>]   draft notice of the results (.docx)\n',
  'cli.unknownCommand': 'Unknown command: {{command}} (commands: {{commands}})',
  'cli.unknownOption': 'Bad option: there is no option {{option}}',
  'cli.unexpectedArgument': 'Bad option: unexpected argument ({{detail}})',
  'cli.badOptionValue': 'Bad option: {{option}} has no value or a bad one (write negative numbers as {{option}}=-5)',
  'cli.badDepth': 'Bad option: --depth must be 2 or 3, not {{value}}',
  'cli.badTotal': 'Bad option: --total must be a positive number, not {{value}}',
  'cli.missingArgument': 'Missing argument: {{name}}',
  'cli.internalError': 'Internal error: {{message}} (set KAOPING_DEBUG=1 for details)',
  'cli.column.code': 'Code',
  'cli.column.title': 'Criterion',
  'cli.column.points': 'Points',
  'cli.total': 'Total',
  'cli.planHeader': 'Title: {{title}}    Year: {{year}}',
  'cli.notDetected': '(not found)',
  'cli.warning': 'Note: {{message}}',
};
