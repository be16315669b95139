/** Reading files: documents the user hands us. */
export const zh = {
  'error.fileMissing': '找不到文件：{{file}}',
  'error.notAFile': '{{file}} 是文件夹，不是文件',
  'error.fileUnreadable': '无法读取文件 {{file}}：{{reason}}',
  'error.fileEmpty': '{{file}} 是空文件',
  'error.fileBinary': '{{file}} 不是文本文件或 Word 文档（看起来是二进制文件）',
  'error.unknownEncoding': '{{file}} 的文字编码无法识别（检测为 {{encoding}}），请另存为 UTF-8 或 GB18030 文本',
  'error.docLegacy': '{{file}} 是旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入',
  'error.docxUnreadable': '{{file}} 不是有效的 .docx 文档：{{reason}}',
  'error.unsupportedType': '{{file}} 的类型不受支持，请使用 .txt、.md、.docx 或 .xlsx 文件',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'error.fileMissing': 'File not found: {{file}}',
  'error.notAFile': '{{file}} is a folder, not a file',
  'error.fileUnreadable': 'Cannot read {{file}}: {{reason}}',
  'error.fileEmpty': '{{file}} is empty',
  'error.fileBinary': '{{file}} is not a text file or a Word document (it looks binary)',
  'error.unknownEncoding': 'The text encoding of {{file}} is not recognised (detected as {{encoding}}); save it as UTF-8 or GB18030 text',
  'error.docLegacy': '{{file}} is an old Word (.doc) file; save it as .docx in Word or WPS and import that',
  'error.docxUnreadable': '{{file}} is not a valid .docx document: {{reason}}',
  'error.unsupportedType': '{{file}} has an unsupported type; use a .txt, .md, .docx or .xlsx file',
};
