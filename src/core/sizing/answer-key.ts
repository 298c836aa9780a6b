/**
 * Answer-key validation of cluster-configuration questions: rank the scenario's options with the
 * sizing rules and check that the keyed option(s) are valid and ranked best.
 *
 * The check passes when every keyed option is a configuration, is valid (no documented error), and
 * no unkeyed option ranks strictly above any keyed one. A tie between a keyed and an unkeyed option
 * passes (the rules cannot tell them apart) and the message says so. The CLI (`emr-prep check`) and
 * the site build report a failed check as an error at the scenario's line.
 */
import type { Bilingual } from './bilingual.ts';
import { compareEvaluations, rankEvaluations, SEVERITY_NAMES, type RankDecision, type RankedCluster } from './rank.ts';
import { evaluate } from './evaluate.ts';
import type { Finding, Provenance } from './rule.ts';
import type { ClusterScenario } from './scenario.ts';

/** Result of {@link checkAnswerKey}. */
export interface AnswerKeyCheck {
  ok: boolean;
  /** The options that are configurations, best first (labels are option letters). */
  ranking: RankedCluster[];
  /**
   * One paragraph for the author or the student: what passed, or which rules decided against the
   * key. The English (`en`: clauses joined by `; `, no closing period) is what the CLI and the
   * build's diagnostics print; the Korean (`ko`: whole sentences) is what the compare view shows a
   * Korean student. Both name the same option letters and rule ids.
   */
  message: Bilingual;
  /** Rule ids that decided against the key (empty when ok). */
  decidingRules: string[];
  /** 1-based note-file line the message is about (the offending option's letter, else the block). */
  line: number;
}

/**
 * Names of the provenances inside the Korean message (the calculator's labels); the English
 * message writes the provenance's id (`aws-doc`), as it always has.
 */
const PROVENANCE_KO: Record<Provenance, string> = {
  'aws-doc': 'AWS 문서',
  'aws-best-practice': 'AWS 모범 사례',
  'spark-doc': 'Spark 문서',
  derived: '도출한 계산',
  folklore: '시험가의 통설',
};

/** `text` closed with a period unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?。]$/.test(text) ? text : `${text}.`;
}

function describe(findings: readonly Finding[]): Bilingual {
  return {
    en: findings.map((f) => `${f.ruleId} (${f.severity}, ${f.provenance}): ${f.message.en}`).join('; '),
    ko: findings
      .map((f) => `${f.ruleId} (${SEVERITY_NAMES[f.severity].ko}, ${PROVENANCE_KO[f.provenance]}): ${sentence(f.message.ko)}`)
      .join(' '),
  };
}

/**
 * Why a configuration ranks behind: the decision's summary (its kind of source, and the deciding
 * rules with their severity), then what those rules found, in the summary's order — each rule id
 * once (`decided by AWS best-practice guidance (advisory): R-SIZE-08 (advice) — m4.xlarge …`).
 */
function because(d: RankDecision): Bilingual {
  return {
    en: `${d.summary.en} — ${d.findings.map((f) => f.message.en).join('; ')}`,
    ko: `${d.summary.ko} — ${d.findings.map((f) => sentence(f.message.ko)).join(' ')}`,
  };
}

// The Korean below puts the vowel-final particles (가, 는, 와) after option letters: the letters are
// A–J (scenario.ts), and every one of them is read with a final vowel (에이, 비, 씨 … 제이).

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
  const fail = (message: Bilingual, decidingRules: string[], line: number): AnswerKeyCheck => ({
    ok: false,
    ranking,
    message,
    decidingRules,
    line,
  });
  const keys = [...new Set(answer.map((a) => a.trim().toUpperCase()))];
  if (keys.length === 0) {
    return fail({ en: 'the question has no answer key to check', ko: '문제에 확인할 정답이 없습니다.' }, [], scenario.line);
  }

  for (const key of keys) {
    const option = scenario.options.find((o) => o.letter === key);
    if (!option) {
      return fail(
        {
          en: `the answer key names ${key}, but the scenario has no option ${key}`,
          ko: `정답은 ${key}인데 시나리오에는 선택지 ${key}가 없습니다.`,
        },
        [],
        scenario.line,
      );
    }
    if (option.cluster === null) {
      return fail(
        {
          en: `the keyed option ${key} is marked not-a-cluster (${option.notACluster}), so the sizing rules cannot confirm it`,
          ko: `정답 선택지 ${key}는 클러스터 설정이 아니라고 표시되어 있어(${option.notACluster}) 사이징 규칙으로 확인할 수 없습니다.`,
        },
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
      const why = describe(e.evaluation.invalidatedBy);
      return fail(
        {
          en: `the keyed option ${key} is invalid under AWS documentation or derived arithmetic: ${why.en}`,
          ko: `정답 선택지 ${key}는 AWS 문서 또는 도출한 계산에 따르면 유효하지 않습니다. ${why.ko}`,
        },
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
      const why = because(d);
      return fail(
        {
          en: `option ${above.label} ranks above the keyed option ${key} (place ${above.place} vs ${e.place}); ${key} is behind because it is ${why.en}`,
          ko: `선택지 ${above.label}가 정답 선택지 ${key}보다 순위가 높습니다(${above.place}위 대 ${e.place}위). ${key}가 뒤처진 이유: ${why.ko}`,
        },
        d.ruleIds,
        lineOf(key),
      );
    }
  }

  const ties = ranking.filter(
    (r) => !keys.includes(r.label) && keys.some((k) => compareEvaluations(r.evaluation, entry(k).evaluation).order === 0),
  );
  const next = ranking.find((r) => !keys.includes(r.label) && ties.every((t) => t.label !== r.label));
  const en: string[] = [
    keys.length === 1 ? `the keyed option ${keys[0]} ranks first` : `the keyed options ${keys.join(', ')} rank ahead of every other option`,
  ];
  const ko: string[] = [
    keys.length === 1 ? `정답 선택지 ${keys[0]}가 1위입니다.` : `정답 선택지 ${keys.join(', ')}가 다른 모든 선택지보다 앞섭니다.`,
  ];
  if (ties.length > 0) {
    const tied = ties.map((t) => t.label).join(', ');
    en.push(`tied with ${tied} (no rule tells them apart)`);
    ko.push(`선택지 ${tied}와 같은 순위입니다(구별하는 규칙이 없습니다).`);
  }
  if (next) {
    const why = because(compareEvaluations(entry(keys[0] as string).evaluation, next.evaluation).decision);
    en.push(`next is ${next.label}, behind because it is ${why.en}`);
    ko.push(`다음 순위는 선택지 ${next.label}입니다. 뒤처진 이유: ${why.ko}`);
  }
  return { ok: true, ranking, message: { en: en.join('; '), ko: ko.join(' ') }, decidingRules: [], line: scenario.line };
}
