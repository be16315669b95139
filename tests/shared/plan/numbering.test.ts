import { describe, expect, it } from 'vitest';
import { readLabel } from '../../../shared/plan/numbering';
import { parseChineseNumeral } from '../../../shared/text/chinese-numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十七', 17],
    ['二十', 20],
    ['二十五', 25],
    ['一百零三', 103],
    ['两', 2],
    ['二〇二〇', 2020],
    ['42', 42],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('rejects non-numerals', () => expect(parseChineseNumeral('安全')).toBeNull());
});

describe('readLabel', () => {
  it.each([
    ['一、深入学习', 'cnComma', '一、', 1, '深入学习'],
    ['二十五、加强', 'cnComma', '二十五、', 25, '加强'],
    ['(十七)强化队伍建设。', 'cnParen', '(十七)', 17, '强化队伍建设。'],
    ['（一）加强思想理论武装', 'cnParen', '（一）', 1, '加强思想理论武装'],
    ['1.落实责任', 'arabicDot', '1.', 1, '落实责任'],
    ['2、健全机构', 'arabicDot', '2、', 2, '健全机构'],
    ['3．落实经费', 'arabicDot', '3．', 3, '落实经费'],
    ['(1)危险化学品', 'arabicParen', '(1)', 1, '危险化学品'],
    ['（12）非煤矿山', 'arabicParen', '（12）', 12, '非煤矿山'],
    ['⑶第三点', 'arabicParen', '⑶', 3, '第三点'],
    ['①完善站网', 'circled', '①', 1, '完善站网'],
    ['⑳最后一点', 'circled', '⑳', 20, '最后一点'],
    ['第一条 责任落实', 'article', '第一条', 1, '责任落实'],
    ['第十二條 年終考核', 'article', '第十二條', 12, '年終考核'],
    ['第三章 考核方式', 'chapter', '第三章', 3, '考核方式'],
    ['第二部分 重点任务', 'part', '第二部分', 2, '重点任务'],
  ])('%s', (text, style, label, value, rest) => {
    expect(readLabel(text)).toEqual({ style, label, value, rest });
  });

  it.each([
    ['2020年是决胜之年', 'a year is not a label'],
    ['1.5万元专项经费', 'a decimal is not a label'],
    ['一是加强领导', 'enumerating prose is not a label'],
    ['安全生产', 'plain text'],
    ['一、', 'a label with nothing after it'],
    ['一二三四五六、数字', 'a long run of numerals is prose'],
  ])('%s is not numbered (%s)', (text) => expect(readLabel(text)).toBeNull());
});
