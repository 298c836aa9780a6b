/**
 * Platform-choice rules (fact sheet "Sizing rules › Platform choice"): EMR on EC2 vs EMR Serverless
 * vs EMR on EKS, and the neighbouring services exam options offer instead (Lambda, Managed Service
 * for Apache Flink, Kinesis Data Analytics for SQL, Firehose, Kinesis Data Streams, AWS Batch).
 */
import { EMR_PLATFORMS, type Platform } from '../model.ts';
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { serverlessWorkerProblem } from '../serverless-grid.ts';

/** Lambda limits ([S20]): 900 s per invocation, 10,240 MB memory. */
export const LAMBDA_MAX_TIMEOUT_SECONDS = 900;
export const LAMBDA_MAX_MEMORY_MB = 10_240;
/** Kinesis Data Streams per-shard quotas ([S21]). */
export const KDS_WRITE_MB_PER_SECOND_PER_SHARD = 1;
export const KDS_WRITE_RECORDS_PER_SECOND_PER_SHARD = 1000;
export const KDS_READ_MB_PER_SECOND_PER_SHARD = 2;
export const KDS_MAX_RETENTION_HOURS = 8760;

const ALL: readonly Platform[] = [
  'emr-ec2',
  'emr-serverless',
  'emr-eks',
  'lambda',
  'managed-flink',
  'kinesis-analytics-sql',
  'firehose',
  'aws-batch',
];
const CLUSTER_ENGINES = ['spark', 'hive', 'hadoop-mapreduce', 'flink', 'presto-trino', 'hbase'];

