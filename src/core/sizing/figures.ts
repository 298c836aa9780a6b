/**
 * Derived figures of a configuration: vCPUs, memory and YARN memory per node set and in total,
 * the default `dfs.replication` and HDFS capacity, Spark executor sizing (EMR on EC2), and worker
 * shapes (EMR Serverless). Pure arithmetic on catalog values; unknown catalog values stay null with
 * a reason, never NaN.
 */
import type { InstanceType } from '../catalog/instance-catalog.ts';
import type { Bilingual } from './bilingual.ts';
import { instanceTypeOf, type Cluster, type Ec2Cluster, type ServerlessApplication, type ServerlessWorker } from './model.ts';
import { atLeast, parseRelease, type Release } from './release.ts';
import {
  memoryOverheadMiB,
  largestHeapMiB,
  SPARK_MEMORY_OVERHEAD_FACTOR,
  sizeSparkExecutors,
  type SparkSizing,
  type SparkSizingUnavailable,
} from './spark-sizing.ts';
import { topologyOf, totalOver, totalOverSets, type NodeSet, type Range, type Topology } from './topology.ts';

/** GB per GiB (EBS sizes are GiB; EC2 instance storage is reported in GB). */
export const GB_PER_GIB = 1.073741824;

/** Figures of one instance group or fleet. */
export interface NodeSetFigures {
  role: 'primary' | 'core' | 'task';
  kind: 'instance-group' | 'instance-fleet';
  path: string;
  /** Readable name (`core group`, `task fleet`); `labelKo` in Korean (see topology.ts). */
  label: string;
  labelKo: string;
  instanceTypes: string[];
  /** Purchasing: a group's option, or a fleet's mix. */
  market: 'on-demand' | 'spot' | 'mixed';
  instances: Range;
  vcpu: Range;
  memoryGiB: Range;
  /**
   * Sum of `yarn.nodemanager.resource.memory-mb` ([S18]), MiB; 0 for the primary (it runs no
   * NodeManager in a multi-node cluster, [S1]); null when the catalog lacks a value.
   */
  yarnMemoryMiB: Range | null;
}

/** Totals over several node sets. */
export interface CapacityFigures {
  instances: Range;
  vcpu: Range;
  memoryGiB: Range;
  /** YARN memory of the core and task nodes among them, MiB; null when unknown. */
  yarnMemoryMiB: Range | null;
}

/** HDFS figures ([S9], [S2]). Capacities in GB. */
export interface HdfsFigures {
  coreNodes: Range;
  /** EMR's default `dfs.replication` for the (smallest) core-node count: 1 below 4, 2 for 4–9, 3 from 10 ([S9]). */
  defaultReplication: number;
  /** The replication in effect: the explicit `hdfsReplication`, else the default. */
  replication: number;
  replicationSource: 'explicit' | 'default';
  /** Instance store + EBS on all core nodes, GB; null when unknown. */
  rawStorageGB: Range | null;
  /** `rawStorageGB ÷ replication` ([S2]); null when unknown. */
  capacityGB: Range | null;
  /** Why the capacity is unknown, or null. */
  unknownReason: Bilingual | null;
}

/** Where YARN application masters may run, as resolved for the release ([S1], [S31], [S7]). */
export interface ApplicationMasterPlacement {
  nodes: 'any' | 'core' | 'on-demand';
  source: 'explicit' | 'release-default';
  /** Why an explicit choice does not take effect on this release, or null; English and Korean. */
  note: Bilingual | null;
}

/** Figures of an EMR on EC2 cluster. */
export interface Ec2Figures {
  platform: 'emr-ec2';
  release: Release;
  nodeSets: NodeSetFigures[];
  /** Core + task nodes (where executors run). */
  workers: CapacityFigures;
  /** All nodes including the primary. */
  cluster: CapacityFigures;
  hdfs: HdfsFigures;
  deployMode: 'client' | 'cluster';
  applicationMasters: ApplicationMasterPlacement;
  spark: SparkSizing | SparkSizingUnavailable;
}

