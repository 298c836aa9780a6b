/**
 * Answer-key validation of cluster-configuration questions: rank the scenario's options with the
 * sizing rules and check that the keyed option(s) are valid and ranked best.
 *
 * The check passes when every keyed option is a configuration, is valid (no documented error), and
 * no unkeyed option ranks strictly above any keyed one. A tie between a keyed and an unkeyed option
 * passes (the rules cannot tell them apart) and the message says so. The CLI (`emr-prep check`) and
 * the site build report a failed check as an error at the scenario's line.
 */
import { compareEvaluations, rankEvaluations, type RankDecision, type RankedCluster } from './rank.ts';
import { evaluate } from './evaluate.ts';
import type { Finding } from './rule.ts';
import type { ClusterScenario } from './scenario.ts';

/** Result of {@link checkAnswerKey}. */
export interface AnswerKeyCheck {
  ok: boolean;
  /** The options that are configurations, best first (labels are option letters). */
  ranking: RankedCluster[];
  /** One paragraph for the author: what passed, or which rules decided against the key. */
  message: string;
  /** Rule ids that decided against the key (empty when ok). */
  decidingRules: string[];
  /** 1-based note-file line the message is about (the offending option's letter, else the block). */
  line: number;
}

function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId} (${f.severity}, ${f.provenance}): ${f.message.en}`).join('; ');
}

function because(d: RankDecision): string {
  return `${d.summary} — ${describe(d.findings)}`;
}

/**
 * Ranks the scenario's options and checks the answer key (`answer`: keyed letters, e.g. `['B']`,
 * or several for "choose two"). Pure; never throws.
 */
export function checkAnswerKey(scenario: ClusterScenario, answer: readonly string[]): AnswerKeyCheck {
  const configs = scenario.options.filter((o) => o.cluster !== null);
  const evaluations = configs.map((o) => evaluate(scenario.workload, o.cluster as NonNullable<typeof o.cluster>));
  const ranking = rankEvaluations(
    evaluations,
    configs.map((o) => o.letter),
  );
  const fail = (message: string, decidingRules: string[], line: number): AnswerKeyCheck => ({
    ok: false,
    ranking,
    message,
    decidingRules,
    line,
  });
  const keys = [...new Set(answer.map((a) => a.trim().toUpperCase()))];
  if (keys.length === 0) return fail('the question has no answer key to check', [], scenario.line);

  for (const key of keys) {
    const option = scenario.options.find((o) => o.letter === key);
    if (!option) return fail(`the answer key names ${key}, but the scenario has no option ${key}`, [], scenario.line);
    if (option.cluster === null) {
      return fail(
        `the keyed option ${key} is marked not-a-cluster (${option.notACluster}), so the sizing rules cannot confirm it`,
        [],
        option.line,
      );
    }
  }

  const entry = (letter: string): RankedCluster => ranking.find((r) => r.label === letter) as RankedCluster;
  const lineOf = (letter: string): number => scenario.options.find((o) => o.letter === letter)?.line ?? scenario.line;

  for (const key of keys) {
    const e = entry(key);
    if (!e.valid) {
      const ids = [...new Set(e.evaluation.invalidatedBy.map((f) => f.ruleId))];
      return fail(
        `the keyed option ${key} is invalid under AWS documentation or derived arithmetic: ${describe(e.evaluation.invalidatedBy)}`,
        ids,
        lineOf(key),
      );
    }
  }

  for (const key of keys) {
    const e = entry(key);
    const above = ranking.find((r) => !keys.includes(r.label) && compareEvaluations(r.evaluation, e.evaluation).order < 0);
    if (above) {
      const d = compareEvaluations(above.evaluation, e.evaluation).decision;
      return fail(
        `option ${above.label} ranks above the keyed option ${key} (place ${above.place} vs ${e.place}); ${key} is behind because it is ${because(d)}`,
        d.ruleIds,
        lineOf(key),
      );
    }
  }

  const ties = ranking.filter(
    (r) => !keys.includes(r.label) && keys.some((k) => compareEvaluations(r.evaluation, entry(k).evaluation).order === 0),
  );
  const next = ranking.find((r) => !keys.includes(r.label) && ties.every((t) => t.label !== r.label));
  const lead =
    keys.length === 1 ? `the keyed option ${keys[0]} ranks first` : `the keyed options ${keys.join(', ')} rank ahead of every other option`;
  const parts = [lead];
  if (ties.length > 0) parts.push(`tied with ${ties.map((t) => t.label).join(', ')} (no rule tells them apart)`);
  if (next) {
    const d = compareEvaluations(entry(keys[0] as string).evaluation, next.evaluation).decision;
    parts.push(`next is ${next.label}, behind because it is ${because(d)}`);
  }
  return { ok: true, ranking, message: parts.join('; '), decidingRules: [], line: scenario.line };
}
