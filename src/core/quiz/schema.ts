/**
 * The persisted quiz model as zod schemas: the reference statement of `model.ts` (which the
 * browser uses, without zod: issue 11). The tests check that `model.ts`'s checks accept exactly
 * what these schemas accept, and the assertions at the end of this file fail to compile when the
 * inferred types and `model.ts`'s types differ. Node-only code may validate with these.
 *
 * Attempts (with their items), review cards and settings. Everything here is plain JSON (times are epoch
 * milliseconds, never `Date` objects), so one `JSON.stringify` stores it and one
 * {@link QuizStateSchema} parse validates it on load.
 *
 * The functions that change these objects live in `attempt.ts`, `review-cards.ts`, `commit.ts`;
 * the versioned envelope, load/save and import live in `persistence.ts`.
 */
import { z } from 'zod';
import { OptionLetterSchema } from '../questions/schema.ts';
import { QUIZ_STATE_FORMAT, QUIZ_STATE_VERSION } from './model.ts';
import type * as Model from './model.ts';

export { QUIZ_STATE_FORMAT, QUIZ_STATE_VERSION };

/** A point in time: Unix epoch milliseconds (UTC), a safe non-negative integer. */
export const EpochMsSchema = z
  .number()
  .int('an epoch time in whole milliseconds')
  .nonnegative()
  .refine(Number.isSafeInteger, 'a safe integer number of milliseconds');

/**
 * Attempt id: chosen by the caller (the island uses `crypto.randomUUID()`); 1–80 characters of
 * letters, digits, `_` and `-`, starting with a letter or digit.
 */
export const AttemptIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, 'an attempt id: 1–80 letters, digits, "_" or "-"');

/**
 * The quiz seed shared in a quiz link: 1–64 letters, digits, `_` or `-` (URL-safe as is). The same
 * seed and the same questions give every student the same question order and option order.
 */
export const QuizSeedSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a seed of 1–64 letters, digits, "_" or "-"');

/** `practice`: feedback after each answer, untimed by default. `exam`: feedback only after submit. */
export const QuizModeSchema = z.enum(['practice', 'exam']);

/** Where an attempt's questions came from (shown in history; used by "retry" links). */
export const QuizSourceSchema = z.discriminatedUnion('kind', [
  /** Questions carrying any of `tags` (a tag selects its descendants) or held by any of `notes`. */
  z.object({ kind: z.literal('tags'), tags: z.array(z.string()), notes: z.array(z.string()) }),
  /** The wrong or unanswered questions of an earlier attempt. */
  z.object({ kind: z.literal('retry-wrong'), attemptId: AttemptIdSchema }),
  /** The flagged questions of an earlier attempt. */
  z.object({ kind: z.literal('retry-flagged'), attemptId: AttemptIdSchema }),
  /** The review cards that were due. */
  z.object({ kind: z.literal('due') }),
  /** A mock exam drawn from the blueprint `exams/<exam>.yml` (see src/core/exams). */
  z.object({ kind: z.literal('exam'), exam: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an exam id') }),
]);

/**
 * The grade of one item.
 * - `correct` / `incorrect`: graded against the exact content the student saw.
 * - `unanswered`: no option chosen at submission; scored as incorrect, as AWS scores an unanswered
 *   exam question (see `scoring.ts` for the source).
 * - `changed`: the question's stem, options or key changed after the attempt started
 *   (fingerprint mismatch) — not graded, left out of the score.
 * - `missing`: the question no longer exists in the content — not graded, left out of the score.
 */
export const ItemResultSchema = z.enum(['correct', 'incorrect', 'unanswered', 'changed', 'missing']);

/** One question of an attempt, as the student saw and answered it. */
export const AttemptItemSchema = z
  .object({
    /** The question's stable id. */
    questionId: z.string().min(1),
    /** Slug of the note that teaches it (snapshot; kept for links even if the question disappears). */
    note: z.string(),
    /** The question's tags when the attempt started (snapshot, for per-tag scores and history). */
    tags: z.array(z.string()),
    /** Content fingerprint of stem, options and key when the attempt started (`fingerprint.ts`). */
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/, '16 hexadecimal digits'),
    /** Authored option letters in display order: position 0 is shown as "A", 1 as "B", … */
    optionOrder: z.array(OptionLetterSchema).min(2).max(10),
    /** How many options the key has: 1 = single answer (radio), 2+ = "choose N" (checkboxes). */
    keyCount: z.number().int().min(1),
    /** Authored letters the student chose, sorted (grading is by authored letter, never position). */
    selected: z.array(OptionLetterSchema),
    /** When the selection last changed (epoch ms), or null while unanswered. */
    answeredAt: EpochMsSchema.nullable(),
    /** Flagged for review by the student. */
    flagged: z.boolean(),
    /** Practice mode: the student confirmed the answer; it is locked and its feedback is shown. */
    confirmed: z.boolean(),
    /** The grade, set when confirmed (practice) or at submission; null before. */
    result: ItemResultSchema.nullable(),
  })
  .superRefine((item, ctx) => {
    if (new Set(item.optionOrder).size !== item.optionOrder.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['optionOrder'], message: 'an option letter appears twice' });
    }
    const shown = new Set(item.optionOrder);
    const sorted = [...item.selected].sort();
    if (item.selected.some((l, i) => l !== sorted[i]) || new Set(item.selected).size !== item.selected.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['selected'], message: 'letters must be sorted and unique' });
    }
    for (const letter of item.selected) {
      if (!shown.has(letter)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['selected'], message: `${letter} is not an option of this item` });
      }
    }
    if (item.keyCount > item.optionOrder.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['keyCount'], message: 'more keyed options than options' });
    }
  });