/** R-PLT-01 … R-PLT-11: EMR on EC2 / Serverless / EKS and neighbouring services. */
export const PLATFORM_RULES: Rule[] = [
  {
    id: 'R-PLT-01',
    group: 'platform',
    title: 'Interactive use of EMR Serverless without pre-initialized capacity',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'Without pre-initialized capacity an EMR Serverless application starts workers on demand, so interactive sessions and latency-sensitive jobs wait. initialCapacity keeps drivers and workers warm (billed while idle; the application auto-stops after 15 idle minutes by default).',
    sources: ['S17'],
    tags: ['platform/emr-serverless', 'constraint/high-interactivity'],
    platforms: ['emr-serverless'],
    check(ctx) {
      if (!ctx.serverless) return [];
      const init = ctx.serverless.app.initialCapacity;
      const warm = init !== undefined && init.drivers + init.executors > 0;
      const interactive = ctx.workload.profile === 'interactive' || ctx.has('latency-sensitive');
      return hitIf(
        interactive && !warm,
        () => 'interactive/latency-sensitive work on EMR Serverless without pre-initialized capacity; set initialCapacity',
        'initialCapacity',
      );
    },
  },
  {
    id: 'R-PLT-02',
    group: 'platform',
    title: 'EMR Serverless worker size off the supported grid',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'EMR Serverless workers come in fixed shapes: 1, 2, 4, 8, 16 or 32 vCPUs, each with its own memory range and step, and 20–200 GB standard disk. (The schema rejects off-grid sizes when a configuration is parsed; this rule catches objects built without it.)',
    sources: ['S17'],
    tags: ['platform/emr-serverless'],
    platforms: ['emr-serverless'],
    check(ctx) {
      if (!ctx.serverless) return [];
      const hits: RuleHit[] = [];
      for (const role of ['driver', 'executor'] as const) {
        const p = serverlessWorkerProblem(ctx.serverless.app[role]);
        if (p) hits.push({ message: `${role} worker: ${p.message}`, subject: `${role}.${p.field}` });
      }
      return hits;
    },
  },
  {
    id: 'R-PLT-03',
    group: 'platform',
    title: 'Workload needs HDFS, HBase or node access on EMR Serverless',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'EMR Serverless has no HDFS and no access to cluster nodes (persistent data lives in S3); HBase, custom daemons or node-level control need EMR on EC2.',
    sources: ['S34', 'S17'],
    tags: ['platform/emr-serverless', 'platform/emr-on-ec2', 'storage/hdfs'],
    platforms: ['emr-serverless'],
    check(ctx) {
      if (!ctx.serverless) return [];
      const needs = ctx.has('needs-node-access') || ctx.has('hdfs-critical') || ctx.workload.engine === 'hbase';
      return hitIf(
        needs,
        () => 'the workload needs HDFS, HBase or node-level control, which EMR Serverless does not offer; use EMR on EC2',
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-04',
    group: 'platform',
    title: 'Team already runs EKS but Spark gets its own EMR deployment',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'EMR on EKS registers an EKS namespace as a virtual cluster and runs Spark jobs as pods, so a team that already operates EKS can share that capacity instead of running separate EMR clusters.',
    sources: ['S35'],
    tags: ['platform/emr-on-eks'],
    platforms: ['emr-ec2', 'emr-serverless'],
    check(ctx) {
      const emr = EMR_PLATFORMS.includes(ctx.cluster.platform);
      return hitIf(
        ctx.has('existing-eks') && emr && ctx.cluster.platform !== 'emr-eks',
        () => 'the team already runs EKS; EMR on EKS lets Spark share that cluster',
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-05',
    group: 'platform',
    title: 'Lambda beyond 15 minutes or 10,240 MB',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'A Lambda invocation runs at most 900 seconds (15 minutes) with at most 10,240 MB of memory. Work that needs longer or more belongs on EMR, Glue or containers. (Lambda is fine for short per-batch stream processing.)',
    sources: ['S20'],
    tags: ['service/lambda', 'exam/distractor'],
    platforms: ['lambda'],
    check(ctx) {
      const c = ctx.cluster;
      if (c.platform !== 'lambda') return [];
      const task = ctx.workload.longestTaskMinutes;
      return [
        ...hitIf(
          c.timeoutSeconds > LAMBDA_MAX_TIMEOUT_SECONDS,
          () => `timeout ${c.timeoutSeconds} s exceeds Lambda’s 900 s maximum`,
          'timeoutSeconds',
        ),
        ...hitIf(c.memoryMiB > LAMBDA_MAX_MEMORY_MB, () => `memory ${c.memoryMiB} MB exceeds Lambda’s 10,240 MB maximum`, 'memoryMiB'),
        ...hitIf(
          task !== undefined && task > 15,
          () => `a unit of work takes ${task} minutes; one Lambda invocation ends after 15`,
          'platform',
        ),
      ];
    },
  },
  {
    id: 'R-PLT-06',
    group: 'platform',
    title: 'Managed Service for Apache Flink chosen to run non-Flink code',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'Amazon Managed Service for Apache Flink (formerly Kinesis Data Analytics) runs Apache Flink applications only; it cannot run Spark.',
    sources: ['S23'],
    tags: ['service/managed-flink', 'exam/distractor'],
    platforms: ['managed-flink'],
    check(ctx) {
      return hitIf(
        ctx.cluster.platform === 'managed-flink' && ctx.workload.engine !== 'flink',
        () => `a ${ctx.workload.engine} workload on Managed Service for Apache Flink, which runs Flink only`,
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-07',
    group: 'platform',
    title: 'New Kinesis Data Analytics for SQL application',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'Kinesis Data Analytics for SQL is discontinued: no new applications from 2025-10-15, existing ones deleted from 2026-01-27.',
    sources: ['S23'],
    tags: ['service/managed-flink', 'exam/distractor'],
    platforms: ['kinesis-analytics-sql'],
    check(ctx) {
      return hitIf(
        ctx.cluster.platform === 'kinesis-analytics-sql',
        () => 'Kinesis Data Analytics for SQL no longer accepts new applications',
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-08',
    group: 'platform',
    title: 'Firehose chosen for processing',
    severity: 'error',
    provenance: 'aws-doc',
    rationale:
      'Amazon Data Firehose buffers (1–128 MiB, 0–900 s) and delivers to destinations, with optional Lambda transforms and format conversion; it runs no Spark, no stateful stream processing and no model training.',
    sources: ['S22'],
    tags: ['service/data-firehose', 'exam/distractor'],
    platforms: ['firehose'],
    check(ctx) {
      return hitIf(
        ctx.cluster.platform === 'firehose',
        () => `Firehose only buffers and delivers; it cannot run the ${ctx.workload.engine} processing this workload needs`,
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-09',
    group: 'platform',
    title: 'Too few Kinesis shards for the ingest or read rate',
    severity: 'error',
    provenance: 'derived',
    rationale:
      'Each Kinesis Data Streams shard takes 1 MB/s or 1,000 records/s of writes and serves 2 MB/s of reads shared by all standard consumers (2 MB/s per consumer with enhanced fan-out). Shards needed = max(ingest MB/s ÷ 1, records/s ÷ 1,000), and enough for the reads.',
    sources: ['S21'],
    tags: ['service/kinesis-data-streams'],
    platforms: ALL,
    check(ctx) {
      const src = ctx.cluster.kinesisSource;
      const demand = ctx.workload.stream;
      if (!src || !demand) return [];
      const writeShards = Math.max(
        Math.ceil(demand.ingestMBPerSecond / KDS_WRITE_MB_PER_SECOND_PER_SHARD),
        Math.ceil(demand.recordsPerSecond / KDS_WRITE_RECORDS_PER_SECOND_PER_SHARD),
      );
      const perConsumer = demand.readMBPerSecondPerConsumer ?? demand.ingestMBPerSecond;
      const readShards = src.enhancedFanOut
        ? Math.ceil(perConsumer / KDS_READ_MB_PER_SECOND_PER_SHARD)
        : Math.ceil((perConsumer * demand.consumers) / KDS_READ_MB_PER_SECOND_PER_SHARD);
      const needed = Math.max(writeShards, readShards);
      return hitIf(
        src.shards < needed,
        () =>
          `${src.shards} shard(s) for ${demand.ingestMBPerSecond} MB/s, ${demand.recordsPerSecond} records/s and ${demand.consumers} consumer(s) reading ${perConsumer} MB/s${src.enhancedFanOut ? ' (enhanced fan-out)' : ''}; at least ${needed} needed`,
        'kinesisSource.shards',
      );
    },
  },
  {
    id: 'R-PLT-10',
    group: 'platform',
    title: 'Kinesis retention beyond 365 days',
    severity: 'error',
    provenance: 'aws-doc',
    rationale: 'Kinesis Data Streams keeps records 24 hours by default and at most 8,760 hours (365 days); longer retention needs S3.',
    sources: ['S21'],
    tags: ['service/kinesis-data-streams'],
    platforms: ALL,
    check(ctx) {
      const src = ctx.cluster.kinesisSource;
      if (!src) return [];
      const required = ctx.workload.stream?.retentionHours;
      return [
        ...hitIf(
          required !== undefined && required > KDS_MAX_RETENTION_HOURS,
          () => `records must stay ${required} hours; Kinesis Data Streams keeps at most 8,760 hours`,
          'kinesisSource.retentionHours',
        ),
        ...hitIf(
          src.retentionHours > KDS_MAX_RETENTION_HOURS,
          () => `retention ${src.retentionHours} hours is above the 8,760-hour maximum`,
          'kinesisSource.retentionHours',
        ),
      ];
    },
  },
  {
    id: 'R-PLT-11',
    group: 'platform',
    title: 'AWS Batch for a cluster framework, or EMR for plain container jobs',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'AWS Batch schedules containerised batch jobs on EC2, Spot or Fargate; it is not a Spark/Hadoop cluster service. EMR runs managed Spark, Hive, Presto, Flink and HBase clusters — and is overkill for simple container jobs.',
    sources: ['S25'],
    tags: ['service/aws-batch', 'exam/distractor'],
    platforms: ALL,
    check(ctx) {
      const engine = ctx.workload.engine;
      if (ctx.cluster.platform === 'aws-batch') {
        return hitIf(
          CLUSTER_ENGINES.includes(engine),
          () => `a ${engine} workload on AWS Batch, which schedules containers rather than running a ${engine} cluster`,
          'platform',
        );
      }
      return hitIf(
        EMR_PLATFORMS.includes(ctx.cluster.platform) && engine === 'container-batch',
        () => 'plain containerised batch jobs on EMR; AWS Batch is the service for them',
        'platform',
      );
    },
  },
];
