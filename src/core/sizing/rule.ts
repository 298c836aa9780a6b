/**
 * What a sizing rule is, what it reports, and the context a rule reads.
 *
 * A rule has an id from the fact sheet's "Sizing rules" section (`R-VAL-01` …), a severity, a
 * provenance, a rationale in plain words, sources (keys of the fact sheet, see `sources.ts`), and
 * the tags of the notes that teach it (paths of `content/tags.yml`). Its `check` returns zero or
 * more hits; {@link evaluate} turns each hit into a {@link Finding}.
 *
 * Only documented rules (provenance `aws-doc`, `spark-doc`, `derived`) may have severity `error`,
 * and only an error makes a configuration invalid; AWS best-practice guidance and exam folklore can
 * only warn, advise and break ties (see `rank.ts`). `RULES` is checked against this in the tests.
 */
import type { Bilingual } from './bilingual.ts';
import type { Ec2Figures, ServerlessFigures } from './figures.ts';
import type { Cluster, Ec2Cluster, Platform, ServerlessApplication, Workload, WorkloadTrait } from './model.ts';
import type { Release } from './release.ts';
import type { Source, SourceKey } from './sources.ts';
import type { Topology } from './topology.ts';

/**
 * - `error`: the configuration cannot work as described (EMR rejects it, YARN cannot place it, the
 *   workload loses what it must not lose). Makes the configuration invalid.
 * - `warning`: works, with a documented risk.
 * - `advice`: a better choice exists.
 * - `info`: a fact worth showing (defaults in effect, "this is fine").
 */
export type Severity = 'error' | 'warning' | 'advice' | 'info';

/** Severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'advice', 'info'];

/**
 * Where a rule comes from:
 * - `aws-doc`: AWS service documentation (EMR Management/Release Guides, API references).
 * - `aws-best-practice`: the AWS-authored EMR Best Practices Guide or an AWS blog — advisory.
 * - `spark-doc`: Apache Spark documentation or source code.
 * - `derived`: arithmetic from sourced numbers (catalog YARN memory, quotas).
 * - `folklore`: a common exam or course heuristic without an AWS source.
 */
export type Provenance = 'aws-doc' | 'aws-best-practice' | 'spark-doc' | 'derived' | 'folklore';

/** Provenances that may make a configuration invalid (documented behaviour and arithmetic). */
export const DOCUMENTED_PROVENANCES: readonly Provenance[] = ['aws-doc', 'spark-doc', 'derived'];

/** The rule groups of the fact sheet's "Sizing rules" section. */
export type RuleGroup =
  | 'validity'
  | 'purchasing'
  | 'availability-storage'
  | 'instance-size'
  | 'spark'
  | 'deploy-mode'
  | 'platform'
  | 'cost';

/** What rules read: the workload, the configuration and, per platform, resolved facts and figures. */
export interface RuleContext {
  workload: Workload;
  cluster: Cluster;
  /** Set for EMR on EC2 configurations. */
  ec2: { cluster: Ec2Cluster; topology: Topology; release: Release; figures: Ec2Figures } | null;
  /** Set for EMR Serverless configurations. */
  serverless: { app: ServerlessApplication; figures: ServerlessFigures } | null;
  /** True when the workload has the trait. */
  has(trait: WorkloadTrait): boolean;
}

/** One thing a rule found. */
export interface RuleHit {
  /** What exactly is wrong or noteworthy, naming the node set, type or value; English and Korean. */
  message: Bilingual;
  /** Dotted path of the field the hit is about (`instances.primary.market`), for highlighting. */
  subject: string;
  /** A different severity for this hit (documented in the rule's rationale), e.g. R-PUR-04 → error. */
  severity?: Severity;
}

/** A sizing rule. */
export interface Rule {
  id: string;
  group: RuleGroup;
  /** The condition in a few words, English and Korean. */
  title: Bilingual;
  /** The usual severity of a hit. */
  severity: Severity;
  provenance: Provenance;
  /** Why, in plain words, for a student; English and Korean. */
  rationale: Bilingual;
  sources: readonly SourceKey[];
  /** Tags (paths of content/tags.yml) of the notes that teach the rule. */
  tags: readonly string[];
  /** Platforms the rule looks at. */
  platforms: readonly Platform[];
  check(ctx: RuleContext): RuleHit[];
}

/**
 * A rule hit as reported to users: the rule's metadata plus the specific message. The texts are in
 * both languages (the calculator shows the page's; the CLI and build diagnostics use `en`).
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  provenance: Provenance;
  title: Bilingual;
  message: Bilingual;
  rationale: Bilingual;
  sources: Source[];
  tags: string[];
  subject: string;
}

/** True when a finding makes its configuration invalid: an error from a documented provenance. */
export function invalidates(f: Pick<Finding, 'severity' | 'provenance'>): boolean {
  return f.severity === 'error' && DOCUMENTED_PROVENANCES.includes(f.provenance);
}

/** Shorthand for rules: one hit, or none when `condition` is false (`message` runs only on a hit). */
export function hitIf(condition: boolean, message: () => Bilingual, subject: string, severity?: Severity): RuleHit[] {
  if (!condition) return [];
  return [severity === undefined ? { message: message(), subject } : { message: message(), subject, severity }];
}
