import { describe, expect, it } from 'vitest';
import { hasTraditional, matchKey, simplify } from '../../../shared/text/normalize';

describe('script conversion for comparison keys', () => {
  it('finds Traditional characters, and none in Simplified or Latin text', () => {
    expect(hasTraditional('深入學習貫徹')).toBe(true);
    expect(hasTraditional('深入学习贯彻')).toBe(false);
    expect(hasTraditional('Safety 2020 （一）')).toBe(false);
  });

  it('converts only text that needs it, and the same text the same way every time', () => {
    expect(simplify('應急管理')).toBe('应急管理');
    expect(simplify('應急管理')).toBe('应急管理');
    expect(simplify('应急管理　ＡＢ')).toBe('应急管理 AB');
    expect(matchKey('一、應急管理。')).toBe(matchKey('一、应急管理'));
  });
});
