/**
 * A clock that only moves forward (issue 13, case 5): a timed exam's remaining time must never
 * grow, whatever the system clock does. Setting the clock back used to stretch a 60-second exam to
 * 11 minutes, store late answers as an on-time submit, and — while the clock read earlier than the
 * start — make Submit do nothing.
 *
 * `now()` is the largest of: the previous reading; the wall time at creation plus the monotonic
 * time elapsed since (`performance.now()`, which the system clock does not move); the wall time
 * itself (so time spent asleep, which a monotonic timer may not count, still counts); and a floor —
 * the latest time seen before a reload (the caller persists {@link MonotonicClock.latest}) and
 * e.g. the attempt's start. So within a page time moves at the monotonic rate or faster, across
 * reloads it never goes below what was already seen, and a clock set back changes nothing.
 */
import type { Clock } from './clock.ts';

/** A {@link Clock} that never goes backwards. */
export interface MonotonicClock extends Clock {
  /** The latest time returned, epoch ms (persist it; pass it back as a floor after a reload). */
  latest(): number;
  /** Raises the floor: `now()` is at least `t` from now on (e.g. an attempt's `startedAt`). */
  atLeast(t: number): void;
}

/** Sources of a {@link MonotonicClock}; both default to the platform's. */
export interface MonotonicSources {
  /** Wall time, epoch ms (default `Date.now`). */
  wall?: () => number;
  /** A monotonic timer in ms with an arbitrary origin (default `performance.now`). */
  monotonic?: () => number;
  /** The latest time seen before (epoch ms), e.g. read back from storage; default 0. */
  floor?: number;
}

/**
 * Creates a clock that never goes backwards (see the module comment). Readings are whole
 * milliseconds, so {@link readClock} accepts them.
 */
export function createMonotonicClock(sources: MonotonicSources = {}): MonotonicClock {
  const wall = sources.wall ?? (() => Date.now());
  const monotonic = sources.monotonic ?? (() => performance.now());
  const floor = Number.isFinite(sources.floor) ? Math.floor(sources.floor as number) : 0;
  const originMono = monotonic();
  const originWall = Math.max(Math.floor(wall()), floor);
  let last = originWall;
  return {
    now(): number {
      const byMonotonic = originWall + Math.floor(monotonic() - originMono);
      const w = Math.floor(wall());
      last = Math.max(last, byMonotonic, Number.isSafeInteger(w) ? w : last);
      return last;
    },
    latest: () => last,
    atLeast(t: number): void {
      if (Number.isSafeInteger(t)) last = Math.max(last, t);
    },
  };
}
