/**
 * Review cards: one per question, scheduled by FSRS (review-scheduler.ts, with ts-fsrs). This module
 * holds what reads cards without scheduling them — their stored form ({@link StoredCard}: ts-fsrs
 * fields, dates as epoch ms), which are due, which review is newer — and imports nothing of ts-fsrs
 * but its types, so the quiz page's first question does not wait for the scheduler (issue 16 item 4).
 */
import type { Card, State } from 'ts-fsrs';
import type { StoredCard } from './model.ts';

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
