/**
 * The sizing model: a workload profile and a cluster configuration, as zod schemas with their
 * inferred types. Everything the calculator, the `emr-prep size` command and the answer-key check
 * hand to {@link evaluate} is parsed with these schemas first, so bad input (an unknown instance
 * type, a count of 0, a fleet with 40 types, a Serverless worker off the grid) becomes a zod error
 * whose path names the field — never a crash or NaN later.
 *
 * Units are part of every field name: `MiB`/`GiB` for memory (binary units, as YARN and Spark
 * count), `GB` for instance-store and HDFS sizes (EC2 reports instance storage in GB), `MBPerSecond`
 * for Kinesis throughput (the Kinesis quota table's unit), `Minutes`/`Seconds`/`Hours` for time.
 *
 * What the schema accepts on purpose, so the rules (not the parser) can judge it: primary counts
 * other than 1 or 3 (R-VAL-02), several core groups (R-VAL-03, R-VAL-05), up to 100 task groups
 * (R-VAL-05 fires above 48), fleets of 6–30 types without an allocation strategy (R-VAL-04),
 * Lambda memory or timeouts above Lambda's limits (R-PLT-05). These are the mistakes exam
 * distractors make; a question must be able to describe them to rank them.
 */
import { describeZodIssue, didYouMean, formatIssuePath } from '../diagnostics/zod-issues.ts';
import { z } from 'zod';
import {
  findInstanceType,
  instanceTypesOfFamily,
  INSTANCE_CATALOG,
  smallestEmrSupportedOfFamily,
  type InstanceType,
} from '../catalog/instance-catalog.ts';
import type { Bilingual } from './bilingual.ts';
import { DEFAULT_RELEASE_LABEL, ReleaseLabelSchema } from './release.ts';
import { serverlessWorkerProblem } from './serverless-grid.ts';

// ── messages ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The Korean of the schemas' fixed messages (`.min(1, 'at least 1 instance')`), by their English.
 * zod keeps only the English of a built-in check, which the CLI and the build's diagnostics print;
 * the calculator shows the Korean ({@link koreanIssueMessage}).
 */
const KOREAN_OF_FIXED_MESSAGE = new Map<string, string>();

/** A fixed message of a built-in check: the English for zod, the Korean recorded for the calculator. */
function fixedMessage(text: Bilingual): string {
  KOREAN_OF_FIXED_MESSAGE.set(text.en, text.ko);
  return text.en;
}

/** A custom issue's message and its Korean (`params.ko`), for `ctx.addIssue` and `.refine`. */
function customMessage(text: Bilingual): { message: string; params: { ko: string } } {
  return { message: text.en, params: { ko: text.ko } };
}

// The release label's format is worded (in English only) in release.ts; its Korean is recorded here,
// under the same English. test/unit/calculator/korean-errors.test.ts fails on a fixed message of the
// schemas (this one included) that has no Korean.
fixedMessage({
  en: 'a release label like "emr-7.12.0" (emr- then major.minor.patch)',
  ko: '"emr-7.12.0"처럼 emr- 뒤에 major.minor.patch를 쓴 릴리스 레이블이어야 합니다',
});

/**
 * The Korean of a zod issue these schemas word themselves: a refinement's `params.ko`, or the
 * Korean of a fixed message. Undefined for zod's own wording (`too_small` without a message …),
 * which the calculator words from the issue's code and parameters.
 */
export function koreanIssueMessage(issue: z.ZodIssue): string | undefined {
  if (issue.code === z.ZodIssueCode.custom && typeof issue.params?.['ko'] === 'string') return issue.params['ko'] as string;
  return KOREAN_OF_FIXED_MESSAGE.get(issue.message);
}

// ── workload ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The workload profiles of the AWS scenario table ([S2]: long-running, cost-driven, data-critical,
 * application testing) plus interactive notebooks, 24×7 streaming and transient batch.
 */
export const WorkloadProfileSchema = z.enum([
  'interactive',
  'streaming-24x7',
  'long-running',
  'data-critical',
  'transient-batch',
  'cost-driven',
  'test',
]);
export type WorkloadProfile = z.infer<typeof WorkloadProfileSchema>;

