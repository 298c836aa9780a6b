/**
 * Deadline arithmetic of timed attempts. A timed attempt stores an absolute deadline
 * (`startedAt + timeLimitMs`, epoch ms), so a reload, a closed tab, a sleeping laptop or a
 * throttled background tab can never add time: the remaining time is always
 * `deadline − now`, whatever happened in between.
 *
 * All durations are milliseconds; all points in time are epoch milliseconds.
 */
import { QuizError } from './errors.ts';

/**
 * Default exam time per question: 2 minutes (120 000 ms), the pace of the AWS associate exams —
 * 130 minutes for 65 questions (AWS Certification exam guides, e.g. [S29]
 * https://docs.aws.amazon.com/aws-certification/latest/userguide/data-engineer-associate-01-domain1.html ;
 * not recorded in emr-facts.md, taken from the issue text).
 */
export const DEFAULT_MS_PER_QUESTION = 120_000;

/** Longest accepted time limit: 24 hours, in ms. */
export const MAX_TIME_LIMIT_MS = 24 * 60 * 60 * 1000;

/** Shortest accepted time limit: 1 second, in ms (the e2e tests use a few seconds). */
export const MIN_TIME_LIMIT_MS = 1000;

/** Remaining-time thresholds at which the island warns (and announces to screen readers): 5 and 1 minutes, in ms. */
export const TIME_WARNINGS_MS: readonly number[] = [5 * 60_000, 60_000];

/**
 * Checks a time limit.
 *
 * @param timeLimitMs milliseconds, or null for untimed.
 * @throws {QuizError} `invalid-argument` unless null or an integer from {@link MIN_TIME_LIMIT_MS}
 *   to {@link MAX_TIME_LIMIT_MS}.
 */
export function assertTimeLimit(timeLimitMs: number | null, field = 'timeLimitMs'): number | null {
  if (timeLimitMs === null) return null;
  if (!Number.isInteger(timeLimitMs) || timeLimitMs < MIN_TIME_LIMIT_MS || timeLimitMs > MAX_TIME_LIMIT_MS) {
    throw new QuizError(
      'invalid-argument',
      field,
      `${String(timeLimitMs)} is not a time limit in whole milliseconds`,
      `use null (untimed) or ${MIN_TIME_LIMIT_MS}–${MAX_TIME_LIMIT_MS} ms (1 s to 24 h)`,
    );
  }
  return timeLimitMs;
}

/**
 * The default exam time limit for a number of questions: `count × msPerQuestion`
 * (65 questions × 120 000 ms = 7 800 000 ms = 130 minutes).
 *
 * @throws {QuizError} when `count` is not a positive integer or `msPerQuestion` not a positive integer.
 */
export function defaultTimeLimitMs(count: number, msPerQuestion = DEFAULT_MS_PER_QUESTION): number {
  if (!Number.isInteger(count) || count < 1) {
    throw new QuizError('invalid-argument', 'count', `${String(count)} questions`, 'use a whole number of at least 1');
  }
  if (!Number.isInteger(msPerQuestion) || msPerQuestion < 1) {
    throw new QuizError('invalid-argument', 'msPerQuestion', `${String(msPerQuestion)} ms`, 'use a positive whole number of ms');
  }
  return Math.min(count * msPerQuestion, MAX_TIME_LIMIT_MS);
}

/** The part of an attempt the clock arithmetic reads. */
export interface TimedAttempt {
  startedAt: number;
  deadline: number | null;
  status: 'in-progress' | 'submitted';
  submittedAt: number | null;
}

/** Whether a timed attempt's deadline has come at `now` (the deadline instant itself counts as past). */
export function isPastDeadline(attempt: Pick<TimedAttempt, 'deadline'>, now: number): boolean {
  return attempt.deadline !== null && now >= attempt.deadline;
}

/**
 * Milliseconds left before the deadline.
 *
 * @returns `max(0, deadline − now)` while in progress; for a submitted attempt the time that was
 *   left at submission; null when the attempt is untimed.
 */
export function remainingMs(attempt: TimedAttempt, now: number): number | null {
  if (attempt.deadline === null) return null;
  const at = attempt.status === 'submitted' && attempt.submittedAt !== null ? attempt.submittedAt : now;
  return Math.max(0, attempt.deadline - at);
}

/**
 * Time the student has used, in ms: from `startedAt` to the submission, or to `now` while in
 * progress — never past the deadline (a timed attempt cannot use more than its limit) and never
 * negative (a clock set back before the start counts as 0).
 */
export function timeUsedMs(attempt: TimedAttempt, now: number): number {
  let end = attempt.status === 'submitted' && attempt.submittedAt !== null ? attempt.submittedAt : now;
  if (attempt.deadline !== null) end = Math.min(end, attempt.deadline);
  return Math.max(0, end - attempt.startedAt);
}

/**
 * The warning threshold crossed between two readings of the remaining time, for the countdown's
 * "5 minutes left" / "1 minute left" announcements.
 *
 * @param previousMs remaining ms at the previous tick, or null on the first tick after (re)opening
 *   (so a reload at 4 minutes left does not announce "5 minutes").
 * @param currentMs remaining ms now.
 * @param thresholds thresholds in ms (default {@link TIME_WARNINGS_MS}).
 * @returns the smallest threshold `t` with `previousMs > t ≥ currentMs`, or null.
 */
export function crossedWarning(
  previousMs: number | null,
  currentMs: number,
  thresholds: readonly number[] = TIME_WARNINGS_MS,
): number | null {
  if (previousMs === null) return null;
  const crossed = thresholds.filter((t) => previousMs > t && currentMs <= t);
  return crossed.length === 0 ? null : Math.min(...crossed);
}

/**
 * Formats a duration for a countdown: `m:ss`, or `h:mm:ss` from one hour. Seconds are rounded
 * up, so the display reads `0:00` only when no time is left.
 *
 * @param ms a duration in milliseconds (negative counts as 0).
 */
export function formatDuration(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
