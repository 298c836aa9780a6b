/**
 * Issue 13, cases 5 and 8: time in a timed exam only moves forward, whatever the system clock does;
 * importing a large history is linear; an invalid saved attempt is set aside alone and the set-aside
 * copy can be imported again once fixed.
 */
import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { remainingMs } from '../../../src/core/quiz/deadline.ts';
import { createMonotonicClock } from '../../../src/core/quiz/monotonic-clock.ts';
import { emptyState, importState, load, mergeStates, save } from '../../../src/core/quiz/persistence.ts';
import type { Attempt, QuizState } from '../../../src/core/quiz/schema.ts';
import { FakeClock, MINUTE, ctxOf, makeBank } from './helpers.ts';

const bank = makeBank(4);

/** A wall clock and a monotonic timer the test moves independently. */
function sources(start = Date.UTC(2026, 0, 1)) {
  const s = { wall: start, mono: 1000 };
  return { s, wall: () => s.wall, monotonic: () => s.mono };
}

function exam(clock: { now(): number }, id = 'exam-1', limitMs = MINUTE): Attempt {
  return createAttempt(
    { id, mode: 'exam', questionIds: ['q01', 'q02'], seed: 's', source: { kind: 'due' }, timeLimitMs: limitMs },
    ctxOf(bank, clock as FakeClock),
  );
}

describe('a timed exam under a clock set back (case 5)', () => {
  it('the remaining time never grows when the system clock goes back within a page', () => {
    const { s, wall, monotonic } = sources();
    const clock = createMonotonicClock({ wall, monotonic });
    const attempt = exam(clock);
    s.wall += 10_000;
    s.mono += 10_000;
    const before = remainingMs(attempt, clock.now())!;
    expect(before).toBe(50_000);
    s.wall -= 11 * MINUTE; // the student sets the clock back 11 minutes
    s.mono += 1_000;
    expect(remainingMs(attempt, clock.now())).toBe(49_000);
    s.mono += 60_000; // the real deadline passes
    expect(remainingMs(attempt, clock.now())).toBe(0);
  });

  it('across a reload the latest time seen is the floor: the clock set back before the start changes nothing', () => {
    const first = sources();
    const page1 = createMonotonicClock({ wall: first.wall, monotonic: first.monotonic });
    const attempt = exam(page1);
    first.s.wall += 30_000;
    first.s.mono += 30_000;
    page1.now();
    const persisted = page1.latest();
    // Reload with the wall clock 11 minutes before the start.
    const second = sources(attempt.startedAt - 11 * MINUTE);
    const page2 = createMonotonicClock({ wall: second.wall, monotonic: second.monotonic, floor: persisted });
    expect(remainingMs(attempt, page2.now())).toBe(30_000);
  });

  it('submit succeeds, on time, while the wall clock reads earlier than the start', () => {
    const { s, wall, monotonic } = sources();
    const clock = createMonotonicClock({ wall, monotonic });
    let attempt = exam(clock);
    const ctx = ctxOf(bank, clock as unknown as FakeClock);
    attempt = selectOptions(attempt, 0, ['A'], ctx);
    s.wall -= 60 * MINUTE;
    s.mono += 5_000;
    const done = submitAttempt(attempt, ctx);
    expect(done.status).toBe('submitted');
    expect(done.submitReason).toBe('manual');
    expect(done.submittedAt).toBe(attempt.startedAt + 5_000);
  });

  it('answers after the real deadline are a time-up submit at the deadline, not an on-time one', () => {
    const { s, wall, monotonic } = sources();
    const clock = createMonotonicClock({ wall, monotonic });
    const attempt = exam(clock);
    s.mono += 2 * MINUTE; // two real minutes pass …
    s.wall -= 10 * MINUTE; // … while the wall clock is set back
    const done = submitAttempt(attempt, ctxOf(bank, clock as unknown as FakeClock));
    expect(done.submitReason).toBe('time-up');
    expect(done.submittedAt).toBe(attempt.deadline);
  });
});

/** A state of `n` submitted attempts, each its own sitting. */
function manyAttempts(n: number, prefix: string): QuizState {
  const clock = new FakeClock();
  const template = submitAttempt(exam(clock, 'template', 10 * MINUTE), ctxOf(bank, clock));
  const attempts: Record<string, Attempt> = {};
  for (let i = 0; i < n; i += 1) {
    const id = `${prefix}-${i}`;
    attempts[id] = {
      ...template,
      id,
      seed: `${prefix}${i}`,
      startedAt: template.startedAt + i,
      deadline: template.deadline! + i,
      submittedAt: template.submittedAt! + i,
    };
  }
  return { ...emptyState(), attempts };
}

describe('import merge (case 8)', () => {
  // The target (40,000 attempts in under 2 s on an idle machine) is a speed target; this test only
  // tells linear from quadratic, with room for a loaded CI machine: the quadratic merge needed 20 s
  // for 8,000 attempts, so 40,000 would take minutes.
  it('merges 40,000 attempts into 40,000 in linear time, and importing the same file again adds nothing', () => {
    const existing = manyAttempts(40_000, 'here');
    const incoming = manyAttempts(40_000, 'there');
    const started = performance.now();
    const { state, report } = mergeStates(existing, incoming);
    const again = mergeStates(state, incoming);
    const ms = performance.now() - started;
    expect(report.attemptsAdded).toBe(40_000);
    expect(Object.keys(state.attempts)).toHaveLength(80_000);
    expect(again.report.attemptsKept).toBe(40_000);
    expect(ms).toBeLessThan(15_000);
  });

  it('one invalid saved attempt is set aside alone; the set-aside copy imports again once fixed', () => {
    const state = manyAttempts(3, 'a');
    const broken = JSON.parse(save(state)) as { attempts: Record<string, { startedAt: unknown }> };
    broken.attempts['a-1']!.startedAt = 'yesterday';
    const loaded = load(JSON.stringify(broken));
    expect(Object.keys(loaded.state.attempts).sort()).toEqual(['a-0', 'a-2']);
    expect(loaded.recovered?.error).toMatch(/attempts\.a-1\.startedAt/);
    const setAside = JSON.parse(loaded.recovered!.raw) as { attempts: Record<string, { startedAt: unknown }> };
    expect(Object.keys(setAside.attempts)).toEqual(['a-1']);
    setAside.attempts['a-1']!.startedAt = state.attempts['a-1']!.startedAt; // the student fixes it
    const imported = importState(loaded.state, JSON.stringify(setAside));
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(Object.keys(imported.state.attempts).sort()).toEqual(['a-0', 'a-1', 'a-2']);
  });
});
