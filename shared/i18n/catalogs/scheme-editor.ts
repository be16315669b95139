/** The scheme editor (方案): building the tree, bonus and veto items, targets, sums, and saves that never break a file. */
export const zh = {
  'error.saveRefused': '未保存 {{file}}：保存后将无法打开（{{place}}：{{message}}），文件未改动',
  'error.textTooLong': '文字过长：{{field}} 最多 {{max}} 个字符，现有 {{length}} 个',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'error.saveRefused': '{{file}} not saved: it would not open afterwards ({{place}}: {{message}}); the file is unchanged',
  'error.textTooLong': 'Text too long: {{field}} takes at most {{max}} characters, this has {{length}}',
};