/** One sitting of a quiz: its questions in order, the student's answers, its clock and its grade. */
export const AttemptSchema = z
  .object({
    id: AttemptIdSchema,
    mode: QuizModeSchema,
    source: QuizSourceSchema,
    seed: QuizSeedSchema,
    /** When the attempt was created (epoch ms). */
    startedAt: EpochMsSchema,
    /** Time limit in milliseconds, or null when untimed. */
    timeLimitMs: z.number().int().positive().nullable(),
    /** Absolute deadline = `startedAt + timeLimitMs` (epoch ms), or null when untimed. */
    deadline: EpochMsSchema.nullable(),
    /** Passing score as a fraction of the graded items, 0 < p ≤ 1 (default 0.72). */
    passingScore: z.number().gt(0).max(1),
    /** Items in display order (the seeded question order). */
    items: z.array(AttemptItemSchema).min(1),
    /** Index of the item on screen (0-based), restored on resume. */
    current: z.number().int().nonnegative(),
    status: z.enum(['in-progress', 'submitted']),
    /** When it was submitted (epoch ms; the deadline itself when time ran out), or null. */
    submittedAt: EpochMsSchema.nullable(),
    /** `manual`: the student submitted; `time-up`: the deadline passed. */
    submitReason: z.enum(['manual', 'time-up']).nullable(),
    /** Incremented by every change; the compare-and-set token of `commit.ts`. */
    revision: z.number().int().nonnegative(),
    /** The items' grades have been applied to the review cards (so they are applied only once). */
    reviewsApplied: z.boolean(),
  })
  .superRefine((a, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    if ((a.timeLimitMs === null) !== (a.deadline === null)) {
      issue(['deadline'], 'deadline and timeLimitMs must both be set or both be null');
    } else if (a.timeLimitMs !== null && a.deadline !== a.startedAt + a.timeLimitMs) {
      issue(['deadline'], 'deadline must equal startedAt + timeLimitMs');
    }
    if (a.current >= a.items.length) issue(['current'], `must be below the item count ${a.items.length}`);
    const ids = new Set<string>();
    a.items.forEach((item, i) => {
      if (ids.has(item.questionId)) issue(['items', i, 'questionId'], 'question appears twice in the attempt');
      ids.add(item.questionId);
    });
    if (a.status === 'submitted') {
      if (a.submittedAt === null || a.submitReason === null)
        issue(['submittedAt'], 'a submitted attempt needs submittedAt and submitReason');
      a.items.forEach((item, i) => {
        if (item.result === null) issue(['items', i, 'result'], 'a submitted attempt grades every item');
      });
      if (a.submittedAt !== null && a.submittedAt < a.startedAt) issue(['submittedAt'], 'is before startedAt');
      if (a.submittedAt !== null && a.deadline !== null && a.submittedAt > a.deadline) {
        issue(['submittedAt'], 'is after the deadline');
      }
    } else {
      if (a.submittedAt !== null || a.submitReason !== null) issue(['submittedAt'], 'an attempt in progress has no submission');
      if (a.reviewsApplied) issue(['reviewsApplied'], 'an attempt in progress has no reviews to apply');
    }
  });

