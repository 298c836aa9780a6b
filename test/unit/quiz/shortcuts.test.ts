import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../../src/islands/quiz/shortcuts.ts';

describe('quiz shortcuts follow the physical key (Korean IME on)', () => {
  it('reads letters from code even when the IME types Hangul', () => {
    expect(shortcutOf({ code: 'KeyA', key: 'ㅁ' })).toBe(0);
    expect(shortcutOf({ code: 'KeyB', key: 'ㅠ' })).toBe(1);
    expect(shortcutOf({ code: 'KeyJ', key: 'ㅓ' })).toBe(9);
    expect(shortcutOf({ code: 'KeyF', key: 'ㄹ' })).toBe('flag');
    expect(shortcutOf({ code: 'KeyF', key: 'Process' })).toBe('flag');
  });
  it('reads digits from the top row and the keypad', () => {
    expect(shortcutOf({ code: 'Digit1', key: '1' })).toBe(0);
    expect(shortcutOf({ code: 'Numpad3', key: '3' })).toBe(2);
    expect(shortcutOf({ code: 'Digit0', key: '0' })).toBe(9);
  });
  it('ignores keys that are not shortcuts', () => {
    expect(shortcutOf({ code: 'KeyK', key: 'k' })).toBeNull();
    expect(shortcutOf({ code: 'Space', key: ' ' })).toBeNull();
  });
  it('falls back to key when code is empty', () => {
    expect(shortcutOf({ code: '', key: 'c' })).toBe(2);
    expect(shortcutOf({ code: '', key: 'f' })).toBe('flag');
    expect(shortcutOf({ code: '', key: 'ㅁ' })).toBeNull();
  });
});
