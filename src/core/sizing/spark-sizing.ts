/**
 * Spark executor sizing for EMR on EC2 that never asks YARN for more memory than a node offers.
 *
 * Method (derived from the sources; every step names its source):
 * 1. Cores per executor `c` = `spark.executor.cores` when set, else 4 — the AWS best-practices guide
 *    starts at 4–5 cores per executor ([S15-perf]); 4 divides the vCPU count of every catalog type
 *    with 4 or more vCPUs, so no vCPU is left idle. Nodes with fewer vCPUs get `c = vCPUs`.
 * 2. Planned executors per node `n = max(1, ⌊vCPUs ÷ c⌋)`. vCPUs stand in for YARN vcores (the EMR
 *    console's vCPU column shows YARN vcores, [S5]).
 * 3. Container budget per executor on a node = `min(⌊yarn.nodemanager.resource.memory-mb ÷ n⌋,
 *    yarn.scheduler.maximum-allocation-mb)`, rounded down to a multiple of
 *    `yarn.scheduler.minimum-allocation-mb` (YARN rounds every request up to that multiple). The
 *    YARN values are the catalog's EMR defaults ([S18]); the AWS best-practices guide computes the
 *    container the same way (NodeManager memory ÷ executors per node, [S15-perf]).
 * 4. One executor size for the whole cluster, from the worker type with the smallest budget — EMR
 *    sizes executors from the smallest node resources ([S15-perf]).
 * 5. Executor heap `spark.executor.memory` = the largest whole MiB `h` with
 *    `h + max(384, ⌊factor × h⌋) ≤ budget`; the overhead `spark.executor.memoryOverhead` =
 *    `max(384, ⌊factor × h⌋)` MiB — Spark's formula ([S33]) with EMR's default factor 0.1875
 *    ([S15-perf]) unless `memoryOverheadFactor` is set.
 * 6. Executors per node actually placed = `min(n, ⌊YARN memory ÷ container⌋)`, 0 when the container
 *    exceeds `yarn.scheduler.maximum-allocation-mb` — this is where explicit settings that do not fit
 *    show up (rule R-SPK-01).
 * 7. Driver: `spark.driver.memory` when set, else EMR's default 2048 MiB ([S15-perf]); with
 *    maximizeResourceAllocation EMR computes it at launch ([S11]) and the figure is null. In cluster
 *    deploy mode the driver runs in the YARN application master container on a core/task node and
 *    displaces `⌈driver container ÷ executor container⌉` executors (the blog subtracts one executor
 *    for the driver, [S16]); in client mode it runs on the submitting host — the primary node for EMR
 *    steps, Livy and shells on the primary ([S12]).
 * 8. `spark.default.parallelism` = set value, else 2 × total executor cores ([S16]; EMR writes
 *    2 × YARN cores with maximizeResourceAllocation, [S11]).
 *
 * Catalog values may be null (m7g/r7g and two c5d sizes have no YARN defaults, fact sheet §14):
 * such types are listed in `unknownTypes`, get `executorsPerNode: null`, and totals cover the
 * known types only (`incomplete: true`).
 */
import { formatNumber } from '../text/numbers.ts';
import type { InstanceType } from '../catalog/instance-catalog.ts';
import type { Bilingual } from './bilingual.ts';
import type { SparkSettings } from './model.ts';
import { addRanges, totalOver, type NodeSet, type Range } from './topology.ts';

/** EMR's default `spark.yarn.executor.memoryOverheadFactor` ([S15-perf]). */
export const EMR_MEMORY_OVERHEAD_FACTOR = 0.1875;
/** Open-source Spark's default overhead factor ([S33]). */
export const SPARK_MEMORY_OVERHEAD_FACTOR = 0.1;
/** Spark's minimum memory overhead, MiB ([S33]). */
export const MEMORY_OVERHEAD_MINIMUM_MIB = 384;
/** Default cores per executor of this calculator (AWS best-practices guide: 4–5, [S15-perf]). */
export const DEFAULT_EXECUTOR_CORES = 4;
/** EMR's default `spark.driver.memory` without maximizeResourceAllocation, MiB ([S15-perf]). */
export const EMR_DEFAULT_DRIVER_MEMORY_MIB = 2048;
/** Spark's default `spark.driver.cores` ([S33]). */
export const SPARK_DEFAULT_DRIVER_CORES = 1;

