/**
 * Purchasing and Spot rules (fact sheet "Sizing rules › Purchasing / Spot"): which node types may
 * be Spot for which workload, and the Spot details that cost availability.
 */
import { atLeast } from '../release.ts';
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { EC2, isPersistent } from './helpers.ts';

/** R-PUR-01 … R-PUR-10: On-Demand vs Spot per node type and Spot details. */
export const PURCHASING_RULES: Rule[] = [
  {
    id: 'R-PUR-01',
    group: 'purchasing',
    title: 'Spot primary node for a cluster that must keep running',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'If EC2 reclaims a Spot primary node the whole cluster ends. AWS keeps the primary On-Demand for long-running clusters, data warehouses and data-critical workloads; a 24×7 stream-processing cluster is such a cluster.',
    sources: ['S2'],
    tags: ['node/primary', 'instance/spot-instances', 'instance/on-demand'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const primary = ctx.ec2.topology.primary;
      return hitIf(
        primary.hasSpot && isPersistent(ctx),
        () => `the primary node is Spot for a ${ctx.workload.profile} workload; a reclaimed primary ends the cluster — use On-Demand`,
        'instances.primary.market',
      );
    },
  },
  {
    id: 'R-PUR-02',
    group: 'purchasing',
    title: 'Spot primary node where sudden termination is acceptable',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'AWS lists an all-Spot cluster, primary included, as acceptable for cost-driven transient work and application testing — but only where losing the whole cluster at any moment is acceptable. A Spot primary is chosen at launch and the cluster waits until the request is filled.',
    sources: ['S2'],
    tags: ['node/primary', 'instance/spot-instances', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return hitIf(
        ctx.ec2.topology.primary.hasSpot && !isPersistent(ctx),
        () =>
          `the primary node is Spot: acceptable for a ${ctx.workload.profile} workload only if the cluster may end at any moment (persist results to S3)`,
        'instances.primary.market',
      );
    },
  },
  {
    id: 'R-PUR-03',
    group: 'purchasing',
    title: 'Spot primary nodes in a multi-primary cluster',
    severity: 'error',
    provenance: 'aws-doc',
    rationale: 'A cluster with three primary nodes supports On-Demand primaries only.',
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/primary', 'instance/spot-instances'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const p = ctx.ec2.cluster.instances.primary;
      return hitIf(
        p.count === 3 && p.market === 'spot',
        () => 'three primary nodes on Spot; high-availability primaries must be On-Demand',
        'instances.primary.market',
      );
    },
  },
  {
    id: 'R-PUR-04',
    group: 'purchasing',
    title: 'Spot core nodes while HDFS holds data that matters',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'Core nodes run HDFS DataNodes; when EC2 reclaims a Spot core node its HDFS blocks go with it. AWS keeps core nodes On-Demand for long-running and data-critical clusters and puts Spot on task nodes. An error for a data-critical workload, a warning otherwise.',
    sources: ['S1', 'S2', 'S7'],
    tags: ['node/core', 'instance/spot-instances', 'storage/hdfs', 'constraint/data-durability'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const spotCore = ctx.ec2.topology.core.some((s) => s.hasSpot);
      const matters = ctx.has('hdfs-critical') || isPersistent(ctx) || ctx.ec2.cluster.persistentDataStore === 'hdfs';
      return hitIf(
        spotCore && matters,
        () =>
          `core capacity is Spot while HDFS holds data that matters (${ctx.workload.profile}); a reclaimed core node loses its HDFS blocks — keep core On-Demand and put Spot on task nodes`,
        'instances.core',
        ctx.workload.profile === 'data-critical' ? 'error' : undefined,
      );
    },
  },
  {
    id: 'R-PUR-05',
    group: 'purchasing',
    title: 'Spot core instance group: launch waits for every instance',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'With a Spot core instance group EMR waits until all requested core Spot instances are available before it launches the group; task Spot groups launch what they can and add the rest later.',
    sources: ['S2'],
    tags: ['node/core', 'instance/spot-instances', 'cluster/instance-group'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return ctx.ec2.topology.core
        .filter((s) => s.kind === 'instance-group' && s.hasSpot)
        .map((s) => ({
          message: `the ${s.label} is Spot: the cluster does not start until all ${s.count} core Spot instances are filled`,
          subject: `${s.path}.market`,
        }));
    },
  },
  {
    id: 'R-PUR-06',
    group: 'purchasing',
    title: 'Cost-optimised workload with On-Demand task nodes',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'Task nodes hold no HDFS data, so Spot is AWS’s recommended purchasing option for them; managed scaling also removes Spot task nodes first.',
    sources: ['S2', 'S7'],
    tags: ['node/task', 'instance/spot-instances', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const costFocus = ctx.workload.profile === 'cost-driven' || ctx.has('cost-sensitive');
      return ctx.ec2.topology.task
        .filter((s) => costFocus && s.hasOnDemand)
        .map((s) => ({
          message: `the ${s.label} is On-Demand although cost matters; task nodes hold no HDFS data — use Spot`,
          subject: s.kind === 'instance-group' ? `${s.path}.market` : `${s.path}.targetOnDemandCapacity`,
        }));
    },
  },
  {
    id: 'R-PUR-07',
    group: 'purchasing',
    title: 'Spot capacity from one instance type',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'Spot capacity of a single instance type comes from one capacity pool and is reclaimed together. AWS documents instance fleets with an allocation strategy for faster provisioning and fewer interruptions; its best-practices guide suggests diversifying across about 10 or more types.',
    sources: ['S5', 'S15-spot'],
    tags: ['instance/spot-instances', 'cluster/instance-fleet'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const s of [...ctx.ec2.topology.core, ...ctx.ec2.topology.task]) {
        if (!s.hasSpot) continue;
        if (s.kind === 'instance-group') {
          hits.push({
            message: `the ${s.label} gets its Spot capacity from one type (${s.types[0]?.type.name}); a fleet with an allocation strategy and many types is interrupted less`,
            subject: `${s.path}.instanceType`,
          });
        } else if (s.types.length < 10 || !s.allocationStrategy?.spot) {
          hits.push({
            message: `the ${s.label} draws Spot from ${s.types.length} type(s)${s.allocationStrategy?.spot ? '' : ' without a Spot allocation strategy'}; AWS’s guide suggests about 10+ types with capacity-optimized or price-capacity-optimized`,
            subject: `${s.path}.instanceTypes`,
          });
        }
      }
      return hits;
    },
  },
  {
    id: 'R-PUR-08',
    group: 'purchasing',
    title: 'Spot task nodes while application masters may run on them',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'YARN application masters (and cluster-mode Spark drivers) run wherever YARN places them. EMR 5.19–5.x labels core nodes CORE and keeps AMs there; from EMR 6.x node labels are off by default, so an AM can land on a Spot task node and the application fails when that node is reclaimed. Enable the CORE label (yarn.node-labels.enabled, am.default-node-label-expression=CORE) or, on 7.2+, ON_DEMAND.',
    sources: ['S1', 'S31', 'S7'],
    tags: ['node/task', 'instance/spot-instances', 'spark/deploy-mode'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const am = ctx.ec2.figures.applicationMasters;
      const spotTask = ctx.ec2.topology.task.some((s) => s.hasSpot);
      return hitIf(
        spotTask && am.nodes === 'any',
        () =>
          `task nodes are Spot and application masters may run on any node (${am.source === 'explicit' ? 'node labels off' : `default on ${ctx.ec2?.release.label}`}${am.note ? `; ${am.note}` : ''}); pin AMs to CORE (or ON_DEMAND on 7.2+) nodes`,
        'applicationMasterNodes',
      );
    },
  },
  {
    id: 'R-PUR-09',
    group: 'purchasing',
    title: 'Spot with Spark on a release before 5.11.0',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'EMR 5.11.0 added Spark’s handling of Spot decommissioning (deny-listing nodes, spark.decommissioning.timeout.threshold); AWS recommends 5.11.0 or later with Spot.',
    sources: ['S11'],
    tags: ['instance/spot-instances', 'framework/apache-spark'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const anySpot = ctx.ec2.topology.all.some((s) => s.hasSpot);
      return hitIf(
        anySpot && ctx.ec2.cluster.applications.includes('Spark') && !atLeast(ctx.ec2.release, '5.11.0'),
        () => `Spark runs on Spot capacity with ${ctx.ec2?.release.label}; use EMR 5.11.0 or later for Spot decommissioning support`,
        'releaseLabel',
      );
    },
  },
  {
    id: 'R-PUR-10',
    group: 'purchasing',
    title: 'Explicit maximum Spot price',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'You pay the current Spot price, not your maximum price. Leaving the maximum unset uses the On-Demand price; setting a lower maximum only makes interruptions more frequent. ("Bidding" is the old Spot model.)',
    sources: ['S24', 'S3', 'S6'],
    tags: ['instance/spot-instances', 'exam/distractor'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const s of ctx.ec2.topology.all) {
        if (s.kind === 'instance-group' && s.hasSpot && s.maxSpotPriceUSD !== undefined) {
          hits.push({
            message: `the ${s.label} sets a maximum Spot price of ${s.maxSpotPriceUSD} USD/h; you pay the Spot price anyway and a low maximum raises interruptions`,
            subject: `${s.path}.maxSpotPriceUSD`,
          });
        }
        if (s.kind === 'instance-fleet' && s.hasSpot) {
          s.types.forEach((t, i) => {
            if (t.bidPercent !== undefined && t.bidPercent < 100) {
              hits.push({
                message: `${t.type.name} in the ${s.label} caps Spot at ${t.bidPercent}% of On-Demand; below 100% only raises interruptions`,
                subject: `${s.path}.instanceTypes.${i}.bidPriceAsPercentageOfOnDemandPrice`,
              });
            }
          });
        }
      }
      return hits;
    },
  },
];
