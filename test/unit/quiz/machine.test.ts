/**
 * The quiz page's state machine (src/core/quiz/machine.ts): every event from every view a student
 * can reach — what is shown next, what is saved, said and focused.
 */
import { describe, expect, it } from 'vitest';
import type { NewAttempt } from '../../../src/core/quiz/attempt.ts';
import { commitAttempt } from '../../../src/core/quiz/commit.ts';
import {
  QUIZ_EVENT_TYPES,
  initialQuizState,
  openItems,
  quizTransition,
  type QuizEvent,
  type QuizMachineState,
} from '../../../src/core/quiz/machine.ts';
import { applyAttemptReviews } from '../../../src/core/quiz/review-scheduler.ts';
import { emptyState } from '../../../src/core/quiz/persistence.ts';
import type { Attempt } from '../../../src/core/quiz/schema.ts';
import { MINUTE, deepFreeze, makeBank } from './helpers.ts';

const T0 = Date.UTC(2026, 0, 1);
const bank = makeBank(3);

const input = (mode: 'practice' | 'exam' = 'practice', timeLimitMs: number | null = null): NewAttempt => ({
  id: 'att-1',
  mode,
  questionIds: ['q01', 'q02', 'q03'],
  seed: 'seed-1',
  source: { kind: 'tags', tags: [], notes: [] },
  timeLimitMs,
});

/** Runs events in order, each on a frozen state (a transition that mutates its input fails). */
function run(state: QuizMachineState, ...events: QuizEvent[]): QuizMachineState {
  return events.reduce((s, e) => quizTransition(deepFreeze(s), e), state);
}

/** A started attempt, saved as the page would (compare-and-set into an empty store). */
function started(mode: 'practice' | 'exam' = 'practice', timeLimitMs: number | null = null): QuizMachineState {
  const s = run(initialQuizState(), { type: 'bank-loaded', bank }, { type: 'start', input: input(mode, timeLimitMs), at: T0 });
  return saved(s);
}

/** Performs the save a state asks for against a store holding `s.save.base`. */
function saved(s: QuizMachineState): QuizMachineState {
  if (!s.save || !s.attempt) return s;
  const stored = emptyState();
  const base = s.save.base;
  const state = base ? { ...stored, attempts: { [base.id]: base } } : stored;
  return run(s, { type: 'saved', result: commitAttempt(state, base, s.attempt, applyAttemptReviews) });
}

/** The letter of the answer key (B) at its shuffled position, and a wrong one. */
function positions(a: Attempt): { right: number; wrong: number } {
  const order = a.items[a.current]!.optionOrder;
  return { right: order.indexOf('B'), wrong: order.findIndex((l) => l !== 'B') };
}

describe('loading and the builder', () => {
  it('starts loading, shows the builder once the bank arrives', () => {
    const s = run(initialQuizState(), { type: 'bank-loaded', bank });
    expect(initialQuizState().view).toBe('loading');
    expect(s.view).toBe('builder');
    expect(s.bank).toBe(bank);
  });

  it('show-builder leaves an attempt on screen for the builder', () => {
    const s = run(started(), { type: 'show-builder' });
    expect(s.view).toBe('builder');
    expect(s.attempt).toBeNull();
  });

  it('start creates the attempt, asks to save it as new, focuses the question and announces the count', () => {
    const s = run(initialQuizState(), { type: 'bank-loaded', bank }, { type: 'start', input: input(), at: T0 });
    expect(s.view).toBe('session');
    expect(s.attempt?.items).toHaveLength(3);
    expect(s.save).toEqual({ base: null });
    expect(s.focus).toBe('question');
    expect(s.say).toEqual({ kind: 'started', count: 3 });
  });

  it('start with input the engine rejects stays on the builder with the reason', () => {
    const s = run(
      initialQuizState(),
      { type: 'bank-loaded', bank },
      { type: 'start', input: { ...input(), questionIds: ['nope'] }, at: T0 },
    );
    expect(s.view).toBe('builder');
    expect(s.attempt).toBeNull();
    expect(s.error).toMatch(/nope/);
  });

  it('start before the bank is loaded does nothing', () => {
    const s = run(initialQuizState(), { type: 'start', input: input(), at: T0 });
    expect(s.view).toBe('loading');
    expect(s.attempt).toBeNull();
  });
});

