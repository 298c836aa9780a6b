import { describe, expect, it } from 'vitest';
import {
  confirmAnswer,
  createAttempt,
  enforceDeadline,
  goNext,
  goPrevious,
  goTo,
  questionMap,
  selectOptions,
  setFlag,
  submitAttempt,
  toggleFlag,
  toggleOption,
  type NewAttempt,
} from '../../../src/core/quiz/attempt.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { QuizError } from '../../../src/core/quiz/errors.ts';
import { AttemptSchema } from '../../../src/core/quiz/schema.ts';
import { scoreAttempt } from '../../../src/core/quiz/scoring.ts';
import { FakeClock, MINUTE, ctxOf, deepFreeze, makeBank, makeQuestion } from './helpers.ts';

const exam = (ids: string[], timeLimitMs: number | null = 10 * MINUTE): NewAttempt => ({
  id: 'att-1',
  mode: 'exam',
  questionIds: ids,
  seed: 'seed-1',
  source: { kind: 'tags', tags: ['service'], notes: [] },
  timeLimitMs,
});

describe('auto-submit at the deadline', () => {
  it('submits at the deadline itself when the clock passes it, grading answers as they stood', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(3), clock);
    let a = createAttempt(exam(['q01', 'q02', 'q03'], 5000), ctx);
    clock.advance(1000);
    a = selectOptions(a, 0, ['B'], ctx); // right (key B)
    a = selectOptions(a, 1, ['A'], ctx); // wrong
    clock.advance(4000); // exactly at the deadline
    const done = enforceDeadline(a, ctx);
    expect(done.status).toBe('submitted');
    expect(done.submitReason).toBe('time-up');
    expect(done.submittedAt).toBe(a.deadline);
    expect(done.items.map((i) => i.result)).toEqual(['correct', 'incorrect', 'unanswered']);
    expect(AttemptSchema.safeParse(done).success).toBe(true);
  });

  it('ignores an answer given after the deadline and submits instead', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(2), clock);
    const a = createAttempt(exam(['q01', 'q02'], 3000), ctx);
    clock.advance(3001);
    const after = selectOptions(a, 0, ['B'], ctx);
    expect(after.status).toBe('submitted');
    expect(after.items[0]!.selected).toEqual([]);
    expect(after.items[0]!.result).toBe('unanswered');
    expect(scoreAttempt(after).correct).toBe(0);
  });

  it('submits at once an attempt opened long after its deadline, with time used = the limit', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(2), clock);
    const a = createAttempt(exam(['q01', 'q02'], 20 * MINUTE), ctx);
    clock.advance(3 * 24 * 60 * MINUTE); // three days later
    const opened = enforceDeadline(a, ctx);
    expect(opened.status).toBe('submitted');
    expect(opened.submittedAt! - opened.startedAt).toBe(20 * MINUTE);
  });

  it('never auto-submits an untimed attempt', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(1), clock);
    const a = createAttempt(exam(['q01'], null), ctx);
    clock.advance(365 * 24 * 60 * MINUTE);
    expect(enforceDeadline(a, ctx)).toBe(a);
  });

  it('a manual submit before the deadline records the submit time', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(1), clock);
    const a = createAttempt(exam(['q01']), ctx);
    clock.advance(90_000);
    const s = submitAttempt(a, ctx);
    expect(s.submitReason).toBe('manual');
    expect(s.submittedAt! - s.startedAt).toBe(90_000);
    expect(submitAttempt(s, ctx)).toBe(s); // submitting twice changes nothing
    clock.advance(MINUTE);
    expect(selectOptions(s, 0, ['B'], ctx)).toBe(s); // no answer after submission
  });
});

