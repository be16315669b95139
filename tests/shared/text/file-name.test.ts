import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctNames, safeFileName } from '../../../shared/text/file-name';
import { scoreSheetFileNames } from '../../../shared/sheets/file-names';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('safeFileName: one helper for every file the app names', () => {
  it('replaces what Windows, macOS or Linux refuse, and keeps Chinese as written', () => {
    expect(safeFileName('南宁/市:*?"<>|')).toBe('南宁_市_______');
    expect(safeFileName('a\\b\u0000c\u001fd\u007f')).toBe('a_b_c_d_');
    expect(safeFileName('2020年度全区应急管理工作考核')).toBe('2020年度全区应急管理工作考核');
    expect(safeFileName('  柳州市  ')).toBe('柳州市');
  });

  it('gives Windows device names a prefix, with or without extension, in any case', () => {
    for (const name of ['CON', 'con', 'Nul', 'aux.txt', 'COM1', 'lpt9.docx', 'COM¹', 'CONIN$', 'prn .x'])
      expect(safeFileName(name), name).toBe(`_${name}`);
    for (const name of ['CONSOLE', 'COM10', 'nul市', '南宁CON']) expect(safeFileName(name), name).toBe(name);
  });

  it('drops leading dots and trailing dots and spaces, never yielding "", ".", ".." or a path', () => {
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('name. . ')).toBe('name');
    expect(safeFileName(' ... ')).toBe('kaoping');
    expect(safeFileName('..', '../x')).toBe('_x');
    expect(safeFileName('', '')).toBe('kaoping');
    fc.assert(
      // Any code point, CJK and astral ones included.
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 20 }), (name, fallback) => {
        const out = safeFileName(name, fallback);
        expect(out.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/^[.\s]|[.\s]$|[\\/:*?"<>|\u0000-\u001f]/);
        expect(out).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i);
        expect([...out].length).toBeLessThanOrEqual(80);
        expect(utf8(out)).toBeLessThanOrEqual(180);
        // No lone surrogate: a cut never splits a character.
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });

  it('cuts long names to 80 characters and 180 UTF-8 bytes, never inside a character', () => {
    expect(safeFileName('a'.repeat(200))).toBe('a'.repeat(80));
    // 60 CJK characters are 180 bytes: the most a part may take, so a suffix still fits in 255.
    expect(safeFileName('南'.repeat(100))).toBe('南'.repeat(60));
    const emoji = safeFileName('𠀋'.repeat(100));
    expect(emoji).toBe('𠀋'.repeat(45));
    expect(utf8(`${safeFileName('南'.repeat(100))}-扣分情况反馈.docx`)).toBeLessThanOrEqual(255);
    expect(safeFileName(`${'a'.repeat(79)} .b`)).toBe('a'.repeat(79));
  });

  it('makes names distinct without case and in one Unicode form', () => {
    expect(distinctNames(['南宁市', '南宁市', 'a', 'A', '南宁市'])).toEqual(['南宁市', '南宁市 (2)', 'a', 'A (2)', '南宁市 (3)']);
    expect(distinctNames(['e\u0301', '\u00e9'])).toEqual(['e\u0301', '\u00e9 (2)']);
    expect(distinctNames(['x (2)', 'x', 'x'])).toEqual(['x (2)', 'x', 'x (3)']);
  });
});

describe('score sheet file names', () => {
  const doc = {
    year: 2020,
    teams: [
      { id: 't1', name: '第一考核组' },
      { id: 't2', name: '第二/考核组' },
    ],
    evaluators: [
      { id: 'e1', name: '张伟', teamId: 't1' },
      { id: 'e2', name: '张伟', teamId: 't1' },
      { id: 'e3', name: '张伟', teamId: 't2' },
      { id: 'e4', name: 'CON', teamId: null },
    ],
  } as unknown as Parameters<typeof scoreSheetFileNames>[0];

  it('names the team and the evaluator, never an id, distinct over the whole assessment', () => {
    const names = scoreSheetFileNames(doc, '评分表');
    expect([...names.values()]).toEqual([
      '2020-评分表-第一考核组-张伟.xlsx',
      '2020-评分表-第一考核组-张伟 (2).xlsx',
      '2020-评分表-第二_考核组-张伟.xlsx',
      '2020-评分表-_CON.xlsx',
    ]);
    for (const name of names.values()) expect(name).not.toMatch(/e\d/);
    expect(scoreSheetFileNames(doc, '评分表（已填）').get('e1')).toBe('2020-评分表（已填）-第一考核组-张伟.xlsx');
  });
});