/** Profiles whose cluster must keep running: losing the primary or core data is not acceptable ([S2]). */
export const PERSISTENT_PROFILES: readonly WorkloadProfile[] = ['streaming-24x7', 'long-running', 'data-critical'];

/**
 * Traits that refine a profile.
 * - `memory-bound`, `compute-bound`: the application is limited by memory (caching, spill) or CPU.
 * - `shuffle-heavy`, `skewed`: complex joins/aggregations that shuffle a lot, or known data skew.
 * - `hdfs-critical`: HDFS holds data that matters (tables, checkpoints) — losing a core node loses it.
 * - `hdfs-io-heavy`: heavy HDFS or shuffle disk I/O.
 * - `latency-sensitive`: many small concurrent jobs or micro-batches that must answer quickly.
 * - `multi-tenant`: several teams share the cluster.
 * - `cost-sensitive`: the question asks to optimise cost.
 * - `availability-first`: capacity must be obtainable quickly and kept (few interruptions).
 * - `az-failure-tolerance`: the system must survive the loss of an Availability Zone.
 * - `needs-node-access`: needs HDFS, HBase, custom daemons or node-level control.
 * - `existing-eks`: the team already runs Amazon EKS and wants Spark to share it.
 */
export const WorkloadTraitSchema = z.enum([
  'memory-bound',
  'compute-bound',
  'shuffle-heavy',
  'skewed',
  'hdfs-critical',
  'hdfs-io-heavy',
  'latency-sensitive',
  'multi-tenant',
  'cost-sensitive',
  'availability-first',
  'az-failure-tolerance',
  'needs-node-access',
  'existing-eks',
]);
export type WorkloadTrait = z.infer<typeof WorkloadTraitSchema>;

/** The processing engine the workload is written for. */
export const EngineSchema = z.enum(['spark', 'hive', 'hadoop-mapreduce', 'flink', 'presto-trino', 'hbase', 'container-batch']);
export type Engine = z.infer<typeof EngineSchema>;

/** Stream ingest figures (Kinesis Data Streams units: MB per second, records per second, hours). */
export const StreamDemandSchema = z
  .object({
    /** Write throughput into the stream, MB/s. */
    ingestMBPerSecond: z.number().min(0).max(1_000_000),
    /** Records written per second. */
    recordsPerSecond: z.number().min(0).max(1_000_000_000).default(0),
    /** Read throughput each consumer needs, MB/s (default: the ingest rate). */
    readMBPerSecondPerConsumer: z.number().min(0).max(1_000_000).optional(),
    /** Number of consumer applications reading the stream. */
    consumers: z.number().int().min(1).max(1000).default(1),
    /** How long records must stay readable, hours. */
    retentionHours: z.number().positive().max(1_000_000).optional(),
  })
  .strict();
export type StreamDemand = z.infer<typeof StreamDemandSchema>;

export const WorkloadSchema = z
  .object({
    profile: WorkloadProfileSchema,
    traits: z
      .array(WorkloadTraitSchema)
      .max(20)
      .default([])
      .transform((t) => [...new Set(t)]),
    engine: EngineSchema.default('spark'),
    /** Applications (steps, notebooks, jobs) running at the same time. */
    concurrentApplications: z.number().int().min(1).max(10_000).default(1),
    /** HDFS data the workload must keep on the cluster, GB (after replication is applied by HDFS). */
    hdfsDataGB: z.number().min(0).max(1e9).optional(),
    /** Longest single unit of work (one invocation, one task), minutes. */
    longestTaskMinutes: z.number().positive().max(1e7).optional(),
    stream: StreamDemandSchema.optional(),
  })
  .strict();
/** A workload as parsed (defaults applied). */
export type Workload = z.infer<typeof WorkloadSchema>;
/** A workload as written (defaults optional). */
export type WorkloadInput = z.input<typeof WorkloadSchema>;

// ── instance types ───────────────────────────────────────────────────────────────────────────────

const FAMILIES = [...new Set(INSTANCE_CATALOG.instances.map((i) => i.family))];

