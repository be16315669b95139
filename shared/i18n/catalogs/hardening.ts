/** Hostile or unlucky input and concurrent writers: limits, locks, refused names. */
export const zh = {
  'hardening.outsideFolder': '拒绝写入 {{file}}：它不在文件夹 {{dir}} 内',
  'hardening.notRegularFile': '{{file}} 不是普通文件（可能是设备、管道或指向它们的链接），未读取',
  'hardening.tooLarge': '{{file}} 太大（{{size}}），超过上限 {{limit}}，未读取',
  'hardening.unpackedTooLarge': '{{file}} 解压后太大（至少 {{size}}），超过上限 {{limit}}，未读取；请检查文件是否正常',
  'hardening.zipTooManyEntries': '{{file}} 内含 {{count}} 个部件，超过上限 {{limit}}，未读取',
  'hardening.zipBroken': '{{file}} 不是完整的 Office 文档（压缩结构损坏）',
  'hardening.docxBroken': '{{file}} 不是有效的 .docx 文档（文件不完整或已损坏），请在 Word 或 WPS 中打开后重新另存为 .docx',
  'hardening.notXlsx': '不是有效的 Excel 文件（.xlsx），或文件已损坏',
  'hardening.planTooManyItems': '{{file}} 有 {{count}} 个编号段落，超过上限 {{limit}}；这看起来不是工作方案，请检查文件',
  'hardening.planTooManyLines': '{{file}} 有 {{count}} 行，超过上限 {{limit}} 行；这看起来不是工作方案，请检查文件',
  'hardening.planTooManySections': '{{file}} 识别出 {{count}} 个一级章节，超过上限 {{limit}}；这看起来不是工作方案，请检查文件',
  'hardening.duplicateKey': '键 "{{key}}" 出现了不止一次（人看到第一个值，程序会读到最后一个）',
  'hardening.tooDeep': '嵌套层数超过 {{limit}} 层',
  'hardening.badNumber': '数字 {{text}} 超出可表示的范围',
  'hardening.checkFailed': '内容异常，无法完成检查（{{file}}）',
  'hardening.locked.app': '文件夹 {{dir}} 正被 {{who}} 的考评程序使用（进程 {{pid}}，自 {{since}} 起），请稍后再试',
  'hardening.locked.cli': '文件夹 {{dir}} 正被 {{who}} 的考评命令行使用（进程 {{pid}}，自 {{since}} 起），请稍后再试',
  'hardening.lockedUnknown': '文件夹 {{dir}} 正被另一个程序使用，请稍后再试',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'hardening.outsideFolder': 'Refused to write {{file}}: it is not inside the folder {{dir}}',
  'hardening.notRegularFile': '{{file}} is not a regular file (a device, a pipe or a link to one); it was not read',
  'hardening.tooLarge': '{{file}} is too large ({{size}}, the limit is {{limit}}); it was not read',
  'hardening.unpackedTooLarge':
    '{{file}} unpacks to too much data (at least {{size}}, the limit is {{limit}}); it was not read — check that the file is sound',
  'hardening.zipTooManyEntries': '{{file}} holds {{count}} parts, more than the limit of {{limit}}; it was not read',
  'hardening.zipBroken': '{{file}} is not a complete Office document (its zip structure is broken)',
  'hardening.docxBroken':
    '{{file}} is not a valid .docx document (incomplete or damaged); open it in Word or WPS and save it as .docx again',
  'hardening.notXlsx': 'not a valid Excel file (.xlsx), or the file is damaged',
  'hardening.planTooManyItems':
    '{{file}} has {{count}} numbered paragraphs, more than the limit of {{limit}}; this does not look like a work plan — check the file',
  'hardening.planTooManyLines':
    '{{file}} has {{count}} lines, more than the limit of {{limit}}; this does not look like a work plan — check the file',
  'hardening.planTooManySections':
    '{{file}} yields {{count}} top-level sections, more than the limit of {{limit}}; this does not look like a work plan — check the file',
  'hardening.duplicateKey': 'the key "{{key}}" appears more than once (a person sees the first value, a program reads the last)',
  'hardening.tooDeep': 'nested more than {{limit}} levels deep',
  'hardening.badNumber': 'the number {{text}} is out of range',
  'hardening.checkFailed': 'its content is abnormal and could not be checked ({{file}})',
  'hardening.locked.app': 'The folder {{dir}} is in use by Kaoping of {{who}} (process {{pid}}, since {{since}}); try again shortly',
  'hardening.locked.cli':
    'The folder {{dir}} is in use by the Kaoping command line of {{who}} (process {{pid}}, since {{since}}); try again shortly',
  'hardening.lockedUnknown': 'The folder {{dir}} is in use by another program; try again shortly',
};
