import { describe, expect, it } from 'vitest';
import { confirmAnswer, createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { presentAttempt, presentItem } from '../../../src/core/quiz/presentation.ts';
import { FakeClock, ctxOf, makeQuestion } from './helpers.ts';

const q = makeQuestion({ id: 'q', options: ['alpha', 'beta', 'gamma', 'delta', 'None of the above'], answer: ['C'] });

describe('presenting an item', () => {
  it('hides key and explanations in an exam until submission, then shows each reason with its own option', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(questionBank([q]), clock);
    let a = createAttempt({ id: 'a', mode: 'exam', questionIds: ['q'], seed: 'z', source: { kind: 'due' }, timeLimitMs: null }, ctx);
    a = selectOptions(a, 0, ['A'], ctx);
    const during = presentItem(a, 0, ctx.bank);
    expect(during.revealed).toBe(false);
    expect(during.options.every((o) => o.keyed === null && o.explanation === null)).toBe(true);
    expect(during.key).toBeNull();
    const after = presentItem(submitAttempt(a, ctx), 0, ctx.bank);
    expect(after.revealed).toBe(true);
    expect(after.result).toBe('incorrect');
    for (const o of after.options) {
      // makeQuestion writes "Why <letter> (<text>)": the reason travels with its option wherever it is shown.
      expect(o.explanation).toBe(`Why ${o.letter} (${o.text})`);
      expect(o.keyed).toBe(o.letter === 'C');
    }
    expect(after.options.at(-1)!.text).toBe('None of the above');
    expect(after.keyLabels).toEqual([after.options.find((o) => o.letter === 'C')!.label]);
  });

  it('reveals a practice item once it is confirmed', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(questionBank([q]), clock);
    let a = createAttempt({ id: 'a', mode: 'practice', questionIds: ['q'], seed: 'z', source: { kind: 'due' }, timeLimitMs: null }, ctx);
    a = selectOptions(a, 0, ['C'], ctx);
    expect(presentItem(a, 0, ctx.bank).revealed).toBe(false);
    a = confirmAnswer(a, 0, ctx);
    const v = presentItem(a, 0, ctx.bank);
    expect(v).toMatchObject({ revealed: true, result: 'correct', key: ['C'] });
  });

  it('shows a question edited or removed since the attempt as such', () => {
    const other = makeQuestion({ id: 'r' });
    const clock = new FakeClock();
    const ctx = ctxOf(questionBank([q, other]), clock);
    const a = submitAttempt(
      createAttempt({ id: 'a', mode: 'exam', questionIds: ['q', 'r'], seed: 'z', source: { kind: 'due' }, timeLimitMs: null }, ctx),
      ctx,
    );
    const edited = makeQuestion({ id: 'q', options: ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'None of the above'], answer: ['E'] });
    const later = questionBank([edited]);
    const views = presentAttempt(a, later);
    const vq = views.find((v) => v.questionId === 'q')!;
    const vr = views.find((v) => v.questionId === 'r')!;
    expect(vq.status).toBe('changed');
    expect(vq.options.map((o) => o.letter).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']); // new option appended
    expect(vq.result).toBe('unanswered'); // the stored grade, made against the content the student saw
    expect(vr).toMatchObject({ status: 'missing', question: null, options: [], note: 'note-a' });
  });
});