/** Why a name is not a catalog instance type, with the closest fix, in English and Korean. */
function unknownInstanceTypeMessage(name: string): Bilingual {
  const family = name.split('.')[0] ?? '';
  const sizes = instanceTypesOfFamily(family);
  if (sizes.length > 0) {
    const guess = didYouMean(
      name,
      sizes.map((s) => s.name),
    );
    const sizeList = sizes.map((s) => s.name.split('.')[1]).join(', ');
    return {
      en: `unknown instance type "${name}": the catalog has ${family} in sizes ${sizeList}${guess ? ` — did you mean "${guess}"?` : ''}`,
      ko: `알 수 없는 인스턴스 유형 "${name}": 카탈로그에 있는 ${family}의 크기는 ${sizeList}입니다${guess ? ` — 혹시 "${guess}"입니까?` : ''}`,
    };
  }
  const guess = didYouMean(
    name,
    INSTANCE_CATALOG.instances.map((i) => i.name),
  );
  return {
    en: `unknown instance type "${name}": not in the instance catalog (families ${FAMILIES.join(', ')}); ${guess ? `did you mean "${guess}"?` : 'write family.size, e.g. "m5.xlarge"'}`,
    ko: `알 수 없는 인스턴스 유형 "${name}": 인스턴스 카탈로그에 없습니다(인스턴스 패밀리 ${FAMILIES.join(', ')}). ${guess ? `혹시 "${guess}"입니까?` : 'family.size 형식으로 쓰세요(예: "m5.xlarge")'}`,
  };
}

/**
 * An EC2 instance type name that the instance catalog knows (case-insensitive, trimmed,
 * stored lowercase). Types the catalog knows but EMR does not offer (`m5.large`) are accepted
 * here and judged by rule R-VAL-01; names the catalog does not know are a parse error.
 */
export const InstanceTypeNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((name, ctx) => {
    if (!findInstanceType(name)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...customMessage(unknownInstanceTypeMessage(name)) });
  });

/** The catalog entry of a name the schema accepted. Throws if the name is not in the catalog. */
export function instanceTypeOf(name: string): InstanceType {
  const t = findInstanceType(name);
  if (!t) throw new Error(unknownInstanceTypeMessage(name).en);
  return t;
}

/** The smallest EMR-supported size of the family of `name`, for fix hints (e.g. m5.large → m5.xlarge). */
export function supportedAlternative(name: string): string | undefined {
  return smallestEmrSupportedOfFamily(name.split('.')[0] ?? '')?.name;
}

// ── EMR on EC2 ───────────────────────────────────────────────────────────────────────────────────

/** Purchasing option of an instance group ([S3]). */
export const MarketSchema = z.enum(['on-demand', 'spot']);
export type Market = z.infer<typeof MarketSchema>;

/** Largest instance count one group may ask for in this model (a sanity bound, not an AWS limit). */
export const MAX_INSTANCES_PER_GROUP = 5000;

