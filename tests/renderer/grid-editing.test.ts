import { describe, expect, it } from 'vitest';
import { keyMove, move } from '../../renderer/screens/scoring/grid-keys';
import { parseTsv, pasteTargets } from '../../renderer/screens/scoring/paste';

// Rows 0 and 3 are headings: items are 1, 2, 4, 5.
const ITEMS = [1, 2, 4, 5];

describe('moving in the scoring grid', () => {
  it('steps over headings with the arrows and Enter', () => {
    expect(move({ row: 2, col: 1 }, 'down', ITEMS, 3)).toEqual({ row: 4, col: 1 });
    expect(move({ row: 4, col: 1 }, 'up', ITEMS, 3)).toEqual({ row: 2, col: 1 });
    expect(move({ row: 1, col: 0 }, 'up', ITEMS, 3)).toEqual({ row: 1, col: 0 });
    expect(move({ row: 5, col: 0 }, keyMove('Enter', false)!, ITEMS, 3)).toEqual({ row: 5, col: 0 });
    expect(keyMove('Enter', true)).toBe('up');
  });

  it('runs Tab along the row and wraps to the next item row, Shift+Tab back', () => {
    expect(move({ row: 2, col: 2 }, keyMove('Tab', false)!, ITEMS, 3)).toEqual({ row: 4, col: 0 });
    expect(move({ row: 4, col: 0 }, keyMove('Tab', true)!, ITEMS, 3)).toEqual({ row: 2, col: 2 });
    expect(move({ row: 5, col: 2 }, 'next', ITEMS, 3)).toEqual({ row: 5, col: 2 });
    expect(move({ row: 2, col: 0 }, 'left', ITEMS, 3)).toEqual({ row: 2, col: 0 });
    expect(keyMove('a', false)).toBeNull();
  });
});

describe('pasting a block from Excel', () => {
  it('reads tabs, lines, Windows line ends and quoted cells', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('"2 迟报\t漏报"\t"他说""好"""\n')).toEqual([['2 迟报\t漏报', '他说"好"']]);
    expect(parseTsv('5')).toEqual([['5']]);
    expect(parseTsv('1\t\t3')).toEqual([['1', '', '3']]);
  });

  it('lands rows on consecutive item rows from the active cell and counts what falls off', () => {
    const { targets, dropped } = pasteTargets(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      { row: 2, col: 1 },
      ITEMS,
      3,
    );
    expect(targets).toEqual([
      { row: 2, col: 1, text: 'a' },
      { row: 2, col: 2, text: 'b' },
      { row: 4, col: 1, text: 'c' },
      { row: 4, col: 2, text: 'd' },
      { row: 5, col: 1, text: 'e' },
      { row: 5, col: 2, text: 'f' },
    ]);
    expect(dropped).toBe(0);
    expect(pasteTargets([['a', 'b', 'c']], { row: 5, col: 1 }, ITEMS, 3).dropped).toBe(1);
    expect(pasteTargets([['a'], ['b']], { row: 5, col: 0 }, ITEMS, 3).dropped).toBe(1);
  });
});
