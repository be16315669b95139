const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may appear in a Chinese numeral as used for numbering and years. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千';

/**
 * Value of a Chinese numeral such as "二十五", "一百零三", "十" or the digit-by-digit
 * form used in years ("二〇二〇"). Arabic digits are accepted too. Returns null when the
 * string is not a numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 0) return null;
  if (![...s].every((c) => c in DIGITS || c in UNITS)) return null;
  if (![...s].some((c) => c in UNITS)) {
    // Digit-by-digit form: 二〇二〇 → 2020.
    return [...s].reduce((acc, c) => acc * 10 + (DIGITS[c] ?? 0), 0);
  }
  let total = 0;
  let pending = 0;
  for (const c of s) {
    const unit = UNITS[c];
    if (unit !== undefined) {
      total += (pending === 0 ? 1 : pending) * unit;
      pending = 0;
    } else {
      pending = DIGITS[c] ?? 0;
    }
  }
  return total + pending;
}