/** A uniform instance group: one instance type, one purchasing option, a count ([S4]). */
export const InstanceGroupSchema = z
  .object({
    instanceType: InstanceTypeNameSchema,
    count: z
      .number({
        invalid_type_error: fixedMessage({ en: 'a whole number of instances (1 or more)', ko: '인스턴스 개수는 1 이상의 정수여야 합니다' }),
      })
      .int(fixedMessage({ en: 'a whole number of instances', ko: '인스턴스 개수는 정수여야 합니다' }))
      .min(1, fixedMessage({ en: 'at least 1 instance', ko: '인스턴스가 1개 이상이어야 합니다' }))
      .max(
        MAX_INSTANCES_PER_GROUP,
        fixedMessage({
          en: `at most ${MAX_INSTANCES_PER_GROUP} instances per group`,
          ko: `그룹 하나의 인스턴스는 최대 ${MAX_INSTANCES_PER_GROUP}개입니다`,
        }),
      ),
    market: MarketSchema.default('on-demand'),
    /** Explicit maximum Spot price in USD per hour (`BidPrice`); unset = the On-Demand price ([S6]). */
    maxSpotPriceUSD: z.number().positive().max(10_000).optional(),
    /** EBS storage attached to each instance, GiB (HDFS capacity counts it on core nodes). */
    ebsGiBPerInstance: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();
export type InstanceGroup = z.infer<typeof InstanceGroupSchema>;

/** Spot allocation strategies of instance fleets ([S5], [S6]). */
export const SpotAllocationStrategySchema = z.enum([
  'capacity-optimized',
  'price-capacity-optimized',
  'lowest-price',
  'diversified',
  'capacity-optimized-prioritized',
]);
/** On-Demand allocation strategies of instance fleets ([S6]). */
export const OnDemandAllocationStrategySchema = z.enum(['lowest-price', 'prioritized']);

/** Instance types per fleet with an allocation strategy, created through the CLI/API ([S5]). */
export const MAX_FLEET_INSTANCE_TYPES = 30;
/** Instance types per fleet without an allocation strategy ([S5]). */
export const MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY = 5;

/** One instance type of a fleet. */
export const FleetInstanceTypeSchema = z
  .object({
    instanceType: InstanceTypeNameSchema,
    /** Capacity units one instance of this type counts for; default: its vCPUs (the fleet's weighting). */
    weightedCapacity: z.number().int().min(1).max(10_000).optional(),
    /** Maximum Spot price as % of the On-Demand price; unset = 100 % ([S6]). */
    bidPriceAsPercentageOfOnDemandPrice: z.number().min(1).max(1000).optional(),
    /** EBS storage attached to each instance, GiB. */
    ebsGiBPerInstance: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();
export type FleetInstanceType = z.infer<typeof FleetInstanceTypeSchema>;

/** An instance fleet for core or task capacity ([S5]). Target capacities are in capacity units. */
export const InstanceFleetSchema = z
  .object({
    instanceTypes: z
      .array(FleetInstanceTypeSchema)
      .min(1, fixedMessage({ en: 'a fleet lists at least one instance type', ko: '플릿에는 인스턴스 유형이 하나 이상 있어야 합니다' }))
      .max(
        MAX_FLEET_INSTANCE_TYPES,
        fixedMessage({
          en: `a fleet lists at most ${MAX_FLEET_INSTANCE_TYPES} instance types, and at most ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY} without an allocation strategy (R-VAL-04)`,
          ko: `플릿에는 인스턴스 유형을 최대 ${MAX_FLEET_INSTANCE_TYPES}개, 할당 전략이 없으면 최대 ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY}개까지 넣을 수 있습니다 (R-VAL-04)`,
        }),
      ),
    targetOnDemandCapacity: z.number().int().min(0).max(1_000_000).default(0),
    targetSpotCapacity: z.number().int().min(0).max(1_000_000).default(0),
    /**
     * What a unit is when `weightedCapacity` is not given: `vcpu` (an instance counts its vCPUs, as the
     * EMR console proposes) or `instance` (each instance counts 1, the API default).
     */
    weighting: z.enum(['vcpu', 'instance']).default('vcpu'),
    spotAllocationStrategy: SpotAllocationStrategySchema.optional(),
    onDemandAllocationStrategy: OnDemandAllocationStrategySchema.optional(),
    /** Spot provisioning timeout and what happens then ([S5]). */
    spotTimeout: z
      .object({
        minutes: z.number().int().min(5).max(1440),
        action: z.enum(['switch-to-on-demand', 'terminate-cluster']),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.targetOnDemandCapacity + f.targetSpotCapacity === 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['targetOnDemandCapacity'],
        ...customMessage({
          en: 'a fleet needs a target capacity: targetOnDemandCapacity + targetSpotCapacity must be at least 1',
          ko: '플릿에는 목표 용량이 필요합니다: targetOnDemandCapacity + targetSpotCapacity가 1 이상이어야 합니다',
        }),
      });
    }
    const seen = new Set<string>();
    f.instanceTypes.forEach((t, i) => {
      if (seen.has(t.instanceType)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['instanceTypes', i, 'instanceType'],
          ...customMessage({
            en: `${t.instanceType} is listed twice in the fleet`,
            ko: `플릿에 같은 인스턴스 유형이 두 번 있습니다: ${t.instanceType}`,
          }),
        });
      }
      seen.add(t.instanceType);
    });
  });
export type InstanceFleet = z.infer<typeof InstanceFleetSchema>;

/** Uniform instance groups: a primary group, core group(s) and task groups ([S4]). */
export const InstanceGroupsLayoutSchema = z
  .object({
    mode: z.literal('instance-groups'),
    /** The primary group: count 1, or 3 for high availability (R-VAL-02 judges other counts). */
    primary: InstanceGroupSchema,
    /** The core group; a list describes several core groups (invalid: R-VAL-03/R-VAL-05). */
    core: z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(InstanceGroupSchema).min(1).max(10)),
    /** Task groups (0–48 allowed by EMR; more is R-VAL-05). */
    task: z
      .array(InstanceGroupSchema)
      .max(
        100,
        fixedMessage({
          en: 'at most 100 task groups can be described (EMR allows 48)',
          ko: '태스크 그룹은 최대 100개까지 적을 수 있습니다 (EMR이 허용하는 것은 48개)',
        }),
      )
      .default([]),
  })
  .strict();

