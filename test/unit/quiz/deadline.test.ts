import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, enforceDeadline } from '../../../src/core/quiz/attempt.ts';
import { crossedWarning, defaultTimeLimitMs, formatDuration, remainingMs, timeUsedMs } from '../../../src/core/quiz/deadline.ts';
import { load, save, emptyState } from '../../../src/core/quiz/persistence.ts';
import { resolveTimeLimitMs } from '../../../src/core/quiz/spec.ts';
import { FakeClock, MINUTE, ctxOf, makeBank } from './helpers.ts';

describe('deadline arithmetic', () => {
  it('gives an AWS-length exam (65 questions) 130 minutes by default', () => {
    // 65 × 2 min = 130 min = 7 800 000 ms (the AWS associate exam format).
    expect(defaultTimeLimitMs(65)).toBe(130 * MINUTE);
    expect(resolveTimeLimitMs({ mode: 'exam', timeLimit: 'default' }, 65)).toBe(7_800_000);
    expect(resolveTimeLimitMs({ mode: 'practice', timeLimit: 'default' }, 65)).toBeNull();
    expect(resolveTimeLimitMs({ mode: 'exam', timeLimit: 5000 }, 65)).toBe(5000);
  });

  it('stores the deadline as an absolute epoch time = start + limit', () => {
    const clock = new FakeClock(1_767_225_600_000);
    const bank = makeBank(3);
    const a = createAttempt(
      { id: 'a1', mode: 'exam', questionIds: ['q01', 'q02', 'q03'], seed: 's', source: { kind: 'due' }, timeLimitMs: 6 * MINUTE },
      ctxOf(bank, clock),
    );
    expect(a.startedAt).toBe(1_767_225_600_000);
    expect(a.deadline).toBe(1_767_225_600_000 + 360_000);
    clock.advance(2 * MINUTE + 500);
    expect(remainingMs(a, clock.now())).toBe(4 * MINUTE - 500);
    expect(timeUsedMs(a, clock.now())).toBe(2 * MINUTE + 500);
    // 3 min 59.5 s left: seconds round up, the countdown still shows 4:00.
    expect(formatDuration(remainingMs(a, clock.now()) ?? -1)).toBe('4:00');
  });

  it('keeps counting down across a reload instead of resetting', () => {
    const clock = new FakeClock();
    const bank = makeBank(2);
    const ctx = ctxOf(bank, clock);
    let a = createAttempt(
      { id: 'a1', mode: 'exam', questionIds: ['q01', 'q02'], seed: 's', source: { kind: 'due' }, timeLimitMs: 10 * MINUTE },
      ctx,
    );
    clock.advance(3 * MINUTE);
    a = selectOptions(a, 0, ['B'], ctx);
    const stored = save({ ...emptyState(), attempts: { [a.id]: a } });
    // The tab is closed for 4 minutes (sleep, background tab, reload — all the same to the clock).
    clock.advance(4 * MINUTE);
    const reopened = load(stored).state.attempts.a1!;
    expect(remainingMs(reopened, clock.now())).toBe(3 * MINUTE);
    expect(timeUsedMs(reopened, clock.now())).toBe(7 * MINUTE);
    expect(enforceDeadline(reopened, ctx)).toBe(reopened); // not due yet: unchanged
  });

  it('never reports more time used than the limit, nor negative time', () => {
    const a = { startedAt: 1000, deadline: 61_000, status: 'in-progress' as const, submittedAt: null };
    expect(timeUsedMs(a, 500_000)).toBe(60_000);
    expect(remainingMs(a, 500_000)).toBe(0);
    expect(timeUsedMs(a, 0)).toBe(0); // clock set back before the start
    const untimed = { ...a, deadline: null };
    expect(remainingMs(untimed, 5000)).toBeNull();
    expect(timeUsedMs(untimed, 5000)).toBe(4000);
  });

  it('announces the 5- and 1-minute warnings once, when crossed', () => {
    expect(crossedWarning(null, 4 * MINUTE)).toBeNull(); // first tick after a reload
    expect(crossedWarning(5 * MINUTE + 1, 5 * MINUTE)).toBe(5 * MINUTE);
    expect(crossedWarning(5 * MINUTE, 5 * MINUTE - 1000)).toBeNull();
    expect(crossedWarning(61_000, 59_000)).toBe(MINUTE);
    // A long throttled gap crossing both announces the more urgent one.
    expect(crossedWarning(6 * MINUTE, 30_000)).toBe(MINUTE);
  });

  it('formats the countdown, rounding seconds up so 0:00 means time is up', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(1)).toBe('0:01');
    expect(formatDuration(59_001)).toBe('1:00');
    expect(formatDuration(130 * MINUTE)).toBe('2:10:00');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('rejects a time limit that is not a whole number of ms in range', () => {
    const ctx = ctxOf(makeBank(1), new FakeClock());
    const base = { id: 'a', mode: 'exam' as const, questionIds: ['q01'], seed: 's', source: { kind: 'due' as const } };
    expect(() => createAttempt({ ...base, timeLimitMs: Number.NaN }, ctx)).toThrow(/timeLimitMs/);
    expect(() => createAttempt({ ...base, timeLimitMs: 10 }, ctx)).toThrow(/1000/);
    expect(() => createAttempt({ ...base, timeLimitMs: 1.5e3 + 0.5 }, ctx)).toThrow(/whole milliseconds/);
  });

  it('rejects a clock that returns garbage instead of producing NaN deadlines', () => {
    const bank = makeBank(1);
    expect(() =>
      createAttempt(
        { id: 'a', mode: 'exam', questionIds: ['q01'], seed: 's', source: { kind: 'due' }, timeLimitMs: 60_000 },
        { bank, clock: { now: () => Number.NaN } },
      ),
    ).toThrow(/clock\.now\(\)/);
  });
});
