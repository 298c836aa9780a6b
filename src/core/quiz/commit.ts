/**
 * Writing attempts into the state safely when several tabs share it.
 *
 * Every attempt carries a `revision` that each change increments. A tab keeps the version it last
 * read or wrote (`base`); to save a change it re-reads the stored state and calls
 * {@link commitAttempt}, a compare-and-set: the change is applied only if the stored attempt is
 * still at `base.revision`. Otherwise another tab changed it first (answered, or submitted it) and
 * the caller gets that version back instead of overwriting it. So two tabs never both submit one
 * attempt, and neither silently undoes the other.
 *
 * The island's write path, in one synchronous task (so no other tab runs in between):
 * ```ts
 * const stored = load(localStorage.getItem(QUIZ_STATE_KEY)).state;
 * const r = commitAttempt(stored, base, next);
 * if (r.ok) { localStorage.setItem(QUIZ_STATE_KEY, save(r.state)); base = r.attempt; channel.postMessage(r.attempt.id); }
 * else { base = r.current; showOtherTabNotice(); }     // e.g. "submitted in another tab"
 * ```
 * and on a `storage` event or a BroadcastChannel message it re-reads and re-renders.
 */
import type { QuizContext } from './attempt.ts';
import { enforceDeadline } from './attempt.ts';
import { QuizError } from './errors.ts';
import { checkAttempt, checkQuizSettings, type Attempt, type QuizSettings, type QuizState, type StoredCard } from './model.ts';

/**
 * Applies a submitted attempt's answers to the review cards, once: `applyAttemptReviews` of
 * review-scheduler.ts (FSRS, with ts-fsrs). A parameter, not an import, so that a page can commit
 * attempts before it has loaded the scheduler (the quiz page loads it after its first question).
 */
export type ReviewApplier = (
  cards: Readonly<Record<string, StoredCard>>,
  attempt: Attempt,
) => { cards: Record<string, StoredCard>; attempt: Attempt; reviewed: number };

/** The outcome of {@link commitAttempt}. */
export type CommitResult =
  | {
      ok: true;
      /** The state to store (revision + 1), with the attempt and, after a submission, its card reviews. */
      state: QuizState;
      /** The attempt as stored — the caller's new `base`. */
      attempt: Attempt;
      /** Review cards updated by this commit (a submission applies its reviews once). */
      reviewed: number;
    }
  | {
      ok: false;
      /**
       * `stale`: another tab changed (or submitted) the attempt since `base`;
       * `exists`: a new attempt's id is already taken;
       * `gone`: the attempt is no longer in the stored state (storage was cleared elsewhere).
       */
      reason: 'stale' | 'exists' | 'gone';
      /** The stored version of the attempt, when there is one: show it instead of `next`. */
      current: Attempt | undefined;
    };

/**
 * Compare-and-set of one attempt into the stored state.
 *
 * @param stored the state as just re-read from storage.
 * @param base the attempt version this tab's change started from, or null for a new attempt.
 * @param next the changed attempt (from the `attempt.ts` operations), same id as `base`.
 * @param applyReviews applies a submitted attempt's answers to the review cards; null where the
 *   scheduler is not loaded yet: a submitted attempt is then stored with `reviewsApplied: false`,
 *   and {@link applyPendingReviews} applies them later, once.
 * @returns `ok: true` with the new state when storage still holds `base.revision` (or, for a new
 *   attempt, does not hold the id); `ok: false` with the stored version otherwise. When `next` is
 *   submitted, its answers are applied to the review cards in the same commit (once), by
 *   `applyReviews`.
 * @throws {QuizError} `invalid-argument` when `next` is not a valid attempt, its id differs from
 *   `base`, or its revision does not advance past `base` (programming errors, not races).
 */
