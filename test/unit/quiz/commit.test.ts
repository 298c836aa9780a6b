import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { applyPendingReviews, commitAttempt, settleExpiredAttempts, withSettings } from '../../../src/core/quiz/commit.ts';
import { applyAttemptReviews } from '../../../src/core/quiz/review-scheduler.ts';
import { emptyState, load, save } from '../../../src/core/quiz/persistence.ts';
import type { Attempt, QuizState } from '../../../src/core/quiz/schema.ts';
import { FakeClock, MINUTE, ctxOf, makeBank } from './helpers.ts';

const bank = makeBank(3);

function start(clock: FakeClock, id = 'a1', timeLimitMs: number | null = 10 * MINUTE): { state: QuizState; attempt: Attempt } {
  const a = createAttempt(
    { id, mode: 'exam', questionIds: ['q01', 'q02', 'q03'], seed: 's', source: { kind: 'due' }, timeLimitMs },
    ctxOf(bank, clock),
  );
  const r = commitAttempt(emptyState(), null, a, applyAttemptReviews);
  if (!r.ok) throw new Error('commit of a new attempt failed');
  return { state: r.state, attempt: r.attempt };
}

/** A browser tab: its own copy of the attempt, writing through a shared storage string. */
class Tab {
  base: Attempt;
  notice: string | null = null;
  constructor(
    public storage: { raw: string },
    id: string,
    public clock: FakeClock,
  ) {
    this.base = load(storage.raw).state.attempts[id]!;
  }
  change(fn: (a: Attempt) => Attempt): boolean {
    const next = fn(this.base);
    const stored = load(this.storage.raw).state;
    const r = commitAttempt(stored, this.base, next, applyAttemptReviews);
    if (r.ok) {
      this.storage.raw = save(r.state);
      this.base = r.attempt;
      return true;
    }
    this.notice = r.reason;
    if (r.current) this.base = r.current;
    return false;
  }
}

describe('two tabs on one attempt', () => {
  it("never both submit: the second tab gets the first tab's submission instead", () => {
    const clock = new FakeClock();
    const ctx = ctxOf(bank, clock);
    const storage = { raw: save(start(clock).state) };
    const tab1 = new Tab(storage, 'a1', clock);
    const tab2 = new Tab(storage, 'a1', clock);
    expect(tab1.change((a) => selectOptions(a, 0, ['B'], ctx))).toBe(true);
    clock.advance(MINUTE);
    expect(tab1.change((a) => submitAttempt(a, ctx))).toBe(true);
    clock.advance(MINUTE);
    expect(tab2.change((a) => submitAttempt(a, ctx))).toBe(false);
    expect(tab2.notice).toBe('stale');
    const final = load(storage.raw).state;
    expect(final.attempts.a1!.submittedAt).toBe(tab1.base.submittedAt);
    expect(tab2.base).toEqual(final.attempts.a1); // tab 2 now shows tab 1's result
    // The one answered item became exactly one review, applied once.
    expect(Object.keys(final.cards)).toEqual([final.attempts.a1!.items[0]!.questionId]);
    expect(final.cards[final.attempts.a1!.items[0]!.questionId]!.reps).toBe(1);
  });

  it('does not let a stale tab overwrite a newer answer; after re-reading it can write again', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(bank, clock);
    const storage = { raw: save(start(clock).state) };
    const tab1 = new Tab(storage, 'a1', clock);
    const tab2 = new Tab(storage, 'a1', clock);
    tab1.change((a) => selectOptions(a, 0, ['B'], ctx));
    expect(tab2.change((a) => selectOptions(a, 1, ['C'], ctx))).toBe(false);
    expect(load(storage.raw).state.attempts.a1!.items[1]!.selected).toEqual([]);
    expect(tab2.base.items[0]!.selected).toEqual(['B']); // it now sees tab 1's answer
    expect(tab2.change((a) => selectOptions(a, 1, ['C'], ctx))).toBe(true);
    const stored = load(storage.raw).state.attempts.a1!;
    expect(stored.items.map((i) => i.selected)).toEqual([['B'], ['C'], []]);
  });

  it('refuses a new attempt whose id is taken, and reports an attempt that vanished', () => {
    const clock = new FakeClock();
    const { state, attempt } = start(clock);
    const r = commitAttempt(state, null, attempt, applyAttemptReviews);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('exists');
    const moved = selectOptions(attempt, 0, ['A'], ctxOf(bank, clock));
    const gone = commitAttempt(emptyState(), attempt, moved, applyAttemptReviews);
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.reason).toBe('gone');
  });

  it('refuses to store an invalid attempt (a programming error, not a race)', () => {
    const clock = new FakeClock();
    const { state, attempt } = start(clock);
    const bad = { ...attempt, deadline: attempt.deadline! + MINUTE, revision: attempt.revision + 1 };
    expect(() => commitAttempt(state, attempt, bad, applyAttemptReviews)).toThrow(/deadline/);
    expect(() => commitAttempt(state, attempt, { ...attempt, revision: attempt.revision }, applyAttemptReviews)).toThrow(
      /does not advance/,
    );
  });
});

