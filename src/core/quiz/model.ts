/**
 * The persisted quiz model as plain TypeScript, and its validation without a schema library: what
 * the browser ships (issue 11: the quiz page's JavaScript ≤ 60 KB gzip; zod alone was ~13 KB of it).
 *
 * `schema.ts` states the same model as zod schemas — the reference, used by the tests to check
 * this module ({@link checkQuizState} accepts exactly what `QuizStateSchema` accepts on every
 * sample, see test/unit/quiz/model.test.ts) and by code that runs in Node only. Keep the two in
 * step: a field added here is added there, and the compile-time assertions in `schema.ts` fail
 * until both agree.
 *
 * Everything is plain JSON (times are epoch milliseconds, never `Date` objects), so one
 * `JSON.stringify` stores a state and one {@link checkQuizState} validates it on load.
 */
import type { OptionLetter } from '../questions/schema.ts';

/** A point in time: Unix epoch milliseconds (UTC), a safe non-negative integer. */
export type EpochMs = number;
/** Attempt id: 1–80 letters, digits, `_` and `-`, starting with a letter or digit ({@link isAttemptId}). */
export type AttemptId = string;
/** A quiz seed: 1–64 letters, digits, `_` or `-` ({@link isQuizSeed}); same seed, same order. */
export type QuizSeed = string;
/** `practice`: feedback after each answer, untimed by default. `exam`: feedback only after submit. */
export type QuizMode = 'practice' | 'exam';

/** Where an attempt's questions came from (shown in history; used by "retry" links). */
export type QuizSource =
  /** Questions carrying any of `tags` (a tag selects its descendants) or held by any of `notes`. */
  | { kind: 'tags'; tags: string[]; notes: string[] }
  /** The wrong or unanswered questions of an earlier attempt. */
  | { kind: 'retry-wrong'; attemptId: AttemptId }
  /** The flagged questions of an earlier attempt. */
  | { kind: 'retry-flagged'; attemptId: AttemptId }
  /** The review cards that were due. */
  | { kind: 'due' }
  /** A mock exam drawn from the blueprint `exams/<exam>.yml` (see src/core/exams). */
  | { kind: 'exam'; exam: string };

/**
 * The grade of one item.
 * - `correct` / `incorrect`: graded against the exact content the student saw.
 * - `unanswered`: no option chosen at submission; scored as incorrect, as AWS scores an unanswered
 *   exam question (see `scoring.ts` for the source).
 * - `changed`: the question's stem, options or key changed after the attempt started
 *   (fingerprint mismatch) — not graded, left out of the score.
 * - `missing`: the question no longer exists in the content — not graded, left out of the score.
 */
export type ItemResult = 'correct' | 'incorrect' | 'unanswered' | 'changed' | 'missing';

/** One question of an attempt, as the student saw and answered it. */
export interface AttemptItem {
  /** The question's stable id. */
  questionId: string;
  /** Slug of the note that teaches it (snapshot; kept for links even if the question disappears). */
  note: string;
  /** The question's tags when the attempt started (snapshot, for per-tag scores and history). */
  tags: string[];
  /** Content fingerprint of stem, options and key when the attempt started (`fingerprint.ts`): 16 hex digits. */
  fingerprint: string;
  /** Authored option letters in display order (2–10, unique): position 0 is shown as "A", 1 as "B", … */
  optionOrder: OptionLetter[];
  /** How many options the key has: 1 = single answer (radio), 2+ = "choose N" (checkboxes). */
  keyCount: number;
  /** Authored letters the student chose, sorted and unique (grading is by authored letter, never position). */
  selected: OptionLetter[];
  /** When the selection last changed (epoch ms), or null while unanswered. */
  answeredAt: EpochMs | null;
  /** Flagged for review by the student. */
  flagged: boolean;
  /** Practice mode: the student confirmed the answer; it is locked and its feedback is shown. */
  confirmed: boolean;
  /** The grade, set when confirmed (practice) or at submission; null before. */
  result: ItemResult | null;
}

