/**
 * The quiz page's clock: a {@link createMonotonicClock} (time only moves forward within the page)
 * whose floor is the latest time any quiz page of this browser has seen, kept in localStorage, so a
 * reload with the system clock set back never gives a timed exam more time (issue 13).
 */
import { createMonotonicClock, type MonotonicClock } from '../../core/quiz/monotonic-clock.ts';

/** localStorage key of the latest time seen, epoch ms as decimal text. */
export const LATEST_TIME_KEY = 'emr-prep:quiz:latest-time';

/** How often the latest time is written back, at most, in ms. */
const SAVE_EVERY_MS = 250;

/** A clock for the quiz pages; falls back to page-only monotonic time when storage is blocked. */
export function pageClock(): MonotonicClock {
  let floor = 0;
  try {
    floor = Number(localStorage.getItem(LATEST_TIME_KEY)) || 0;
  } catch {
    // storage blocked: the clock is still monotonic within the page
  }
  const clock = createMonotonicClock({ floor });
  let saved = 0;
  const persist = (t: number): void => {
    if (t - saved < SAVE_EVERY_MS) return;
    saved = t;
    try {
      localStorage.setItem(LATEST_TIME_KEY, String(t));
    } catch {
      // quota or blocked storage: nothing to do
    }
  };
  addEventListener('pagehide', () => {
    saved = 0;
    persist(clock.now());
  });
  return {
    now(): number {
      const t = clock.now();
      persist(t);
      return t;
    },
    latest: clock.latest,
    atLeast: clock.atLeast,
  };
}