describe('answering', () => {
  it('grades by authored letter whatever the screen position', () => {
    const clock = new FakeClock();
    const q = makeQuestion({ id: 'q1', options: ['w', 'x', 'y', 'z'], answer: ['C'] });
    const ctx = ctxOf(questionBank([q]), clock);
    const a = createAttempt(exam(['q1']), ctx);
    const position = a.items[0]!.optionOrder.indexOf('C');
    const answered = selectOptions(a, 0, [a.items[0]!.optionOrder[position]!], ctx);
    expect(submitAttempt(answered, ctx).items[0]!.result).toBe('correct');
  });

  it('toggles radio-style on single-answer items and checkbox-style on "choose two" items', () => {
    const clock = new FakeClock();
    const bank = questionBank([
      makeQuestion({ id: 'single', answer: ['B'] }),
      makeQuestion({ id: 'multi', options: ['a', 'b', 'c', 'd', 'e'], answer: ['B', 'D'] }),
    ]);
    const ctx = ctxOf(bank, clock);
    let a = createAttempt(exam(['single', 'multi']), ctx);
    const iSingle = a.items.findIndex((i) => i.questionId === 'single');
    const iMulti = 1 - iSingle;
    a = toggleOption(a, iSingle, 'A', ctx);
    a = toggleOption(a, iSingle, 'C', ctx);
    expect(a.items[iSingle]!.selected).toEqual(['C']);
    a = toggleOption(a, iMulti, 'D', ctx);
    a = toggleOption(a, iMulti, 'B', ctx);
    a = toggleOption(a, iMulti, 'E', ctx);
    a = toggleOption(a, iMulti, 'E', ctx);
    expect(a.items[iMulti]!.selected).toEqual(['B', 'D']);
    expect(a.items[iMulti]!.keyCount).toBe(2);
  });

  it('rejects an option the item does not have, and two options on a single-answer item', () => {
    const ctx = ctxOf(makeBank(1), new FakeClock());
    const a = createAttempt(exam(['q01']), ctx);
    expect(() => selectOptions(a, 0, ['F'], ctx)).toThrow(QuizError);
    expect(() => selectOptions(a, 0, ['F'], ctx)).toThrow(/option F is not shown/);
    expect(() => selectOptions(a, 0, ['A', 'B'], ctx)).toThrow(/single-answer/);
    expect(() => selectOptions(a, 7, ['A'], ctx)).toThrow(/index: 7 is not one of the attempt's 1 items/);
  });

  it('never modifies the attempt it is given and bumps the revision on each change', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(2), clock);
    const a = deepFreeze(createAttempt(exam(['q01', 'q02']), ctx));
    const b = selectOptions(a, 0, ['A'], ctx);
    expect(a.items[0]!.selected).toEqual([]);
    expect(b.revision).toBe(a.revision + 1);
    expect(selectOptions(b, 0, ['A'], ctx)).toBe(b); // no change, same object, nothing to save
    const c = toggleFlag(b, 1, ctx);
    expect(c.revision).toBe(b.revision + 1);
  });

  it('clearing an answer makes the item unanswered again', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(1), clock);
    let a = createAttempt(exam(['q01']), ctx);
    a = selectOptions(a, 0, ['B'], ctx);
    a = selectOptions(a, 0, [], ctx);
    expect(a.items[0]!.answeredAt).toBeNull();
    expect(submitAttempt(a, ctx).items[0]!.result).toBe('unanswered');
  });
});

describe('practice mode', () => {
  it('grades and locks an item when the answer is confirmed', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(2), clock);
    let a = createAttempt({ ...exam(['q01', 'q02'], null), mode: 'practice' }, ctx);
    expect(confirmAnswer(a, 0, ctx)).toBe(a); // nothing chosen yet
    a = selectOptions(a, 0, ['A'], ctx);
    a = confirmAnswer(a, 0, ctx);
    expect(a.items[0]!.confirmed).toBe(true);
    expect(a.items[0]!.result).toBe('incorrect');
    expect(selectOptions(a, 0, ['B'], ctx)).toBe(a); // locked
    expect(scoreAttempt(a)).toMatchObject({ correct: 0, incorrect: 1, pending: 1 });
  });

  it('refuses confirmAnswer in exam mode (no feedback before submission)', () => {
    const ctx = ctxOf(makeBank(1), new FakeClock());
    const a = createAttempt(exam(['q01']), ctx);
    expect(() => confirmAnswer(a, 0, ctx)).toThrow(/no feedback before submission/);
  });
});

describe('flags, navigation and the question map', () => {
  it('tracks answered, unanswered and flagged items and the current position', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(makeBank(4), clock);
    let a = createAttempt(exam(['q01', 'q02', 'q03', 'q04']), ctx);
    a = selectOptions(a, 0, ['B'], ctx);
    a = setFlag(a, 2, true, ctx);
    a = goTo(a, 3, ctx);
    a = goNext(a, ctx); // stays on the last
    expect(a.current).toBe(3);
    a = goPrevious(a, ctx);
    expect(a.current).toBe(2);
    expect(questionMap(a).map((m) => [m.answered, m.flagged, m.current, m.result])).toEqual([
      [true, false, false, null],
      [false, false, false, null],
      [false, true, true, null],
      [false, false, false, null],
    ]);
    expect(() => goTo(a, -1, ctx)).toThrow(QuizError);
  });
});

describe('createAttempt input checks', () => {
  it('names the field and the fix', () => {
    const ctx = ctxOf(makeBank(2), new FakeClock());
    expect(() => createAttempt(exam([]), ctx)).toThrow(/questionIds: no question was selected/);
    expect(() => createAttempt(exam(['q01', 'q01']), ctx)).toThrow(/questionIds\[1\]: "q01" is listed twice/);
    expect(() => createAttempt(exam(['nope']), ctx)).toThrow(/no published question has the id "nope"/);
    expect(() => createAttempt({ ...exam(['q01']), seed: 'has space' }, ctx)).toThrow(/seed/);
    expect(() => createAttempt({ ...exam(['q01']), id: '' }, ctx)).toThrow(/attempt id/);
    expect(() => createAttempt({ ...exam(['q01']), passingScore: 72 }, ctx)).toThrow(/0\.72 for 72 %/);
  });

  it('produces an attempt that the persisted schema accepts', () => {
    const ctx = ctxOf(makeBank(3), new FakeClock());
    const a = createAttempt(exam(['q03', 'q01', 'q02']), ctx);
    expect(AttemptSchema.parse(a)).toEqual(a);
    expect(a.items.map((i) => i.questionId)).toEqual(['q03', 'q01', 'q02']); // order as selected
    expect(a.passingScore).toBe(0.72);
  });
});
