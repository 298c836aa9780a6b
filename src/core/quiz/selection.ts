/**
 * Which questions a quiz asks, in which order.
 *
 * - By tags and notes: a question is in the pool when one of its tags is a selected tag or lies
 *   below one (`service` selects `service/emr`), or when it belongs to a selected note. Several
 *   tags and notes make a union; no tag and no note selects every question.
 * - "Retry the wrong ones" / "Retry flagged": items of an earlier attempt that still exist.
 * - "Due for review": questions whose review card is due, most overdue first.
 *
 * The pool is ordered by the seeded question stream (`shuffle.ts`) and cut to `count`, so one seed
 * and one content version give every student the same questions in the same order.
 */
import type { QuestionIndex } from './bank.ts';
import { QuizError } from './errors.ts';
import type { Attempt, StoredCard } from './model.ts';
import { dueCards } from './review-cards.ts';
import { questionOrder } from './shuffle.ts';
import { normaliseTagSelector, tagMatches } from './tag-paths.ts';

/** The questions picked for a quiz. */
export interface Selection {
  /** Question ids in quiz order, at most `count`. */
  questionIds: string[];
  /** How many questions qualified before the cut to `count`. */
  poolSize: number;
  /** `count − questionIds.length` when fewer questions qualified than asked for, else 0. */
  shortfall: number;
  /** Selected tags and notes that matched no question (tell the student; likely a typo). */
  unmatched: string[];
}

function assertCount(count: number | null): number | null {
  if (count !== null && (!Number.isInteger(count) || count < 1)) {
    throw new QuizError('invalid-argument', 'count', `${String(count)} questions`, 'use a whole number of at least 1, or null for all');
  }
  return count;
}

function cut(ids: string[], count: number | null, seed: string): Omit<Selection, 'unmatched'> {
  const ordered = questionOrder(ids, seed);
  const chosen = count === null ? ordered : ordered.slice(0, count);
  return {
    questionIds: chosen,
    poolSize: ordered.length,
    shortfall: count === null ? 0 : Math.max(0, count - chosen.length),
  };
}

/** Criteria of a tag/note quiz. */
export interface TagCriteria {
  /** Tag selectors (cleaned with `normaliseTagSelector`); a tag selects its descendants. */
  tags: readonly string[];
  /** Note slugs whose questions are selected ("Quiz me on this" on a note page). */
  notes: readonly string[];
  /** Maximum number of questions, or null for all. */
  count: number | null;
  /** The quiz seed. */
  seed: string;
}

/**
 * Selects questions by tags and notes (union).
 *
 * @throws {QuizError} `invalid-argument` for a bad count or seed.
 */
export function selectByTags(bank: QuestionIndex, criteria: TagCriteria): Selection {
  const count = assertCount(criteria.count);
  const { ids, unmatched } = tagPool(bank, criteria.tags, criteria.notes);
  return { ...cut(ids, count, criteria.seed), unmatched };
}

/**
 * How many questions {@link selectByTags} would select, without drawing them (a builder's preview:
 * the seeded order of a 1,665-question pool is ~15 % of a cold quiz page's script time, and the
 * preview only shows counts).
 *
 * @returns `poolSize`, `shortfall` and `unmatched` as {@link selectByTags} gives them; `questionIds`
 *   is the first `count` ids of the pool in content order — NOT the quiz's questions.
 * @throws {QuizError} `invalid-argument` for a bad count.
 */
export function countByTags(bank: QuestionIndex, criteria: Omit<TagCriteria, 'seed'>): Selection {
  const count = assertCount(criteria.count);
  const { ids, unmatched } = tagPool(bank, criteria.tags, criteria.notes);
  const pool = [...new Set(ids)];
  const chosen = count === null ? pool : pool.slice(0, count);
  return { questionIds: chosen, poolSize: pool.length, shortfall: count === null ? 0 : Math.max(0, count - chosen.length), unmatched };
}

/** The questions matching any tag selector or note (content order) and the selectors that matched none. */
function tagPool(bank: QuestionIndex, rawTags: readonly string[], rawNotes: readonly string[]): { ids: string[]; unmatched: string[] } {
  const tags = [...new Set(rawTags.map(normaliseTagSelector).filter((t) => t.length > 0))];
  const notes = [...new Set(rawNotes.map((n) => n.trim()).filter((n) => n.length > 0))];
  const all = tags.length === 0 && notes.length === 0;
  const used = new Set<string>();
  const ids: string[] = [];
  for (const q of bank.values()) {
    let hit = all;
    for (const sel of tags) {
      if (q.tags.some((t) => tagMatches(sel, t))) {
        hit = true;
        used.add(`tag:${sel}`);
      }
    }
    if (notes.includes(q.note)) {
      hit = true;
      used.add(`note:${q.note}`);
    }
    if (hit) ids.push(q.id);
  }
  const unmatched = [...tags.filter((t) => !used.has(`tag:${t}`)), ...notes.filter((n) => !used.has(`note:${n}`))];
  return { ids, unmatched };
}

/**
 * "Retry the wrong ones": the items of a submitted attempt graded `incorrect` or `unanswered`
 * whose question still exists in the bank (changed and missing items were never graded, so they
 * are not "wrong"; a question edited since is asked in its current form).
 *
 * @throws {QuizError} `invalid-argument` when the attempt is not submitted yet or the seed is bad.
 */
export function selectRetryWrong(attempt: Attempt, bank: QuestionIndex, seed: string): Selection {
  if (attempt.status !== 'submitted') {
    throw new QuizError(
      'invalid-argument',
      'attempt.status',
      'the attempt is still in progress',
      'submit it before retrying its wrong answers',
    );
  }
  const ids = attempt.items
    .filter((i) => (i.result === 'incorrect' || i.result === 'unanswered') && bank.has(i.questionId))
    .map((i) => i.questionId);
  return { ...cut(ids, null, seed), unmatched: [] };
}

/**
 * "Retry flagged": the flagged items of an attempt (submitted or not) whose question still exists.
 *
 * @throws {QuizError} `invalid-argument` for a bad seed.
 */
export function selectRetryFlagged(attempt: Attempt, bank: QuestionIndex, seed: string): Selection {
  const ids = attempt.items.filter((i) => i.flagged && bank.has(i.questionId)).map((i) => i.questionId);
  return { ...cut(ids, null, seed), unmatched: [] };
}

/**
 * "Due for review": questions whose card is due at `now` (`due ≤ now`) and that still exist; the
 * most overdue first (ties by question id), cut to `count`, then put in seeded order.
 *
 * @param now epoch ms.
 * @throws {QuizError} `invalid-argument` for a bad count or seed.
 */
export function selectDue(
  cards: Readonly<Record<string, StoredCard>>,
  bank: QuestionIndex,
  now: number,
  count: number | null,
  seed: string,
): Selection {
  assertCount(count);
  const due = dueCards(cards, now).filter((c) => bank.has(c.questionId));
  const chosen = count === null ? due : due.slice(0, count);
  const ordered = questionOrder(
    chosen.map((c) => c.questionId),
    seed,
  );
  return {
    questionIds: ordered,
    poolSize: due.length,
    shortfall: count === null ? 0 : Math.max(0, count - ordered.length),
    unmatched: [],
  };
}
