import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { dueCards, fromStoredCard, isNewerReview, toStoredCard } from '../../../src/core/quiz/review-cards.ts';
import { applyAttemptReviews, newCard, reviewCard } from '../../../src/core/quiz/review-scheduler.ts';
import { StoredCardSchema } from '../../../src/core/quiz/schema.ts';
import { FakeClock, MINUTE, ctxOf, makeBank } from './helpers.ts';

const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 0, 1);

describe('FSRS scheduling (ts-fsrs defaults: learning steps 1 min, 10 min)', () => {
  it('schedules a first right answer (Good) 10 minutes out and a first wrong one (Again) 1 minute out', () => {
    const good = reviewCard('q', undefined, true, T0);
    expect(good.due - T0).toBe(10 * MINUTE);
    expect(good.state).toBe(State.Learning);
    expect(good.reps).toBe(1);
    const again = reviewCard('q', undefined, false, T0);
    expect(again.due - T0).toBe(1 * MINUTE);
    expect(again.last_review).toBe(T0);
  });

  it('graduates to review after the learning steps, at least a day out, and lapses on a later wrong answer', () => {
    let c = reviewCard('q', undefined, true, T0);
    c = reviewCard('q', c, true, c.due);
    expect(c.state).toBe(State.Review);
    expect(c.due - c.last_review!).toBeGreaterThanOrEqual(DAY);
    const later = c.due;
    c = reviewCard('q', c, true, later);
    const interval2 = c.due - later;
    expect(interval2).toBeGreaterThan(DAY); // intervals grow on success
    c = reviewCard('q', c, false, c.due);
    expect(c.lapses).toBe(1);
    expect(c.state).toBe(State.Relearning);
    expect(c.due - c.last_review!).toBe(10 * MINUTE); // default relearning step
  });

  it("never reviews back in time when two devices' clocks disagree", () => {
    const c = reviewCard('q', undefined, true, T0);
    const earlier = reviewCard('q', c, true, T0 - DAY);
    expect(earlier.last_review).toBe(T0);
    expect(() => reviewCard('q', c, true, Number.NaN)).toThrow(/epoch time/);
  });

  it('stores cards as JSON with epoch-ms dates and converts back losslessly', () => {
    const c = reviewCard('q', undefined, false, T0);
    const round = toStoredCard('q', fromStoredCard(JSON.parse(JSON.stringify(c))));
    expect(round).toEqual(c);
    expect(StoredCardSchema.parse(c)).toEqual(c);
    expect(newCard('q', T0)).toMatchObject({ due: T0, reps: 0, state: State.New, last_review: null });
  });
});

describe('review cards from attempts', () => {
  it('turns every answered item into a review once: right = Good, wrong = Again, unanswered = none', () => {
    const clock = new FakeClock(T0);
    const ctx = ctxOf(makeBank(3), clock);
    let a = createAttempt(
      { id: 'a', mode: 'exam', questionIds: ['q01', 'q02', 'q03'], seed: 's', source: { kind: 'due' }, timeLimitMs: null },
      ctx,
    );
    const at = (id: string) => a.items.findIndex((i) => i.questionId === id);
    a = selectOptions(a, at('q01'), ['B'], ctx);
    a = selectOptions(a, at('q02'), ['A'], ctx);
    clock.advance(MINUTE);
    a = submitAttempt(a, ctx);
    const first = applyAttemptReviews({}, a);
    expect(first.reviewed).toBe(2);
    expect(Object.keys(first.cards).sort()).toEqual(['q01', 'q02']);
    expect(first.cards.q01!.due - a.submittedAt!).toBe(10 * MINUTE);
    expect(first.cards.q02!.due - a.submittedAt!).toBe(1 * MINUTE);
    expect(first.attempt.reviewsApplied).toBe(true);
    const again = applyAttemptReviews(first.cards, first.attempt);
    expect(again.reviewed).toBe(0);
    expect(again.cards).toBe(first.cards);
  });

  it('lists due cards most overdue first', () => {
    const cards = {
      a: { ...newCard('a', 0), due: 300 },
      b: { ...newCard('b', 0), due: 100 },
      c: { ...newCard('c', 0), due: 901 },
    };
    expect(dueCards(cards, 900).map((c) => c.questionId)).toEqual(['b', 'a']);
  });

  it('orders reviews by recency for merging', () => {
    const older = reviewCard('q', undefined, true, T0);
    const newer = reviewCard('q', older, true, older.due);
    expect(isNewerReview(newer, older)).toBe(true);
    expect(isNewerReview(older, newer)).toBe(false);
    expect(isNewerReview(older, newCard('q', T0))).toBe(true);
  });
});
