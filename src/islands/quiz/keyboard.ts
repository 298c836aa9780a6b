/**
 * The keyboard of the running quiz, as state-machine events: 1–9/0 and A–J choose (F always flags),
 * Enter checks or goes on, ←/→ move. An IME's composing keys (Enter included) are never ours, and
 * keys typed into text fields, or with Alt/Ctrl/Meta, are left alone.
 */
import type { QuizEvent } from '../../core/quiz/machine.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import { shortcutOf } from './shortcuts.ts';

/** A session event without its time (the page stamps it). */
export type KeyIntent =
  | { type: 'go'; to: 'next' | 'previous' }
  | { type: 'enter' }
  | { type: 'flag' }
  | { type: 'toggle'; position: number };

/** Whether the key belongs to an IME, a modifier chord or a text field rather than to the quiz. */
function notOurs(event: KeyboardEvent): boolean {
  // An IME (Korean, Japanese …) is composing: its keys (Enter included) commit text, they are not ours.
  if (event.isComposing) return true;
  // keyCode 229 ("Process"): the IME took the key. Its Enter is never ours; letters are read by `code`.
  if (event.keyCode === 229 && (event.key === 'Enter' || event.code === 'Enter' || event.code === 'NumpadEnter')) return true;
  if (event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target as HTMLElement;
  return target.closest('input:not([type="radio"]):not([type="checkbox"]), textarea, select, [contenteditable="true"]') !== null;
}

/**
 * What a key press means for the running `attempt`, or null when the quiz does not take it (the
 * caller then leaves the browser's default alone; otherwise it prevents it).
 */
export function keyIntent(event: KeyboardEvent, attempt: Attempt): KeyIntent | null {
  if (attempt.status !== 'in-progress' || notOurs(event)) return null;
  const key = event.key;
  if (key === 'ArrowRight' || key === 'ArrowLeft') return { type: 'go', to: key === 'ArrowRight' ? 'next' : 'previous' };
  if (key === 'Enter') {
    // Buttons, links and summaries activate themselves.
    return (event.target as HTMLElement).closest('button, a, summary') ? null : { type: 'enter' };
  }
  if (event.shiftKey) return null;
  // The physical key (`code`), not the typed character: with the Korean IME on, F types "ㄹ".
  const shortcut = shortcutOf(event);
  if (shortcut === 'flag') return { type: 'flag' };
  const item = attempt.items[attempt.current];
  if (typeof shortcut === 'number' && item && shortcut < item.optionOrder.length && !item.confirmed) {
    return { type: 'toggle', position: shortcut };
  }
  return null;
}

/** The machine event of an intent at time `at`. */
export function intentEvent(intent: KeyIntent, at: number): QuizEvent {
  return { ...intent, at } as QuizEvent;
}