describe('open', () => {
  it('opens a running attempt on its question, a submitted one on its results', () => {
    const running = started().attempt!;
    const s = run(initialQuizState(), { type: 'bank-loaded', bank }, { type: 'open', attempt: running, at: T0 + 1000 });
    expect(s.view).toBe('session');
    expect(s.focus).toBe('question');
    const done = run(started(), { type: 'request-submit', at: T0 }, { type: 'submit', at: T0 }).attempt!;
    const r = run(initialQuizState(), { type: 'bank-loaded', bank }, { type: 'open', attempt: done, at: T0 + 1000 });
    expect(r.view).toBe('results');
    expect(r.focus).toBe('results');
    expect(r.save).toBeNull();
  });

  it('submits an exam whose deadline passed while the page was closed, and asks to save it', () => {
    const running = started('exam', 10 * MINUTE).attempt!;
    const s = run(initialQuizState(), { type: 'bank-loaded', bank }, { type: 'open', attempt: running, at: T0 + 11 * MINUTE });
    expect(s.view).toBe('results');
    expect(s.attempt?.submitReason).toBe('time-up');
    expect(s.save?.base).toBe(running);
    expect(s.say).toEqual({ kind: 'time-up' });
  });
});

describe('the running quiz', () => {
  it('select and toggle choose options; toggle focuses the option; a checked item ignores toggles', () => {
    let s = started();
    const { right } = positions(s.attempt!);
    s = run(s, { type: 'toggle', position: right, at: T0 + 1 });
    expect(s.attempt?.items[0]?.selected).toEqual(['B']);
    expect(s.focus).toEqual({ option: right });
    expect(s.save?.base?.items[0]?.selected).toEqual([]);
    s = saved(run(s, { type: 'select', letters: ['A'], at: T0 + 2 }));
    expect(s.attempt?.items[0]?.selected).toEqual(['A']);
    s = saved(run(s, { type: 'check', at: T0 + 3 }));
    const after = run(s, { type: 'toggle', position: 0, at: T0 + 4 });
    expect(after.attempt).toBe(s.attempt);
    expect(after.save).toBeNull();
  });

  it('toggle out of range is ignored', () => {
    const s = started();
    expect(run(s, { type: 'toggle', position: 9, at: T0 }).attempt).toBe(s.attempt);
  });

  it('check announces the verdict with the key and focuses it', () => {
    let s = started();
    const { right, wrong } = positions(s.attempt!);
    s = saved(run(s, { type: 'toggle', position: right, at: T0 + 1 }, { type: 'check', at: T0 + 2 }));
    expect(s.attempt?.items[0]?.result).toBe('correct');
    expect(s.say).toMatchObject({ kind: 'correct' });
    expect(s.focus).toBe('verdict');
    s = saved(run(s, { type: 'go', to: 'next', at: T0 + 3 }));
    const w = positions(s.attempt!).wrong;
    s = run(s, { type: 'toggle', position: w, at: T0 + 4 }, { type: 'check', at: T0 + 5 });
    expect(s.say).toMatchObject({ kind: 'incorrect', key: expect.stringMatching(/^[A-J]$/) });
    expect(wrong).not.toBe(right);
  });

  it('check with nothing chosen changes nothing; check in an exam is rejected with the engine hint', () => {
    const s = run(started(), { type: 'check', at: T0 + 1 });
    expect(s.say).toBeNull();
    expect(s.save).toBeNull();
    const e = run(started('exam', 10 * MINUTE), { type: 'select', letters: ['A'], at: T0 + 1 });
    const r = run(saved(e), { type: 'check', at: T0 + 2 });
    expect(r.say?.kind).toBe('rejected');
    expect(r.save).toBeNull();
  });

  it('flag toggles and says so', () => {
    let s = run(started(), { type: 'flag', at: T0 + 1 });
    expect(s.attempt?.items[0]?.flagged).toBe(true);
    expect(s.say).toEqual({ kind: 'flagged' });
    s = run(saved(s), { type: 'flag', at: T0 + 2 });
    expect(s.say).toEqual({ kind: 'unflagged' });
  });

  it('go moves next, previous and to a question, focusing the title only when it moved', () => {
    let s = run(started(), { type: 'go', to: 'next', at: T0 + 1 });
    expect(s.attempt?.current).toBe(1);
    expect(s.focus).toBe('question');
    s = run(saved(s), { type: 'go', to: 2, at: T0 + 2 });
    expect(s.attempt?.current).toBe(2);
    s = run(saved(s), { type: 'go', to: 'previous', at: T0 + 3 });
    expect(s.attempt?.current).toBe(1);
    const first = run(started(), { type: 'go', to: 'previous', at: T0 + 1 });
    expect(first.focus).toBeNull();
  });

  it('enter checks an answered practice item, else goes on, else asks to submit', () => {
    let s = started();
    s = saved(run(s, { type: 'toggle', position: positions(s.attempt!).right, at: T0 + 1 }));
    s = saved(run(s, { type: 'enter', at: T0 + 2 }));
    expect(s.attempt?.items[0]?.confirmed).toBe(true);
    s = saved(run(s, { type: 'enter', at: T0 + 3 }));
    expect(s.attempt?.current).toBe(1);
    s = saved(run(s, { type: 'go', to: 2, at: T0 + 4 }));
    s = run(s, { type: 'enter', at: T0 + 5 });
    expect(s.confirmingSubmit).toBe(true);
    expect(s.focus).toBe('submit-now');
  });
});

