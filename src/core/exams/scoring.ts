/**
 * Scoring of a mock exam: the score per blueprint domain, and AWS-style scaled scores.
 *
 * AWS reports certification results as a scaled score from 100 to 1,000; associate exams pass at 720
 * (source: the AWS Certified Solutions Architect – Associate exam guide, "Exam results", at
 * d1.awsstatic.com/training-and-certification/docs-sa-assoc/…Exam-Guide.pdf). AWS equates forms statistically; we have no item statistics, so the scaled score
 * here is piecewise linear in the fraction right, anchored at 0 → 100, the blueprint's passing
 * fraction → 720 and 1 → 1000, so "scaled ≥ 720" and "fraction ≥ passing" always agree.
 */
import { isGraded } from '../quiz/scoring.ts';
import type { AttemptItem } from '../quiz/model.ts';
import { domainOf } from './draw.ts';
import type { TagLabel } from '../graph/schema.ts';
import type { ExamBlueprint } from './schema.ts';

/** Lowest, passing and highest scaled scores. */
export const SCALED_MIN = 100;
export const SCALED_PASS = 720;
export const SCALED_MAX = 1000;

/**
 * The scaled score (whole number, 100–1000) of a fraction right.
 * @param fraction questions right / questions scored, 0–1
 * @param passing the passing fraction (0, 1]
 */
export function scaledScore(fraction: number, passing: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  const p = Math.min(1, Math.max(Number.EPSILON, passing));
  if (f >= p) return p >= 1 ? SCALED_MAX : Math.round(SCALED_PASS + ((SCALED_MAX - SCALED_PASS) * (f - p)) / (1 - p));
  return Math.min(SCALED_PASS - 1, Math.round(SCALED_MIN + ((SCALED_PASS - SCALED_MIN) * f) / p));
}

/** The score of one domain of an exam attempt. */
export interface DomainScore {
  /** Index in `blueprint.domains`. */
  domain: number;
  /** The domain's name in both languages (shown in the page's language). */
  name: TagLabel;
  tags: string[];
  correct: number;
  /** Items scored (correct + incorrect + unanswered). */
  graded: number;
  /** correct / graded, or null when nothing was scored. */
  score: number | null;
}

/**
 * The score per domain, in blueprint order (every domain listed, also one with no item), from the
 * items' tag snapshots (so it survives later edits of the content).
 */
export function domainScores(
  blueprint: Pick<ExamBlueprint, 'domains'>,
  items: ReadonlyArray<Pick<AttemptItem, 'tags' | 'result'>>,
): DomainScore[] {
  const rows: DomainScore[] = blueprint.domains.map((d, i) => ({
    domain: i,
    name: d.name,
    tags: d.tags,
    correct: 0,
    graded: 0,
    score: null,
  }));
  for (const item of items) {
    if (!isGraded(item.result)) continue;
    const d = domainOf(blueprint, item.tags);
    if (d === null) continue;
    const row = rows[d]!;
    row.graded++;
    if (item.result === 'correct') row.correct++;
  }
  for (const row of rows) row.score = row.graded > 0 ? row.correct / row.graded : null;
  return rows;
}
