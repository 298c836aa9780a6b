/**
 * Spark deploy-mode rules (fact sheet "Sizing rules › Deploy mode"): what Spark allows, where the
 * driver runs on EMR on EC2, and what does not apply on EMR Serverless.
 */
import { isSizingUnavailable, memoryOverheadMiB, EMR_DEFAULT_DRIVER_MEMORY_MIB, EMR_MEMORY_OVERHEAD_FACTOR } from '../spark-sizing.ts';
import { hitIf, type Rule } from '../rule.ts';
import { EC2 } from './helpers.ts';

/** Concurrent applications from which "one or two at a time" no longer holds ([S15-spark]). */
export const MANY_CONCURRENT_APPLICATIONS = 3;
/** Share of the primary's memory client-mode drivers may take before R-DEP-04 warns (the rest is for RM, NameNode, UIs). */
export const PRIMARY_DRIVER_MEMORY_SHARE = 0.5;

const SHELLS = ['shell', 'spark-sql-shell', 'thrift-server'];

/** R-DEP-01 … R-DEP-06: client vs cluster deploy mode and where the driver runs. */
export const DEPLOY_MODE_RULES: Rule[] = [
  {
    id: 'R-DEP-01',
    group: 'deploy-mode',
    title: 'Spark shell, SQL shell or Thrift server in cluster deploy mode',
    severity: 'error',
    provenance: 'spark-doc',
    rationale:
      'spark-submit refuses cluster deploy mode for spark-shell, pyspark, spark-sql and the Thrift server (“Cluster deploy mode is not applicable to Spark shells”): their driver must run where the user types.',
    sources: ['S13'],
    tags: ['spark/deploy-mode'],
    platforms: ['emr-ec2', 'emr-eks'],
    check(ctx) {
      if (!('spark' in ctx.cluster)) return [];
      const sp = ctx.cluster.spark;
      return hitIf(
        SHELLS.includes(sp.submitter) && sp.deployMode === 'cluster',
        () => `${sp.submitter} with --deploy-mode cluster; Spark rejects cluster mode for shells and the Thrift server`,
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-02',
    group: 'deploy-mode',
    title: 'Many concurrent production steps in client mode',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'AWS’s best-practices guide suits client mode to one or two applications at a time; with many concurrent steps, cluster mode spreads the drivers over the cluster and allows application-master retries.',
    sources: ['S15-spark'],
    tags: ['spark/deploy-mode', 'cluster/step'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      const n = ctx.workload.concurrentApplications;
      return hitIf(
        (sp.submitter === 'step' || sp.submitter === 'spark-submit') &&
          ctx.ec2.figures.deployMode === 'client' &&
          n >= MANY_CONCURRENT_APPLICATIONS,
        () =>
          `${n} concurrent ${sp.submitter === 'step' ? 'steps' : 'applications'} in client mode; cluster mode spreads the drivers and retries failed AMs`,
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-03',
    group: 'deploy-mode',
    title: 'Cluster-mode drivers may land on Spot task nodes',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'In cluster mode the Spark driver runs inside the YARN application master. Without node labels (the default from EMR 6.x) that container can be placed on a Spot task node, and a reclaim kills the driver and the application. Pin AMs to CORE (or ON_DEMAND on 7.2+) nodes.',
    sources: ['S1', 'S31'],
    tags: ['spark/deploy-mode', 'instance/spot-instances', 'node/task'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const spotTask = ctx.ec2.topology.task.some((s) => s.hasSpot);
      return hitIf(
        ctx.ec2.figures.deployMode === 'cluster' && spotTask && ctx.ec2.figures.applicationMasters.nodes === 'any',
        () => 'cluster deploy mode with Spot task nodes and no node labels: drivers can run on Spot nodes',
        'applicationMasterNodes',
      );
    },
  },
  {
    id: 'R-DEP-04',
    group: 'deploy-mode',
    title: 'Many client-mode drivers on the primary node',
    severity: 'warning',
    provenance: 'aws-best-practice',
    rationale:
      'In client mode every driver runs on the submitting host — for EMR steps, Livy sessions and shells that is the primary node, which also runs the ResourceManager and NameNode. This rule warns when the drivers’ memory exceeds half the primary’s memory: size the primary up or use cluster mode.',
    sources: ['S15-spark', 'S14', 'S12'],
    tags: ['spark/deploy-mode', 'node/primary'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.figures.deployMode !== 'client') return [];
      const n = ctx.workload.concurrentApplications;
      const s = ctx.ec2.figures.spark;
      const perDriver = isSizingUnavailable(s) || s.driver.memoryMiB === null ? EMR_DEFAULT_DRIVER_MEMORY_MIB : s.driver.memoryMiB;
      const factor = ctx.ec2.cluster.spark.memoryOverheadFactor ?? EMR_MEMORY_OVERHEAD_FACTOR;
      const total = n * (perDriver + memoryOverheadMiB(perDriver, factor));
      const primary = ctx.ec2.topology.primary.types[0]?.type;
      if (!primary) return [];
      const budget = primary.memoryGiB * 1024 * PRIMARY_DRIVER_MEMORY_SHARE;
      return hitIf(
        n >= MANY_CONCURRENT_APPLICATIONS && total > budget,
        () =>
          `${n} client-mode drivers need about ${total} MiB on the ${primary.name} primary (${primary.memoryGiB} GiB); size the primary up or use cluster mode`,
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-05',
    group: 'deploy-mode',
    title: 'Livy / EMR Studio sessions in cluster mode (recommended)',
    severity: 'info',
    provenance: 'aws-doc',
    rationale:
      'Notebooks that reach Spark through Livy are not bound to client mode: EMR Studio’s cluster requirements recommend livy.spark.deploy-mode=cluster to keep drivers off the primary node. “Notebooks need client mode” is only true for a kernel that embeds the driver.',
    sources: ['S14'],
    tags: ['spark/deploy-mode', 'service/emr-studio'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      return hitIf(
        sp.submitter === 'livy' && sp.deployMode === 'cluster',
        () => 'Livy sessions in cluster mode — what EMR Studio recommends',
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-06',
    group: 'deploy-mode',
    title: 'Deploy mode set on EMR Serverless',
    severity: 'info',
    provenance: 'aws-doc',
    rationale:
      'EMR Serverless has no primary node and documents no deploy-mode option: the driver always runs on its own service-managed driver worker, remote from the submitter. (“Serverless supports only client mode” comes from a forum reply, not from AWS documentation.)',
    sources: ['S17', 'S34'],
    tags: ['spark/deploy-mode', 'platform/emr-serverless'],
    platforms: ['emr-serverless'],
    check(ctx) {
      const mode = ctx.serverless?.app.spark.deployMode;
      return hitIf(
        mode !== undefined,
        () => `deploy mode "${mode}" is set, but it does not apply on EMR Serverless; the driver runs on a driver worker`,
        'spark.deployMode',
      );
    },
  },
];