/** One EMR Serverless worker shape with the Spark memory that fits in it. */
export interface ServerlessWorkerFigures {
  vcpu: number;
  memoryGiB: number;
  diskGiB: number;
  /** Largest heap with Spark's 10 % / 384 MiB overhead inside the worker, MiB ([S17], [S33]). */
  maxHeapMiB: number;
  overheadMiB: number;
}

/** Figures of an EMR Serverless application. */
export interface ServerlessFigures {
  platform: 'emr-serverless';
  release: Release;
  driver: ServerlessWorkerFigures;
  executor: ServerlessWorkerFigures;
  /** vCPUs and memory held by pre-initialized capacity (billed while idle), or null. */
  initialCapacity: { vcpu: number; memoryGiB: number } | null;
  /** Executors the maximum capacity allows beside one driver, or null without a maximum. */
  maxExecutors: number | null;
}

export type Figures = Ec2Figures | ServerlessFigures;

/** EMR's default `dfs.replication` for a core-node count ([S9]). */
export function defaultDfsReplication(coreNodes: number): number {
  if (coreNodes < 4) return 1;
  if (coreNodes < 10) return 2;
  return 3;
}

/** EMR releases 5.19.0–5.x label core nodes and keep AMs there by default; 6.x turned that off ([S1], [S31]). */
export function applicationMasterPlacement(cluster: Ec2Cluster, release: Release): ApplicationMasterPlacement {
  const releaseDefault: 'any' | 'core' = release.major === 5 && atLeast(release, '5.19.0') ? 'core' : 'any';
  const chosen = cluster.applicationMasterNodes;
  if (chosen === undefined) return { nodes: releaseDefault, source: 'release-default', note: null };
  if (chosen === 'on-demand' && !atLeast(release, '7.2.0')) {
    return {
      nodes: releaseDefault,
      source: 'release-default',
      note: {
        en: `ON_DEMAND node labels need EMR 7.2.0 or later ([S7]); on ${release.label} the release default (${releaseDefault}) applies`,
        ko: `ON_DEMAND 노드 레이블에는 EMR 7.2.0 이상이 필요합니다([S7]). ${release.label}에서는 릴리스 기본값(${releaseDefault})이 적용됩니다`,
      },
    };
  }
  return { nodes: chosen, source: 'explicit', note: null };
}

function marketOf(set: NodeSet): NodeSetFigures['market'] {
  if (set.hasSpot && set.hasOnDemand) return 'mixed';
  return set.hasSpot ? 'spot' : 'on-demand';
}

function nodeSetFigures(set: NodeSet): NodeSetFigures {
  return {
    role: set.role,
    kind: set.kind,
    path: set.path,
    label: set.label,
    labelKo: set.labelKo,
    instanceTypes: set.types.map((t) => t.type.name),
    market: marketOf(set),
    instances: set.instances,
    vcpu: totalOver(set, (t) => t.type.vcpu) ?? { low: 0, high: 0 },
    memoryGiB: totalOver(set, (t) => t.type.memoryGiB) ?? { low: 0, high: 0 },
    // The primary runs the ResourceManager, not a NodeManager, so it offers no YARN memory ([S1]).
    yarnMemoryMiB: set.role === 'primary' ? { low: 0, high: 0 } : totalOver(set, (t) => t.type.yarnNodeManagerMemoryMB),
  };
}

function capacity(sets: readonly NodeSet[]): CapacityFigures {
  return {
    instances: totalOverSets(sets, () => 1) ?? { low: 0, high: 0 },
    vcpu: totalOverSets(sets, (t) => t.type.vcpu) ?? { low: 0, high: 0 },
    memoryGiB: totalOverSets(sets, (t) => t.type.memoryGiB) ?? { low: 0, high: 0 },
    yarnMemoryMiB: totalOverSets(
      sets.filter((s) => s.role !== 'primary'),
      (t) => t.type.yarnNodeManagerMemoryMB,
    ),
  };
}

/** Local storage of one core instance for HDFS, GB: instance store + EBS; null when unknown. */
function hdfsStorageGB(type: InstanceType, ebsGiB: number | undefined): number | null {
  if (type.instanceStorageGB === 0 && ebsGiB === undefined) return null;
  return type.instanceStorageGB + (ebsGiB ?? 0) * GB_PER_GIB;
}

