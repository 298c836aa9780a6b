import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowingPercent } from '../../../src/site/build-memory.ts';

describe('heap growth cap of a build (issue 16 item 6)', () => {
  it('caps the growing factor at 2× unless EMR_PREP_HEAP_GROWING_PERCENT says otherwise', () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(heapGrowingPercent(undefined)).toBe(100);
    expect(heapGrowingPercent('')).toBe(100);
    expect(heapGrowingPercent('150')).toBe(150);
    expect(heapGrowingPercent(' 0 ')).toBe(0);
  });

  it('ignores a value V8 would not take as a percentage', () => {
    for (const bad of ['-5', '1.5', 'lots', '301']) expect(heapGrowingPercent(bad)).toBe(HEAP_GROWING_PERCENT);
  });
});
