/**
 * Punctuation the interface puts between pieces of text, so English shows English punctuation
 * (full-width '；', '、', '（）' and '：' are Chinese typography), and the few default words the
 * app writes into a new year or rule (issue 13).
 */
export const zh = {
  'list.separator': '；',
  'list.enumeration': '、',
  'list.withNote': '{{text}}（{{note}}）',
  'list.labelled': '{{label}}：{{text}}',
  'years.defaultName': '{{year}}年度考核',
  'scheme.defaultLevels': '全面完成|基本完成|部分完成|未完成',
} as const;

export const en = {
  'list.separator': '; ',
  'list.enumeration': ', ',
  'list.withNote': '{{text}} ({{note}})',
  'list.labelled': '{{label}}: {{text}}',
  'years.defaultName': '{{year}} assessment',
  'scheme.defaultLevels': 'Fully done|Mostly done|Partly done|Not done',
} as const;
