/** Scoring tables, second pass: the parts of a 考核办法, level limits, damaged workbooks, the CLI's rule column. */
export const zh = {
  'error.xlsxSheetBroken':
    '{{file}} 中的工作表“{{sheet}}”已损坏（{{part}} 不是完整的内容），无法读取；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入',
  'error.xlsxPartBroken': '{{file}} 中的 {{part}} 已损坏，工作簿无法读取；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入',
  'error.xlsxDamaged': '{{file}} 无法作为 Excel 工作簿读取：文件已损坏，或不是 Excel/WPS 保存的 .xlsx',
  'cli.rule.unrecognised': '？待确认',
  'cli.rule.deduction': '扣分 {{n}}/次',
  'cli.rule.reasons': '扣分 {{points}}（{{count}}种）',
  'cli.rule.tiered': '档次 {{levels}}',
  'cli.rule.plain': '打分 步长{{step}}',
  'cli.rule.control': '控制 超1扣{{n}}',
  'cli.rule.legend': '评分规则列：“？待确认”的评分标准未能识别，按普通打分处理，请人工确认',
  'cli.bonusHeader': '加分项（上限 {{cap}}）',
  'cli.vetoHeader': '一票否决 / 否优项',
  'cli.veto.veto': '一票否决',
  'cli.veto.barExcellent': '不得评优',
  'error.levelNumberTooHigh':
    '{{file}}：第{{level}}级的编号“{{label}}”超过了上限 {{limit}}（每级最多 {{limit}} 项），无法读取；这看起来不是考核方案，请检查文件',
  'error.levelTooManyItems':
    '{{file}}：第{{level}}级指标有 {{count}} 项，超过上限 {{limit}} 项，无法读取；这看起来不是考核方案，请检查文件',
  'error.sheetTooLarge':
    '{{file}} 的工作表“{{sheet}}”有内容的范围达 {{rows}} 行 × {{cols}} 列，超过上限（{{limitRows}} 行、{{limitCells}} 个单元格）；请删去表格以外的内容后再导入',
  'warning.procedureParts': '这是一份考核办法：{{parts}}是关于考核的规定，不是评分项目；考核项目读自“{{chosen}}”',
  'error.partNotFound': '{{file}} 中没有名为“{{part}}”的部分；可选：{{parts}}',
  'error.partsNoItems':
    '{{file}} 像是一份考核办法：{{parts}}是关于考核的规定，不是评分项目，也没有认出写有考核项目的部分；请指定考核项目所在的部分',
  'error.partHasNoItems': '{{file}} 的“{{part}}”中没有编号的考核项目；请另选考核项目所在的部分',
  'cli.partHint': '可用 --part 另选考核项目所在的部分：{{parts}}',
  'import.parts.label': '考核项目所在部分',
  'import.parts.choose': '这是一份考核办法，请选择考核项目所在的部分',
  'import.parts.read': '读取这一部分',
  'import.parts.procedure': '（考核规定）',
  'import.parts.items': '{{count}} 条编号内容',
  'import.parts.table': '附件表格',
  'import.rules.locate': '在指标树中定位此项，设定其评分方式',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'error.xlsxSheetBroken':
    '{{file}}: the sheet "{{sheet}}" is damaged ({{part}} is incomplete) and cannot be read; open the file in Excel or WPS, save it as .xlsx and import it again',
  'error.xlsxPartBroken':
    '{{file}}: {{part}} is damaged and the workbook cannot be read; open the file in Excel or WPS, save it as .xlsx and import it again',
  'error.xlsxDamaged': '{{file}} cannot be read as an Excel workbook: the file is damaged or was not saved as .xlsx by Excel or WPS',
  'cli.rule.unrecognised': '? to confirm',
  'cli.rule.deduction': '−{{n}} each',
  'cli.rule.reasons': '−{{points}} ({{count}} reasons)',
  'cli.rule.tiered': 'levels {{levels}}',
  'cli.rule.plain': 'plain, step {{step}}',
  'cli.rule.control': 'control −{{n}}/unit over',
  'cli.rule.legend': 'Rule column: "? to confirm" marks rule words that were not recognised; they are scored plainly until confirmed',
  'cli.bonusHeader': 'Bonus items (cap {{cap}})',
  'cli.vetoHeader': 'Veto and bar-from-excellent items',
  'cli.veto.veto': 'veto',
  'cli.veto.barExcellent': 'bars 优秀',
  'error.levelNumberTooHigh':
    '{{file}}: level {{level}} is numbered "{{label}}", past the limit of {{limit}} items per level; this does not look like an assessment scheme, please check the file',
  'error.levelTooManyItems':
    '{{file}}: level {{level}} has {{count}} items, more than the limit of {{limit}}; this does not look like an assessment scheme, please check the file',
  'error.sheetTooLarge':
    '{{file}}: the sheet "{{sheet}}" has content over {{rows}} rows × {{cols}} columns, more than the limit ({{limitRows}} rows, {{limitCells}} cells); delete what lies outside the table and import it again',
  'warning.procedureParts':
    'This is an assessment regulation (考核办法): {{parts}} are rules about the assessment, not items to score; the items were read from "{{chosen}}"',
  'error.partNotFound': '{{file}} has no part called "{{part}}"; the parts are: {{parts}}',
  'error.partsNoItems':
    '{{file}} looks like an assessment regulation (考核办法): {{parts}} are rules about the assessment, not items to score, and no part holding the items was recognised; choose the part that holds them',
  'error.partHasNoItems': '{{file}}: "{{part}}" holds no numbered items; choose another part',
  'cli.partHint': 'Use --part to read the items from another part: {{parts}}',
  'import.parts.label': 'Part holding the items',
  'import.parts.choose': 'This is an assessment regulation (考核办法): choose the part that holds the items',
  'import.parts.read': 'Read this part',
  'import.parts.procedure': ' (rules of the assessment)',
  'import.parts.items': '{{count}} numbered paragraphs',
  'import.parts.table': 'attached table',
  'import.rules.locate': 'Show this item in the tree to set its rule',
};