describe('submitting', () => {
  it('request-submit asks first (open items); keep-working closes the panel; submit shows the results', () => {
    let s = run(started('exam', 10 * MINUTE), { type: 'request-submit', at: T0 + 1 });
    expect(s.confirmingSubmit).toBe(true);
    expect(openItems(s.attempt!)).toEqual({ unanswered: 3, unchecked: 0, flagged: 0 });
    s = run(s, { type: 'keep-working' });
    expect(s.confirmingSubmit).toBe(false);
    expect(s.focus).toBe('question');
    s = run(s, { type: 'request-submit', at: T0 + 2 }, { type: 'submit', at: T0 + 3 });
    expect(s.view).toBe('results');
    expect(s.attempt?.status).toBe('submitted');
    expect(s.focus).toBe('results');
    expect(s.confirmingSubmit).toBe(false);
  });

  it('a practice quiz with every answer checked finishes at once', () => {
    let s = started();
    for (let i = 0; i < 3; i += 1) {
      s = saved(run(s, { type: 'toggle', position: positions(s.attempt!).right, at: T0 + i * 10 + 1 }));
      s = saved(run(s, { type: 'check', at: T0 + i * 10 + 2 }));
      if (i < 2) s = saved(run(s, { type: 'go', to: 'next', at: T0 + i * 10 + 3 }));
    }
    s = run(s, { type: 'request-submit', at: T0 + 100 });
    expect(s.view).toBe('results');
    expect(s.confirmingSubmit).toBe(false);
  });

  it('openItems counts answered-but-unchecked practice items', () => {
    const s = run(started(), { type: 'select', letters: ['A'], at: T0 + 1 });
    expect(openItems(s.attempt!)).toEqual({ unanswered: 2, unchecked: 1, flagged: 0 });
  });

  it('session events do nothing on the results view', () => {
    const done = run(started(), { type: 'request-submit', at: T0 }, { type: 'submit', at: T0 + 1 });
    for (const event of [
      { type: 'flag', at: T0 + 2 },
      { type: 'go', to: 'next', at: T0 + 2 },
      { type: 'select', letters: ['A'], at: T0 + 2 },
    ] as QuizEvent[]) {
      const s = run(done, event);
      expect(s.attempt).toBe(done.attempt);
      expect(s.save).toBeNull();
    }
  });
});

