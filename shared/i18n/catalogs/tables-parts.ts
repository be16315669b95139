/** Scoring tables, second pass: the parts of a 考核办法, level limits, damaged workbooks, the CLI's rule column. */
export const zh = {
  'error.xlsxSheetBroken':
    '{{file}} 中的工作表“{{sheet}}”已损坏（{{part}} 不是完整的内容），无法读取；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入',
  'error.xlsxPartBroken': '{{file}} 中的 {{part}} 已损坏，工作簿无法读取；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入',
  'error.xlsxDamaged': '{{file}} 无法作为 Excel 工作簿读取：文件已损坏，或不是 Excel/WPS 保存的 .xlsx',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'error.xlsxSheetBroken':
    '{{file}}: the sheet "{{sheet}}" is damaged ({{part}} is incomplete) and cannot be read; open the file in Excel or WPS, save it as .xlsx and import it again',
  'error.xlsxPartBroken':
    '{{file}}: {{part}} is damaged and the workbook cannot be read; open the file in Excel or WPS, save it as .xlsx and import it again',
  'error.xlsxDamaged': '{{file}} cannot be read as an Excel workbook: the file is damaged or was not saved as .xlsx by Excel or WPS',
};
