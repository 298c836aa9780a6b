/**
 * High availability, HDFS and storage rules (fact sheet "Sizing rules › High availability / HDFS /
 * storage").
 */
import { hitIf, type Rule } from '../rule.ts';
import { EC2, isPersistent } from './helpers.ts';

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** R-HA-01 … R-HA-04, R-HDFS-01 … R-HDFS-04, R-STO-01, R-STO-02. */
export const AVAILABILITY_STORAGE_RULES: Rule[] = [
  {
    id: 'R-HA-01',
    group: 'availability-storage',
    title: 'Cluster that must keep running with a single primary node',
    severity: 'advice',
    provenance: 'folklore',
    rationale:
      'Three primary nodes (EMR 5.23.0+) remove the primary as a single point of failure — an AWS-documented feature. That a 24×7 cluster "must" have it is an exam expectation, not an AWS rule; and it does not protect against losing the Availability Zone.',
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/primary'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return hitIf(
        isPersistent(ctx) && ctx.ec2.cluster.instances.primary.count === 1,
        () =>
          `a ${ctx.workload.profile} cluster with one primary node: consider three primaries (On-Demand) to remove the single point of failure`,
        'instances.primary.count',
      );
    },
  },
  {
    id: 'R-HA-02',
    group: 'availability-storage',
    title: 'Three primaries with fewer than four core nodes and replication 1',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'For multi-primary clusters AWS recommends at least four core nodes; with three or fewer, set dfs.replication to at least 2 so HDFS survives the loss of a core node.',
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/core', 'storage/hdfs'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hdfs = ctx.ec2.figures.hdfs;
      return hitIf(
        ctx.ec2.cluster.instances.primary.count === 3 && hdfs.coreNodes.low < 4 && hdfs.replication < 2,
        () =>
          `three primaries with ${hdfs.coreNodes.low} core node(s) and dfs.replication ${hdfs.replication}; use 4+ core nodes or set hdfsReplication to 2`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-HA-03',
    group: 'availability-storage',
    title: 'Availability Zone failure tolerance from one EMR cluster',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'Every EMR on EC2 cluster, multi-primary or not, runs in a single Availability Zone. Surviving an AZ failure needs a second cluster in another AZ with the data in S3.',
    sources: ['S8', 'S5'],
    tags: ['cluster/multi-primary', 'storage/s3-emrfs'],
    platforms: EC2,
    check(ctx) {
      return hitIf(
        ctx.ec2 !== null && ctx.has('az-failure-tolerance'),
        () => 'the workload must survive an Availability Zone failure, but one EMR cluster lives in one AZ (even with three primaries)',
        'instances',
      );
    },
  },
  {
    id: 'R-HA-04',
    group: 'availability-storage',
    title: 'Multi-primary cluster with Hive, Hue or Oozie and no external metastore',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'With three primary nodes, Hive, Hue and Oozie need an external metastore or database (AWS Glue Data Catalog or Amazon RDS); their local databases are not replicated across primaries.',
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'framework/apache-hive', 'service/glue'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const c = ctx.ec2.cluster;
      const apps = c.applications.filter((a) => a === 'Hive' || a === 'Hue' || a === 'Oozie');
      return hitIf(
        c.instances.primary.count === 3 && apps.length > 0 && !c.externalMetastore,
        () => `three primaries run ${apps.join(', ')} without an external metastore/database; configure the Glue Data Catalog or RDS`,
        'externalMetastore',
      );
    },
  },
  {
    id: 'R-HDFS-01',
    group: 'availability-storage',
    title: 'Default HDFS replication in effect',
    severity: 'info',
    provenance: 'aws-doc',
    rationale: 'EMR sets dfs.replication from the number of core nodes: 1 with fewer than 4, 2 with 4 to 9, 3 with 10 or more.',
    sources: ['S9'],
    tags: ['storage/hdfs', 'node/core'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const h = ctx.ec2.figures.hdfs;
      return hitIf(
        h.replicationSource === 'default',
        () =>
          `dfs.replication defaults to ${h.defaultReplication} for ${h.coreNodes.low === h.coreNodes.high ? h.coreNodes.low : `${h.coreNodes.low}–${h.coreNodes.high}`} core node(s)`,
        'hdfsReplication',
      );
    },
  },
  {
    id: 'R-HDFS-02',
    group: 'availability-storage',
    title: 'Fewer than four core nodes with replication 1 for data that must survive',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'Below four core nodes the default dfs.replication is 1: each HDFS block lives on one node, so losing one core node loses data. AWS recommends at least four core nodes for production HDFS.',
    sources: ['S9'],
    tags: ['storage/hdfs', 'node/core', 'constraint/data-durability'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const h = ctx.ec2.figures.hdfs;
      const matters =
        ctx.has('hdfs-critical') || ctx.workload.profile === 'data-critical' || ctx.ec2.cluster.persistentDataStore === 'hdfs';
      return hitIf(
        matters && h.coreNodes.low < 4 && h.replication < 2,
        () =>
          `${h.coreNodes.low} core node(s) with dfs.replication ${h.replication} while HDFS data must survive a node loss; use 4+ core nodes or replication 2+`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-HDFS-03',
    group: 'availability-storage',
    title: 'Scaling or resizing with dfs.replication below 2',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'EMR does not scale core nodes below dfs.replication, and removing a core node that holds the only copy of blocks loses them; with managed or automatic scaling set dfs.replication to 2 or more.',
    sources: ['S9'],
    tags: ['storage/hdfs', 'cluster/managed-scaling'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const c = ctx.ec2.cluster;
      const scales = c.managedScaling !== undefined || c.automaticScaling;
      const r = ctx.ec2.figures.hdfs.replication;
      return hitIf(
        scales && r < 2,
        () => `the cluster scales while dfs.replication is ${r}; set hdfsReplication to 2 or more`,
        'hdfsReplication',
      );
    },
  },
  {
    id: 'R-HDFS-04',
    group: 'availability-storage',
    title: 'HDFS data larger than HDFS capacity',
    severity: 'error',
    provenance: 'derived',
    rationale:
      'HDFS capacity = local storage of all core nodes ÷ replication factor (AWS’s example: 10 × 800 GB ÷ 3 ≈ 2,666 GB). Data beyond that does not fit.',
    sources: ['S2', 'S9'],
    tags: ['storage/hdfs', 'node/core'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || ctx.workload.hdfsDataGB === undefined) return [];
      const cap = ctx.ec2.figures.hdfs.capacityGB;
      const need = ctx.workload.hdfsDataGB;
      if (cap === null) return [];
      return hitIf(
        need > cap.low,
        () =>
          `the workload keeps ${fmt(need)} GB in HDFS but the core nodes hold ${fmt(cap.low)} GB after replication ${ctx.ec2?.figures.hdfs.replication}`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-STO-01',
    group: 'availability-storage',
    title: 'Source-of-truth data only in HDFS',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'HDFS is ephemeral: it disappears when the cluster terminates. Persistent data belongs in Amazon S3 (through the S3A connector from EMR 7.10.0, EMRFS before). An error for transient clusters (the data is lost at the end of every run), a warning for long-running ones.',
    sources: ['S10', 'S15-rel'],
    tags: ['storage/hdfs', 'storage/s3-emrfs', 'cluster/transient'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const transient = ['transient-batch', 'cost-driven', 'test'].includes(ctx.workload.profile);
      return hitIf(
        ctx.ec2.cluster.persistentDataStore === 'hdfs',
        () =>
          `persistent data lives only in HDFS, which ends with the cluster${transient ? ' — and this cluster is transient' : ''}; keep it in Amazon S3`,
        'persistentDataStore',
        transient ? 'error' : 'warning',
      );
    },
  },
  {
    id: 'R-STO-02',
    group: 'availability-storage',
    title: 'Relies on EMRFS consistent view',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'Amazon S3 is strongly read-after-write consistent, so EMRFS consistent view (the DynamoDB-backed metadata) is no longer needed.',
    sources: ['S10'],
    tags: ['storage/s3-emrfs', 'exam/distractor'],
    platforms: EC2,
    check(ctx) {
      return hitIf(
        ctx.ec2?.cluster.emrfsConsistentView === true,
        () => 'EMRFS consistent view is enabled; S3 is strongly consistent, so it is no longer needed',
        'emrfsConsistentView',
      );
    },
  },
];
