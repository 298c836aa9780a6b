/**
 * Spark configuration rules (fact sheet "Sizing rules › Spark configuration"). R-SPK-01 reads the
 * derived executor sizing (`spark-sizing.ts`), the rest read the settings.
 */
import { isSizingUnavailable, memoryOverheadMiB, SPARK_MEMORY_OVERHEAD_FACTOR } from '../spark-sizing.ts';
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { EC2 } from './helpers.ts';

/** Applications with their own daemons that conflict with maximizeResourceAllocation ([S11]). */
const DISTRIBUTED_APPS = ['HBase', 'Presto', 'Trino'];

/** R-SPK-01 … R-SPK-07: executor memory against YARN, cores, overhead, maximizeResourceAllocation, parallelism. */
export const SPARK_RULES: Rule[] = [
  {
    id: 'R-SPK-01',
    group: 'spark',
    title: 'Executors or driver ask YARN for more memory than a node offers',
    severity: 'error',
    provenance: 'derived',
    rationale:
      'YARN can only place containers that fit: executors × (memory + overhead) must stay within yarn.nodemanager.resource.memory-mb of the node, and one container within yarn.scheduler.maximum-allocation-mb (EMR’s defaults per instance type). A client-mode driver must fit in the primary node’s memory. When the catalog has no YARN values for a type, the check cannot run (info).',
    sources: ['S18', 'S33', 'S15-perf'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || ctx.ec2.topology.workers.length === 0) return [];
      const s = ctx.ec2.figures.spark;
      if (isSizingUnavailable(s)) {
        return [{ message: `cannot check executor memory: ${s.reason}`, subject: 'spark', severity: 'info' }];
      }
      const hits: RuleHit[] = s.problems.map((p) => ({
        message: p.message,
        subject: p.kind.startsWith('driver') ? 'spark.driverMemoryMiB' : 'spark.executorMemoryMiB',
      }));
      if (s.unknownTypes.length > 0) {
        hits.push({
          message: `executor memory not checked on ${s.unknownTypes.join(', ')}: the catalog has no YARN memory defaults for ${s.unknownTypes.length > 1 ? 'them' : 'it'}`,
          subject: 'spark',
          severity: 'info',
        });
      }
      return hits;
    },
  },
  {
    id: 'R-SPK-02',
    group: 'spark',
    title: 'More than 5 cores per executor',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'AWS’s Spark memory blog uses 5 cores per executor and its best-practices guide 4–5: more cores per executor tend to hurt HDFS/S3 throughput and garbage collection.',
    sources: ['S16', 'S15-perf'],
    tags: ['spark/executor-sizing'],
    platforms: ['emr-ec2', 'emr-serverless', 'emr-eks'],
    check(ctx) {
      const cores = 'spark' in ctx.cluster ? ctx.cluster.spark.executorCores : undefined;
      return hitIf(
        cores !== undefined && cores > 5,
        () => `spark.executor.cores = ${cores}; AWS guidance starts at 4–5`,
        'spark.executorCores',
      );
    },
  },
  {
    id: 'R-SPK-03',
    group: 'spark',
    title: 'Memory overhead sized with the open-source 10 % on EMR',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'Open-source Spark’s overhead default is 10 % (minimum 384 MiB), but EMR on EC2 ships a 0.1875 overhead factor. Sizing containers with 10 % on EMR under-counts what EMR will request unless the factor is set on purpose.',
    sources: ['S15-perf', 'S33'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      const tenPercentFactor = sp.memoryOverheadFactor === SPARK_MEMORY_OVERHEAD_FACTOR;
      const tenPercentMiB =
        sp.executorMemoryMiB !== undefined &&
        sp.executorMemoryOverheadMiB !== undefined &&
        sp.executorMemoryOverheadMiB === memoryOverheadMiB(sp.executorMemoryMiB, SPARK_MEMORY_OVERHEAD_FACTOR);
      return hitIf(
        tenPercentFactor || tenPercentMiB,
        () =>
          'executor overhead follows open-source Spark’s 10 %; EMR’s default factor is 0.1875 — make sure the lower overhead is intended',
        tenPercentFactor ? 'spark.memoryOverheadFactor' : 'spark.executorMemoryOverheadMiB',
      );
    },
  },
  {
    id: 'R-SPK-04',
    group: 'spark',
    title: 'maximizeResourceAllocation with HBase or other distributed applications',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'AWS says not to use maximizeResourceAllocation on clusters with HBase or other distributed applications: it hands Spark the whole node while those applications need their own memory and custom YARN settings.',
    sources: ['S11'],
    tags: ['spark/executor-sizing', 'framework/apache-hbase'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const apps = ctx.ec2.cluster.applications.filter((a) => DISTRIBUTED_APPS.includes(a));
      return hitIf(
        ctx.ec2.cluster.spark.maximizeResourceAllocation && apps.length > 0,
        () => `maximizeResourceAllocation is on while ${apps.join(', ')} run on the cluster`,
        'spark.maximizeResourceAllocation',
      );
    },
  },
  {
    id: 'R-SPK-05',
    group: 'spark',
    title: 'maximizeResourceAllocation on a shared cluster',
    severity: 'warning',
    provenance: 'aws-best-practice',
    rationale:
      'maximizeResourceAllocation gives each application one fat executor per node; on a cluster shared by several applications or teams they cannot run side by side.',
    sources: ['S15-perf'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const shared = ctx.has('multi-tenant') || ctx.workload.concurrentApplications > 1;
      return hitIf(
        ctx.ec2.cluster.spark.maximizeResourceAllocation && shared,
        () => `maximizeResourceAllocation on a cluster shared by ${ctx.workload.concurrentApplications} concurrent application(s)`,
        'spark.maximizeResourceAllocation',
      );
    },
  },
  {
    id: 'R-SPK-06',
    group: 'spark',
    title: 'spark.default.parallelism far from the executor cores',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'AWS guidance sets spark.default.parallelism to about 1–2 × the total executor cores (the blog: 2 ×; EMR writes 2 × YARN cores with maximizeResourceAllocation). This rule flags values below 1 × (idle cores) or above 4 × (tiny tasks).',
    sources: ['S16', 'S11', 'S15-perf'],
    tags: ['spark/performance-tuning', 'spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const p = ctx.ec2.cluster.spark.defaultParallelism;
      const s = ctx.ec2.figures.spark;
      if (p === undefined || isSizingUnavailable(s)) return [];
      const cores = s.totalExecutorCores;
      if (cores.high === 0) return [];
      return hitIf(
        p < cores.low || p > 4 * cores.high,
        () =>
          `spark.default.parallelism = ${p} for ${cores.low === cores.high ? cores.low : `${cores.low}–${cores.high}`} executor cores; aim for 1–2 × the cores`,
        'spark.defaultParallelism',
      );
    },
  },
  {
    id: 'R-SPK-07',
    group: 'spark',
    title: 'Fixed executor count with dynamic allocation on',
    severity: 'info',
    provenance: 'aws-doc',
    rationale:
      'EMR enables Spark dynamic allocation by default (since 4.4.0), so executors come and go with demand; a fixed spark.executor.instances only sets the starting point unless dynamic allocation is turned off.',
    sources: ['S11'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      return hitIf(
        sp.executorInstances !== undefined && sp.dynamicAllocation !== false,
        () =>
          `spark.executor.instances = ${sp.executorInstances} while dynamic allocation is on (EMR default); the count is only the initial size`,
        'spark.executorInstances',
      );
    },
  },
];