/** One sitting of a quiz: its questions in order, the student's answers, its clock and its grade. */
export interface Attempt {
  id: AttemptId;
  mode: QuizMode;
  source: QuizSource;
  seed: QuizSeed;
  /** When the attempt was created (epoch ms). */
  startedAt: EpochMs;
  /** Time limit in milliseconds, or null when untimed. */
  timeLimitMs: number | null;
  /** Absolute deadline = `startedAt + timeLimitMs` (epoch ms), or null when untimed. */
  deadline: EpochMs | null;
  /** Passing score as a fraction of the graded items, 0 < p ≤ 1 (default 0.72). */
  passingScore: number;
  /** Items in display order (the seeded question order); at least one. */
  items: AttemptItem[];
  /** Index of the item on screen (0-based), restored on resume. */
  current: number;
  status: 'in-progress' | 'submitted';
  /** When it was submitted (epoch ms; the deadline itself when time ran out), or null. */
  submittedAt: EpochMs | null;
  /** `manual`: the student submitted; `time-up`: the deadline passed. */
  submitReason: 'manual' | 'time-up' | null;
  /** Incremented by every change; the compare-and-set token of `commit.ts`. */
  revision: number;
  /** The items' grades have been applied to the review cards (so they are applied only once). */
  reviewsApplied: boolean;
}

/**
 * A ts-fsrs `Card` for one question, stored as JSON: the ts-fsrs field names, with the two dates
 * (`due`, `last_review`) as epoch milliseconds. See `review-cards.ts` for the conversion.
 */
export interface StoredCard {
  /** The question the card schedules (one card per question). */
  questionId: string;
  /** When the card is next due (epoch ms). */
  due: EpochMs;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  /** When the card was last reviewed (epoch ms), or null for a new card. */
  last_review: EpochMs | null;
}

/** The student's defaults for new quizzes. */
export interface QuizSettings {
  /** Passing score as a fraction, 0 < p ≤ 1. Default 0.72 (see `scoring.ts` for the source). */
  passingScore: number;
  /** Default exam time per question in ms. Default 120 000 (AWS: 130 minutes for 65 questions). */
  msPerQuestion: number;
}

/** Version of {@link QuizState}; bump it (and add a migration in `persistence.ts`) on any change. */
export const QUIZ_STATE_VERSION = 1;

/** Marker of a quiz-state object, so a foreign JSON blob is never mistaken for one. */
export const QUIZ_STATE_FORMAT = 'emr-prep.quiz-state';

/** Everything the quiz keeps in the browser, under one versioned key. */
export interface QuizState {
  format: typeof QUIZ_STATE_FORMAT;
  version: typeof QUIZ_STATE_VERSION;
  /** Incremented by every committed change (lets a tab tell whether storage moved under it). */
  revision: number;
  /** Attempts by attempt id (each attempt's `id` equals its key). */
  attempts: Record<string, Attempt>;
  /** Review cards by question id (each card's `questionId` equals its key). */
  cards: Record<string, StoredCard>;
  settings: QuizSettings;
}

/** One problem found by a check: the field path (e.g. `['items', 1, 'selected', 0]`) and what is wrong. */
export interface ModelIssue {
  path: Array<string | number>;
  message: string;
}

const ATTEMPT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const SEED = /^[A-Za-z0-9_-]{1,64}$/;
const EXAM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LETTER = /^[A-J]$/;
const FINGERPRINT = /^[0-9a-f]{16}$/;
const RESULTS: readonly string[] = ['correct', 'incorrect', 'unanswered', 'changed', 'missing'];

/** Whether `v` is an attempt id: 1–80 letters, digits, `_` or `-`, starting with a letter or digit. */
export function isAttemptId(v: unknown): v is AttemptId {
  return typeof v === 'string' && ATTEMPT_ID.test(v);
}

