/** Turning a work plan into criteria. */
export const zh = {
  'error.planEmpty': '{{file}} 中没有文字内容',
  'error.planNoStructure': '{{file}} 中找不到编号结构（如“一、”“（一）”“1.”），无法生成考核指标',
  'warning.duplicateBodySkipped': '文档正文重复粘贴，已合并 {{count}} 个重复条目',
  'warning.duplicateTextDiffers': '{{at}} 的两份副本文字不同，已保留较完整的一份',
  'warning.inlinePointsMismatch': '{{at}} 标注 {{points}} 分，但下级合计 {{sum}} 分',
  'warning.inlineTotalDiffers': '文中标注的分值合计 {{sum}} 分，与设定总分 {{total}} 分不同，以文中为准',
  'warning.pointsTooFewForChildren': '{{at}} 只有 {{points}} 分，不够分给 {{count}} 个下级指标，部分下级为 0 分',
  'warning.levelsFolded': '文档编号超过三级，第四级及以下已并入上级指标的考核内容',
  'warning.trailingTextIgnored': '正文后的 {{count}} 段落款、日期或附件说明未计入指标',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'error.planEmpty': '{{file}} contains no text',
  'error.planNoStructure': '{{file}} has no numbered structure (such as "一、", "（一）", "1."), so no criteria can be built',
  'warning.duplicateBodySkipped': 'The body was pasted more than once; {{count}} repeated entries were merged',
  'warning.duplicateTextDiffers': 'The two copies of {{at}} differ; the fuller one was kept',
  'warning.inlinePointsMismatch': '{{at}} is marked {{points}} points but its parts add up to {{sum}}',
  'warning.inlineTotalDiffers': 'Points written in the document add up to {{sum}}, not the chosen total {{total}}; the document wins',
  'warning.pointsTooFewForChildren': '{{at}} has only {{points}} points for {{count}} parts; some parts get 0',
  'warning.levelsFolded':
    "The document is numbered deeper than three levels; the fourth level and below were folded into their parent's text",
  'warning.trailingTextIgnored': '{{count}} closing lines (signature, date, attachments) after the body were not taken as criteria',
};
