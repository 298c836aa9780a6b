/**
 * Ranking: the seed-topic scenarios (interactive Spark ML sizing; Spot per node type for 24×7
 * streaming), and the rule that only documented rules decide validity while best practice and
 * folklore only break ties.
 */
import { describe, expect, it } from 'vitest';
import {
  compareEvaluations,
  evaluate,
  rank,
  type Evaluation,
  type RankDecision,
  type RankedCluster,
} from '../../../src/core/sizing/index.ts';
import { base, fleet, fleets, g, groups, wl } from './build.ts';

const byLabel = (r: RankedCluster[], label: string) => r.find((e) => e.label === label) as RankedCluster;

/** The evaluations of every case below, by case, for the decision-summary test at the end. */
const CASE_EVALUATIONS = new Map<string, Evaluation[]>();
function remember(name: string, evaluations: readonly Evaluation[]): void {
  CASE_EVALUATIONS.set(name, [...(CASE_EVALUATIONS.get(name) ?? []), ...evaluations]);
}

describe('seed topic: interactive Spark ML sizing', () => {
  const workload = wl('interactive', { traits: ['latency-sensitive'], concurrentApplications: 5 });
  // The owner's question (seed 000) in cluster form: A few large R nodes, B a mixed fleet,
  // C many m5.large workers (the original key), D/E with an m5.large primary — plus the same idea
  // as C written with a size EMR offers (F).
  const options = {
    A: groups(g('m5.8xlarge'), g('r5.8xlarge', 4)),
    B: fleets(g('m5.4xlarge'), fleet(['r5.2xlarge', 'm5.2xlarge'], 64)),
    C: groups(g('m5.2xlarge'), g('m5.large', 20)),
    D: groups(g('m5.large'), g('r4.xlarge', 10)),
    E: groups(g('m5.large'), g('r5d.4xlarge', 4)),
    F: groups(g('m5.2xlarge'), g('m5.xlarge', 8), [g('m5.xlarge', 12)]),
  };
  const ranking = rank(workload, Object.values(options), Object.keys(options));
  remember(
    'interactive Spark ML sizing',
    ranking.map((r) => r.evaluation),
  );

  it('an m5.large cluster is invalid under AWS documentation (R-VAL-01), and so is an m5.large primary', () => {
    for (const letter of ['C', 'D', 'E']) {
      const e = byLabel(ranking, letter);
      expect(e.valid, letter).toBe(false);
      expect(e.evaluation.invalidatedBy.map((f) => f.ruleId)).toContain('R-VAL-01');
    }
  });

  it('ranks every invalid configuration after every valid one', () => {
    const places = ranking.map((e) => e.valid);
    expect(places).toEqual([...places].sort((a, b) => Number(b) - Number(a)));
    expect(
      ranking
        .filter((e) => e.valid)
        .map((e) => e.label)
        .sort(),
    ).toEqual(['A', 'B', 'F']);
  });

  it('prefers many m5.xlarge nodes over few r5.8xlarge ones — decided by best-practice advice (R-SIZE-03)', () => {
    const a = byLabel(ranking, 'A');
    const f = byLabel(ranking, 'F');
    expect(f.place).toBeLessThan(a.place);
    const { decision } = compareEvaluations(f.evaluation, a.evaluation);
    expect(decision.kind).toBe('aws-best-practice');
    expect(decision.ruleIds).toEqual(['R-SIZE-03']);
  });

  it('says why an invalid option is behind: the documented error', () => {
    const firstInvalid = ranking.find((e) => !e.valid) as RankedCluster;
    expect(firstInvalid.behindPrevious?.invalid).toBe(true);
    expect(firstInvalid.behindPrevious?.kind).toBe('documented');
    expect(firstInvalid.behindPrevious?.ruleIds).toContain('R-VAL-01');
  });
});