function hdfsFigures(cluster: Ec2Cluster, topo: Topology): HdfsFigures {
  const coreNodes = totalOverSets(topo.core, () => 1) ?? { low: 0, high: 0 };
  const defaultReplication = defaultDfsReplication(coreNodes.low);
  const replication = cluster.hdfsReplication ?? defaultReplication;
  const raw = totalOverSets(topo.core, (t) => hdfsStorageGB(t.type, t.ebsGiBPerInstance));
  const unknownTypes = topo.core.flatMap((s) =>
    s.types.filter((t) => hdfsStorageGB(t.type, t.ebsGiBPerInstance) === null).map((t) => t.type.name),
  );
  return {
    coreNodes,
    defaultReplication,
    replication,
    replicationSource: cluster.hdfsReplication === undefined ? 'default' : 'explicit',
    rawStorageGB: raw,
    capacityGB: raw === null ? null : { low: raw.low / replication, high: raw.high / replication },
    unknownReason:
      raw === null
        ? {
            en: `${[...new Set(unknownTypes)].join(', ')} ${unknownTypes.length > 1 ? 'are' : 'is'} EBS-only and no EBS size is given (ebsGiBPerInstance); EMR's default EBS volume size is not in the catalog`,
            ko: `EBS 전용 유형(${[...new Set(unknownTypes)].join(', ')})인데 EBS 크기(ebsGiBPerInstance)가 주어지지 않았습니다. EMR의 기본 EBS 볼륨 크기는 카탈로그에 없습니다`,
          }
        : null,
  };
}

/** Figures of an EMR on EC2 cluster. */
export function ec2Figures(cluster: Ec2Cluster, topo: Topology = topologyOf(cluster)): Ec2Figures {
  const release = parseRelease(cluster.releaseLabel);
  const deployMode = cluster.spark.deployMode ?? 'client';
  return {
    platform: 'emr-ec2',
    release,
    nodeSets: topo.all.map(nodeSetFigures),
    workers: capacity(topo.workers),
    cluster: capacity(topo.all),
    hdfs: hdfsFigures(cluster, topo),
    deployMode,
    applicationMasters: applicationMasterPlacement(cluster, release),
    spark: sizeSparkExecutors({
      workers: topo.workers,
      primary: instanceTypeOf(cluster.instances.primary.instanceType),
      spark: cluster.spark,
      deployMode,
    }),
  };
}

function workerFigures(w: ServerlessWorker): ServerlessWorkerFigures {
  const heap = largestHeapMiB(w.memoryGiB * 1024, SPARK_MEMORY_OVERHEAD_FACTOR);
  return {
    vcpu: w.vcpu,
    memoryGiB: w.memoryGiB,
    diskGiB: w.diskGiB,
    maxHeapMiB: heap,
    overheadMiB: memoryOverheadMiB(heap, SPARK_MEMORY_OVERHEAD_FACTOR),
  };
}

/** Figures of an EMR Serverless application ([S17]). */
export function serverlessFigures(app: ServerlessApplication): ServerlessFigures {
  const init = app.initialCapacity;
  const max = app.maximumCapacity;
  let maxExecutors: number | null = null;
  if (max) {
    const byCpu = Math.floor((max.vcpu - app.driver.vcpu) / app.executor.vcpu);
    const byMem = Math.floor((max.memoryGiB - app.driver.memoryGiB) / app.executor.memoryGiB);
    maxExecutors = Math.max(0, Math.min(byCpu, byMem));
  }
  return {
    platform: 'emr-serverless',
    release: parseRelease(app.releaseLabel),
    driver: workerFigures(app.driver),
    executor: workerFigures(app.executor),
    initialCapacity: init
      ? {
          vcpu: init.drivers * app.driver.vcpu + init.executors * app.executor.vcpu,
          memoryGiB: init.drivers * app.driver.memoryGiB + init.executors * app.executor.memoryGiB,
        }
      : null,
    maxExecutors,
  };
}

/** Figures of any configuration: EMR on EC2 and EMR Serverless have figures; other platforms null. */
export function figuresOf(cluster: Cluster): Figures | null {
  if (cluster.platform === 'emr-ec2') return ec2Figures(cluster);
  if (cluster.platform === 'emr-serverless') return serverlessFigures(cluster);
  return null;
}
