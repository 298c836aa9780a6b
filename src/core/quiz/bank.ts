/**
 * The question bank: the published questions of the knowledge base, looked up by id. The quiz
 * engine reads questions only through a bank, so a question that disappeared from the content is
 * simply absent and its attempt items are reported as `missing`.
 */
import type { Question } from '../questions/schema.ts';
import { QuizError } from './errors.ts';

/** Published questions by question id. */
export type QuestionBank = ReadonlyMap<string, Question>;

/** What choosing questions needs to know of one: its id, its note and its tags. */
export type QuestionRef = Pick<Question, 'id' | 'note' | 'tags'>;

/**
 * Every published question's {@link QuestionRef} by id: enough to select a quiz or draw an exam
 * before the questions themselves are loaded (the quiz page loads them per note, see
 * `src/islands/quiz/bank-client.ts`). A {@link QuestionBank} is one.
 */
export type QuestionIndex = ReadonlyMap<string, QuestionRef>;

/**
 * Indexes questions by id.
 *
 * @throws {QuizError} `duplicate-question` when two questions share an id (the content pipeline
 *   should have reported it; grading by id would be ambiguous).
 */
export function questionBank(questions: readonly Question[]): QuestionBank {
  const bank = new Map<string, Question>();
  for (const q of questions) {
    const other = bank.get(q.id);
    if (other) {
      throw new QuizError(
        'duplicate-question',
        `questions[${q.id}]`,
        `the id is used by ${other.file}:${other.line} and ${q.file}:${q.line}`,
        'give one of them an explicit `<!-- id: … -->`',
      );
    }
    bank.set(q.id, q);
  }
  return bank;
}
