/**
 * Keyboard shortcuts of the running quiz, read from the physical key (`KeyboardEvent.code`) so they
 * work whatever the keyboard layout or input method types: with the Korean IME (2-set) on, the A key
 * types "ㅁ" and F types "ㄹ", but their `code` stays `KeyA` / `KeyF`. An IME's composing events are
 * filtered out before this is called (their Enter commits text).
 */

/** What a key does in the running quiz: choose the option at a screen position (0-based), flag, or nothing. */
export type Shortcut = number | 'flag' | null;

/**
 * The shortcut of a key event: `Digit1`–`Digit9` / `Numpad1`–`Numpad9` → positions 0–8, `Digit0` → 9,
 * `KeyA`–`KeyJ` → positions 0–9 except `KeyF`, which always flags (use 6 for the sixth option).
 * Falls back to `key` when `code` is empty (synthetic events, some virtual keyboards).
 */
export function shortcutOf(event: Pick<KeyboardEvent, 'code' | 'key'>): Shortcut {
  const code = event.code ?? '';
  let m = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (m) return digitPosition(m[1]!);
  m = /^Key([A-Z])$/.exec(code);
  if (m) return letterShortcut(m[1]!);
  if (code !== '') return null;
  const key = event.key;
  if (/^[0-9]$/.test(key)) return digitPosition(key);
  if (/^[a-z]$/i.test(key)) return letterShortcut(key.toUpperCase());
  return null;
}

function digitPosition(digit: string): number {
  return digit === '0' ? 9 : Number(digit) - 1;
}

function letterShortcut(letter: string): Shortcut {
  if (letter === 'F') return 'flag';
  const position = letter.charCodeAt(0) - 65;
  return position >= 0 && position <= 9 ? position : null;
}
