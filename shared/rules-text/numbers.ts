import { parseChineseNumeral } from '../text/chinese-numerals';

/** A number as rule sentences write it: "2", "0.5", "两", "十", "半". */
export const NUM = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十]{1,3}|半)';

/** Value of a number matched by NUM. */
export function numberValue(s: string): number {
  if (s === '半') return 0.5;
  if (/^\d/.test(s)) return Number(s);
  return parseChineseNumeral(s) ?? Number.NaN;
}

/** Greatest common step of positive amounts, in tenths, e.g. 2 and 1.5 → 0.5. */
export function commonStep(values: number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const tenths = values.map((v) => Math.round(v * 10));
  return tenths.reduce((a, b) => gcd(a, b)) / 10;
}
