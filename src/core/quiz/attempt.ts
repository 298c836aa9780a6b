/**
 * The attempt lifecycle: create, answer, confirm (practice), flag, navigate, submit, and the
 * automatic submission when the clock passes the deadline.
 *
 * Every function is pure: it takes an {@link Attempt} and returns a new one (the input is never
 * modified), or the very same object when nothing changed — so `next === attempt` tells the
 * caller there is nothing to save. Each change increments `revision` by one.
 *
 * Every operation first enforces the deadline: when `clock.now()` has reached the deadline of an
 * attempt in progress, the attempt is submitted at once — its `submittedAt` is the deadline itself,
 * so time used never exceeds the limit — and the requested change is not applied (an answer after
 * the deadline does not count). Callers check `status` on the returned attempt. Opening an attempt
 * past its deadline is just {@link enforceDeadline}.
 */
import type { OptionLetter } from '../questions/schema.ts';
import type { QuestionBank } from './bank.ts';
import { readClock, type Clock } from './clock.ts';
import { assertTimeLimit, isPastDeadline } from './deadline.ts';
import { QuizError } from './errors.ts';
import { questionFingerprint } from './fingerprint.ts';
import { DEFAULT_PASSING_SCORE, gradeItem } from './scoring.ts';
import { assertSeed, optionOrder } from './shuffle.ts';
import { checkQuizSource, isAttemptId, type Attempt, type AttemptItem, type QuizMode, type QuizSource } from './model.ts';

/** What the attempt operations need besides the attempt: the current questions and the time. */
export interface QuizContext {
  /** The current published questions (for creating items and grading). */
  bank: QuestionBank;
  /** The time source; never `Date.now()` inside the engine. */
  clock: Clock;
}

/** The choices that make a new attempt. */
export interface NewAttempt {
  /** Attempt id (the island uses `crypto.randomUUID()`); see `isAttemptId`. */
  id: string;
  mode: QuizMode;
  /** Question ids in the order they are asked (as `selection.ts` returns them); at least one, no duplicates. */
  questionIds: readonly string[];
  /** The quiz seed; drives the option order of every item. */
  seed: string;
  /** Where the questions came from (shown in history). */
  source: QuizSource;
  /** Time limit in ms (1 s – 24 h), or null for untimed. See `resolveTimeLimitMs` in `spec.ts` for the defaults. */
  timeLimitMs: number | null;
  /** Passing score as a fraction, 0 < p ≤ 1. Default {@link DEFAULT_PASSING_SCORE} (0.72). */
  passingScore?: number;
}

function assertPassingScore(p: number): number {
  if (!(typeof p === 'number' && Number.isFinite(p) && p > 0 && p <= 1)) {
    throw new QuizError(
      'invalid-argument',
      'passingScore',
      `${String(p)} is not a passing score`,
      'use a fraction above 0 and at most 1 (0.72 for 72 %)',
    );
  }
  return p;
}

/**
 * Starts an attempt at `clock.now()`.
 *
 * Each item stores a snapshot of the question's note and tags, its content fingerprint and its
 * seeded option order, so the attempt can be resumed, scored and shown in history even when the
 * content changes later.
 *
 * @throws {QuizError} `invalid-argument` for a malformed id, seed, source, time limit or passing
 *   score; `empty-selection` for no questions; `duplicate-question` when an id repeats;
 *   `unknown-question` when an id is not in the bank; `invalid-clock` for a broken clock.
 */
export function createAttempt(input: NewAttempt, ctx: QuizContext): Attempt {
  if (!isAttemptId(input.id)) {
    throw new QuizError(
      'invalid-argument',
      'id',
      `"${input.id}" is not an attempt id`,
      'use 1–80 letters, digits, "_" or "-" (a UUID works)',
    );
  }
  if (input.mode !== 'practice' && input.mode !== 'exam') {
    throw new QuizError('invalid-argument', 'mode', `"${String(input.mode)}" is not a mode`, 'use "practice" or "exam"');
  }
  const seed = assertSeed(input.seed);
  const source = checkQuizSource(input.source);
  if (!source.ok) {
    throw new QuizError(
      'invalid-argument',
      'source',
      source.issues[0]?.message ?? 'malformed',
      'pass { kind: "tags", tags, notes } or a retry/due source',
    );
  }
  const timeLimitMs = assertTimeLimit(input.timeLimitMs);
  const passingScore = assertPassingScore(input.passingScore ?? DEFAULT_PASSING_SCORE);
  if (input.questionIds.length === 0) {
    throw new QuizError('empty-selection', 'questionIds', 'no question was selected', 'pick other tags or more questions');
  }
  const seen = new Set<string>();
  const items: AttemptItem[] = input.questionIds.map((id, i) => {
    if (seen.has(id)) {
      throw new QuizError('duplicate-question', `questionIds[${i}]`, `"${id}" is listed twice`, 'list each question once');
    }
    seen.add(id);
    const q = ctx.bank.get(id);
    if (!q) {
      throw new QuizError(
        'unknown-question',
        `questionIds[${i}]`,
        `no published question has the id "${id}"`,
        'select questions from the current question bank',
      );
    }
    return {
      questionId: q.id,
      note: q.note,
      tags: [...q.tags],
      fingerprint: questionFingerprint(q),
      optionOrder: optionOrder(q, seed),
      keyCount: q.answer.length,
      selected: [],
      answeredAt: null,
      flagged: false,
      confirmed: false,
      result: null,
    };
  });
  const now = readClock(ctx.clock);
  return {
    id: input.id,
    mode: input.mode,
    source: source.value,
    seed,
    startedAt: now,
    timeLimitMs,
    deadline: timeLimitMs === null ? null : now + timeLimitMs,
    passingScore,
    items,
    current: 0,
    status: 'in-progress',
    submittedAt: null,
    submitReason: null,
    revision: 0,
    reviewsApplied: false,
  };
}

