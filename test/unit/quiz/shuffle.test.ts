import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAttempt, selectOptions, submitAttempt } from '../../../src/core/quiz/attempt.ts';
import { questionBank } from '../../../src/core/quiz/bank.ts';
import { presentItem } from '../../../src/core/quiz/presentation.ts';
import {
  displayLabel,
  letterAtPosition,
  optionOrder,
  positionOfLetter,
  questionOrder,
  seedFromEntropy,
  seededPermutation,
  streamSeed,
} from '../../../src/core/quiz/shuffle.ts';
import { FakeClock, ctxOf, makeQuestion } from './helpers.ts';

const five = makeQuestion({ id: 'five', options: ['a', 'b', 'c', 'd', 'e'], answer: ['C'] });

describe('seeded shuffle', () => {
  it('gives the same option order for the same seed, on every call', () => {
    expect(optionOrder(five, 'class-7')).toEqual(optionOrder(five, 'class-7'));
    expect(questionOrder(['x', 'y', 'z', 'w'], 'class-7')).toEqual(questionOrder(['w', 'z', 'y', 'x'], 'class-7'));
  });

  it('keeps the orders of earlier versions: a seed shared with a class gives the same quiz after an update', () => {
    // Recorded from the implementation of 2026-12-03 (pure-rand's pure uniformIntDistribution).
    const ids = Array.from({ length: 12 }, (_, i) => `q${String(i).padStart(2, '0')}`);
    expect(questionOrder(ids, 'class-7')).toEqual(['q10', 'q00', 'q02', 'q11', 'q06', 'q09', 'q08', 'q05', 'q07', 'q03', 'q01', 'q04']);
    expect(questionOrder(ids, 'exam-week-3')).toEqual(['q09', 'q11', 'q06', 'q05', 'q07', 'q10', 'q01', 'q02', 'q00', 'q03', 'q04', 'q08']);
    expect(questionOrder(ids, 'a')).toEqual(['q10', 'q05', 'q04', 'q00', 'q11', 'q07', 'q02', 'q01', 'q06', 'q03', 'q08', 'q09']);
    const thousand = Array.from({ length: 1000 }, (_, i) => i);
    expect(seededPermutation(thousand, 2026).slice(0, 12)).toEqual([689, 251, 247, 334, 360, 611, 439, 539, 197, 765, 32, 125]);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => optionOrder(five, `s${i}`).join('')));
    // 120 permutations of 5 options; 50 seeds landing on fewer than 20 distinct orders would mean no real shuffle.
    expect(orders.size).toBeGreaterThan(20);
  });

  it('derives each stream from SHA-256(seed NUL stream name), independently per question', () => {
    const digest = createHash('sha256').update('class-7\u0000five').digest();
    expect(streamSeed('class-7', 'five')).toBe(digest.readInt32BE(0));
    // Adding other questions to a quiz does not change this question's option order.
    const other = makeQuestion({ id: 'other' });
    const clock = new FakeClock();
    const ctx = ctxOf(questionBank([five, other]), clock);
    const base = { mode: 'exam' as const, seed: 'class-7', source: { kind: 'due' as const }, timeLimitMs: null };
    const alone = createAttempt({ ...base, id: 'a', questionIds: ['five'] }, ctx);
    const withOther = createAttempt({ ...base, id: 'b', questionIds: ['other', 'five'] }, ctx);
    expect(withOther.items[1]!.optionOrder).toEqual(alone.items[0]!.optionOrder);
  });

  it('is a permutation of the input for any seed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.integer(), (items, seed) => {
        const out = seededPermutation(items, seed);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('puts every option in every position about equally often (no Fisher–Yates off-by-one bias)', () => {
    const n = 4;
    const runs = 4000;
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let s = 0; s < runs; s++) {
      seededPermutation([0, 1, 2, 3], s).forEach((item, pos) => {
        counts[item]![pos]! += 1;
      });
    }
    // Expected 1000 per cell; chi-square with 9 degrees of freedom, 0.1 % critical value 27.9.
    const chi = counts.flat().reduce((sum, c) => sum + (c - runs / n) ** 2 / (runs / n), 0);
    expect(chi).toBeLessThan(27.9);
  });

  it('keeps pinned options ("All of the above", "모두 정답") last, in authored order', () => {
    const q = makeQuestion({
      id: 'pinned',
      options: ['one', 'two', 'three', 'All of the above', 'None of the above'],
      answer: ['D'],
    });
    for (let i = 0; i < 30; i++) {
      const order = optionOrder(q, `seed${i}`);
      expect(order.slice(3)).toEqual(['D', 'E']);
      expect([...order.slice(0, 3)].sort()).toEqual(['A', 'B', 'C']);
    }
    const ko = makeQuestion({ id: 'ko', options: ['하나', '둘', '모두 정답'], answer: ['C'] });
    expect(optionOrder(ko, 'x')[2]).toBe('C');
  });

  it('keeps the authored order when the author turned shuffling off', () => {
    const q = makeQuestion({ id: 'fixed', options: ['a', 'b', 'c', 'd', 'e', 'f'], shuffle: false });
    for (let i = 0; i < 10; i++) expect(optionOrder(q, `s${i}`)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('stores the order with the attempt, so a later content re-order cannot move options under the student', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(questionBank([five]), clock);
    const a = createAttempt({ id: 'a', mode: 'exam', questionIds: ['five'], seed: 'k', source: { kind: 'due' }, timeLimitMs: null }, ctx);
    const view = presentItem(a, 0, ctx.bank);
    expect(view.options.map((o) => o.letter)).toEqual(a.items[0]!.optionOrder);
    expect(view.options.map((o) => o.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('remaps screen positions to authored letters for grading', () => {
    const clock = new FakeClock();
    const ctx = ctxOf(questionBank([five]), clock);
    for (const seed of ['s1', 's2', 's3', 's4', 's5']) {
      const a = createAttempt({ id: 'a', mode: 'exam', questionIds: ['five'], seed, source: { kind: 'due' }, timeLimitMs: null }, ctx);
      const item = a.items[0]!;
      const keyPosition = positionOfLetter(item, 'C');
      expect(letterAtPosition(item, keyPosition)).toBe('C');
      // The student clicks the key at its screen position → correct; the option at screen "C" (position 2) is
      // correct only if the shuffle happened to put the key there.
      const right = submitAttempt(selectOptions(a, 0, [letterAtPosition(item, keyPosition)], ctx), ctx);
      expect(right.items[0]!.result).toBe('correct');
      const byLabel = submitAttempt(selectOptions(a, 0, [letterAtPosition(item, 2)], ctx), ctx);
      expect(byLabel.items[0]!.result).toBe(keyPosition === 2 ? 'correct' : 'incorrect');
    }
    expect(() => letterAtPosition({ optionOrder: ['A', 'B'] }, 2)).toThrow(/position: 2/);
    expect(displayLabel(0)).toBe('A');
    expect(displayLabel(9)).toBe('J');
  });

  it('makes a seed from random bytes', () => {
    expect(seedFromEntropy(new Uint8Array([0, 1, 171, 255]))).toBe('0001abff');
    expect(() => seedFromEntropy(new Uint8Array(2))).toThrow(/4–32 random bytes/);
    expect(() => streamSeed('bad seed!', 'x')).toThrow(/seed/);
  });
});
