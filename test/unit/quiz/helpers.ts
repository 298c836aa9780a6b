/** Test helpers for the quiz engine: a fake clock and a small question factory. */
import type { Option, Question } from '../../../src/core/questions/schema.ts';
import { QuestionSchema } from '../../../src/core/questions/schema.ts';
import { questionBank, type QuestionBank } from '../../../src/core/quiz/bank.ts';
import { createAttempt, selectOptions, submitAttempt, type QuizContext } from '../../../src/core/quiz/attempt.ts';
import { emptyState } from '../../../src/core/quiz/persistence.ts';
import { applyAttemptReviews } from '../../../src/core/quiz/review-scheduler.ts';
import type { QuizState } from '../../../src/core/quiz/schema.ts';

/** A clock the test moves by hand. Starts at 2026-01-01T00:00:00Z. */
export class FakeClock {
  constructor(public t = Date.UTC(2026, 0, 1)) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(ms: number): void {
    this.t = ms;
  }
}

export interface QuestionInput {
  id: string;
  note?: string;
  stem?: string;
  /** Option texts; letters A, B, C… are assigned in order. Texts starting with "All of"/"None of" are pinned. */
  options?: string[];
  answer?: string[];
  tags?: string[];
  shuffle?: boolean;
}

/** A valid Question (checked with the real schema) with an explanation per option. */
export function makeQuestion(input: QuestionInput): Question {
  const texts = input.options ?? ['Option one', 'Option two', 'Option three', 'Option four'];
  const options: Option[] = texts.map((text, i) => {
    const letter = String.fromCharCode(65 + i);
    return {
      letter,
      text,
      html: text,
      explanation: `Why ${letter} (${text})`,
      explanationHtml: `<p>Why ${letter}</p>`,
      explanationLabel: null,
      pinned: /^(all|none) of the above$|^모두 정답$/i.test(text),
      line: 10 + i,
    };
  });
  return QuestionSchema.parse({
    id: input.id,
    note: input.note ?? 'note-a',
    file: `${input.note ?? 'note-a'}.md`,
    line: 1,
    stem: input.stem ?? `Stem of ${input.id}?`,
    stemHtml: `<p>${input.stem ?? input.id}</p>`,
    options,
    answer: input.answer ?? ['B'],
    answerText: null,
    explanationIntro: null,
    tags: input.tags ?? ['service/emr'],
    shuffle: input.shuffle ?? true,
  });
}

/** A bank of `n` questions q01…qNN with answer B and the given tags. */
export function makeBank(n: number, tags: string[] = ['service/emr']): QuestionBank {
  return questionBank(Array.from({ length: n }, (_, i) => makeQuestion({ id: `q${String(i + 1).padStart(2, '0')}`, tags })));
}

export function ctxOf(bank: QuestionBank, clock: FakeClock): QuizContext {
  return { bank, clock };
}

/** Recursively freezes an object, so a test fails if the engine mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

export const MINUTE = 60_000;

/** A state with one submitted exam (cards applied) and one practice attempt in progress. */
export function sampleQuizState(bank: QuestionBank = makeBank(4)): QuizState {
  const clock = new FakeClock();
  const ctx = ctxOf(bank, clock);
  let exam = createAttempt(
    {
      id: 'exam-1',
      mode: 'exam',
      questionIds: ['q01', 'q02', 'q03'],
      seed: 's1',
      source: { kind: 'tags', tags: ['service/emr'], notes: [] },
      timeLimitMs: 6 * MINUTE,
    },
    ctx,
  );
  exam = selectOptions(exam, 0, ['B'], ctx);
  exam = selectOptions(exam, 1, ['A'], ctx);
  clock.advance(MINUTE);
  exam = submitAttempt(exam, ctx);
  const applied = applyAttemptReviews({}, exam);
  let practice = createAttempt(
    { id: 'practice-1', mode: 'practice', questionIds: ['q04', 'q01'], seed: 's2', source: { kind: 'due' }, timeLimitMs: null },
    ctx,
  );
  practice = selectOptions(practice, 0, ['B'], ctx);
  return {
    ...emptyState(),
    revision: 7,
    attempts: { [applied.attempt.id]: applied.attempt, [practice.id]: practice },
    cards: applied.cards,
    settings: { passingScore: 0.8, msPerQuestion: 90_000 },
  };
}
