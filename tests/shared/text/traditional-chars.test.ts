// hasTraditional answers from a generated list instead of asking OpenCC character by character:
// the list must be exactly what this opencc-js converts.
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_CHARS } from '../../../shared/text/traditional-chars';
import { hasTraditional, simplify } from '../../../shared/text/normalize';
import { traditionalCharacters } from '../../tools/traditional-chars';

describe('the list of Traditional characters', () => {
  it('is what opencc-js t → cn changes (else: npx tsx tests/tools/traditional-chars.ts)', () => {
    expect(TRADITIONAL_CHARS === traditionalCharacters()).toBe(true);
  });

  it('tells Traditional text from Simplified, and simplify still converts it', () => {
    expect(hasTraditional('安全生產責任制')).toBe(true);
    expect(hasTraditional('安全生产责任制 ABC ２０２０')).toBe(false);
    expect(simplify('安全生產責任制')).toBe('安全生产责任制');
  });
});
