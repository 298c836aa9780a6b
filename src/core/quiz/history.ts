/**
 * The history page's data: one row per attempt, the score trend, the weakest tags and the
 * unfinished attempts to resume. Computed from stored grades only (no question bank needed), so a
 * question edited or removed later never changes a past score.
 */
import { timeUsedMs } from './deadline.ts';
import { scoreAttempt, tagScores, type TagScore } from './scoring.ts';
import type { Attempt, QuizMode, QuizSource } from './model.ts';
import { tagNamespace } from './tag-paths.ts';

/** One row of the history table. */
export interface AttemptSummary {
  id: string;
  mode: QuizMode;
  source: QuizSource;
  /** The tags the quiz was built from, or, for retries and due reviews, the namespaces of its items. */
  tags: string[];
  /** The notes the quiz was built from ("Quiz me on this" on a note page), else empty. */
  notes: string[];
  status: Attempt['status'];
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms, or null while in progress. */
  submittedAt: number | null;
  total: number;
  correct: number;
  /** 0–1, or null while nothing is graded. */
  score: number | null;
  passed: boolean | null;
  /** Time used in ms (up to `now` for an attempt in progress). */
  timeUsedMs: number;
  /** Items not graded because their question changed or disappeared since the attempt. */
  ungradable: number;
}

/**
 * Summarises an attempt.
 *
 * @param now epoch ms, for the time used by an attempt in progress.
 */
export function summariseAttempt(attempt: Attempt, now: number): AttemptSummary {
  const s = scoreAttempt(attempt);
  const tags =
    attempt.source.kind === 'tags'
      ? [...attempt.source.tags]
      : [...new Set(attempt.items.flatMap((i) => i.tags.map(tagNamespace)))].filter((t) => t !== '').sort();
  const notes = attempt.source.kind === 'tags' ? [...attempt.source.notes] : [];
  return {
    id: attempt.id,
    mode: attempt.mode,
    source: attempt.source,
    tags,
    notes,
    status: attempt.status,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    total: s.total,
    correct: s.correct,
    score: s.score,
    passed: s.passed,
    timeUsedMs: timeUsedMs(attempt, now),
    ungradable: s.changed + s.missing,
  };
}

/** Every attempt summarised, newest first (by start time, then id). */
export function attemptHistory(attempts: Readonly<Record<string, Attempt>>, now: number): AttemptSummary[] {
  return Object.values(attempts)
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => summariseAttempt(a, now));
}

/** One point of the trend chart. */
export interface TrendPoint {
  attemptId: string;
  /** Submission time, epoch ms. */
  at: number;
  /** 0–1. */
  score: number;
  mode: QuizMode;
}

/** Scores of submitted attempts in submission order (oldest first), for the trend chart. */
export function scoreTrend(attempts: Readonly<Record<string, Attempt>>): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const a of Object.values(attempts)) {
    if (a.status !== 'submitted' || a.submittedAt === null) continue;
    const { score } = scoreAttempt(a);
    if (score !== null) points.push({ attemptId: a.id, at: a.submittedAt, score, mode: a.mode });
  }
  return points.sort((x, y) => x.at - y.at || (x.attemptId < y.attemptId ? -1 : 1));
}

/**
 * The tags the student does worst on, over all submitted attempts (every graded item counts; an
 * item's tags and their ancestors below the namespace, as in `scoreAttempt().byTag`).
 *
 * @param minGraded ignore tags with fewer graded items than this (default 3), so one unlucky
 *   answer does not top the list.
 * @param limit how many tags to return (default 5).
 * @returns the lowest rates first; ties: more graded items first, then by tag path.
 */
export function weakestTags(attempts: Readonly<Record<string, Attempt>>, minGraded = 3, limit = 5): TagScore[] {
  const items = Object.values(attempts)
    .filter((a) => a.status === 'submitted')
    .flatMap((a) => a.items);
  return tagScores(items)
    .byTag.filter((t) => t.graded >= minGraded)
    .sort((a, b) => a.rate - b.rate || b.graded - a.graded || (a.tag < b.tag ? -1 : 1))
    .slice(0, limit);
}

/** Attempts still in progress, most recently started first (offer "resume"). */
export function unfinishedAttempts(attempts: Readonly<Record<string, Attempt>>): Attempt[] {
  return Object.values(attempts)
    .filter((a) => a.status === 'in-progress')
    .sort((a, b) => b.startedAt - a.startedAt);
}
