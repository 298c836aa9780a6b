/**
 * The injectable clock. No quiz logic reads the system time itself: every function that needs
 * "now" takes a {@link Clock}, so tests drive time with a fake clock and the browser island passes
 * `{ now: () => Date.now() }`.
 */
import { QuizError } from './errors.ts';

/** A source of the current time. */
export interface Clock {
  /** The current time as a Unix epoch timestamp in milliseconds (UTC), like `Date.now()`. */
  now(): number;
}

/**
 * Reads the clock once and checks the value.
 *
 * @returns the current time in epoch ms (a safe, non-negative integer).
 * @throws {QuizError} `invalid-clock` when the clock returns a non-integer, negative or non-finite
 *   value (e.g. `NaN` from a broken date parse), which would otherwise poison every deadline.
 */
export function readClock(clock: Clock): number {
  const now = clock.now();
  if (!Number.isSafeInteger(now) || now < 0) {
    throw new QuizError(
      'invalid-clock',
      'clock.now()',
      `returned ${String(now)}, not an epoch time in whole milliseconds`,
      'pass a clock whose now() returns Date.now()-style integers',
    );
  }
  return now;
}