/** Instance fleets: one fleet per node type ([S5]). The primary fleet has one type here. */
export const InstanceFleetsLayoutSchema = z
  .object({
    mode: z.literal('instance-fleets'),
    primary: InstanceGroupSchema,
    core: InstanceFleetSchema,
    task: InstanceFleetSchema.optional(),
  })
  .strict();

/** Uniform instance groups or instance fleets — one choice for the cluster's whole life ([S4]). */
export const InstancesSchema = z.discriminatedUnion('mode', [InstanceGroupsLayoutSchema, InstanceFleetsLayoutSchema]);
export type Instances = z.infer<typeof InstancesSchema>;
export type InstanceGroupsLayout = z.infer<typeof InstanceGroupsLayoutSchema>;
export type InstanceFleetsLayout = z.infer<typeof InstanceFleetsLayoutSchema>;

/** EMR application names as `--applications Name=…` takes them (matched case-insensitively). */
export const EMR_APPLICATIONS = [
  'Hadoop',
  'Spark',
  'Hive',
  'HBase',
  'Hue',
  'JupyterHub',
  'JupyterEnterpriseGateway',
  'Livy',
  'Zeppelin',
  'Presto',
  'Trino',
  'Flink',
  'Oozie',
  'Pig',
  'Tez',
  'Sqoop',
  'ZooKeeper',
  'HCatalog',
  'Phoenix',
  'Ganglia',
  'TensorFlow',
  'MXNet',
  'Hudi',
  'Iceberg',
  'Delta',
] as const;
export type EmrApplication = (typeof EMR_APPLICATIONS)[number];

const APPLICATION_BY_LOWER = new Map(EMR_APPLICATIONS.map((a) => [a.toLowerCase(), a]));

/** One application name, normalised to EMR's spelling (`spark` → `Spark`). */
export const ApplicationSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const app = APPLICATION_BY_LOWER.get(s.toLowerCase());
    if (!app) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        ...customMessage({
          en: `unknown EMR application "${s}" (known: ${EMR_APPLICATIONS.join(', ')})`,
          ko: `알 수 없는 EMR 애플리케이션입니다: "${s}" (쓸 수 있는 애플리케이션: ${EMR_APPLICATIONS.join(', ')})`,
        }),
      });
      return z.NEVER;
    }
    return app;
  });

/** Who submits the Spark application (decides where the driver may run, [S12], [S13], [S14]). */
export const SubmitterSchema = z.enum(['step', 'spark-submit', 'shell', 'spark-sql-shell', 'thrift-server', 'livy', 'notebook-kernel']);
export type Submitter = z.infer<typeof SubmitterSchema>;

/** Spark settings of a configuration. Unset values take EMR's defaults or the derived sizing. */
export const SparkSettingsSchema = z
  .object({
    /** `--deploy-mode`; unset = client, spark-submit's default ([S13]). */
    deployMode: z.enum(['client', 'cluster']).optional(),
    submitter: SubmitterSchema.default('step'),
    /** EMR's `spark` classification `maximizeResourceAllocation` ([S11]). */
    maximizeResourceAllocation: z.boolean().default(false),
    /** `spark.dynamicAllocation.enabled`; unset = true (EMR default since 4.4.0, [S11]). */
    dynamicAllocation: z.boolean().optional(),
    executorCores: z.number().int().min(1).max(256).optional(),
    /** `spark.executor.memory`, MiB. */
    executorMemoryMiB: z.number().int().min(1).max(4_194_304).optional(),
    /** `spark.executor.memoryOverhead`, MiB. */
    executorMemoryOverheadMiB: z.number().int().min(0).max(4_194_304).optional(),
    /** Overhead factor; unset = 0.1875 on EMR on EC2 ([S15-perf]), 0.10 elsewhere ([S33]). */
    memoryOverheadFactor: z.number().gt(0).lt(1).optional(),
    /** `spark.driver.memory`, MiB; unset = 2048 (EMR default, [S15-perf]). */
    driverMemoryMiB: z.number().int().min(1).max(4_194_304).optional(),
    driverCores: z.number().int().min(1).max(256).optional(),
    /** `spark.executor.instances`. */
    executorInstances: z.number().int().min(0).max(1_000_000).optional(),
    /** `spark.default.parallelism`. */
    defaultParallelism: z.number().int().min(1).max(10_000_000).optional(),
  })
  .strict();
