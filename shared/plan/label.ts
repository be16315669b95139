/**
 * A criterion as a reader names it: its number as written and its title, e.g.
 * "(七)强化重点行业领域安全监管" or "第一条 责任落实" (a space where the label has no mark of its own).
 */
export function criterionLabel(c: { number: string; title: string }): string {
  if (!c.number) return c.title;
  const needsSpace = /[章节節条條部分]$/.test(c.number);
  return `${c.number}${needsSpace ? ' ' : ''}${c.title}`;
}