/** Whether `v` is a quiz seed: 1–64 letters, digits, `_` or `-` (URL-safe as is). */
export function isQuizSeed(v: unknown): v is QuizSeed {
  return typeof v === 'string' && SEED.test(v);
}

type Path = Array<string | number>;

/** Collects issues under a path prefix. */
class Checker {
  readonly issues: ModelIssue[] = [];
  add(path: Path, message: string): void {
    this.issues.push({ path, message });
  }
  object(v: unknown, path: Path): Record<string, unknown> | null {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    this.add(path, `expected an object, found ${kindOf(v)}`);
    return null;
  }
  string(v: unknown, path: Path, pattern?: RegExp, what?: string): void {
    if (typeof v !== 'string') this.add(path, `expected a string, found ${kindOf(v)}`);
    else if (pattern && !pattern.test(v)) this.add(path, what ?? 'malformed');
  }
  boolean(v: unknown, path: Path): void {
    if (typeof v !== 'boolean') this.add(path, `expected true or false, found ${kindOf(v)}`);
  }
  /** A finite number within [min, max] (`gt0`: strictly above 0), whole when `int`. */
  number(v: unknown, path: Path, o: { int?: boolean; min?: number; max?: number; gt0?: boolean } = {}): void {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.add(path, `expected a number, found ${kindOf(v)}`);
      return;
    }
    if (o.int && !Number.isInteger(v)) this.add(path, 'expected a whole number');
    if (o.gt0 && !(v > 0)) this.add(path, 'must be greater than 0');
    if (o.min !== undefined && v < o.min) this.add(path, `must be at least ${o.min}`);
    if (o.max !== undefined && v > o.max) this.add(path, `must be at most ${o.max}`);
  }
  epoch(v: unknown, path: Path, nullable = false): void {
    if (nullable && v === null) return;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      this.add(path, `expected epoch milliseconds (a whole number ≥ 0), found ${JSON.stringify(v) ?? kindOf(v)}`);
    }
  }
  oneOf(v: unknown, path: Path, allowed: readonly unknown[]): void {
    if (!allowed.includes(v))
      this.add(path, `expected ${allowed.map((a) => JSON.stringify(a)).join(' or ')}, found ${JSON.stringify(v) ?? kindOf(v)}`);
  }
  strings(v: unknown, path: Path, pattern?: RegExp, what?: string): v is string[] {
    if (!Array.isArray(v)) {
      this.add(path, `expected a list, found ${kindOf(v)}`);
      return false;
    }
    const before = this.issues.length;
    v.forEach((s, i) => this.string(s, [...path, i], pattern, what));
    return this.issues.length === before;
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}

function checkSourceInto(c: Checker, v: unknown, path: Path): void {
  const s = c.object(v, path);
  if (!s) return;
  if (s.kind === 'tags') {
    c.strings(s.tags, [...path, 'tags']);
    c.strings(s.notes, [...path, 'notes']);
  } else if (s.kind === 'retry-wrong' || s.kind === 'retry-flagged') {
    c.string(s.attemptId, [...path, 'attemptId'], ATTEMPT_ID, 'an attempt id: 1–80 letters, digits, "_" or "-"');
  } else if (s.kind === 'exam') {
    c.string(s.exam, [...path, 'exam'], EXAM_ID, 'an exam id');
  } else if (s.kind !== 'due') {
    c.add(
      [...path, 'kind'],
      `expected "tags", "retry-wrong", "retry-flagged", "due" or "exam", found ${JSON.stringify(s.kind) ?? 'nothing'}`,
    );
  }
}

