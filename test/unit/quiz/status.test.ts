import { describe, expect, it } from 'vitest';
import { readQuizStatus } from '../../../src/core/quiz/status.ts';

describe('quiz status for the header', () => {
  const now = Date.UTC(2026, 0, 2);
  it('counts due cards and finds the latest attempt in progress', () => {
    const raw = JSON.stringify({
      attempts: {
        old: { status: 'in-progress', startedAt: 1, items: [{ selected: ['A'] }, { selected: [] }] },
        newer: { status: 'in-progress', startedAt: 5, items: [{ selected: ['A'] }, { selected: ['B'] }, { selected: [] }] },
        done: { status: 'submitted', startedAt: 9, items: [] },
      },
      cards: { a: { due: now - 1 }, b: { due: now }, c: { due: now + 1 } },
    });
    expect(readQuizStatus(raw, now)).toEqual({ due: 2, resume: { id: 'newer', answered: 2, total: 3 } });
  });
  it('shows nothing for no state or a malformed one, never throws', () => {
    expect(readQuizStatus(null, now)).toEqual({ due: 0, resume: null });
    expect(readQuizStatus('{oops', now)).toEqual({ due: 0, resume: null });
    expect(readQuizStatus('{"attempts":"x","cards":[1,null,{"due":"soon"}]}', now)).toEqual({ due: 0, resume: null });
  });
});
