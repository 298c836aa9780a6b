/**
 * The draw of a mock exam from its blueprint: how many questions each domain gets (largest
 * remainder of the weights, so every domain is within one question of its exact share), and which
 * questions (each domain's pool in the seeded order of `quiz/shuffle.ts`, so the same seed and the
 * same content give the same exam). A question belongs to the FIRST domain, in blueprint order,
 * one of whose tags it carries (the domains partition the bank, and results can be recomputed from
 * an attempt's tag snapshots alone).
 */
import type { QuestionIndex } from '../quiz/bank.ts';
import { questionOrder, seededPermutation, streamSeed } from '../quiz/shuffle.ts';
import { tagMatches } from '../quiz/tag-paths.ts';
import type { ExamBlueprint } from './schema.ts';

/** How one domain was filled. */
export interface DomainDraw {
  /** Index in `blueprint.domains`. */
  domain: number;
  /** Questions the weights ask for. */
  wanted: number;
  /** Questions drawn (fixed ones included); less than `wanted` when the bank is short. */
  got: number;
  /** Questions the bank holds for this domain. */
  pool: number;
}

/** A drawn exam. */
export interface ExamDraw {
  /** Question ids in exam order (seeded). */
  questionIds: string[];
  /** One entry per domain, in blueprint order. */
  domains: DomainDraw[];
  /** The domains the bank could not fill (`got < wanted`), in blueprint order. */
  shortfalls: DomainDraw[];
}

/**
 * Splits `total` seats by `weights` with the largest-remainder (Hamilton) method: each share is
 * ⌊total·w/W⌋ or one more, ties going to the earlier domain; the shares sum to `total`.
 * @throws Error when a weight is not positive or `total` is negative
 */
export function allocateByWeight(total: number, weights: readonly number[]): number[] {
  if (total < 0 || !Number.isInteger(total)) throw new Error(`allocateByWeight: total ${total} is not a whole number ≥ 0`);
  if (weights.some((w) => !(w > 0))) throw new Error('allocateByWeight: every weight must be positive');
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const seats = exact.map(Math.floor);
  let left = total - seats.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    seats[i] = (seats[i] ?? 0) + 1;
    left--;
  }
  return seats;
}

/** The domain (index) of a question with these tags: the first whose tags select one of them, or null. */
export function domainOf(blueprint: Pick<ExamBlueprint, 'domains'>, tags: readonly string[]): number | null {
  const i = blueprint.domains.findIndex((d) => d.tags.some((sel) => tags.some((t) => tagMatches(sel, t))));
  return i < 0 ? null : i;
}

/**
 * Draws an exam. Fixed questions are always asked and count toward their domain; a fixed question
 * in no domain takes a seat outside the weights. A domain with too few questions gives what it has
 * (reported in `shortfalls`; the exam is then shorter, never padded from another domain, so the
 * weights stay honest).
 * @param seed the quiz seed (see `QuizSeedSchema`)
 * @throws {QuizError} when the seed is malformed
 */
export function drawExam(blueprint: ExamBlueprint, bank: QuestionIndex, seed: string): ExamDraw {
  const fixed = blueprint.fixed.filter((id) => bank.has(id));
  const fixedSet = new Set(fixed);
  const fixedDomain = fixed.map((id) => domainOf(blueprint, bank.get(id)?.tags ?? []));
  const outside = fixedDomain.filter((d) => d === null).length;
  const targets = allocateByWeight(
    Math.max(0, blueprint.questions - outside),
    blueprint.domains.map((d) => d.weight),
  );
  const pools: string[][] = blueprint.domains.map(() => []);
  for (const q of bank.values()) {
    const d = domainOf(blueprint, q.tags);
    if (d !== null) pools[d]!.push(q.id);
  }
  const chosen: string[] = [...fixed];
  const domains: DomainDraw[] = blueprint.domains.map((_, d) => {
    const pool = pools[d]!;
    const fixedHere = fixedDomain.filter((x) => x === d).length;
    const wanted = Math.max(targets[d] ?? 0, fixedHere);
    const free = pool.filter((id) => !fixedSet.has(id)).sort();
    const drawn = seededPermutation(free, streamSeed(seed, `#domain:${d}`)).slice(0, wanted - fixedHere);
    chosen.push(...drawn);
    return { domain: d, wanted, got: fixedHere + drawn.length, pool: pool.length };
  });
  return { questionIds: questionOrder(chosen, seed), domains, shortfalls: domains.filter((d) => d.got < d.wanted) };
}
