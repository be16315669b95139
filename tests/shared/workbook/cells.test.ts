import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetter, fitWidth, rangeAddress, textWidth, wrappedLines } from '../../../shared/workbook/cells';
import { groupedHeader } from '../../../shared/report/headers';
import { pagesWide, PAGE_WIDTH_UNITS } from '../../../shared/report/frame';
import { headerText } from '../../../shared/report/context';

describe('cells and widths', () => {
  it('names columns and cells as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(cellAddress(14, 4)).toBe('D14');
    expect(rangeAddress(3, 3, 3, 5)).toBe('C3:E3');
  });

  it('counts a Chinese character as two units of column width, so Chinese text fits', () => {
    expect(textWidth('防城港市')).toBe(8);
    expect(textWidth('AB 12')).toBe(5);
    expect(textWidth('（七）')).toBe(6);
    expect(fitWidth(['南宁市', '防城港市'])).toBe(10);
    expect(fitWidth(['x'.repeat(100)], 6, 40)).toBe(40);
    expect(wrappedLines('一二三四五六七八九十', 11)).toBe(2);
    expect(wrappedLines('短\n短', 10)).toBe(2);
  });

  it('prints wide sheets on more pages across rather than in tiny type', () => {
    expect(pagesWide([PAGE_WIDTH_UNITS])).toBe(1);
    expect(pagesWide([PAGE_WIDTH_UNITS, 1])).toBe(2);
    expect(pagesWide([])).toBe(1);
  });

  it('escapes & in header and footer texts', () => {
    expect(headerText('安全&应急 &P')).toBe('安全&&应急 &&P');
  });

  it('builds two-row headers: groups merged across, single columns merged down', () => {
    const { rows, merges } = groupedHeader(
      [
        { label: '排名', width: 6 },
        { label: '名次变化', group: '较 2019 年', width: 9 },
        { label: '总分变化', group: '较 2019 年', width: 9 },
        { label: '一、', group: '分项得分', width: 9 },
      ],
      3,
    );
    expect(merges).toEqual(['A3:A4', 'B3:C3']);
    expect(rows[0].cells.map((c) => c?.v)).toEqual(['排名', '较 2019 年', null, '分项得分']);
    expect(rows[1].cells.map((c) => c?.v)).toEqual([null, '名次变化', '总分变化', '一、']);
  });
});