describe('settling expired attempts when a page opens', () => {
  it('submits overdue attempts at their deadlines and leaves the others alone', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(bank, clock);
    const short = start(clock, 'short', 2 * MINUTE);
    const long = createAttempt(
      { id: 'long', mode: 'exam', questionIds: ['q01'], seed: 's', source: { kind: 'due' }, timeLimitMs: 60 * MINUTE },
      ctx,
    );
    const r = commitAttempt(short.state, null, long, applyAttemptReviews);
    if (!r.ok) throw new Error('commit failed');
    clock.advance(5 * MINUTE);
    const settled = settleExpiredAttempts(r.state, ctx, applyAttemptReviews);
    expect(settled.submitted).toEqual(['short']);
    expect(settled.state.attempts.short).toMatchObject({
      status: 'submitted',
      submitReason: 'time-up',
      submittedAt: short.attempt.deadline,
      reviewsApplied: true,
    });
    expect(settled.state.attempts.long!.status).toBe('in-progress');
    expect(settleExpiredAttempts(settled.state, ctx, applyAttemptReviews).state).toBe(settled.state);
  });
});

describe('settings', () => {
  it('rejects a passing score given in percent instead of a fraction', () => {
    expect(() => withSettings(emptyState(), { passingScore: 72, msPerQuestion: 120_000 })).toThrow(/settings\.passingScore/);
    expect(withSettings(emptyState(), { passingScore: 0.8, msPerQuestion: 90_000 }).settings.passingScore).toBe(0.8);
  });
});

describe('a submission committed before the review scheduler has loaded (the quiz page loads it after the first question)', () => {
  it('keeps its reviews pending; they are applied later, once, as the commit would have applied them', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(bank, clock);
    const { state, attempt } = start(clock);
    const answered = selectOptions(selectOptions(attempt, 0, ['B'], ctx), 1, ['A'], ctx);
    clock.advance(MINUTE);
    const submitted = submitAttempt(answered, ctx);
    const now = commitAttempt(state, attempt, submitted, applyAttemptReviews);
    const later = commitAttempt(state, attempt, submitted, null);
    if (!now.ok || !later.ok) throw new Error('commit failed');
    expect(later.state.cards).toEqual({});
    expect(later.attempt.reviewsApplied).toBe(false);
    expect(later.reviewed).toBe(0);
    // The scheduler arrives: the same cards and the same stored attempt as an immediate commit.
    clock.advance(10 * MINUTE);
    const applied = applyPendingReviews(later.state, applyAttemptReviews);
    expect(applied.cards).toEqual(now.state.cards);
    expect(applied.attempts.a1).toEqual(now.state.attempts.a1);
    expect(Object.keys(applied.cards)).toHaveLength(2);
    // Once: nothing is pending any more.
    expect(applyPendingReviews(applied, applyAttemptReviews)).toBe(applied);
  });

  it('leaves attempts in progress and attempts already reviewed alone', () => {
    const clock = new FakeClock();
    const { state } = start(clock);
    expect(applyPendingReviews(state, applyAttemptReviews)).toBe(state);
  });
});