describe('tick (the countdown)', () => {
  it('warns at 5 and 1 minutes, not on the first tick after opening', () => {
    let s = run(started('exam', 10 * MINUTE), { type: 'tick', at: T0 + 4 * MINUTE });
    expect(s.say).toBeNull();
    // Reopened at 4 minutes left: no "5 minutes" on the first tick.
    const reopened = run(s, { type: 'open', attempt: s.attempt!, at: T0 + 6 * MINUTE }, { type: 'tick', at: T0 + 6 * MINUTE });
    expect(reopened.say).toBeNull();
    s = run(s, { type: 'tick', at: T0 + 5 * MINUTE + 1 });
    expect(s.say).toEqual({ kind: 'minutes-left', minutes: 5 });
    s = run(s, { type: 'tick', at: T0 + 9 * MINUTE + 1 });
    expect(s.say).toEqual({ kind: 'minutes-left', minutes: 1 });
  });

  it('submits at the deadline and announces it', () => {
    const s = run(started('exam', 10 * MINUTE), { type: 'tick', at: T0 + 10 * MINUTE });
    expect(s.view).toBe('results');
    expect(s.attempt?.submitReason).toBe('time-up');
    expect(s.say).toEqual({ kind: 'time-up' });
    expect(s.save).not.toBeNull();
  });

  it('does nothing for an untimed quiz', () => {
    const s = started();
    expect(run(s, { type: 'tick', at: T0 + 99 * MINUTE })).toEqual({ ...s, save: null, say: null, focus: null });
  });
});

describe('saving and other tabs', () => {
  it('saved (ok) takes the stored version as the new base, keeping focus and announcement', () => {
    const s = run(started(), { type: 'flag', at: T0 + 1 });
    const after = saved(s);
    expect(after.attempt?.revision).toBe(s.attempt!.revision);
    expect(after.say).toEqual({ kind: 'flagged' });
    expect(after.save).toBeNull();
  });

  it('saved (lost to another tab that submitted) shows its results with a notice', () => {
    const base = started();
    const other = run(base, { type: 'request-submit', at: T0 }, { type: 'submit', at: T0 + 1 }).attempt!;
    const mine = run(base, { type: 'flag', at: T0 + 2 });
    const s = run(mine, { type: 'saved', result: { ok: false, reason: 'stale', current: other } });
    expect(s.view).toBe('results');
    expect(s.attempt).toBe(other);
    expect(s.notice).toBe('other-tab-submitted');
    expect(s.focus).toBe('results');
  });

  it('saved (lost, still running) shows the other version with a notice', () => {
    const base = started();
    const other = run(base, { type: 'go', to: 'next', at: T0 }).attempt!;
    const s = run(run(base, { type: 'flag', at: T0 + 1 }), { type: 'saved', result: { ok: false, reason: 'stale', current: other } });
    expect(s.view).toBe('session');
    expect(s.attempt).toBe(other);
    expect(s.notice).toBe('other-tab-changed');
  });

  it('saved (gone from storage) keeps this tab’s version', () => {
    const mine = run(started(), { type: 'flag', at: T0 + 1 });
    const s = run(mine, { type: 'saved', result: { ok: false, reason: 'gone', current: undefined } });
    expect(s.attempt).toBe(mine.attempt);
    expect(s.notice).toBeNull();
  });

  it('external: another tab’s submission shows the results with a notice; a change of the same revision is ignored', () => {
    const base = started();
    const other = run(base, { type: 'request-submit', at: T0 }, { type: 'submit', at: T0 + 1 }).attempt!;
    const s = run(base, { type: 'external', attempt: other });
    expect(s.view).toBe('results');
    expect(s.notice).toBe('other-tab-submitted');
    expect(run(base, { type: 'external', attempt: base.attempt! })).toEqual({ ...base, save: null, say: null, focus: null });
    const moved = run(base, { type: 'go', to: 'next', at: T0 }).attempt!;
    expect(run(base, { type: 'external', attempt: moved }).attempt?.current).toBe(1);
  });
});

it('lists every event type once', () => {
  expect(new Set(QUIZ_EVENT_TYPES).size).toBe(QUIZ_EVENT_TYPES.length);
});