/** Grades every ungraded item and marks the attempt submitted at `at`. */
function finalise(attempt: Attempt, bank: QuestionBank, at: number, reason: 'manual' | 'time-up'): Attempt {
  return {
    ...attempt,
    items: attempt.items.map((item) => (item.result === null ? { ...item, result: gradeItem(item, bank.get(item.questionId)) } : item)),
    status: 'submitted',
    submittedAt: at,
    submitReason: reason,
    revision: attempt.revision + 1,
  };
}

/**
 * Submits an attempt in progress whose deadline has come, with `submittedAt` = the deadline and
 * `submitReason` = `time-up`. Call it when opening (resuming) an attempt and on every countdown
 * tick. Answers are graded as they stood; nothing chosen after the deadline counts.
 *
 * @returns the submitted attempt, or the same object when untimed, not yet due, or already submitted.
 */
export function enforceDeadline(attempt: Attempt, ctx: QuizContext): Attempt {
  if (attempt.status !== 'in-progress' || attempt.deadline === null) return attempt;
  const now = readClock(ctx.clock);
  if (!isPastDeadline(attempt, now)) return attempt;
  return finalise(attempt, ctx.bank, attempt.deadline, 'time-up');
}

/** Applies `change` to an attempt still in progress after enforcing the deadline. */
function mutate(attempt: Attempt, ctx: QuizContext, change: (a: Attempt, now: number) => Attempt): Attempt {
  const settled = enforceDeadline(attempt, ctx);
  if (settled.status === 'submitted') return settled;
  const changed = change(settled, readClock(ctx.clock));
  return changed === settled ? settled : { ...changed, revision: settled.revision + 1 };
}

function itemAt(attempt: Attempt, index: number): AttemptItem {
  const item = Number.isInteger(index) ? attempt.items[index] : undefined;
  if (!item) {
    throw new QuizError(
      'index-out-of-range',
      'index',
      `${String(index)} is not one of the attempt's ${attempt.items.length} items`,
      `use 0–${attempt.items.length - 1}`,
    );
  }
  return item;
}

function replaceItem(attempt: Attempt, index: number, item: AttemptItem): Attempt {
  const items = attempt.items.slice();
  items[index] = item;
  return { ...attempt, items };
}

