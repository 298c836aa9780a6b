import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberRange } from '../../../src/core/text/numbers.ts';

describe('numbers as the calculator writes them', () => {
  it('writes US thousands separators and at most the asked decimals, as toLocaleString did', () => {
    expect(formatNumber(1536)).toBe('1,536');
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber(12, 1)).toBe('12');
    expect(formatNumber(0.5)).toBe('1');
    for (const [n, d] of [
      [98304.4, 0],
      [2.25, 1],
      [-1536.75, 1],
      [1e21, 0],
    ] as const)
      expect(formatNumber(n, d)).toBe(n.toLocaleString('en-US', { maximumFractionDigits: d }));
  });

  it('writes a range of fleet sizes as low–high, one value when they are equal', () => {
    expect(formatNumberRange(4, 4)).toBe('4');
    expect(formatNumberRange(4, 1024)).toBe('4–1,024');
    expect(formatNumberRange(7.5, 15.25, 1)).toBe('7.5–15.3');
  });
});
