/**
 * `evaluate(workload, cluster)`: runs every sizing rule that applies to the configuration's
 * platform and returns the findings with the derived figures. Pure, synchronous and fast (well
 * under a millisecond per configuration): no parsing happens here — pass values parsed with
 * `WorkloadSchema` / `ClusterSchema` (or built to their types).
 */
import { ec2Figures, serverlessFigures, type Figures } from './figures.ts';
import type { Cluster, Workload, WorkloadTrait } from './model.ts';
import { invalidates, SEVERITIES, type Finding, type Rule, type RuleContext, type RuleHit } from './rule.ts';
import { RULES } from './rules/index.ts';
import { source } from './sources.ts';
import { topologyOf } from './topology.ts';

/** The result of evaluating one configuration for one workload. */
export interface Evaluation {
  workload: Workload;
  cluster: Cluster;
  /** Findings ordered by severity (error first), then by rule order. */
  findings: Finding[];
  /** False when a documented rule found an error (see `invalidates` in rule.ts). */
  valid: boolean;
  /** The findings that make the configuration invalid. */
  invalidatedBy: Finding[];
  /** Derived figures (EMR on EC2, EMR Serverless); null for other platforms. */
  figures: Figures | null;
}

function contextOf(workload: Workload, cluster: Cluster): { ctx: RuleContext; figures: Figures | null } {
  const traits = new Set<WorkloadTrait>(workload.traits);
  const has = (t: WorkloadTrait): boolean => traits.has(t);
  if (cluster.platform === 'emr-ec2') {
    const topology = topologyOf(cluster);
    const figures = ec2Figures(cluster, topology);
    return { ctx: { workload, cluster, has, ec2: { cluster, topology, release: figures.release, figures }, serverless: null }, figures };
  }
  if (cluster.platform === 'emr-serverless') {
    const figures = serverlessFigures(cluster);
    return { ctx: { workload, cluster, has, ec2: null, serverless: { app: cluster, figures } }, figures };
  }
  return { ctx: { workload, cluster, has, ec2: null, serverless: null }, figures: null };
}

function findingOf(rule: Rule, hit: RuleHit): Finding {
  return {
    ruleId: rule.id,
    severity: hit.severity ?? rule.severity,
    provenance: rule.provenance,
    title: rule.title,
    message: hit.message,
    rationale: rule.rationale,
    sources: rule.sources.map(source),
    tags: [...rule.tags],
    subject: hit.subject,
  };
}

/**
 * Evaluates a configuration for a workload: every rule whose `platforms` include the
 * configuration's platform runs once. Throws only if the inputs break their types (e.g. an
 * instance type the catalog does not know, which `ClusterSchema` rejects).
 */
export function evaluate(workload: Workload, cluster: Cluster): Evaluation {
  const { ctx, figures } = contextOf(workload, cluster);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.platforms.includes(cluster.platform)) continue;
    for (const hit of rule.check(ctx)) findings.push(findingOf(rule, hit));
  }
  // Array.prototype.sort is stable: rule order is kept within a severity.
  findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const invalidatedBy = findings.filter(invalidates);
  return { workload, cluster, findings, valid: invalidatedBy.length === 0, invalidatedBy, figures };
}