export type SparkSettings = z.infer<typeof SparkSettingsSchema>;

/** EMR managed scaling limits ([S7]); units are instances, vCPUs or fleet units. */
export const ManagedScalingSchema = z
  .object({
    unitType: z.enum(['instances', 'vcpu', 'instance-fleet-units']).optional(),
    minimumCapacityUnits: z.number().int().min(1).max(1_000_000),
    maximumCapacityUnits: z.number().int().min(1).max(1_000_000),
    maximumOnDemandCapacityUnits: z.number().int().min(0).max(1_000_000).optional(),
    maximumCoreCapacityUnits: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict()
  .refine((m) => m.minimumCapacityUnits <= m.maximumCapacityUnits, {
    ...customMessage({
      en: 'minimumCapacityUnits must not exceed maximumCapacityUnits',
      ko: 'minimumCapacityUnits는 maximumCapacityUnits보다 클 수 없습니다',
    }),
    path: ['minimumCapacityUnits'],
  });
export type ManagedScaling = z.infer<typeof ManagedScalingSchema>;

/** A Kinesis Data Streams source the option reads from ([S21]). */
export const KinesisSourceSchema = z
  .object({
    shards: z.number().int().min(1).max(100_000),
    enhancedFanOut: z.boolean().default(false),
    /** Retention configured on the stream, hours (24 default, up to 8,760). */
    retentionHours: z.number().int().min(1).max(1_000_000).default(24),
  })
  .strict();
export type KinesisSource = z.infer<typeof KinesisSourceSchema>;

/** A cluster name: free text for the console; no control characters (it ends up in a shell command). */
export const ClusterNameSchema = z
  .string()
  .max(256, fixedMessage({ en: 'at most 256 characters', ko: '최대 256자까지 쓸 수 있습니다' }))
  .refine(
    // eslint-disable-next-line no-control-regex
    (s) => !/[\u0000-\u001f\u007f]/.test(s),
    customMessage({
      en: 'a cluster name must not contain control characters (newlines, tabs …)',
      ko: '클러스터 이름에 제어 문자(줄바꿈, 탭 등)를 넣을 수 없습니다',
    }),
  );

const commonFields = {
  /** Display and `--name` of the configuration. */
  name: ClusterNameSchema.optional(),
  kinesisSource: KinesisSourceSchema.optional(),
  /** An exact Spot saving the option claims, % (R-CST-03 notes that AWS says "up to 90 %"). */
  spotSavingsClaimPercent: z.number().min(0).max(100).optional(),
};

/** An EMR on EC2 cluster. */
export const Ec2ClusterSchema = z
  .object({
    platform: z.literal('emr-ec2'),
    ...commonFields,
    releaseLabel: ReleaseLabelSchema.default(DEFAULT_RELEASE_LABEL),
    applications: z
      .array(ApplicationSchema)
      .min(1)
      .max(30)
      .default(['Hadoop', 'Spark'])
      .transform((a) => [...new Set(a)]),
    instances: InstancesSchema,
    spark: SparkSettingsSchema.default({}),
    /**
     * Where YARN places application masters (YARN node labels): `core` (label CORE), `on-demand`
     * (EMR 7.2+), or `any`. Unset = EMR's default for the release: `core` on 5.19.0–5.x, `any` on
     * 6.x and later ([S1], [S31], [S7]).
     */
    applicationMasterNodes: z.enum(['any', 'core', 'on-demand']).optional(),
    /** `dfs.replication`; unset = EMR's default by core-node count ([S9]). */
    hdfsReplication: z.number().int().min(1).max(10).optional(),
    managedScaling: ManagedScalingSchema.optional(),
    /** Custom automatic-scaling policies (instance groups only, [S2]). */
    automaticScaling: z.boolean().default(false),
    /** Step auto-termination and idle auto-termination ([S28]). */
    autoTermination: z
      .object({
        afterLastStep: z.boolean().default(false),
        idleTimeoutMinutes: z.number().int().min(1).max(10_080).optional(),
      })
      .strict()
      .default({}),
    /** Hive/Hue/Oozie use an external metastore or database (Glue Data Catalog, RDS) ([S8]). */
    externalMetastore: z.boolean().default(false),
    /** Where the persistent (source-of-truth) data lives ([S10]). */
    persistentDataStore: z.enum(['s3', 'hdfs']).default('s3'),
    /** The option relies on EMRFS consistent view ([S10]: no longer needed). */
    emrfsConsistentView: z.boolean().default(false),
    /** Reserved Instances / Savings Plans cover the always-on On-Demand baseline ([S15-cost]). */
    reservedCapacity: z.boolean().default(false),
  })
  .strict();
export type Ec2Cluster = z.infer<typeof Ec2ClusterSchema>;

/** An EMR Serverless worker: vCPUs, memory GiB, disk GiB (grid checked: [S17], R-PLT-02). */
export const ServerlessWorkerSchema = z
  .object({
    vcpu: z.number().positive(),
    memoryGiB: z.number().positive(),
    diskGiB: z.number().positive().default(20),
  })
  .strict()
  .superRefine((w, ctx) => {
    const p = serverlessWorkerProblem(w);
    if (p)
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [p.field],
        ...customMessage({ en: `${p.message.en} (R-PLT-02)`, ko: `${p.message.ko} (R-PLT-02)` }),
      });
  });
