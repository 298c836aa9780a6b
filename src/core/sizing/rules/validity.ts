/**
 * Validity rules (fact sheet "Sizing rules › Validity"): instance types EMR offers, counts and
 * group/fleet limits, minimum releases. All are AWS-documented errors.
 */
import { MAX_FLEET_INSTANCE_TYPES, MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY, supportedAlternative } from '../model.ts';
import { atLeast, compareReleases, parseRelease } from '../release.ts';
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { EC2, eachType, typeSubject } from './helpers.ts';

/** Releases that support three primaries with instance fleets, besides 6.12.0 and later ([S8]). */
const HA_FLEET_RELEASES = ['5.36.1', '5.36.2', '6.8.1', '6.9.1', '6.10.1', '6.11.1'];

/** Graviton families and their minimum releases (5.x line, 6.x line) ([S19]). */
const GRAVITON_MINIMUM: Record<string, [string, string]> = {
  m6g: ['5.31.0', '6.1.0'],
  c6g: ['5.31.0', '6.1.0'],
  r6g: ['5.31.0', '6.1.0'],
  m6gd: ['5.33.0', '6.3.0'],
  r6gd: ['5.33.0', '6.3.0'],
};

/** R-VAL-01 … R-VAL-08: instance types EMR offers, counts, group/fleet limits, minimum releases. */
export const VALIDITY_RULES: Rule[] = [
  {
    id: 'R-VAL-01',
    group: 'validity',
    title: 'Instance type not offered by Amazon EMR',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'EMR launches only the instance types its ListSupportedInstanceTypes API lists for the release. Most .large sizes (m5.large, r5.large, c5.large, m6g.large …) are in no release’s list, so a cluster that asks for them cannot start; the smallest m5 on EMR is m5.xlarge.',
    sources: ['S19', 'S32'],
    tags: ['instance/family-selection', 'instance/m5-series', 'exam/distractor'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return eachType(ctx.ec2.topology.all)
        .filter(({ t }) => !t.type.emrSupported)
        .map(({ set, t, i }) => {
          const alt = supportedAlternative(t.type.name);
          const never = t.type.emrSupportedInAnyReleaseList === false ? 'in no EMR release' : 'for this release';
          return {
            message: `${set.label} uses ${t.type.name}, which Amazon EMR does not offer (${never})${alt ? `; the smallest ${t.type.family} size EMR offers is ${alt}` : ''}`,
            subject: typeSubject(set, i),
          };
        });
    },
  },
  {
    id: 'R-VAL-02',
    group: 'validity',
    title: 'Primary node count other than 1 or 3',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'An EMR cluster has one primary node, or three for high availability (EMR 5.23.0 and later). Two, four or more primaries are not possible.',
    sources: ['S8'],
    tags: ['node/primary', 'cluster/multi-primary'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const n = ctx.ec2.cluster.instances.primary.count;
      return hitIf(
        n !== 1 && n !== 3,
        () => `the primary has ${n} instances; EMR allows 1, or 3 for high availability`,
        'instances.primary.count',
      );
    },
  },
  {
    id: 'R-VAL-03',
    group: 'validity',
    title: 'One instance group with several instance types or purchasing options',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'A uniform instance group has exactly one instance type and one purchasing option. To mix types or On-Demand and Spot on core nodes use an instance fleet; for task capacity add more task groups (up to 48) or a task fleet.',
    sources: ['S4', 'S1'],
    tags: ['cluster/instance-group', 'cluster/instance-fleet', 'node/core'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.cluster.instances.mode !== 'instance-groups') return [];
      const core = ctx.ec2.cluster.instances.core;
      const kinds = new Set(core.map((g) => `${g.instanceType} ${g.market}`));
      return hitIf(
        kinds.size > 1,
        () =>
          `the core nodes mix ${[...kinds].join(' and ')} in instance groups; one core instance group holds one instance type and one purchasing option`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-VAL-04',
    group: 'validity',
    title: 'Instance fleet with too many instance types',
    severity: 'error',
    provenance: 'aws-doc',
    rationale: `An instance fleet lists up to ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY} instance types, or up to ${MAX_FLEET_INSTANCE_TYPES} when the cluster is created through the CLI or API with an allocation strategy.`,
    sources: ['S5'],
    tags: ['cluster/instance-fleet'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const set of ctx.ec2.topology.workers) {
        if (set.kind !== 'instance-fleet') continue;
        const n = set.types.length;
        const strategy = set.allocationStrategy?.spot ?? set.allocationStrategy?.onDemand;
        if (n > MAX_FLEET_INSTANCE_TYPES) {
          hits.push({
            message: `the ${set.label} lists ${n} instance types; a fleet holds at most ${MAX_FLEET_INSTANCE_TYPES}`,
            subject: `${set.path}.instanceTypes`,
          });
        } else if (n > MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY && strategy === undefined) {
          hits.push({
            message: `the ${set.label} lists ${n} instance types without an allocation strategy; without one a fleet holds at most ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY} — set a Spot/On-Demand allocation strategy or list fewer types`,
            subject: `${set.path}.instanceTypes`,
          });
        }
      }
      return hits;
    },
  },
  {
    id: 'R-VAL-05',
    group: 'validity',
    title: 'More than one core group, or more than 48 task groups',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'A cluster with uniform instance groups has one primary group, exactly one core group and at most 48 task groups (50 groups in all).',
    sources: ['S1', 'S4'],
    tags: ['cluster/instance-group', 'node/core', 'node/task'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.cluster.instances.mode !== 'instance-groups') return [];
      const { core, task } = ctx.ec2.cluster.instances;
      return [
        ...hitIf(
          core.length > 1,
          () => `${core.length} core instance groups are described; a cluster has exactly one core group`,
          'instances.core',
        ),
        ...hitIf(task.length > 48, () => `${task.length} task instance groups are described; a cluster has at most 48`, 'instances.task'),
      ];
    },
  },
  {
    id: 'R-VAL-06',
    group: 'validity',
    title: 'Graviton instance type on a release that predates it',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'Graviton2 types need a recent release: m6g, c6g and r6g from EMR 5.31.0 (5.x) or 6.1.0 (6.x); m6gd and r6gd from 5.33.0 or 6.3.0. (The minimum release for m7g/r7g is not sourced, so they are not checked.)',
    sources: ['S19'],
    tags: ['instance/graviton'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const r = ctx.ec2.release;
      return eachType(ctx.ec2.topology.all).flatMap(({ set, t, i }) => {
        const min = GRAVITON_MINIMUM[t.type.family];
        if (!min) return [];
        const needed = r.major >= 6 ? min[1] : min[0];
        const ok = r.major >= 7 || (r.major >= 5 && compareReleases(r, parseRelease(`emr-${needed}`)) >= 0);
        return hitIf(
          !ok,
          () => `${set.label} uses ${t.type.name}, which needs EMR ${min[0]}+ (5.x) or ${min[1]}+ (6.x); the cluster runs ${r.label}`,
          typeSubject(set, i),
        );
      });
    },
  },
  {
    id: 'R-VAL-07',
    group: 'validity',
    title: 'Managed scaling on a release without it',
    severity: 'error',
    provenance: 'aws-doc',
    rationale: 'EMR managed scaling is available from EMR 5.30.0, and not on 6.0.0.',
    sources: ['S7'],
    tags: ['cluster/managed-scaling'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2?.cluster.managedScaling) return [];
      const r = ctx.ec2.release;
      const unsupported = !atLeast(r, '5.30.0') || (r.major === 6 && r.minor === 0);
      return hitIf(
        unsupported,
        () => `managed scaling is configured on ${r.label}; it needs EMR 5.30.0 or later (not 6.0.x)`,
        'managedScaling',
      );
    },
  },
  {
    id: 'R-VAL-08',
    group: 'validity',
    title: 'Three primary nodes on a release without multi-primary support',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'Three primary nodes need EMR 5.23.0+ with instance groups; with instance fleets only 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1 and 6.12.0 or later.',
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/primary'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.cluster.instances.primary.count !== 3) return [];
      const r = ctx.ec2.release;
      if (ctx.ec2.cluster.instances.mode === 'instance-groups') {
        return hitIf(
          !atLeast(r, '5.23.0'),
          () => `three primary nodes with instance groups need EMR 5.23.0 or later; the cluster runs ${r.label}`,
          'releaseLabel',
        );
      }
      const ok = atLeast(r, '6.12.0') || HA_FLEET_RELEASES.includes(`${r.major}.${r.minor}.${r.patch}`);
      return hitIf(
        !ok,
        () =>
          `three primary nodes with instance fleets need 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1 or 6.12.0+; the cluster runs ${r.label}`,
        'releaseLabel',
      );
    },
  },
];
