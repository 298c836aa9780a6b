/**
 * Platform-choice rules (fact sheet "Sizing rules › Platform choice"): EMR on EC2 vs EMR Serverless
 * vs EMR on EKS, and the neighbouring services exam options offer instead (Lambda, Managed Service
 * for Apache Flink, Kinesis Data Analytics for SQL, Firehose, Kinesis Data Streams, AWS Batch).
 */
import { EMR_PLATFORMS, type Platform } from '../model.ts';
import type { Bilingual } from '../bilingual.ts';
import { formatNumber } from '../../text/numbers.ts';
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
/** Names of the EMR Serverless worker roles, for R-PLT-02's messages. */
const ROLE_NAMES: Record<'driver' | 'executor', Bilingual> = {
  driver: { en: 'driver', ko: '드라이버' },
  executor: { en: 'executor', ko: '익스큐터' },
};

/** R-PLT-01 … R-PLT-11: EMR on EC2 / Serverless / EKS and neighbouring services. */
export const PLATFORM_RULES: Rule[] = [
  {
    id: 'R-PLT-01',
    group: 'platform',
    title: {
      en: 'Interactive use of EMR Serverless without pre-initialized capacity',
      ko: '사전 초기화 용량 없는 EMR Serverless의 대화형 사용',
    },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'Without pre-initialized capacity an EMR Serverless application starts workers on demand, so interactive sessions and latency-sensitive jobs wait. initialCapacity keeps drivers and workers warm (billed while idle; the application auto-stops after 15 idle minutes by default).',
      ko: '사전 초기화 용량(pre-initialized capacity)이 없으면 EMR Serverless 애플리케이션은 필요할 때에야 워커를 띄우므로, 대화형 세션과 지연 시간에 민감한 작업이 기다려야 합니다. initialCapacity는 드라이버와 워커를 미리 띄워 둡니다(유휴 상태에서도 요금이 부과되며, 애플리케이션은 기본적으로 15분 동안 유휴 상태이면 자동으로 중지됩니다).',
    },
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
        () => ({
          en: 'interactive/latency-sensitive work on EMR Serverless without pre-initialized capacity; set initialCapacity',
          ko: '사전 초기화 용량 없이 EMR Serverless에서 대화형 또는 지연 시간에 민감한 작업을 실행합니다. initialCapacity를 설정하세요',
        }),
        'initialCapacity',
      );
    },
  },
  {
    id: 'R-PLT-02',
    group: 'platform',
    title: { en: 'EMR Serverless worker size off the supported grid', ko: '지원되는 조합을 벗어난 EMR Serverless 워커 크기' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR Serverless workers come in fixed shapes: 1, 2, 4, 8, 16 or 32 vCPUs, each with its own memory range and step, and 20–200 GB standard disk. (The schema rejects off-grid sizes when a configuration is parsed; this rule catches objects built without it.)',
      ko: 'EMR Serverless 워커는 정해진 크기로만 제공됩니다. vCPU는 1, 2, 4, 8, 16, 32개 중 하나이고 vCPU 수마다 메모리 범위와 증가 단위가 따로 정해져 있으며, 표준 디스크는 20–200 GB입니다. (구성을 파싱할 때 스키마가 이 조합을 벗어난 크기를 거부합니다. 이 규칙은 스키마를 거치지 않고 만든 객체를 잡아냅니다.)',
    },
    sources: ['S17'],
    tags: ['platform/emr-serverless'],
    platforms: ['emr-serverless'],
    check(ctx) {
      if (!ctx.serverless) return [];
      const hits: RuleHit[] = [];
      for (const role of ['driver', 'executor'] as const) {
        const p = serverlessWorkerProblem(ctx.serverless.app[role]);
        if (p) {
          const name = ROLE_NAMES[role];
          hits.push({
            message: { en: `${name.en} worker: ${p.message.en}`, ko: `${name.ko} 워커: ${p.message.ko}` },
            subject: `${role}.${p.field}`,
          });
        }
      }
      return hits;
    },
  },
  {
    id: 'R-PLT-03',
    group: 'platform',
    title: {
      en: 'Workload needs HDFS, HBase or node access on EMR Serverless',
      ko: 'EMR Serverless에서 HDFS, HBase 또는 노드 접근이 필요한 워크로드',
    },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR Serverless has no HDFS and no access to cluster nodes (persistent data lives in S3); HBase, custom daemons or node-level control need EMR on EC2.',
      ko: 'EMR Serverless에는 HDFS가 없고 클러스터 노드에 접근할 수도 없습니다(영구 데이터는 S3에 둡니다). HBase, 사용자 정의 데몬, 노드 수준 제어가 필요하면 EMR on EC2를 써야 합니다.',
    },
    sources: ['S34', 'S17'],
    tags: ['platform/emr-serverless', 'platform/emr-on-ec2', 'storage/hdfs'],
    platforms: ['emr-serverless'],
    check(ctx) {
      if (!ctx.serverless) return [];
      const needs = ctx.has('needs-node-access') || ctx.has('hdfs-critical') || ctx.workload.engine === 'hbase';
      return hitIf(
        needs,
        () => ({
          en: 'the workload needs HDFS, HBase or node-level control, which EMR Serverless does not offer; use EMR on EC2',
          ko: '이 워크로드에는 EMR Serverless가 제공하지 않는 HDFS, HBase 또는 노드 수준 제어가 필요합니다. EMR on EC2를 사용하세요',
        }),
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-04',
    group: 'platform',
    title: { en: 'Team already runs EKS but Spark gets its own EMR deployment', ko: '이미 EKS를 운영하는 팀의 별도 Spark용 EMR 배포' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR on EKS registers an EKS namespace as a virtual cluster and runs Spark jobs as pods, so a team that already operates EKS can share that capacity instead of running separate EMR clusters.',
      ko: 'EMR on EKS는 EKS 네임스페이스를 가상 클러스터(virtual cluster)로 등록하고 Spark 작업을 파드(pod)로 실행합니다. 그래서 이미 EKS를 운영하는 팀은 EMR 클러스터를 따로 돌리는 대신 그 용량을 함께 쓸 수 있습니다.',
    },
    sources: ['S35'],
    tags: ['platform/emr-on-eks'],
    platforms: ['emr-ec2', 'emr-serverless'],
    check(ctx) {
      const emr = EMR_PLATFORMS.includes(ctx.cluster.platform);
      return hitIf(
        ctx.has('existing-eks') && emr && ctx.cluster.platform !== 'emr-eks',
        () => ({
          en: 'the team already runs EKS; EMR on EKS lets Spark share that cluster',
          ko: '팀이 이미 EKS를 운영하고 있습니다. EMR on EKS를 쓰면 Spark가 그 클러스터를 함께 쓸 수 있습니다',
        }),
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-05',
    group: 'platform',
    title: { en: 'Lambda beyond 15 minutes or 10,240 MB', ko: '15분 또는 10,240 MB를 넘는 Lambda' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'A Lambda invocation runs at most 900 seconds (15 minutes) with at most 10,240 MB of memory. Work that needs longer or more belongs on EMR, Glue or containers. (Lambda is fine for short per-batch stream processing.)',
      ko: 'Lambda 호출 한 번은 최대 900초(15분) 동안, 최대 10,240 MB의 메모리로 실행됩니다. 더 오래 걸리거나 메모리가 더 필요한 작업은 EMR, Glue 또는 컨테이너에서 실행해야 합니다. (배치 단위로 짧게 끝나는 스트림 처리에는 Lambda로 충분합니다.)',
    },
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
          () => ({
            en: `timeout ${formatNumber(c.timeoutSeconds)} s exceeds Lambda’s 900 s maximum`,
            ko: `제한 시간 ${formatNumber(c.timeoutSeconds)} s가 Lambda의 최대값 900 s를 넘습니다`,
          }),
          'timeoutSeconds',
        ),
        ...hitIf(
          c.memoryMiB > LAMBDA_MAX_MEMORY_MB,
          () => ({
            en: `memory ${formatNumber(c.memoryMiB)} MB exceeds Lambda’s 10,240 MB maximum`,
            ko: `메모리 ${formatNumber(c.memoryMiB)} MB가 Lambda의 최대값 10,240 MB를 넘습니다`,
          }),
          'memoryMiB',
        ),
        ...hitIf(
          task !== undefined && task > 15,
          () => ({
            en: `a unit of work takes ${formatNumber(task!)} minutes; one Lambda invocation ends after 15`,
            ko: `작업 한 단위에 ${formatNumber(task!)}분이 걸립니다. Lambda 호출 한 번은 15분이 지나면 끝납니다`,
          }),
          'platform',
        ),
      ];
    },
  },
  {
    id: 'R-PLT-06',
    group: 'platform',
    title: {
      en: 'Managed Service for Apache Flink chosen to run non-Flink code',
      ko: 'Flink가 아닌 코드 실행에 고른 Managed Service for Apache Flink',
    },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'Amazon Managed Service for Apache Flink (formerly Kinesis Data Analytics) runs Apache Flink applications only; it cannot run Spark.',
      ko: 'Amazon Managed Service for Apache Flink(옛 이름 Kinesis Data Analytics)는 Apache Flink 애플리케이션만 실행합니다. Spark는 실행할 수 없습니다.',
    },
    sources: ['S23'],
    tags: ['service/managed-flink', 'exam/distractor'],
    platforms: ['managed-flink'],
    check(ctx) {
      return hitIf(
        ctx.cluster.platform === 'managed-flink' && ctx.workload.engine !== 'flink',
        () => ({
          en: `a ${ctx.workload.engine} workload on Managed Service for Apache Flink, which runs Flink only`,
          ko: `${ctx.workload.engine} 워크로드를 Managed Service for Apache Flink에서 실행하려 하지만, 이 서비스는 Flink만 실행합니다`,
        }),
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-07',
    group: 'platform',
    title: { en: 'New Kinesis Data Analytics for SQL application', ko: '새 Kinesis Data Analytics for SQL 애플리케이션' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'Kinesis Data Analytics for SQL is discontinued: no new applications from 2025-10-15, existing ones deleted from 2026-01-27.',
      ko: 'Kinesis Data Analytics for SQL은 단종되었습니다. 2025-10-15부터 새 애플리케이션을 만들 수 없고, 2026-01-27부터 기존 애플리케이션이 삭제됩니다.',
    },
    sources: ['S23'],
    tags: ['service/managed-flink', 'exam/distractor'],
    platforms: ['kinesis-analytics-sql'],
    check(ctx) {
      return hitIf(
        ctx.cluster.platform === 'kinesis-analytics-sql',
        () => ({
          en: 'Kinesis Data Analytics for SQL no longer accepts new applications',
          ko: 'Kinesis Data Analytics for SQL에서는 더 이상 새 애플리케이션을 만들 수 없습니다',
        }),
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-08',
    group: 'platform',
    title: { en: 'Firehose chosen for processing', ko: '데이터 처리용으로 고른 Firehose' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'Amazon Data Firehose buffers (1–128 MiB, 0–900 s) and delivers to destinations, with optional Lambda transforms and format conversion; it runs no Spark, no stateful stream processing and no model training.',
      ko: 'Amazon Data Firehose는 데이터를 버퍼에 모았다가(1–128 MiB, 0–900 s) 목적지로 전달하며, 필요하면 Lambda 변환과 포맷 변환을 더할 수 있습니다. Spark 실행, 상태 유지형 스트림 처리, 모델 학습은 하지 않습니다.',
    },
    sources: ['S22'],
    tags: ['service/data-firehose', 'exam/distractor'],
    platforms: ['firehose'],
    check(ctx) {
      return hitIf(
        ctx.cluster.platform === 'firehose',
        () => ({
          en: `Firehose only buffers and delivers; it cannot run the ${ctx.workload.engine} processing this workload needs`,
          ko: `Firehose는 버퍼링과 전달만 합니다. 이 워크로드에 필요한 ${ctx.workload.engine} 처리는 실행할 수 없습니다`,
        }),
        'platform',
      );
    },
  },
  {
    id: 'R-PLT-09',
    group: 'platform',
    title: { en: 'Too few Kinesis shards for the ingest or read rate', ko: '수집·읽기 속도에 비해 부족한 Kinesis 샤드 수' },
    severity: 'error',
    provenance: 'derived',
    rationale: {
      en: 'Each Kinesis Data Streams shard takes 1 MB/s or 1,000 records/s of writes and serves 2 MB/s of reads shared by all standard consumers (2 MB/s per consumer with enhanced fan-out). Shards needed = max(ingest MB/s ÷ 1, records/s ÷ 1,000), and enough for the reads.',
      ko: 'Kinesis Data Streams 샤드(shard) 하나는 1 MB/s 또는 1,000 records/s의 쓰기를 받고, 모든 표준 소비자(consumer)가 나눠 쓰는 2 MB/s의 읽기를 제공합니다(향상된 팬아웃(enhanced fan-out)을 쓰면 소비자마다 2 MB/s). 필요한 샤드 수 = max(수집 MB/s ÷ 1, records/s ÷ 1,000)이며, 읽기에도 충분해야 합니다.',
    },
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
        () => ({
          en: `${src.shards} shard(s) for ${demand.ingestMBPerSecond} MB/s, ${demand.recordsPerSecond} records/s and ${demand.consumers} consumer(s) reading ${perConsumer} MB/s${src.enhancedFanOut ? ' (enhanced fan-out)' : ''}; at least ${needed} needed`,
          ko: `${demand.ingestMBPerSecond} MB/s, ${demand.recordsPerSecond} records/s와 ${perConsumer} MB/s를 읽는 소비자 ${demand.consumers}개${src.enhancedFanOut ? '(향상된 팬아웃)' : ''}에 샤드 ${src.shards}개로는 부족합니다. 최소 ${needed}개가 필요합니다`,
        }),
        'kinesisSource.shards',
      );
    },
  },
  {
    id: 'R-PLT-10',
    group: 'platform',
    title: { en: 'Kinesis retention beyond 365 days', ko: '365일을 넘는 Kinesis 보존 기간' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'Kinesis Data Streams keeps records 24 hours by default and at most 8,760 hours (365 days); longer retention needs S3.',
      ko: 'Kinesis Data Streams는 레코드를 기본 24시간, 최대 8,760시간(365일) 보관합니다. 더 오래 보관하려면 S3가 필요합니다.',
    },
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
          () => ({
            en: `records must stay ${required} hours; Kinesis Data Streams keeps at most 8,760 hours`,
            ko: `레코드를 ${required}시간 보관해야 하지만, Kinesis Data Streams는 최대 8,760시간까지만 보관합니다`,
          }),
          'kinesisSource.retentionHours',
        ),
        ...hitIf(
          src.retentionHours > KDS_MAX_RETENTION_HOURS,
          () => ({
            en: `retention ${src.retentionHours} hours is above the 8,760-hour maximum`,
            ko: `보존 기간 ${src.retentionHours}시간은 최대값 8,760시간을 넘습니다`,
          }),
          'kinesisSource.retentionHours',
        ),
      ];
    },
  },
  {
    id: 'R-PLT-11',
    group: 'platform',
    title: {
      en: 'AWS Batch for a cluster framework, or EMR for plain container jobs',
      ko: '클러스터 프레임워크에 쓴 AWS Batch, 또는 단순 컨테이너 작업에 쓴 EMR',
    },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'AWS Batch schedules containerised batch jobs on EC2, Spot or Fargate; it is not a Spark/Hadoop cluster service. EMR runs managed Spark, Hive, Presto, Flink and HBase clusters — and is overkill for simple container jobs.',
      ko: 'AWS Batch는 컨테이너화된 배치 작업을 EC2, Spot 또는 Fargate에서 스케줄링하는 서비스이고, Spark/Hadoop 클러스터 서비스가 아닙니다. EMR은 관리형 Spark, Hive, Presto, Flink, HBase 클러스터를 실행하는 서비스로, 단순한 컨테이너 작업에는 과합니다.',
    },
    sources: ['S25'],
    tags: ['service/aws-batch', 'exam/distractor'],
    platforms: ALL,
    check(ctx) {
      const engine = ctx.workload.engine;
      if (ctx.cluster.platform === 'aws-batch') {
        return hitIf(
          CLUSTER_ENGINES.includes(engine),
          () => ({
            en: `a ${engine} workload on AWS Batch, which schedules containers rather than running a ${engine} cluster`,
            ko: `${engine} 워크로드를 AWS Batch에서 실행하려 하지만, AWS Batch는 ${engine} 클러스터를 실행하지 않고 컨테이너를 스케줄링할 뿐입니다`,
          }),
          'platform',
        );
      }
      return hitIf(
        EMR_PLATFORMS.includes(ctx.cluster.platform) && engine === 'container-batch',
        () => ({
          en: 'plain containerised batch jobs on EMR; AWS Batch is the service for them',
          ko: '단순한 컨테이너 배치 작업을 EMR에서 실행합니다. 이런 작업에 맞는 서비스는 AWS Batch입니다',
        }),
        'platform',
      );
    },
  },
];
