/**
 * Seeded shuffling of questions and options with `pure-rand` (Mersenne Twister MT19937, whose
 * seeding spreads even consecutive integer seeds — xoroshiro128+'s first outputs for seeds 0, 1, 2 …
 * are nearly equal, which biased a 4-option shuffle in our test — and the unbiased
 * `uniformIntDistribution`), one independent stream per question.
 *
 * A stream's 32-bit seed is the first four bytes of SHA-256(`quizSeed` NUL `stream name`), the
 * stream name being the question id for its options and `#questions` for the question order (a
 * name no question id can take, ids being `[a-z0-9-]`). So:
 * - the same quiz seed gives every student the same question order and option orders;
 * - adding or removing a question never changes the option order of another question;
 * - the order is stored with the attempt anyway (`AttemptItem.optionOrder`), so a later change of
 *   this algorithm cannot reorder an attempt already started.
 *
 * Grading is by authored letter; display position `i` is labelled {@link displayLabel}(i).
 */
import { sha256 } from '@noble/hashes/sha2';
// Deep imports: the package's index re-exports everything through a namespace object, which a
// bundler cannot tree-shake (it shipped every generator of pure-rand to the quiz page).
import { mersenne } from 'pure-rand/generator/MersenneTwister';
import { unsafeUniformIntDistribution } from 'pure-rand/distribution/UnsafeUniformIntDistribution';
import type { OptionLetter, Question } from '../questions/schema.ts';
import { QuizError } from './errors.ts';
import { isQuizSeed, type QuizSeed } from './model.ts';

/** Stream name of the question order (cannot collide with a question id). */
export const QUESTION_ORDER_STREAM = '#questions';

/** Checks a quiz seed; throws {@link QuizError} `invalid-argument` naming `field` when it is malformed. */
export function assertSeed(seed: string, field = 'seed'): QuizSeed {
  if (!isQuizSeed(seed)) {
    throw new QuizError(
      'invalid-argument',
      field,
      `"${seed}" is not a quiz seed`,
      'use 1–64 letters, digits, "_" or "-" (e.g. "exam-week-3")',
    );
  }
  return seed;
}

/**
 * The 32-bit integer seed of one stream of a quiz.
 *
 * @param quizSeed the quiz's seed (see `isQuizSeed`).
 * @param stream the stream name: a question id, or {@link QUESTION_ORDER_STREAM}.
 * @returns a signed 32-bit integer (the first 4 bytes of SHA-256, big-endian).
 * @throws {QuizError} when `quizSeed` is malformed.
 */
export function streamSeed(quizSeed: string, stream: string): number {
  assertSeed(quizSeed);
  const digest = sha256(new TextEncoder().encode(`${quizSeed}\u0000${stream}`));
  return new DataView(digest.buffer, digest.byteOffset, 4).getInt32(0);
}

/**
 * A Fisher–Yates permutation driven by pure-rand's Mersenne Twister seeded with `seed` (any
 * 32-bit integer; nearby seeds give unrelated permutations).
 *
 * @returns a new array holding the same elements; the input is not modified.
 */
export function seededPermutation<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  // One generator advanced in place: the pure `uniformIntDistribution` draws the same numbers but
  // copies the generator's 624-word state at every step (a 1,665-question bank: ~1 M words copied per
  // quiz drawn, ~4 ms of a cold page load). The recorded orders in shuffle.test.ts pin the output.
  const rng = mersenne(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = unsafeUniformIntDistribution(0, i, rng);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The display order of a question's options for a quiz seed.
 *
 * - `shuffle: false` (the author's `<!-- shuffle: false -->`): authored order.
 * - otherwise: the unpinned options permuted by the question's own stream, then the pinned ones
 *   ("All of the above", "None of the above", "모두 정답" …) last, in authored order.
 *
 * @returns authored option letters in display order.
 */
export function optionOrder(question: Pick<Question, 'id' | 'options' | 'shuffle'>, quizSeed: string): OptionLetter[] {
  const letters = question.options.map((o) => o.letter);
  if (!question.shuffle) return letters;
  const free = question.options.filter((o) => !o.pinned).map((o) => o.letter);
  const pinned = question.options.filter((o) => o.pinned).map((o) => o.letter);
  return [...seededPermutation(free, streamSeed(quizSeed, question.id)), ...pinned];
}

/**
 * The seeded order of a set of question ids. The ids are sorted first, so the result depends only
 * on the set and the seed — not on the order the content loader happened to list them in.
 *
 * @returns the ids, deduplicated, in quiz order.
 */
export function questionOrder(questionIds: readonly string[], quizSeed: string): string[] {
  const sorted = [...new Set(questionIds)].sort();
  return seededPermutation(sorted, streamSeed(quizSeed, QUESTION_ORDER_STREAM));
}

/**
 * The label shown for a display position: 0 → "A", 1 → "B", … 9 → "J". Screen labels follow the
 * position; the authored letter stays hidden and is what gets graded.
 *
 * @throws {QuizError} `index-out-of-range` outside 0–9.
 */
export function displayLabel(position: number): string {
  if (!Number.isInteger(position) || position < 0 || position > 9) {
    throw new QuizError('index-out-of-range', 'position', `${position} is not an option position`, 'use 0–9');
  }
  return String.fromCharCode(65 + position);
}

/**
 * The authored letter shown at a display position of an item.
 *
 * @throws {QuizError} `index-out-of-range` when the item has no such position.
 */
export function letterAtPosition(item: { optionOrder: readonly OptionLetter[] }, position: number): OptionLetter {
  const letter = Number.isInteger(position) ? item.optionOrder[position] : undefined;
  if (letter === undefined) {
    throw new QuizError(
      'index-out-of-range',
      'position',
      `${position} is not one of the ${item.optionOrder.length} option positions`,
      `use 0–${item.optionOrder.length - 1}`,
    );
  }
  return letter;
}

/**
 * The display position of an authored letter in an item, or -1 when the item does not show it.
 */
export function positionOfLetter(item: { optionOrder: readonly OptionLetter[] }, letter: OptionLetter): number {
  return item.optionOrder.indexOf(letter);
}

/**
 * A fresh quiz seed from random bytes (the island passes `crypto.getRandomValues(new Uint8Array(8))`).
 *
 * @returns the bytes in lowercase hex (16 characters for 8 bytes).
 * @throws {QuizError} when fewer than 4 or more than 32 bytes are given.
 */
export function seedFromEntropy(bytes: Uint8Array): QuizSeed {
  if (bytes.length < 4 || bytes.length > 32) {
    throw new QuizError('invalid-argument', 'bytes', `${bytes.length} bytes of entropy`, 'pass 4–32 random bytes (8 is plenty)');
  }
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
