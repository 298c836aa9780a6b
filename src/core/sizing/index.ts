/**
 * The EMR sizing-rules core (no DOM, no file system): model, rules, evaluation, ranking, exports,
 * the `emr-scenario` format of cluster-configuration questions, and workload presets. Used by the
 * `/calculator` page, the `emr-prep size` command and the answer-key check of `emr-prep check`.
 * See README.md beside this file for the scenario syntax.
 */
export * from './model.ts';
export { DEFAULT_RELEASE_LABEL, parseRelease, compareReleases, atLeast, type Release } from './release.ts';
export { SOURCES, source, type Source, type SourceKey } from './sources.ts';
export type { Bilingual } from './bilingual.ts';
export { SERVERLESS_WORKER_GRID, SERVERLESS_DISK_GIB, serverlessWorkerProblem } from './serverless-grid.ts';
export { topologyOf, totalOver, type NodeSet, type Range, type Topology } from './topology.ts';
export * from './spark-sizing.ts';
export * from './figures.ts';
export {
  SEVERITIES,
  DOCUMENTED_PROVENANCES,
  invalidates,
  type Severity,
  type Provenance,
  type RuleGroup,
  type Rule,
  type RuleHit,
  type RuleContext,
  type Finding,
} from './rule.ts';
export { RULES, ruleById } from './rules/index.ts';
export { evaluate, type Evaluation } from './evaluate.ts';
export { rank, rankEvaluations, compareEvaluations, type RankedCluster, type RankDecision, type DecisionKind } from './rank.ts';
export * from './exports.ts';
export * from './scenario.ts';
export * from './spark-size.ts';
export * from './instance-group-notation.ts';
export { checkAnswerKey, type AnswerKeyCheck } from './answer-key.ts';
export { WORKLOAD_PRESETS, TRAIT_LABELS, presetFor, type WorkloadPreset, type Label } from './presets.ts';
