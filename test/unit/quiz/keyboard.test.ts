/** The running quiz's keys as state-machine events (src/islands/quiz/keyboard.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { createAttempt } from '../../../src/core/quiz/attempt.ts';
import type { Attempt } from '../../../src/core/quiz/schema.ts';
import { intentEvent, keyIntent } from '../../../src/islands/quiz/keyboard.ts';
import { FakeClock, ctxOf, makeBank } from './helpers.ts';

const attempt: Attempt = createAttempt(
  { id: 'k-1', mode: 'practice', questionIds: ['q01', 'q02'], seed: 's', source: { kind: 'tags', tags: [], notes: [] }, timeLimitMs: null },
  ctxOf(makeBank(2), new FakeClock()),
);

/** A key event on an element matching `on` (a selector the target's `closest` answers), default the page body. */
function key(init: Partial<KeyboardEvent> & { on?: string }): KeyboardEvent {
  const on = init.on ?? 'body';
  const target = { closest: (selector: string) => (selector.split(',').some((s) => s.trim().startsWith(on)) ? {} : null) };
  return {
    key: '',
    code: '',
    isComposing: false,
    keyCode: 0,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    target,
    ...init,
  } as unknown as KeyboardEvent;
}

describe('keyIntent', () => {
  it('arrows move, Enter goes on, F flags, digits and letters choose by position', () => {
    expect(keyIntent(key({ key: 'ArrowRight' }), attempt)).toEqual({ type: 'go', to: 'next' });
    expect(keyIntent(key({ key: 'ArrowLeft' }), attempt)).toEqual({ type: 'go', to: 'previous' });
    expect(keyIntent(key({ key: 'Enter', code: 'Enter' }), attempt)).toEqual({ type: 'enter' });
    expect(keyIntent(key({ key: 'ㄹ', code: 'KeyF' }), attempt)).toEqual({ type: 'flag' });
    expect(keyIntent(key({ key: '2', code: 'Digit2' }), attempt)).toEqual({ type: 'toggle', position: 1 });
    expect(keyIntent(key({ key: 'ㅁ', code: 'KeyA' }), attempt)).toEqual({ type: 'toggle', position: 0 });
  });

  it('ignores an IME’s composing keys and its Enter, modifier chords, text fields and out-of-range options', () => {
    expect(keyIntent(key({ key: 'Enter', code: 'Enter', isComposing: true }), attempt)).toBeNull();
    expect(keyIntent(key({ key: 'Enter', code: 'Enter', keyCode: 229 }), attempt)).toBeNull();
    expect(keyIntent(key({ key: 'f', code: 'KeyF', ctrlKey: true }), attempt)).toBeNull();
    expect(keyIntent(key({ key: 'a', code: 'KeyA', on: 'input' }), attempt)).toBeNull();
    expect(keyIntent(key({ key: '9', code: 'Digit9' }), attempt)).toBeNull();
  });

  it('leaves Enter on buttons and links to them, and does nothing once the attempt is submitted', () => {
    expect(keyIntent(key({ key: 'Enter', code: 'Enter', on: 'button' }), attempt)).toBeNull();
    expect(keyIntent(key({ key: 'ArrowRight' }), { ...attempt, status: 'submitted' })).toBeNull();
  });

  it('stamps the intent with the time', () => {
    expect(intentEvent({ type: 'flag' }, 42)).toEqual({ type: 'flag', at: 42 });
  });
});
