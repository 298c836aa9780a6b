/**
 * Spaced repetition with ts-fsrs: one review card per question. Every answered item of a submitted
 * attempt is a review — right = `Rating.Good`, wrong = `Rating.Again` — scheduled by the FSRS
 * algorithm (ts-fsrs defaults: learning steps 1 min and 10 min, relearning step 10 min, requested
 * retention 0.9, no fuzz; https://github.com/open-spaced-repetition/ts-fsrs). Unanswered, changed
 * and missing items are not reviews: the student did not answer that question.
 *
 * Cards are stored as {@link StoredCard} (ts-fsrs fields, dates as epoch ms).
 */
import { createEmptyCard, fsrs, Rating, type Card, type FSRS, type FSRSParameters, type Grade, type State } from 'ts-fsrs';
import { QuizError } from './errors.ts';
import type { Attempt, StoredCard } from './model.ts';

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

/** Converts a ts-fsrs card to its stored form (dates → epoch ms). */
export function toStoredCard(questionId: string, card: Card): StoredCard {
  return {
    questionId,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

/** Converts a stored card back to a ts-fsrs card (epoch ms → `Date`). */
export function fromStoredCard(stored: StoredCard): Card {
  const card: Card = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
  };
  if (stored.last_review !== null) card.last_review = new Date(stored.last_review);
  return card;
}

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

/**
 * The cards due at `now` (`due ≤ now`, epoch ms), most overdue first (ties by question id).
 */
export function dueCards(cards: Readonly<Record<string, StoredCard>>, now: number): StoredCard[] {
  return Object.values(cards)
    .filter((c) => c.due <= now)
    .sort((a, b) => a.due - b.due || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
}

/**
 * Whether card `a` holds a newer review than card `b` (later `last_review`; a reviewed card is
 * newer than a never-reviewed one; on a tie, more repetitions). Used by the import merge.
 */
export function isNewerReview(a: StoredCard, b: StoredCard): boolean {
  const ta = a.last_review ?? -1;
  const tb = b.last_review ?? -1;
  if (ta !== tb) return ta > tb;
  return a.reps > b.reps;
}