export function commitAttempt(stored: QuizState, base: Attempt | null, next: Attempt, applyReviews: ReviewApplier | null): CommitResult {
  const valid = checkAttempt(next);
  if (!valid.ok) {
    const i = valid.issues[0];
    throw new QuizError(
      'invalid-argument',
      `next.${i?.path.join('.') ?? ''}`,
      i?.message ?? 'invalid attempt',
      'commit only attempts made by the attempt.ts operations',
    );
  }
  const current = stored.attempts[next.id];
  if (base === null) {
    if (current) return { ok: false, reason: 'exists', current };
  } else {
    if (base.id !== next.id) {
      throw new QuizError(
        'invalid-argument',
        'next.id',
        `"${next.id}" differs from base "${base.id}"`,
        'commit a change of the same attempt',
      );
    }
    if (next !== base && next.revision <= base.revision) {
      throw new QuizError(
        'invalid-argument',
        'next.revision',
        `${next.revision} does not advance past ${base.revision}`,
        'derive next from base with the attempt.ts operations',
      );
    }
    if (!current) return { ok: false, reason: 'gone', current: undefined };
    if (current.revision !== base.revision) return { ok: false, reason: 'stale', current };
    if (next === base) return { ok: true, state: stored, attempt: current, reviewed: 0 };
  }
  const applied = applyReviews ? applyReviews(stored.cards, next) : { cards: stored.cards, attempt: next, reviewed: 0 };
  return {
    ok: true,
    state: {
      ...stored,
      revision: stored.revision + 1,
      attempts: { ...stored.attempts, [next.id]: applied.attempt },
      cards: applied.cards,
    },
    attempt: applied.attempt,
    reviewed: applied.reviewed,
  };
}

/**
 * Submits, at their deadlines, every attempt in progress whose deadline has passed (call it when
 * the quiz or history page opens), and applies their reviews with `applyReviews` (null: later, by
 * {@link applyPendingReviews}).
 *
 * @returns the new state and the ids submitted; the same state object when none was due.
 */
export function settleExpiredAttempts(
  state: QuizState,
  ctx: QuizContext,
  applyReviews: ReviewApplier | null,
): { state: QuizState; submitted: string[] } {
  let next = state;
  const submitted: string[] = [];
  for (const attempt of Object.values(state.attempts)) {
    const settled = enforceDeadline(attempt, ctx);
    if (settled === attempt) continue;
    const r = commitAttempt(next, attempt, settled, applyReviews);
    if (r.ok) {
      next = r.state;
      submitted.push(attempt.id);
    }
  }
  return { state: next, submitted };
}

/** The submitted attempts whose reviews are not applied yet (see {@link applyPendingReviews}). */
export function pendingReviewAttempts(state: Pick<QuizState, 'attempts'>): Attempt[] {
  return Object.values(state.attempts).filter((a) => a.status === 'submitted' && !a.reviewsApplied);
}

/**
 * Applies the reviews of every submitted attempt that has not had them yet (committed while the
 * scheduler was not loaded: {@link commitAttempt} with no `applyReviews`), once each, oldest
 * submission first.
 *
 * @returns the new state; the same state object when no attempt was pending.
 */
export function applyPendingReviews(state: QuizState, applyReviews: ReviewApplier): QuizState {
  const pending = pendingReviewAttempts(state).sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0));
  if (pending.length === 0) return state;
  let cards = state.cards;
  const attempts = { ...state.attempts };
  for (const attempt of pending) {
    const applied = applyReviews(cards, attempt);
    cards = applied.cards;
    attempts[attempt.id] = applied.attempt;
  }
  return { ...state, revision: state.revision + 1, attempts, cards };
}

/**
 * Replaces the settings (passing score, exam time per question).
 *
 * @throws {QuizError} `invalid-argument` naming the bad field, e.g. a passing score of 72 instead of 0.72.
 */
export function withSettings(state: QuizState, settings: QuizSettings): QuizState {
  const parsed = checkQuizSettings(settings);
  if (!parsed.ok) {
    const i = parsed.issues[0];
    throw new QuizError(
      'invalid-argument',
      `settings.${i?.path.join('.') ?? ''}`,
      i?.message ?? 'invalid settings',
      'passingScore is a fraction in (0, 1] (0.72 for 72 %); msPerQuestion a positive whole number of ms',
    );
  }
  return {
    ...state,
    revision: state.revision + 1,
    settings: { passingScore: parsed.value.passingScore, msPerQuestion: parsed.value.msPerQuestion },
  };
}
