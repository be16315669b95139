import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../text/chinese-numerals';

/** The numbering styles real work plans use, from the outside in (the order is only a habit). */
export type NumberStyle =
  | 'part' // 第一部分
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cnComma' // 一、
  | 'cnParen' // (一) （一）
  | 'arabicDot' // 1. 1、 1．
  | 'arabicParen' // (1) （1） ⑴
  | 'circled'; // ①

export interface NumberLabel {
  style: NumberStyle;
  /** The label exactly as written, e.g. "(十七)" or "1、". */
  label: string;
  /** Its numeric value (十七 → 17). */
  value: number;
  /** The paragraph after the label. */
  rest: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
// Up to six digits: a plan may have more than 999 items at a level, and item 10000 must not fold silently into
// item 9999's text; numbers past PLAN_LIMITS.itemsPerLevel are read as labels and then refused by name.
const NUM = `(?:${CN}|\\d{1,6})`;
const OPEN = '[(（]';
const CLOSE = '[)）]';

interface Pattern {
  style: NumberStyle;
  re: RegExp;
}

// Each pattern captures the whole label in group 1 and the number in group 2.
const PATTERNS: Pattern[] = [
  { style: 'part', re: new RegExp(`^(第\\s*(${NUM})\\s*部分)[\\s、:：.．]*`) },
  { style: 'chapter', re: new RegExp(`^(第\\s*(${NUM})\\s*章)[\\s、:：.．]*`) },
  { style: 'section', re: new RegExp(`^(第\\s*(${NUM})\\s*[节節])[\\s、:：.．]*`) },
  { style: 'article', re: new RegExp(`^(第\\s*(${NUM})\\s*[条條])[\\s、:：.．]*`) },
  { style: 'cnComma', re: new RegExp(`^((${CN})\\s*[、,，.．])\\s*`) },
  { style: 'cnParen', re: new RegExp(`^(${OPEN}\\s*(${CN})\\s*${CLOSE}[、,，.．]?)\\s*`) },
  // "1." but not "1.5" or "2020.": a decimal or a date is not a label.
  { style: 'arabicDot', re: /^((\d{1,6})\s*(?:[、．]|\.(?!\d)))\s*/ },
  { style: 'arabicParen', re: new RegExp(`^(${OPEN}\\s*(\\d{1,6})\\s*${CLOSE}[、,，.．]?)\\s*`) },
];

const CIRCLED_START = 0x2460; // ① … ⑳
const PAREN_DIGIT_START = 0x2474; // ⑴ … ⒇
const DOT_DIGIT_START = 0x2488; // ⒈ … ⒛

function singleCharLabel(p: string): NumberLabel | null {
  const code = p.codePointAt(0) ?? 0;
  const rest = p.slice(1).replace(/^[\s、.．]+/, '');
  if (code >= CIRCLED_START && code < CIRCLED_START + 20) {
    return { style: 'circled', label: p[0]!, value: code - CIRCLED_START + 1, rest };
  }
  if (code >= PAREN_DIGIT_START && code < PAREN_DIGIT_START + 20) {
    return { style: 'arabicParen', label: p[0]!, value: code - PAREN_DIGIT_START + 1, rest };
  }
  if (code >= DOT_DIGIT_START && code < DOT_DIGIT_START + 20) {
    return { style: 'arabicDot', label: p[0]!, value: code - DOT_DIGIT_START + 1, rest };
  }
  return null;
}

/**
 * The numbering label at the start of a paragraph, or null when the paragraph is not numbered.
 * A label followed by nothing is not a label (it is a stray number).
 */
export function readLabel(paragraph: string): NumberLabel | null {
  const single = singleCharLabel(paragraph);
  if (single) return single.rest ? single : null;
  for (const { style, re } of PATTERNS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const value = parseChineseNumeral(m[2]!);
    const rest = paragraph.slice(m[0].length);
    if (value === null || value === 0 || rest.length === 0) return null;
    // Real labels are short ("二十五、"); a longer run of Chinese numerals is prose.
    if (m[2]!.length > 4 && !/^\d+$/.test(m[2]!)) return null;
    return { style, label: m[1]!.trim(), value, rest };
  }
  return null;
}
