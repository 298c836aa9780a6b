/**
 * Grading and scoring.
 *
 * - An item is graded by authored option letter, never by screen position.
 * - Single- and multiple-answer items are scored all or nothing, as AWS scores multiple-response
 *   questions: the chosen set must equal the key exactly (AWS Certification exam guides,
 *   "Response types"; the DEA-C01 guide is [S29] of emr-facts.md, but emr-facts.md does not record
 *   this rule itself — from the issue text).
 * - An unanswered item counts as incorrect (AWS exam guides: "Unanswered questions are scored as
 *   incorrect"; same caveat).
 * - An item whose question changed (fingerprint mismatch) or disappeared since the attempt started
 *   is reported as `changed` / `missing` and left out of the score: never graded against content
 *   the student did not see.
 * - The score is `correct ÷ graded` (graded = correct + incorrect + unanswered); the attempt passes
 *   when the score reaches the passing score (default 0.72 from the issue text: AWS associate exams
 *   pass at a scaled 720 on 100–1000, exam guides, cf. [S29]
 *   https://docs.aws.amazon.com/aws-certification/latest/userguide/data-engineer-associate-01-domain1.html ;
 *   a scaled score is not a plain percentage, so 72 % is this app's approximation).
 */
import type { OptionLetter, Question } from '../questions/schema.ts';
import { questionFingerprint } from './fingerprint.ts';
import type { Attempt, AttemptItem, ItemResult } from './model.ts';
import { tagAncestors, tagNamespace } from './tag-paths.ts';

/** Default passing score: 0.72 of the graded items (see the module comment for the source). */
export const DEFAULT_PASSING_SCORE = 0.72;

/** Tolerance of the pass comparison, so 18/25 passes 0.72 despite binary floating point. */
const PASS_EPSILON = 1e-9;

/**
 * Whether a selection matches a key exactly (all or nothing; order and duplicates ignored).
 */
export function isExactSelection(selected: readonly OptionLetter[], key: readonly OptionLetter[]): boolean {
  const chosen = new Set(selected);
  const keyed = new Set(key);
  return chosen.size === keyed.size && [...keyed].every((l) => chosen.has(l));
}

/**
 * Grades one item against the current content.
 *
 * @param question the question with the item's id in the current bank, or undefined if it is gone.
 * @returns `missing` when gone, `changed` when its fingerprint differs from the one stored with the
 *   item, else `unanswered` / `correct` / `incorrect`.
 */
export function gradeItem(
  item: Pick<AttemptItem, 'fingerprint' | 'selected'>,
  question: Pick<Question, 'stem' | 'options' | 'answer'> | undefined,
): ItemResult {
  if (!question) return 'missing';
  if (questionFingerprint(question) !== item.fingerprint) return 'changed';
  if (item.selected.length === 0) return 'unanswered';
  return isExactSelection(item.selected, question.answer) ? 'correct' : 'incorrect';
}

/** Correct and graded counts for one tag or namespace. */
export interface TagScore {
  /** The tag path (`service/emr`) or namespace (`service`). */
  tag: string;
  /** Items answered right. */
  correct: number;
  /** Items graded (correct + incorrect + unanswered). */
  graded: number;
  /** `correct ÷ graded`, 0–1 (graded is never 0 in a returned row). */
  rate: number;
}

/** The score of an attempt, from the grades stored in its items. */
export interface AttemptScore {
  total: number;
  correct: number;
  incorrect: number;
  unanswered: number;
  /** Items whose question changed since the attempt started (not graded). */
  changed: number;
  /** Items whose question no longer exists (not graded). */
  missing: number;
  /** Items not graded yet (an attempt in progress). */
  pending: number;
  /** correct + incorrect + unanswered. */
  graded: number;
  /** `correct ÷ graded` (0–1), or null when nothing is graded. */
  score: number | null;
  /** The attempt's passing score (0–1). */
  passingScore: number;
  /** `score ≥ passingScore`, or null when nothing is graded. */
  passed: boolean | null;
  /** Per namespace (first tag segment), sorted by namespace. */
  byNamespace: TagScore[];
  /**
   * Per tag of two or more segments — every tag an item carries and every ancestor it implies
   * below the namespace — sorted by path. An item counts once per row however many of its tags
   * fall under it.
   */
  byTag: TagScore[];
}

const GRADED: ReadonlySet<ItemResult> = new Set(['correct', 'incorrect', 'unanswered']);

/** Whether a result counts in the score (correct, incorrect or unanswered). */
export function isGraded(result: ItemResult | null): result is 'correct' | 'incorrect' | 'unanswered' {
  return result !== null && GRADED.has(result);
}

/**
 * Per-tag and per-namespace scores of graded items.
 *
 * @param items items with their tag snapshot and grade; ungraded, changed and missing items are skipped.
 * @returns `{ byNamespace, byTag }`, each sorted by tag path.
 */
export function tagScores(items: Iterable<Pick<AttemptItem, 'tags' | 'result'>>): {
  byNamespace: TagScore[];
  byTag: TagScore[];
} {
  const ns = new Map<string, { correct: number; graded: number }>();
  const tags = new Map<string, { correct: number; graded: number }>();
  const add = (map: Map<string, { correct: number; graded: number }>, key: string, correct: boolean) => {
    const row = map.get(key) ?? { correct: 0, graded: 0 };
    row.graded += 1;
    if (correct) row.correct += 1;
    map.set(key, row);
  };
  for (const item of items) {
    if (!isGraded(item.result)) continue;
    const correct = item.result === 'correct';
    const namespaces = new Set<string>();
    const paths = new Set<string>();
    for (const tag of item.tags) {
      const chain = tagAncestors(tag);
      if (chain.length === 0) continue;
      namespaces.add(tagNamespace(tag));
      for (const path of chain.slice(1)) paths.add(path);
    }
    for (const n of namespaces) add(ns, n, correct);
    for (const p of paths) add(tags, p, correct);
  }
  const rows = (map: Map<string, { correct: number; graded: number }>): TagScore[] =>
    [...map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([tag, r]) => ({ tag, correct: r.correct, graded: r.graded, rate: r.correct / r.graded }));
  return { byNamespace: rows(ns), byTag: rows(tags) };
}

/** Whether a score passes: `score ≥ passingScore` with a 1e-9 tolerance for floating point. */
export function passes(score: number, passingScore: number): boolean {
  return score + PASS_EPSILON >= passingScore;
}

/**
 * Scores an attempt from the grades stored in its items (set at confirmation in practice mode and
 * at submission), so the score in history never moves when the content is edited later. Works on
 * attempts in progress too (the running score of a practice session; ungraded items are `pending`).
 */
export function scoreAttempt(attempt: Pick<Attempt, 'items' | 'passingScore'>): AttemptScore {
  const count = { correct: 0, incorrect: 0, unanswered: 0, changed: 0, missing: 0, pending: 0 };
  for (const item of attempt.items) {
    if (item.result === null) count.pending += 1;
    else count[item.result] += 1;
  }
  const graded = count.correct + count.incorrect + count.unanswered;
  const score = graded === 0 ? null : count.correct / graded;
  return {
    total: attempt.items.length,
    ...count,
    graded,
    score,
    passingScore: attempt.passingScore,
    passed: score === null ? null : passes(score, attempt.passingScore),
    ...tagScores(attempt.items),
  };
}