describe('seed topic: Spot per node type for a 24×7 streaming cluster', () => {
  const workload = wl('streaming-24x7', { traits: ['cost-sensitive'] });
  const options = {
    A: base({}, [g('m5.2xlarge', 10)]), // all On-Demand
    B: base({ applicationMasterNodes: 'core' }, [g('m5.2xlarge', 10, 'spot')]), // primary + core On-Demand, task Spot
    C: groups(g('m5.xlarge', 1, 'spot'), g('m5.2xlarge', 4, 'spot'), [g('m5.2xlarge', 10, 'spot')]), // all Spot
    D: groups(g('m5.xlarge', 1, 'spot'), g('m5.2xlarge', 4), [g('m5.2xlarge', 10, 'spot')], { applicationMasterNodes: 'core' }), // Spot primary
    E: groups(g('m5.xlarge'), g('m5.2xlarge', 4, 'spot'), [g('m5.2xlarge', 10, 'spot')], { applicationMasterNodes: 'core' }), // Spot core
  };
  const ranking = rank(workload, Object.values(options), Object.keys(options));
  remember(
    'Spot per node type',
    ranking.map((r) => r.evaluation),
  );

  it('ranks primary + core On-Demand with Spot task nodes first', () => {
    expect(ranking[0]?.label).toBe('B');
    expect(ranking[0]?.place).toBe(1);
    expect(ranking[1]?.place).toBe(2);
  });

  it('makes a Spot primary invalid for a cluster that must keep running (R-PUR-01)', () => {
    for (const letter of ['C', 'D']) expect(byLabel(ranking, letter).evaluation.invalidatedBy.map((f) => f.ruleId)).toContain('R-PUR-01');
    expect(
      ranking
        .slice(-2)
        .map((e) => e.label)
        .sort(),
    ).toEqual(['C', 'D']);
  });

  it('puts Spot core nodes behind On-Demand ones with a documented warning (R-PUR-04)', () => {
    const e = byLabel(ranking, 'E');
    expect(e.valid).toBe(true);
    const { decision } = compareEvaluations(byLabel(ranking, 'B').evaluation, e.evaluation);
    expect(decision).toMatchObject({ kind: 'documented', severity: 'warning' });
    expect(decision.ruleIds).toContain('R-PUR-04');
  });

  it('puts all-On-Demand behind B because AWS documents Spot for task nodes (R-PUR-06)', () => {
    const { decision } = compareEvaluations(byLabel(ranking, 'B').evaluation, byLabel(ranking, 'A').evaluation);
    expect(decision).toMatchObject({ kind: 'documented', severity: 'advice', ruleIds: ['R-PUR-06'] });
  });

  it('without node labels on EMR 7.x the Spot-task answer draws a documented warning and loses to all-On-Demand', () => {
    const unlabeled = base({}, [g('m5.2xlarge', 10, 'spot')]);
    const r = rank(workload, [options.A, unlabeled], ['A', 'B']);
    remember(
      'Spot per node type, no node labels',
      r.map((e) => e.evaluation),
    );
    expect(r[0]?.label).toBe('A');
    expect(r[1]?.behindPrevious?.ruleIds).toEqual(['R-PUR-08']);
  });
});

