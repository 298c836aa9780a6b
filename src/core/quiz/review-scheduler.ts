/**
 * Spaced repetition with ts-fsrs: one review card per question. Every answered item of a submitted
 * attempt is a review — right = `Rating.Good`, wrong = `Rating.Again` — scheduled by the FSRS
 * algorithm (ts-fsrs defaults: learning steps 1 min and 10 min, relearning step 10 min, requested
 * retention 0.9, no fuzz; https://github.com/open-spaced-repetition/ts-fsrs). Unanswered, changed
 * and missing items are not reviews: the student did not answer that question.
 *
 * The cards' stored form and the reads that need no scheduler are in review-cards.ts. The quiz page
 * loads this module (and ts-fsrs, 7 KB gzip) after its first question; commit.ts takes
 * {@link applyAttemptReviews} as an argument for that reason.
 */
import { createEmptyCard, fsrs, Rating, type FSRS, type FSRSParameters, type Grade } from 'ts-fsrs';
import { QuizError } from './errors.ts';
import type { Attempt, StoredCard } from './model.ts';
import { fromStoredCard, toStoredCard } from './review-cards.ts';

/** The rating of a right answer. */
export const RATING_RIGHT: Grade = Rating.Good;
/** The rating of a wrong answer. */
export const RATING_WRONG: Grade = Rating.Again;

/**
 * An FSRS scheduler. Without arguments: ts-fsrs's default parameters (the ones all tests assume).
 */
export function createScheduler(params?: Partial<FSRSParameters>): FSRS {
  return fsrs(params);
}

const DEFAULT_SCHEDULER = createScheduler();

/** A new, never-reviewed card for a question, due at `now` (epoch ms). */
export function newCard(questionId: string, now: number): StoredCard {
  return toStoredCard(questionId, createEmptyCard(new Date(now)));
}

/**
 * Records one review of a question's card.
 *
 * @param card the question's card, or undefined for a question never reviewed (a new card is made).
 * @param correct right → Good, wrong → Again.
 * @param at review time, epoch ms. A time before the card's last review (clocks of two devices
 *   disagree) is moved to the last review, so FSRS never sees a negative interval.
 * @returns the rescheduled card.
 * @throws {QuizError} `invalid-argument` when `at` is not a safe non-negative integer.
 */
export function reviewCard(
  questionId: string,
  card: StoredCard | undefined,
  correct: boolean,
  at: number,
  scheduler: FSRS = DEFAULT_SCHEDULER,
): StoredCard {
  if (!Number.isSafeInteger(at) || at < 0) {
    throw new QuizError('invalid-argument', 'at', `${String(at)} is not an epoch time in ms`, 'pass a Date.now()-style integer');
  }
  const current = card ?? newCard(questionId, at);
  const when = current.last_review !== null ? Math.max(at, current.last_review) : at;
  const next = scheduler.next(fromStoredCard(current), new Date(when), correct ? RATING_RIGHT : RATING_WRONG);
  return toStoredCard(questionId, next.card);
}

/**
 * Applies a submitted attempt's answers to the review cards, once: every `correct` item is a Good
 * review and every `incorrect` item an Again review, at the attempt's `submittedAt`.
 *
 * @returns the new cards, the attempt marked `reviewsApplied` (revision + 1), and how many cards
 *   were reviewed. An attempt in progress or already applied is returned unchanged with the same
 *   cards object and `reviewed: 0`.
 */
export function applyAttemptReviews(
  cards: Readonly<Record<string, StoredCard>>,
  attempt: Attempt,
  scheduler: FSRS = DEFAULT_SCHEDULER,
): { cards: Record<string, StoredCard>; attempt: Attempt; reviewed: number } {
  if (attempt.status !== 'submitted' || attempt.submittedAt === null || attempt.reviewsApplied) {
    return { cards: cards as Record<string, StoredCard>, attempt, reviewed: 0 };
  }
  const next: Record<string, StoredCard> = { ...cards };
  let reviewed = 0;
  for (const item of attempt.items) {
    if (item.result !== 'correct' && item.result !== 'incorrect') continue;
    next[item.questionId] = reviewCard(item.questionId, next[item.questionId], item.result === 'correct', attempt.submittedAt, scheduler);
    reviewed += 1;
  }
  return { cards: next, attempt: { ...attempt, reviewsApplied: true, revision: attempt.revision + 1 }, reviewed };
}
