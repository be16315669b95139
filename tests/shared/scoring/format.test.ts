import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChange, formatPoints, formatScore, roundScore } from '../../../shared/scoring/format';

describe('score formatting (one home for the screens, the CLI, the charts and the report)', () => {
  it('rounds half away from zero as published tables do, where toFixed would round the binary value down', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatScore(1.005)).toBe('1.01');
    expect(formatScore(-1.005)).toBe('-1.01');
    expect(formatScore(89.995)).toBe('90.00');
    expect(formatScore(94.5)).toBe('94.50');
    expect(formatScore(2.675)).toBe('2.68');
    expect(formatScore(0.125, 0)).toBe('0');
    expect(formatScore(12.5, 0)).toBe('13');
  });

  it('never shows a negative zero', () => {
    expect(formatScore(-0.001)).toBe('0.00');
    expect(formatChange(-0.004)).toBe('0.00');
    expect(Object.is(roundScore(-0.001), -0)).toBe(false);
  });

  it('signs changes that are not zero once rounded', () => {
    expect(formatChange(1.005)).toBe('+1.01');
    expect(formatChange(-2.5, 0)).toBe('-3');
    expect(formatChange(3, 0)).toBe('+3');
    expect(formatChange(0)).toBe('0.00');
  });

  it('writes points inside sentences with at most two decimals and no trailing zeros', () => {
    expect(formatPoints(1.5)).toBe('1.5');
    expect(formatPoints(20)).toBe('20');
    expect(formatPoints(0.005)).toBe('0.01');
    expect(formatPoints(1 / 3)).toBe('0.33');
  });

  it('a rounded score is within half a cent of the value and reads back as itself', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        const text = formatScore(x);
        expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(0.005 + 1e-6);
        expect(formatScore(Number(text))).toBe(text === '-0.00' ? '0.00' : text);
      }),
    );
  });
});

describe('formatScore, as every table shows scores', () => {
  it.each([
    [90, '90.00'],
    [88.1, '88.10'],
    [1.005, '1.01'],
    [88.125, '88.13'],
    [59.994, '59.99'],
    [-2.5, '-2.50'],
    [-0.001, '0.00'],
  ])('%s → %s', (value, text) => {
    expect(formatScore(value)).toBe(text);
  });
});