/**
 * A ts-fsrs `Card` for one question, stored as JSON: the ts-fsrs field names, with the two dates
 * (`due`, `last_review`) as epoch milliseconds. See `review-cards.ts` for the conversion.
 */
export const StoredCardSchema = z.object({
  /** The question the card schedules (one card per question). */
  questionId: z.string().min(1),
  /** When the card is next due (epoch ms). */
  due: EpochMsSchema,
  stability: z.number().nonnegative().finite(),
  difficulty: z.number().nonnegative().finite(),
  elapsed_days: z.number().nonnegative().finite(),
  scheduled_days: z.number().nonnegative().finite(),
  learning_steps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: z.number().int().min(0).max(3),
  /** When the card was last reviewed (epoch ms), or null for a new card. */
  last_review: EpochMsSchema.nullable(),
});

/** The student's defaults for new quizzes. */
export const QuizSettingsSchema = z.object({
  /** Passing score as a fraction, 0 < p ≤ 1. Default 0.72 (see `scoring.ts` for the source). */
  passingScore: z.number().gt(0).max(1),
  /** Default exam time per question in ms. Default 120 000 (AWS: 130 minutes for 65 questions). */
  msPerQuestion: z.number().int().positive(),
});

/** Everything the quiz keeps in the browser, under one versioned key. */
export const QuizStateSchema = z
  .object({
    format: z.literal(QUIZ_STATE_FORMAT),
    version: z.literal(QUIZ_STATE_VERSION),
    /** Incremented by every committed change (lets a tab tell whether storage moved under it). */
    revision: z.number().int().nonnegative(),
    /** Attempts by attempt id. */
    attempts: z.record(AttemptSchema),
    /** Review cards by question id. */
    cards: z.record(StoredCardSchema),
    settings: QuizSettingsSchema,
  })
  .superRefine((s, ctx) => {
    for (const [key, attempt] of Object.entries(s.attempts)) {
      if (attempt.id !== key) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['attempts', key, 'id'], message: `must equal its key "${key}"` });
      }
    }
    for (const [key, card] of Object.entries(s.cards)) {
      if (card.questionId !== key) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['cards', key, 'questionId'], message: `must equal its key "${key}"` });
      }
    }
  });

export type {
  EpochMs,
  AttemptId,
  QuizSeed,
  QuizMode,
  QuizSource,
  ItemResult,
  AttemptItem,
  Attempt,
  StoredCard,
  QuizSettings,
  QuizState,
} from './model.ts';

/** True when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time check: the schemas infer exactly `model.ts`'s types (a change to one must be made to the other). */
export type SchemaMatchesModel = [
  Assert<Same<z.infer<typeof QuizSourceSchema>, Model.QuizSource>>,
  Assert<Same<z.infer<typeof ItemResultSchema>, Model.ItemResult>>,
  Assert<Same<z.infer<typeof AttemptItemSchema>, Model.AttemptItem>>,
  Assert<Same<z.infer<typeof AttemptSchema>, Model.Attempt>>,
  Assert<Same<z.infer<typeof StoredCardSchema>, Model.StoredCard>>,
  Assert<Same<z.infer<typeof QuizSettingsSchema>, Model.QuizSettings>>,
  Assert<Same<z.infer<typeof QuizStateSchema>, Model.QuizState>>,
];