function checkItemInto(c: Checker, v: unknown, path: Path): void {
  const item = c.object(v, path);
  if (!item) return;
  const at = (k: string): Path => [...path, k];
  c.string(item.questionId, at('questionId'));
  if (typeof item.questionId === 'string' && item.questionId.length === 0) c.add(at('questionId'), 'must not be empty');
  c.string(item.note, at('note'));
  c.strings(item.tags, at('tags'));
  c.string(item.fingerprint, at('fingerprint'), FINGERPRINT, '16 hexadecimal digits');
  const orderOk = c.strings(item.optionOrder, at('optionOrder'), LETTER, 'an option letter A–J');
  const order = Array.isArray(item.optionOrder) ? item.optionOrder : [];
  if (Array.isArray(item.optionOrder) && (order.length < 2 || order.length > 10)) c.add(at('optionOrder'), 'must list 2 to 10 options');
  c.number(item.keyCount, at('keyCount'), { int: true, min: 1 });
  const selectedOk = c.strings(item.selected, at('selected'), LETTER, 'an option letter A–J');
  c.epoch(item.answeredAt, at('answeredAt'), true);
  c.boolean(item.flagged, at('flagged'));
  c.boolean(item.confirmed, at('confirmed'));
  if (item.result !== null) c.oneOf(item.result, at('result'), RESULTS);
  if (!orderOk || !selectedOk || typeof item.keyCount !== 'number') return;
  // The cross-field rules run once every field has its type (as zod's superRefine does).
  if (!c.issues.every((i) => !startsWith(i.path, path))) return;
  const selected = item.selected as string[];
  if (new Set(order).size !== order.length) c.add(at('optionOrder'), 'an option letter appears twice');
  const sorted = [...selected].sort();
  if (selected.some((l, i) => l !== sorted[i]) || new Set(selected).size !== selected.length) {
    c.add(at('selected'), 'letters must be sorted and unique');
  }
  for (const letter of selected) if (!order.includes(letter)) c.add(at('selected'), `${letter} is not an option of this item`);
  if (item.keyCount > order.length) c.add(at('keyCount'), 'more keyed options than options');
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((p, i) => path[i] === p);
}

function checkAttemptInto(c: Checker, v: unknown, path: Path): void {
  const a = c.object(v, path);
  if (!a) return;
  const at = (...k: Array<string | number>): Path => [...path, ...k];
  c.string(a.id, at('id'), ATTEMPT_ID, 'an attempt id: 1–80 letters, digits, "_" or "-"');
  c.oneOf(a.mode, at('mode'), ['practice', 'exam']);
  checkSourceInto(c, a.source, at('source'));
  c.string(a.seed, at('seed'), SEED, 'a seed of 1–64 letters, digits, "_" or "-"');
  c.epoch(a.startedAt, at('startedAt'));
  if (a.timeLimitMs !== null) c.number(a.timeLimitMs, at('timeLimitMs'), { int: true, gt0: true });
  c.epoch(a.deadline, at('deadline'), true);
  c.number(a.passingScore, at('passingScore'), { gt0: true, max: 1 });
  if (!Array.isArray(a.items)) c.add(at('items'), `expected a list, found ${kindOf(a.items)}`);
  else if (a.items.length === 0) c.add(at('items'), 'an attempt has at least one item');
  else a.items.forEach((item, i) => checkItemInto(c, item, at('items', i)));
  c.number(a.current, at('current'), { int: true, min: 0 });
  c.oneOf(a.status, at('status'), ['in-progress', 'submitted']);
  c.epoch(a.submittedAt, at('submittedAt'), true);
  if (a.submitReason !== null) c.oneOf(a.submitReason, at('submitReason'), ['manual', 'time-up']);
  c.number(a.revision, at('revision'), { int: true, min: 0 });
  c.boolean(a.reviewsApplied, at('reviewsApplied'));
  if (!c.issues.every((i) => !startsWith(i.path, path))) return;
  crossCheckAttempt(c, a as unknown as Attempt, path);
}

