// Codes and numbers of a criteria tree after an edit, as a reader of the document expects them.
import { readLabel, type NumberStyle } from '../plan/numbering';
import type { SchemeCriterion } from './schema';

const DIGITS = '零一二三四五六七八九';

/** A whole number as a Chinese numeral of the kind numbering uses: 1 → 一, 10 → 十, 25 → 二十五, 103 → 一百零三. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest)}`;
}

/** How one level is numbered: a label maker, or none (derived scoring points carry no label). */
type Format = ((n: number) => string) | null;

const DEFAULTS: Format[] = [(n) => `${chineseNumeral(n)}、`, (n) => `(${chineseNumeral(n)})`, (n) => `${n}.`];

/** The label maker that writes labels the way `label` (style `style`) was written. */
function formatLike(style: NumberStyle, label: string): Format {
  const first = label[0] ?? '';
  const last = label.at(-1) ?? '';
  const code = label.codePointAt(0) ?? 0;
  switch (style) {
    case 'part':
    case 'chapter':
    case 'section':
    case 'article': {
      const suffix = label.replace(/^第\s*[零〇一二两兩三四五六七八九十百千\d]+\s*/, '');
      return (n) => `第${chineseNumeral(n)}${suffix}`;
    }
    case 'cnComma':
      return (n) => `${chineseNumeral(n)}${last}`;
    case 'cnParen':
      return (n) => `${first}${chineseNumeral(n)}${label.includes(')') ? ')' : '）'}`;
    case 'arabicDot':
      if (code >= 0x2488 && code < 0x249c) return (n) => (n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`);
      return (n) => `${n}${last}`;
    case 'arabicParen':
      if (code >= 0x2474 && code < 0x2488) return (n) => (n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`);
      return (n) => `${first}${n}${label.includes(')') ? ')' : '）'}`;
    case 'circled':
      return (n) => (n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`);
  }
}

interface LevelStyle {
  format: Format;
  /** Numbers run on across parents ((一)…(二十五) through all sections) instead of restarting. */
  runsOn: boolean;
}

/** How each level of the tree is numbered now: from its first label, else the usual default. */
function levelStyles(criteria: SchemeCriterion[], moved: ReadonlySet<string>): LevelStyle[] {
  const byLevel: SchemeCriterion[][][] = [[criteria], [], []];
  for (let depth = 1; depth < 3; depth++) byLevel[depth] = byLevel[depth - 1]!.flatMap((siblings) => siblings.map((c) => c.children));
  return byLevel.map((all, depth) => {
    // Items just added or moved carry no label, or their old level's: the level's style is the others'.
    const groups = all.map((g) => g.filter((c) => !moved.has(c.id)));
    const nodes = groups.flat();
    const labelled = nodes.map((c) => (c.number ? readLabel(`${c.number}x`) : null)).find((l) => l !== null) ?? null;
    const format = labelled
      ? formatLike(labelled.style, labelled.label)
      : nodes.length > 0 && nodes.every((c) => !c.number)
        ? null
        : DEFAULTS[depth]!;
    // A later group that starts above 1 means the document numbered this level straight through.
    const runsOn = groups.slice(1).some((g) => {
      const first = g[0]?.number ? readLabel(`${g[0].number}x`) : null;
      return first !== null && first.value > 1;
    });
    return { format, runsOn };
  });
}

/**
 * The tree with codes and numbers rewritten after an edit: codes are dotted paths ("2", "2.3",
 * "2.3.1"); numbers keep each level's style as written ("一、", "（一）", "1、", "⑴"…), restart
 * under each parent, or run on through the whole level when the document ran on
 * ((一)…(二十五) across sections). A level written without numbers stays without them.
 * Ids never change, so scores and assignments follow their items. `moved`: ids just added or
 * moved to another level, whose labels say nothing about their new level's style.
 */
export function renumber(criteria: SchemeCriterion[], moved: ReadonlySet<string> = new Set()): SchemeCriterion[] {
  const styles = levelStyles(criteria, moved);
  const counters = [0, 0, 0];
  const visit = (list: SchemeCriterion[], depth: number, prefix: string): SchemeCriterion[] => {
    const style = styles[Math.min(depth, 2)]!;
    if (!style.runsOn) counters[depth] = 0;
    return list.map((c, i) => {
      counters[depth] = (counters[depth] ?? 0) + 1;
      const code = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
      const number = style.format ? style.format(counters[depth]!) : '';
      return { ...c, code, number, children: visit(c.children, depth + 1, code) };
    });
  };
  return visit(criteria, 0, '');
}