describe('ranking order', () => {
  it('best practice and folklore never outweigh one documented finding', () => {
    // X: one documented advice (R-PUR-06: On-Demand task nodes for a cost-driven workload).
    // Y: several best-practice findings (Spot from one type in two groups) but no documented finding
    //    beyond those both share.
    const w = wl('cost-driven');
    const x = base({ autoTermination: { afterLastStep: true } }, [g('m5.2xlarge', 4)]);
    const y = groups(g('m5.xlarge'), g('m5.2xlarge', 4), [g('m5.2xlarge', 4, 'spot'), g('r5.2xlarge', 4, 'spot')], {
      applicationMasterNodes: 'core',
      autoTermination: { afterLastStep: true },
    });
    const ex = evaluate(w, x);
    const ey = evaluate(w, y);
    expect(ey.findings.filter((f) => f.provenance === 'aws-best-practice').length).toBeGreaterThan(
      ex.findings.filter((f) => f.provenance === 'aws-best-practice').length,
    );
    remember('ranking order: documented vs best practice', [ex, ey]);
    const { order, decision } = compareEvaluations(ey, ex);
    expect(order).toBeLessThan(0);
    expect(decision.kind).toBe('documented');
  });

  it('never makes a configuration invalid through best-practice or folklore findings', () => {
    // Interactive, availability-first and memory-bound on one m5.24xlarge: advisory findings only, still valid.
    const e = evaluate(wl('interactive', { traits: ['availability-first', 'memory-bound'] }), groups(g('m5.xlarge'), g('m5.24xlarge', 1)));
    expect(e.findings.some((f) => f.provenance === 'aws-best-practice')).toBe(true);
    expect(e.valid).toBe(true);
  });

  it('gives identical configurations the same place and calls it a tie', () => {
    const c = base({ autoTermination: { afterLastStep: true } });
    const r = rank(wl('transient-batch'), [c, c], ['X', 'Y']);
    remember(
      'ranking order: tie',
      r.map((e) => e.evaluation),
    );
    expect(r.map((e) => e.place)).toEqual([1, 1]);
    expect(r[1]?.behindPrevious?.kind).toBe('tie');
  });
});

describe('the decision summary in Korean (the compare view shows it to a Korean student)', () => {
  const HANGUL = /[\uac00-\ud7af]/;
  const SEVERITY_KO = { error: '오류', warning: '경고', advice: '조언', info: '정보' } as const;
  /** Every decision between two configurations of one case (why the lower is lower, or a tie). */
  const decisions: Array<{ name: string; decision: RankDecision }> = [];
  for (const [name, evaluations] of CASE_EVALUATIONS) {
    for (const a of evaluations)
      for (const b of evaluations) {
        const { order, decision } = compareEvaluations(a, b);
        if (order <= 0) decisions.push({ name, decision });
      }
  }

  it('covers every kind of decision: documented (invalid and not), best practice and a tie', () => {
    const kinds = new Set(decisions.map(({ decision: d }) => (d.invalid ? 'invalid' : d.kind)));
    expect([...kinds].sort()).toEqual(['aws-best-practice', 'documented', 'invalid', 'tie']);
  });

  it('says in Korean which kind of source decided, with every rule id and its severity of the English', () => {
    const problems: string[] = [];
    for (const { name, decision: d } of decisions) {
      const { en, ko } = d.summary;
      const label = `${name}: ${en}`;
      if (!HANGUL.test(ko)) problems.push(`${label} — no Hangul: ${ko}`);
      if (/undefined|\[object |\$\{|NaN/.test(ko)) problems.push(`${label} — unrendered value: ${ko}`);
      for (const id of d.ruleIds) {
        if (!en.includes(id)) problems.push(`${label} — English lacks ${id}`);
        if (d.severity && !ko.includes(`${id} (${SEVERITY_KO[d.severity]})`))
          problems.push(`${label} — Korean lacks ${id} (${SEVERITY_KO[d.severity]}): ${ko}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the English (the build’s answer-key diagnostics) and tells invalid from decided in Korean too', () => {
    const invalid = decisions.find(({ decision: d }) => d.invalid)?.decision;
    expect(invalid?.summary.en).toMatch(/^invalid under AWS\/Spark documentation or derived arithmetic: R-[A-Z]+-\d+ \(error\)/);
    expect(invalid?.summary.ko).toContain('유효하지 않음');
    const advisory = decisions.find(({ decision: d }) => d.kind === 'aws-best-practice')?.decision;
    expect(advisory?.summary.en).toMatch(/^decided by AWS best-practice guidance \(advisory\): /);
    expect(advisory?.summary.ko).toContain('AWS 모범 사례');
    const tie = decisions.find(({ decision: d }) => d.kind === 'tie')?.decision;
    expect(tie?.summary.en).toBe('tie: no rule tells these configurations apart');
    expect(tie?.summary.ko).toMatch(HANGUL);
  });
});
