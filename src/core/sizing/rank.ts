/**
 * `rank(workload, clusters)`: orders configurations by their findings and says which findings —
 * and which kind of source — decided each place.
 *
 * Ordering (lexicographic, fewer is better at each level; `info` findings never count):
 * 1. errors from documented rules (aws-doc, spark-doc, derived) — any makes a configuration
 *    invalid, and invalid configurations come after every valid one;
 * 2. warnings, then 3. advice, from documented rules;
 * 4. warnings, then 5. advice, from AWS best-practice guidance;
 * 6. warnings, then 7. advice, from exam folklore.
 * So AWS documentation and derived arithmetic decide first; best-practice guidance and folklore
 * only break ties between configurations the documentation rates equal — they can never make a
 * configuration invalid or outrank a documented difference. Configurations equal at every level
 * share a place.
 */
import type { Bilingual } from './bilingual.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import type { Cluster, Workload } from './model.ts';
import { DOCUMENTED_PROVENANCES, type Finding, type Provenance, type Severity } from './rule.ts';

/** Which kind of source decided between two configurations. */
export type DecisionKind = 'documented' | 'aws-best-practice' | 'folklore' | 'tie';

/** One level of the ranking order. */
interface Level {
  kind: Exclude<DecisionKind, 'tie'>;
  severity: Severity;
}

/** The ranking levels, most decisive first (see the module comment). */
const LEVELS: readonly Level[] = [
  { kind: 'documented', severity: 'error' },
  { kind: 'documented', severity: 'warning' },
  { kind: 'documented', severity: 'advice' },
  { kind: 'aws-best-practice', severity: 'warning' },
  { kind: 'aws-best-practice', severity: 'advice' },
  { kind: 'folklore', severity: 'warning' },
  { kind: 'folklore', severity: 'advice' },
];

/** Index of the level a finding counts at, or -1 (info). Non-documented errors count as warnings. */
function levelOf(f: Finding): number {
  if (f.severity === 'info') return -1;
  const kind: Level['kind'] = DOCUMENTED_PROVENANCES.includes(f.provenance)
    ? 'documented'
    : f.provenance === 'folklore'
      ? 'folklore'
      : 'aws-best-practice';
  const severity: Severity = kind !== 'documented' && f.severity === 'error' ? 'warning' : f.severity;
  return LEVELS.findIndex((l) => l.kind === kind && l.severity === severity);
}

/** Findings of an evaluation grouped by ranking level. */
function byLevel(e: Evaluation): Finding[][] {
  const out: Finding[][] = LEVELS.map(() => []);
  for (const f of e.findings) {
    const i = levelOf(f);
    if (i >= 0) out[i]?.push(f);
  }
  return out;
}

/** Why one configuration ranks below another. */
export interface RankDecision {
  kind: DecisionKind;
  /** Severity of the deciding findings; null for a tie. */
  severity: Severity | null;
  /** Provenances of the deciding findings. */
  provenances: Provenance[];
  /** True when the lower configuration is invalid and the higher one valid. */
  invalid: boolean;
  /** Findings the lower configuration has at the deciding level that the higher one lacks. */
  findings: Finding[];
  /** Their rule ids, without duplicates. */
  ruleIds: string[];
  /**
   * One phrase, in English and Korean: `decided by AWS/Spark documentation or derived arithmetic:
   * R-PUR-08 (warning)` / `AWS·Spark 문서 또는 도출한 계산에 따른 판정: R-PUR-08 (경고)`. The build's
   * answer-key diagnostics use the English; the compare view shows the page's language.
   */
  summary: Bilingual;
}

/** Names of the kinds of source, inside a sentence. */
const KIND_TEXT: Record<Exclude<DecisionKind, 'tie'>, Bilingual> = {
  documented: { en: 'AWS/Spark documentation or derived arithmetic', ko: 'AWS·Spark 문서 또는 도출한 계산' },
  'aws-best-practice': { en: 'AWS best-practice guidance (advisory)', ko: 'AWS 모범 사례 지침(권고)' },
  folklore: { en: 'exam folklore (advisory)', ko: '시험가의 통설(권고)' },
};

/**
 * Names of the severities inside a sentence: English as the rules write them (`warning`), Korean
 * as the calculator labels them (`경고`).
 */
export const SEVERITY_NAMES: Readonly<Record<Severity, Bilingual>> = {
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
  advice: { en: 'advice', ko: '조언' },
  info: { en: 'info', ko: '정보' },
};