function sameLetters(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

/**
 * Sets the options chosen for an item (replacing the previous choice). `[]` clears the answer.
 *
 * Allowed while the attempt is in progress and, in practice mode, until the item is confirmed
 * (a confirmed item is locked: the call returns the attempt unchanged).
 *
 * @param letters authored letters (map a screen position with `letterAtPosition`).
 * @throws {QuizError} `index-out-of-range`; `unknown-option` for a letter the item does not show;
 *   `too-many-options` for more than one letter on a single-answer item or more letters than options.
 */
export function selectOptions(attempt: Attempt, index: number, letters: readonly OptionLetter[], ctx: QuizContext): Attempt {
  const item = itemAt(attempt, index);
  for (const letter of letters) {
    if (!item.optionOrder.includes(letter)) {
      throw new QuizError(
        'unknown-option',
        `items[${index}].selected`,
        `option ${String(letter)} is not shown for this item (options: ${item.optionOrder.join(', ')})`,
        "choose one of the item's authored letters",
      );
    }
  }
  const chosen = [...new Set(letters)].sort();
  if (item.keyCount === 1 && chosen.length > 1) {
    throw new QuizError(
      'too-many-options',
      `items[${index}].selected`,
      `${chosen.length} options chosen for a single-answer item`,
      'choose exactly one option',
    );
  }
  return mutate(attempt, ctx, (a, now) => {
    const current = a.items[index] as AttemptItem;
    if (current.confirmed || sameLetters(current.selected, chosen)) return a;
    return replaceItem(a, index, { ...current, selected: chosen, answeredAt: chosen.length === 0 ? null : now });
  });
}

/**
 * Toggles one option: on a single-answer item it becomes the only choice (radio behaviour); on a
 * multiple-answer item it is added or removed (checkbox behaviour).
 *
 * @throws {QuizError} as {@link selectOptions}.
 */
export function toggleOption(attempt: Attempt, index: number, letter: OptionLetter, ctx: QuizContext): Attempt {
  const item = itemAt(attempt, index);
  if (item.keyCount === 1) return selectOptions(attempt, index, [letter], ctx);
  const next = item.selected.includes(letter) ? item.selected.filter((l) => l !== letter) : [...item.selected, letter];
  return selectOptions(attempt, index, next, ctx);
}

/**
 * Practice mode: confirms the item's answer, locks it and grades it at once, so the island can
 * show right/wrong, the key and every option's reason. Returns the attempt unchanged when nothing
 * is chosen yet or the item is already confirmed.
 *
 * @throws {QuizError} `wrong-mode` on an exam attempt (exam answers are graded only at submission);
 *   `index-out-of-range`.
 */
export function confirmAnswer(attempt: Attempt, index: number, ctx: QuizContext): Attempt {
  itemAt(attempt, index);
  if (attempt.mode !== 'practice') {
    throw new QuizError(
      'wrong-mode',
      'mode',
      'an exam attempt gives no feedback before submission',
      'use selectOptions in exam mode, confirmAnswer in practice mode',
    );
  }
  return mutate(attempt, ctx, (a) => {
    const item = a.items[index] as AttemptItem;
    if (item.confirmed || item.selected.length === 0) return a;
    return replaceItem(a, index, { ...item, confirmed: true, result: gradeItem(item, ctx.bank.get(item.questionId)) });
  });
}

/**
 * Flags or unflags an item for review (exam mode's question map shows flagged items).
 *
 * @throws {QuizError} `index-out-of-range`.
 */
export function setFlag(attempt: Attempt, index: number, flagged: boolean, ctx: QuizContext): Attempt {
  itemAt(attempt, index);
  return mutate(attempt, ctx, (a) => {
    const item = a.items[index] as AttemptItem;
    return item.flagged === flagged ? a : replaceItem(a, index, { ...item, flagged });
  });
}

/** Flips an item's flag (the F key). @throws {QuizError} `index-out-of-range`. */
export function toggleFlag(attempt: Attempt, index: number, ctx: QuizContext): Attempt {
  return setFlag(attempt, index, !itemAt(attempt, index).flagged, ctx);
}

/**
 * Moves to an item (question map, arrows). The current index is saved so a resumed attempt opens
 * where the student left it.
 *
 * @throws {QuizError} `index-out-of-range`.
 */
export function goTo(attempt: Attempt, index: number, ctx: QuizContext): Attempt {
  itemAt(attempt, index);
  return mutate(attempt, ctx, (a) => (a.current === index ? a : { ...a, current: index }));
}

/** Moves to the next item; stays on the last one. */
export function goNext(attempt: Attempt, ctx: QuizContext): Attempt {
  return goTo(attempt, Math.min(attempt.current + 1, attempt.items.length - 1), ctx);
}

/** Moves to the previous item; stays on the first one. */
export function goPrevious(attempt: Attempt, ctx: QuizContext): Attempt {
  return goTo(attempt, Math.max(attempt.current - 1, 0), ctx);
}

/**
 * Submits the attempt: grades every item not graded yet (against the bank, by fingerprint) and
 * records `submittedAt` = now, `submitReason` = `manual`. If the deadline has already passed, the
 * attempt is submitted as `time-up` at the deadline instead.
 *
 * @returns the submitted attempt, or the same object when it was already submitted.
 */
export function submitAttempt(attempt: Attempt, ctx: QuizContext): Attempt {
  const settled = enforceDeadline(attempt, ctx);
  if (settled.status === 'submitted') return settled;
  return finalise(settled, ctx.bank, readClock(ctx.clock), 'manual');
}

/** One cell of the exam question map. */
export interface QuestionMapEntry {
  index: number;
  questionId: string;
  answered: boolean;
  flagged: boolean;
  current: boolean;
  /** The grade when it may be shown (confirmed practice item or submitted attempt), else null. */
  result: Attempt['items'][number]['result'];
}

/** The question map: answered / unanswered / flagged state of every item, in order. */
export function questionMap(attempt: Attempt): QuestionMapEntry[] {
  return attempt.items.map((item, index) => ({
    index,
    questionId: item.questionId,
    answered: item.selected.length > 0,
    flagged: item.flagged,
    current: index === attempt.current,
    result: attempt.status === 'submitted' || item.confirmed ? item.result : null,
  }));
}