/** The rules between an attempt's fields (run once every field has its type). */
function crossCheckAttempt(c: Checker, a: Attempt, path: Path): void {
  const issue = (rest: Path, message: string) => c.add([...path, ...rest], message);
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
    if (a.submittedAt === null || a.submitReason === null) issue(['submittedAt'], 'a submitted attempt needs submittedAt and submitReason');
    a.items.forEach((item, i) => {
      if (item.result === null) issue(['items', i, 'result'], 'a submitted attempt grades every item');
    });
    if (a.submittedAt !== null && a.submittedAt < a.startedAt) issue(['submittedAt'], 'is before startedAt');
    if (a.submittedAt !== null && a.deadline !== null && a.submittedAt > a.deadline) issue(['submittedAt'], 'is after the deadline');
  } else {
    if (a.submittedAt !== null || a.submitReason !== null) issue(['submittedAt'], 'an attempt in progress has no submission');
    if (a.reviewsApplied) issue(['reviewsApplied'], 'an attempt in progress has no reviews to apply');
  }
}

function checkCardInto(c: Checker, v: unknown, path: Path): void {
  const card = c.object(v, path);
  if (!card) return;
  const at = (k: string): Path => [...path, k];
  c.string(card.questionId, at('questionId'));
  if (card.questionId === '') c.add(at('questionId'), 'must not be empty');
  c.epoch(card.due, at('due'));
  for (const k of ['stability', 'difficulty', 'elapsed_days', 'scheduled_days']) c.number(card[k], at(k), { min: 0 });
  for (const k of ['learning_steps', 'reps', 'lapses']) c.number(card[k], at(k), { int: true, min: 0 });
  c.number(card.state, at('state'), { int: true, min: 0, max: 3 });
  c.epoch(card.last_review, at('last_review'), true);
}

function checkSettingsInto(c: Checker, v: unknown, path: Path): void {
  const s = c.object(v, path);
  if (!s) return;
  c.number(s.passingScore, [...path, 'passingScore'], { gt0: true, max: 1 });
  c.number(s.msPerQuestion, [...path, 'msPerQuestion'], { int: true, gt0: true });
}

function record(c: Checker, v: unknown, path: Path, each: (c: Checker, v: unknown, path: Path) => void, key: string): void {
  const r = c.object(v, path);
  if (!r) return;
  for (const [k, value] of Object.entries(r)) {
    const before = c.issues.length;
    each(c, value, [...path, k]);
    const own = (value as Record<string, unknown> | null)?.[key];
    if (c.issues.length === before && own !== k) c.add([...path, k, key], `must equal its key "${k}"`);
  }
}

type Checked<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[] };

function run<T>(v: unknown, check: (c: Checker, v: unknown, path: Path) => void): Checked<T> {
  const c = new Checker();
  check(c, v, []);
  return c.issues.length === 0 ? { ok: true, value: v as T } : { ok: false, issues: c.issues };
}

/** Checks a {@link QuizSource}. */
export function checkQuizSource(v: unknown): Checked<QuizSource> {
  return run(v, checkSourceInto);
}

/** Checks an {@link Attempt}: every field's type and range, and the rules between fields (deadline, submission). */
export function checkAttempt(v: unknown): Checked<Attempt> {
  return run(v, checkAttemptInto);
}

/** Checks a {@link StoredCard}. */
export function checkStoredCard(v: unknown): Checked<StoredCard> {
  return run(v, checkCardInto);
}

/** Checks {@link QuizSettings}. */
export function checkQuizSettings(v: unknown): Checked<QuizSettings> {
  return run(v, checkSettingsInto);
}

/**
 * Checks a whole {@link QuizState} (format and version included; migrations are `persistence.ts`'s
 * job). Returns the same object when valid (nothing is copied or transformed).
 */
export function checkQuizState(v: unknown): Checked<QuizState> {
  return run(v, (c, value, path) => {
    const s = c.object(value, path);
    if (!s) return;
    c.oneOf(s.format, ['format'], [QUIZ_STATE_FORMAT]);
    c.oneOf(s.version, ['version'], [QUIZ_STATE_VERSION]);
    c.number(s.revision, ['revision'], { int: true, min: 0 });
    record(c, s.attempts, ['attempts'], checkAttemptInto, 'id');
    record(c, s.cards, ['cards'], checkCardInto, 'questionId');
    checkSettingsInto(c, s.settings, ['settings']);
  });
}