/** The summary of a decision at `level` that the rules `ruleIds` made. */
function decisionSummary(level: Level, invalid: boolean, ruleIds: readonly string[]): Bilingual {
  const ids = (lang: keyof Bilingual): string => ruleIds.map((id) => `${id} (${SEVERITY_NAMES[level.severity][lang]})`).join(', ');
  const kind = KIND_TEXT[level.kind];
  return {
    en: `${invalid ? 'invalid under' : 'decided by'} ${kind.en}: ${ids('en')}`,
    ko: `${kind.ko}에 ${invalid ? '따라 유효하지 않음' : '따른 판정'}: ${ids('ko')}`,
  };
}

/** The summary of a tie. */
const TIE_SUMMARY: Bilingual = {
  en: 'tie: no rule tells these configurations apart',
  ko: '동순위: 이 설정들을 구별하는 규칙이 없음',
};

/**
 * Compares two evaluations. `order` < 0 when `a` ranks above `b`, > 0 when below, 0 when equal;
 * `decision` explains why the lower one is lower (a tie decision when equal).
 */
export function compareEvaluations(a: Evaluation, b: Evaluation): { order: number; decision: RankDecision } {
  const la = byLevel(a);
  const lb = byLevel(b);
  for (let i = 0; i < LEVELS.length; i++) {
    const ca = la[i] ?? [];
    const cb = lb[i] ?? [];
    if (ca.length === cb.length) continue;
    const level = LEVELS[i] as Level;
    const [worse, better] = ca.length > cb.length ? [ca, cb] : [cb, ca];
    const betterIds = new Set(better.map((f) => f.ruleId));
    const distinct = worse.filter((f) => !betterIds.has(f.ruleId));
    const findings = distinct.length > 0 ? distinct : worse;
    const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
    const invalid = level.severity === 'error' && level.kind === 'documented';
    return {
      order: ca.length - cb.length,
      decision: {
        kind: level.kind,
        severity: level.severity,
        provenances: [...new Set(findings.map((f) => f.provenance))],
        invalid,
        findings,
        ruleIds,
        summary: decisionSummary(level, invalid, ruleIds),
      },
    };
  }
  return {
    order: 0,
    decision: {
      kind: 'tie',
      severity: null,
      provenances: [],
      invalid: false,
      findings: [],
      ruleIds: [],
      summary: TIE_SUMMARY,
    },
  };
}

/** One configuration in a ranking. */
export interface RankedCluster {
  /** 1-based place; configurations equal at every level share a place (1, 1, 3 …). */
  place: number;
  /** Position of the configuration in the input. */
  index: number;
  /** The label given (an option letter), else the cluster name, else `#index+1`. */
  label: string;
  evaluation: Evaluation;
  valid: boolean;
  /** Counts of findings per level: documented error/warning/advice, best-practice warning/advice, folklore warning/advice. */
  counts: number[];
  /** Why this configuration is below the one placed just before it; null for the first. */
  behindPrevious: RankDecision | null;
}

/**
 * Ranks configurations for a workload (best first). `labels[i]` names `clusters[i]` in the
 * result (e.g. option letters). Stable: equal configurations keep their input order.
 */
export function rank(workload: Workload, clusters: readonly Cluster[], labels?: readonly string[]): RankedCluster[] {
  return rankEvaluations(
    clusters.map((c) => evaluate(workload, c)),
    clusters.map((c, i) => labels?.[i] ?? c.name ?? `#${i + 1}`),
  );
}

/** {@link rank} for evaluations already computed. */
export function rankEvaluations(evaluations: readonly Evaluation[], labels: readonly string[]): RankedCluster[] {
  const order = evaluations.map((e, i) => ({ e, i })).sort((x, y) => compareEvaluations(x.e, y.e).order || x.i - y.i);
  const out: RankedCluster[] = [];
  order.forEach(({ e, i }, k) => {
    const prev = out[k - 1];
    const cmp = prev ? compareEvaluations(prev.evaluation, e) : null;
    out.push({
      place: prev && cmp && cmp.order === 0 ? prev.place : k + 1,
      index: i,
      label: labels[i] ?? `#${i + 1}`,
      evaluation: e,
      valid: e.valid,
      counts: byLevel(e).map((l) => l.length),
      behindPrevious: cmp ? cmp.decision : null,
    });
  });
  return out;
}