export type ServerlessWorker = z.infer<typeof ServerlessWorkerSchema>;

/**
 * Worker size used when a Serverless configuration names none: 4 vCPU, 16 GiB, 20 GiB disk. A
 * placeholder of this calculator on the grid of [S17] — not AWS's default (that is unverified).
 */
export const DEFAULT_SERVERLESS_WORKER = { vcpu: 4, memoryGiB: 16, diskGiB: 20 } as const;

/** An EMR Serverless application ([S17]). */
export const ServerlessApplicationSchema = z
  .object({
    platform: z.literal('emr-serverless'),
    ...commonFields,
    releaseLabel: ReleaseLabelSchema.default(DEFAULT_RELEASE_LABEL),
    applicationType: z.enum(['spark', 'hive']).default('spark'),
    driver: ServerlessWorkerSchema.default(DEFAULT_SERVERLESS_WORKER),
    executor: ServerlessWorkerSchema.default(DEFAULT_SERVERLESS_WORKER),
    /** Pre-initialized capacity (`initialCapacity`): warm drivers and executors, billed while idle. */
    initialCapacity: z
      .object({ drivers: z.number().int().min(0).max(10_000), executors: z.number().int().min(0).max(100_000) })
      .strict()
      .optional(),
    /** Maximum capacity of the application. */
    maximumCapacity: z
      .object({
        vcpu: z.number().positive().max(1e6),
        memoryGiB: z.number().positive().max(1e7),
        diskGiB: z.number().positive().max(1e8).optional(),
      })
      .strict()
      .optional(),
    /** Auto-stop after this many idle minutes; null = auto-stop off. Default 15 ([S17]). */
    autoStopIdleMinutes: z.number().int().min(1).max(10_080).nullable().default(15),
    spark: SparkSettingsSchema.default({}),
  })
  .strict();
export type ServerlessApplication = z.infer<typeof ServerlessApplicationSchema>;

/** An EMR on EKS virtual cluster running the job ([S35]). */
export const EksVirtualClusterSchema = z
  .object({
    platform: z.literal('emr-eks'),
    ...commonFields,
    releaseLabel: ReleaseLabelSchema.default(DEFAULT_RELEASE_LABEL),
    spark: SparkSettingsSchema.default({}),
  })
  .strict();
export type EksVirtualCluster = z.infer<typeof EksVirtualClusterSchema>;

