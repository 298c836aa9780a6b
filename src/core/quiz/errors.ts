/**
 * The one error type of the quiz engine. Every function of `src/core/quiz` that rejects its input
 * throws a {@link QuizError} naming the field at fault and how to fix it — never a bare `Error`,
 * a `NaN` or a silent drop.
 */

/** Stable machine-readable reasons, so the browser island can choose its message or recovery. */
export type QuizErrorCode =
  | 'invalid-argument'
  | 'unknown-question'
  | 'duplicate-question'
  | 'empty-selection'
  | 'index-out-of-range'
  | 'unknown-option'
  | 'too-many-options'
  | 'wrong-mode'
  | 'invalid-clock';

/**
 * An input the quiz engine cannot use.
 *
 * - `code`: one of {@link QuizErrorCode}.
 * - `field`: the argument or property at fault, e.g. `timeLimitMs` or `items[3].selected`.
 * - `hint`: what the caller (or the student, via the island) should do instead.
 *
 * The `message` holds all three, so an uncaught error still explains itself.
 */
export class QuizError extends Error {
  readonly code: QuizErrorCode;
  readonly field: string;
  readonly hint: string;

  constructor(code: QuizErrorCode, field: string, problem: string, hint: string) {
    super(`${field}: ${problem} — ${hint}`);
    this.name = 'QuizError';
    this.code = code;
    this.field = field;
    this.hint = hint;
  }
}