/** How the executors of one worker instance type are placed. */
export interface ExecutorPlacement {
  instanceType: string;
  role: 'core' | 'task';
  /** Path of the node set (`instances.task.0`). */
  path: string;
  vcpu: number;
  /** `yarn.nodemanager.resource.memory-mb`, MiB; null when the catalog has no value. */
  yarnMemoryMiB: number | null;
  /** `yarn.scheduler.maximum-allocation-mb`, MiB; null when unknown. */
  maxAllocationMiB: number | null;
  /** Executors the cores allow per node: `max(1, ⌊vCPUs ÷ cores⌋)`. */
  plannedExecutorsPerNode: number;
  /** Executors YARN can place per node (≤ planned); null when the catalog has no YARN memory. */
  executorsPerNode: number | null;
  /** YARN memory the executors take on one node, MiB. */
  usedMiB: number | null;
  /** YARN memory left on one node, MiB. */
  freeMiB: number | null;
}

/** Something in the Spark settings YARN cannot satisfy (feeds rule R-SPK-01). */
export interface SizingProblem {
  kind:
    | 'container-above-maximum-allocation'
    | 'fewer-executors-fit'
    | 'driver-above-primary-memory'
    | 'driver-above-maximum-allocation'
    | 'executor-too-small';
  instanceType: string;
  /** What YARN cannot satisfy, English and Korean. */
  message: Bilingual;
}

/** Derived Spark figures for a cluster. Memory in MiB. */
export interface SparkSizing {
  /** `derived` (this module computed the size), `explicit` (settings given), `maximize-resource-allocation`. */
  method: 'derived' | 'explicit' | 'maximize-resource-allocation';
  /** Worker instance type the executor size was derived from (smallest budget). */
  sizedFor: string;
  overheadFactor: number;
  executorCores: number;
  executorMemoryMiB: number;
  executorMemoryOverheadMiB: number;
  /** YARN container per executor: heap + overhead rounded up to the minimum allocation, MiB. */
  executorContainerMiB: number;
  placements: ExecutorPlacement[];
  /** Worker types whose YARN memory the catalog does not know. */
  unknownTypes: string[];
  /** True when totals leave out node sets of unknown types. */
  incomplete: boolean;
  /** Executors across all worker nodes, after the driver's share in cluster mode. */
  totalExecutors: Range;
  totalExecutorCores: Range;
  driver: {
    /** `spark.driver.memory`, MiB; null when EMR computes it (maximizeResourceAllocation). */
    memoryMiB: number | null;
    memoryOverheadMiB: number | null;
    cores: number;
    /** Where the driver runs: the primary node (client mode) or a YARN container (cluster mode). */
    runsOn: 'primary-node' | 'yarn-container';
    /** Executors displaced by the driver container (cluster mode). */
    displacedExecutors: number;
  };
  defaultParallelism: Range;
  problems: SizingProblem[];
}

/** Why sizing is impossible (no worker type with known YARN memory). */
export interface SparkSizingUnavailable {
  unavailable: true;
  /** Why, English and Korean. */
  reason: Bilingual;
  unknownTypes: string[];
}

/** Rounds `x` up to a multiple of `m` (m ≥ 1). */
function roundUp(x: number, m: number): number {
  return Math.ceil(x / m) * m;
}

/** Spark's memory overhead for a heap, MiB: `max(384, ⌊factor × heap⌋)` ([S33]). */
export function memoryOverheadMiB(heapMiB: number, factor: number): number {
  return Math.max(MEMORY_OVERHEAD_MINIMUM_MIB, Math.floor(factor * heapMiB));
}

/**
 * The largest heap (whole MiB) whose heap + overhead fits in `budgetMiB`; 0 when even a 1 MiB heap
 * does not fit. Binary search over a monotone function, so it is exact.
 */