/** AWS Lambda as the processing service ([S20]); limits are judged by R-PLT-05, not the parser. */
export const LambdaOptionSchema = z
  .object({
    platform: z.literal('lambda'),
    ...commonFields,
    memoryMiB: z.number().int().min(1).max(1_048_576).default(128),
    timeoutSeconds: z.number().int().min(1).max(1_000_000).default(3),
  })
  .strict();

/** Amazon Managed Service for Apache Flink (formerly Kinesis Data Analytics for Apache Flink) ([S23]). */
export const ManagedFlinkOptionSchema = z.object({ platform: z.literal('managed-flink'), ...commonFields }).strict();

/** A new Kinesis Data Analytics for SQL application ([S23]: discontinued). */
export const KinesisAnalyticsSqlOptionSchema = z.object({ platform: z.literal('kinesis-analytics-sql'), ...commonFields }).strict();

/** Amazon Data Firehose as the processing service ([S22]). */
export const FirehoseOptionSchema = z
  .object({
    platform: z.literal('firehose'),
    ...commonFields,
    bufferSizeMiB: z.number().min(1).max(128).optional(),
    bufferIntervalSeconds: z.number().int().min(0).max(900).optional(),
  })
  .strict();

/** AWS Batch as the processing service ([S25]). */
export const AwsBatchOptionSchema = z
  .object({
    platform: z.literal('aws-batch'),
    ...commonFields,
    computeEnvironment: z.enum(['EC2', 'SPOT', 'FARGATE', 'FARGATE_SPOT']).default('EC2'),
  })
  .strict();

/**
 * A configuration to evaluate: an EMR deployment (on EC2, Serverless, on EKS) or one of the
 * neighbouring services exam options propose instead (Lambda, Managed Service for Apache Flink,
 * Kinesis Data Analytics for SQL, Firehose, AWS Batch).
 */
export const ClusterSchema = z.discriminatedUnion('platform', [
  Ec2ClusterSchema,
  ServerlessApplicationSchema,
  EksVirtualClusterSchema,
  LambdaOptionSchema,
  ManagedFlinkOptionSchema,
  KinesisAnalyticsSqlOptionSchema,
  FirehoseOptionSchema,
  AwsBatchOptionSchema,
]);
/** A configuration as parsed (defaults applied). */
export type Cluster = z.infer<typeof ClusterSchema>;
/** A configuration as written (defaults optional) — the shape of `--file cluster.json`. */
export type ClusterInput = z.input<typeof ClusterSchema>;
export type Platform = Cluster['platform'];
export type LambdaOption = z.infer<typeof LambdaOptionSchema>;
export type AwsBatchOption = z.infer<typeof AwsBatchOptionSchema>;

/** The EMR platforms (the rest are neighbouring services). */
export const EMR_PLATFORMS: readonly Platform[] = ['emr-ec2', 'emr-serverless', 'emr-eks'];

/** One problem found while parsing: the path of the field and what is wrong with it. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `instances.core.0.count`. */
  path: string;
  message: string;
}

/** Result of {@link parseCluster} / {@link parseWorkload}. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/**
 * Flattens a zod error into one problem per issue, with the dotted field path and the message of
 * the one zod formatter (diagnostics/zod-issues.ts: what was expected, what was found, "did you
 * mean" for a value from a list). `input` is the validated value, so messages can quote it.
 */
export function fieldProblems(error: z.ZodError, input?: unknown): FieldProblem[] {
  return error.issues.map((i) => {
    const where = formatIssuePath(i.path);
    const full = describeZodIssue(i, input).message;
    const message = full.startsWith(`${where}: `)
      ? full.slice(where.length + 2)
      : full.startsWith(`${where} `)
        ? full.slice(where.length + 1)
        : full;
    return { path: i.path.join('.') || '(root)', message };
  });
}

/** Parses a configuration; never throws — problems name the field (`instances.core.count: at least 1 instance`). */
export function parseCluster(input: unknown): ParseResult<Cluster> {
  const r = ClusterSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: fieldProblems(r.error, input) };
}

/** Parses a workload; never throws. */
export function parseWorkload(input: unknown): ParseResult<Workload> {
  const r = WorkloadSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: fieldProblems(r.error, input) };
}
