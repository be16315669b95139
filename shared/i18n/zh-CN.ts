/**
 * Simplified Chinese messages: the reference catalog. Every other language must have the same
 * keys (the compiler checks it). {{name}} marks a parameter.
 */
export const zhCN = {
  // Reading documents
  'error.fileMissing': '找不到文件：{{file}}',
  'error.notAFile': '{{file}} 是文件夹，不是文件',
  'error.fileUnreadable': '无法读取文件 {{file}}：{{reason}}',
  'error.fileEmpty': '{{file}} 是空文件',
  'error.fileBinary': '{{file}} 不是文本文件或 Word 文档（看起来是二进制文件）',
  'error.unknownEncoding': '{{file}} 的文字编码无法识别（检测为 {{encoding}}），请另存为 UTF-8 或 GB18030 文本',
  'error.docLegacy': '{{file}} 是旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入',
  'error.docxUnreadable': '{{file}} 不是有效的 .docx 文档：{{reason}}',
  'error.unsupportedType': '{{file}} 的类型不受支持，请使用 .txt、.md 或 .docx 文件',
  // Parsing plans
  'error.planEmpty': '{{file}} 中没有文字内容',
  'error.planNoStructure': '{{file}} 中找不到编号结构（如“一、”“（一）”“1.”），无法生成考核指标',
  // Command line
  'cli.usage':
    '用法：kaoping <命令> [参数]\n' +
    '  plan <文件> [--json] [--depth 2|3] [--total N]   从工作要点生成考核指标树\n',
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
  // Plan warnings
  'warning.duplicateBodySkipped': '文档正文重复粘贴，已合并 {{count}} 个重复条目',
  'warning.duplicateTextDiffers': '{{at}} 的两份副本文字不同，已保留较完整的一份',
  'warning.inlinePointsMismatch': '{{at}} 标注 {{points}} 分，但下级合计 {{sum}} 分',
  'warning.inlineTotalDiffers': '文中标注的分值合计 {{sum}} 分，与设定总分 {{total}} 分不同，以文中为准',
  'warning.pointsTooFewForChildren': '{{at}} 只有 {{points}} 分，不够分给 {{count}} 个下级指标，部分下级为 0 分',
  'warning.levelsFolded': '文档编号超过三级，第四级及以下已并入上级指标的考核内容',
  'warning.trailingTextIgnored': '正文后的 {{count}} 段落款、日期或附件说明未计入指标',
} as const;

export type MessageKey = keyof typeof zhCN;