export function largestHeapMiB(budgetMiB: number, factor: number): number {
  let lo = 0;
  let hi = Math.max(0, Math.floor(budgetMiB));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (mid + memoryOverheadMiB(mid, factor) <= budgetMiB) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Inputs of {@link sizeSparkExecutors}. */
export interface SparkSizingInput {
  /** Core and task node sets (instance groups or fleets). */
  workers: readonly NodeSet[];
  /** The primary node's instance type (client-mode driver host). */
  primary: InstanceType;
  spark: SparkSettings;
  deployMode: 'client' | 'cluster';
}

interface TypeBudget {
  set: NodeSet;
  type: InstanceType;
  planned: number;
  budget: number;
  minAlloc: number;
}

/** What {@link executorMemory} sizes from. */
interface MemoryContext {
  known: Array<{ set: NodeSet; type: InstanceType }>;
  spark: SparkSettings;
  factor: number;
  maximize: boolean;
  /** Executors planned per node of a type. */
  planned: (t: InstanceType) => number;
}

/**
 * Executor heap, overhead and container (MiB): as set, or the largest that fits the worker type
 * with the smallest per-executor YARN budget (`sizedFor`). A budget too small for any heap is a problem.
 */
function executorMemory(
  ctx: MemoryContext,
  problems: SizingProblem[],
): { method: SparkSizing['method']; heap: number; overhead: number; container: number; sizedFor: InstanceType } {
  const { known, spark, factor, maximize, planned } = ctx;
  let sizedFor: InstanceType;
  let heap: number;
  let overhead: number;
  let container: number;
  let method: SparkSizing['method'];
  if (spark.executorMemoryMiB !== undefined) {
    method = 'explicit';
    heap = spark.executorMemoryMiB;
    overhead = spark.executorMemoryOverheadMiB ?? memoryOverheadMiB(heap, factor);
    sizedFor = known.reduce((a, b) =>
      (b.type.yarnNodeManagerMemoryMB as number) < (a.type.yarnNodeManagerMemoryMB as number) ? b : a,
    ).type;
    container = roundUp(heap + overhead, sizedFor.yarnSchedulerMinimumAllocationMB ?? 1);
  } else {
    method = maximize ? 'maximize-resource-allocation' : 'derived';
    const budgets: TypeBudget[] = known.map(({ set, type }) => {
      const n = planned(type);
      const minAlloc = type.yarnSchedulerMinimumAllocationMB ?? 1;
      const raw = Math.min(Math.floor((type.yarnNodeManagerMemoryMB as number) / n), type.yarnSchedulerMaximumAllocationMB as number);
      return { set, type, planned: n, budget: Math.floor(raw / minAlloc) * minAlloc, minAlloc };
    });
    const smallest = budgets.reduce((a, b) => (b.budget < a.budget ? b : a));
    sizedFor = smallest.type;
    if (spark.executorMemoryOverheadMiB !== undefined) {
      overhead = spark.executorMemoryOverheadMiB;
      heap = Math.max(0, smallest.budget - overhead);
    } else {
      heap = largestHeapMiB(smallest.budget, factor);
      overhead = memoryOverheadMiB(heap, factor);
    }
    container = roundUp(heap + overhead, smallest.minAlloc);
    if (heap < 1) {
      problems.push({
        kind: 'executor-too-small',
        instanceType: smallest.type.name,
        message: {
          en: `${smallest.type.name} offers ${smallest.budget} MiB per executor, not enough for a heap plus the ${MEMORY_OVERHEAD_MINIMUM_MIB} MiB minimum overhead`,
          ko: `${smallest.type.name}에서 익스큐터당 쓸 수 있는 메모리는 ${smallest.budget} MiB로, 힙에 최소 오버헤드 ${MEMORY_OVERHEAD_MINIMUM_MIB} MiB를 더하기에는 부족합니다`,
        },
      });
    }
  }
  return { method, heap, overhead, container, sizedFor };
}

/**
 * Executors per node of each worker type: as planned, fewer when YARN's memory holds fewer
 * containers, none when the container exceeds the maximum allocation (each a problem). `perType`
 * is keyed by `<set path>|<type name>` (null: the type's YARN values are unknown).
 */
function placeExecutors(
  workers: readonly NodeSet[],
  size: { planned: (t: InstanceType) => number; heap: number; overhead: number; container: number },
  problems: SizingProblem[],
): { placements: ExecutorPlacement[]; perType: Map<string, number | null> } {
  const { planned, heap, overhead, container } = size;
  const placements: ExecutorPlacement[] = [];
  const perType = new Map<string, number | null>();
  for (const set of workers) {
    for (const t of set.types) {
      const type = t.type;
      const yarn = type.yarnNodeManagerMemoryMB;
      const maxAlloc = type.yarnSchedulerMaximumAllocationMB;
      const n = planned(type);
      let placed: number | null = null;
      if (yarn !== null && maxAlloc !== null) {
        const c = roundUp(heap + overhead, type.yarnSchedulerMinimumAllocationMB ?? 1);
        if (c > maxAlloc) {
          placed = 0;
          problems.push({
            kind: 'container-above-maximum-allocation',
            instanceType: type.name,
            message: {
              en: `an executor container of ${c} MiB (heap ${heap} + overhead ${overhead}) exceeds yarn.scheduler.maximum-allocation-mb = ${maxAlloc} MiB on ${type.name}, so YARN places no executor there`,
              ko: `익스큐터 컨테이너 ${c} MiB(힙 ${heap} + 오버헤드 ${overhead})가 ${type.name}의 yarn.scheduler.maximum-allocation-mb = ${maxAlloc} MiB를 넘으므로, YARN은 이 유형의 노드에 익스큐터를 하나도 배치하지 않습니다`,
            },
          });
        } else {
          placed = Math.min(n, Math.floor(yarn / c));
          if (placed < n) {
            problems.push({
              kind: 'fewer-executors-fit',
              instanceType: type.name,
              message: {
                en: `${n} executors × ${c} MiB = ${n * c} MiB exceed the ${yarn} MiB YARN offers on ${type.name} (yarn.nodemanager.resource.memory-mb); only ${placed} fit`,
                ko: `익스큐터 ${n}개 × ${c} MiB = ${n * c} MiB는 ${type.name}에서 YARN이 내주는 ${yarn} MiB(yarn.nodemanager.resource.memory-mb)를 넘습니다. ${placed}개만 들어갑니다`,
              },
            });
          }
        }
      }
      perType.set(`${set.path}|${type.name}`, placed);
      placements.push({
        instanceType: type.name,
        role: set.role === 'task' ? 'task' : 'core',
        path: set.path,
        vcpu: type.vcpu,
        yarnMemoryMiB: yarn,
        maxAllocationMiB: maxAlloc,
        plannedExecutorsPerNode: n,
        executorsPerNode: placed,
        usedMiB: placed === null ? null : placed * container,
        freeMiB: placed === null || yarn === null ? null : yarn - placed * container,
      });
    }
  }
  return { placements, perType };
}

/**
 * The driver: its memory, overhead and cores, where it runs (the primary node in client mode, a
 * YARN container in cluster mode) and how many executors its container displaces. A driver that
 * does not fit is a problem.
 */
function sizeDriver(
  input: SparkSizingInput,
  ctx: { factor: number; sizedFor: InstanceType; known: Array<{ set: NodeSet; type: InstanceType }>; container: number },
  problems: SizingProblem[],
): SparkSizing['driver'] {
  const { spark } = input;
  const { factor, sizedFor, known, container } = ctx;
  const driverMemory = spark.driverMemoryMiB ?? (spark.maximizeResourceAllocation ? null : EMR_DEFAULT_DRIVER_MEMORY_MIB);
  const driverOverhead = driverMemory === null ? null : memoryOverheadMiB(driverMemory, factor);
  const driverCores = spark.driverCores ?? SPARK_DEFAULT_DRIVER_CORES;
  const runsOn = input.deployMode === 'cluster' ? 'yarn-container' : 'primary-node';
  let displaced = 0;
  if (driverMemory !== null && driverOverhead !== null) {
    if (runsOn === 'primary-node') {
      const primaryMiB = input.primary.memoryGiB * 1024;
      if (driverMemory + driverOverhead > primaryMiB) {
        problems.push({
          kind: 'driver-above-primary-memory',
          instanceType: input.primary.name,
          message: {
            en: `a client-mode driver of ${formatNumber(driverMemory)} MiB (+${formatNumber(driverOverhead)} MiB overhead) does not fit in the ${formatNumber(primaryMiB)} MiB of the ${input.primary.name} primary node`,
            ko: `client 모드 드라이버 ${formatNumber(driverMemory)} MiB(+오버헤드 ${formatNumber(driverOverhead)} MiB)는 ${input.primary.name} 프라이머리 노드의 ${formatNumber(primaryMiB)} MiB에 들어가지 않습니다`,
          },
        });
      }
    } else {
      const driverContainer = roundUp(driverMemory + driverOverhead, sizedFor.yarnSchedulerMinimumAllocationMB ?? 1);
      const maxAllocs = known.map((k) => k.type.yarnSchedulerMaximumAllocationMB as number);
      const largestMax = Math.max(...maxAllocs);
      if (driverContainer > largestMax) {
        problems.push({
          kind: 'driver-above-maximum-allocation',
          instanceType: sizedFor.name,
          message: {
            en: `a cluster-mode driver container of ${driverContainer} MiB exceeds yarn.scheduler.maximum-allocation-mb on every worker type (largest ${largestMax} MiB), so the application master cannot start`,
            ko: `cluster 모드 드라이버 컨테이너 ${driverContainer} MiB가 모든 워커 유형의 yarn.scheduler.maximum-allocation-mb(가장 큰 값 ${largestMax} MiB)를 넘으므로 애플리케이션 마스터가 시작할 수 없습니다`,
          },
        });
      }
      displaced = container > 0 ? Math.ceil(driverContainer / container) : 0;
    }
  }
  return { memoryMiB: driverMemory, memoryOverheadMiB: driverOverhead, cores: driverCores, runsOn, displacedExecutors: displaced };
}

/**
 * Sizes Spark executors for an EMR on EC2 cluster (method in the module comment). Pure and fast
 * (a few dozen arithmetic operations per worker type). Never returns NaN: unknown catalog values
 * become nulls, and impossible sizes become {@link SizingProblem}s or a {@link SparkSizingUnavailable}.
 */
export function sizeSparkExecutors(input: SparkSizingInput): SparkSizing | SparkSizingUnavailable {
  const { workers, spark } = input;
  const unknownTypes = new Set<string>();
  const known: Array<{ set: NodeSet; type: InstanceType }> = [];
  for (const set of workers) {
    for (const t of set.types) {
      if (t.type.yarnNodeManagerMemoryMB === null || t.type.yarnSchedulerMaximumAllocationMB === null) unknownTypes.add(t.type.name);
      else known.push({ set, type: t.type });
    }
  }
  if (known.length === 0) {
    return {
      unavailable: true,
      unknownTypes: [...unknownTypes],
      reason:
        workers.length === 0
          ? {
              en: 'the cluster has no core or task nodes to run executors',
              ko: '클러스터에 익스큐터를 실행할 코어 노드나 태스크 노드가 없습니다',
            }
          : {
              en: `the catalog has no YARN memory defaults for ${[...unknownTypes].join(', ')} (EMR Release Guide "Task configuration" values not found), so executors cannot be sized`,
              ko: `카탈로그에 ${[...unknownTypes].join(', ')}의 YARN 메모리 기본값이 없어(EMR Release Guide "Task configuration"의 값을 찾지 못함) 익스큐터 크기를 정할 수 없습니다`,
            },
    };
  }

  const factor = spark.memoryOverheadFactor ?? EMR_MEMORY_OVERHEAD_FACTOR;
  const maximize = spark.maximizeResourceAllocation && spark.executorMemoryMiB === undefined;
  const problems: SizingProblem[] = [];

  // Cores per executor.
  const minVcpu = Math.min(...known.map((k) => k.type.vcpu));
  let cores: number;
  if (spark.executorCores !== undefined) cores = spark.executorCores;
  else if (maximize) cores = smallestCoreType(known).vcpu;
  else cores = Math.min(DEFAULT_EXECUTOR_CORES, minVcpu);

  const planned = (t: InstanceType): number =>
    maximize && spark.executorCores === undefined ? 1 : Math.max(1, Math.floor(t.vcpu / cores));

  // Executor heap, overhead and container.
  const { method, heap, overhead, container, sizedFor } = executorMemory({ known, spark, factor, maximize, planned }, problems);

  // Placement per worker type.
  const { placements, perType } = placeExecutors(workers, { planned, heap, overhead, container }, problems);

  // Totals (sets with an unknown type are left out).
  let executors: Range = { low: 0, high: 0 };
  let incomplete = false;
  for (const set of workers) {
    const r = totalOver(set, (t) => perType.get(`${set.path}|${t.type.name}`) ?? null);
    if (r === null) incomplete = true;
    else executors = addRanges(executors, r);
  }

  // Driver.
  const driver = sizeDriver(input, { factor, sizedFor, known, container }, problems);
  const displaced = driver.displacedExecutors;
  executors = { low: Math.max(0, executors.low - displaced), high: Math.max(0, executors.high - displaced) };

  const totalCores = { low: executors.low * cores, high: executors.high * cores };
  const parallelism =
    spark.defaultParallelism !== undefined
      ? { low: spark.defaultParallelism, high: spark.defaultParallelism }
      : { low: 2 * totalCores.low, high: 2 * totalCores.high };

  return {
    method,
    sizedFor: sizedFor.name,
    overheadFactor: factor,
    executorCores: cores,
    executorMemoryMiB: heap,
    executorMemoryOverheadMiB: overhead,
    executorContainerMiB: container,
    placements,
    unknownTypes: [...unknownTypes],
    incomplete,
    totalExecutors: executors,
    totalExecutorCores: totalCores,
    driver,
    defaultParallelism: parallelism,
    problems,
  };
}

/** The core-node type with the least YARN memory (maximizeResourceAllocation sizes from the core group, [S11]). */
function smallestCoreType(known: ReadonlyArray<{ set: NodeSet; type: InstanceType }>): InstanceType {
  const core = known.filter((k) => k.set.role === 'core');
  const pool = core.length > 0 ? core : known;
  return pool.reduce((a, b) => ((b.type.yarnNodeManagerMemoryMB as number) < (a.type.yarnNodeManagerMemoryMB as number) ? b : a)).type;
}

/** True when the value is a {@link SparkSizingUnavailable}. */
export function isSizingUnavailable(s: SparkSizing | SparkSizingUnavailable): s is SparkSizingUnavailable {
  return 'unavailable' in s;
}
