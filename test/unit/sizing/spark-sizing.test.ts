/**
 * Executor sizing checked by hand arithmetic against the catalog's YARN memory (EMR Release Guide
 * "Task configuration" defaults), and a property: derived sizing never asks YARN for more memory
 * than a node offers.
 *
 * Formulas (spark-sizing.ts): cores 4; executors per node n = ⌊vCPU ÷ 4⌋; budget = min(⌊NM ÷ n⌋,
 * max-allocation) rounded down to 32 MiB; heap h = largest whole MiB with h + max(384, ⌊0.1875 h⌋)
 * ≤ budget; overhead = max(384, ⌊0.1875 h⌋).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInstanceType, INSTANCE_CATALOG } from '../../../src/core/catalog/instance-catalog.ts';
import { ec2Figures, isSizingUnavailable, largestHeapMiB, memoryOverheadMiB, type SparkSizing } from '../../../src/core/sizing/index.ts';
import { g, groups } from './build.ts';

function sizing(...args: Parameters<typeof groups>): SparkSizing {
  const s = ec2Figures(groups(...args)).spark;
  if (isSizingUnavailable(s)) throw new Error(s.reason.en);
  return s;
}

describe('executor sizing by hand arithmetic', () => {
  it('m5.xlarge: 1 executor of 4 cores, 10,348 MiB heap + 1,940 MiB overhead = 12,288 MiB', () => {
    // Catalog: m5.xlarge 4 vCPU, yarn.nodemanager.resource.memory-mb 12288, max allocation 12288.
    expect(findInstanceType('m5.xlarge')?.yarnNodeManagerMemoryMB).toBe(12288);
    // n = ⌊4 ÷ 4⌋ = 1; budget = min(12288 ÷ 1, 12288) = 12288 (= 384 × 32).
    // h = 10348: ⌊0.1875 × 10348⌋ = ⌊1940.25⌋ = 1940; 10348 + 1940 = 12288 ≤ 12288 ✓
    // h = 10349: ⌊1940.44⌋ = 1940; 10349 + 1940 = 12289 > 12288 ✗
    const s = sizing(g('m5.xlarge'), g('m5.xlarge', 4));
    expect(s.executorCores).toBe(4);
    expect(s.executorMemoryMiB).toBe(10348);
    expect(s.executorMemoryOverheadMiB).toBe(1940);
    expect(s.executorContainerMiB).toBe(12288);
    expect(s.placements[0]?.executorsPerNode).toBe(1);
    // 4 nodes × 1 executor; 4 × 4 cores = 16; parallelism 2 × 16 = 32.
    expect(s.totalExecutors).toEqual({ low: 4, high: 4 });
    expect(s.defaultParallelism).toEqual({ low: 32, high: 32 });
    // Client mode (default): the driver runs on the primary with EMR's 2048 MiB default.
    expect(s.driver).toMatchObject({ memoryMiB: 2048, runsOn: 'primary-node', displacedExecutors: 0 });
  });

  it('r5.8xlarge: 8 executors of 26,732 MiB + 5,012 MiB = 31,744 MiB, filling 253,952 MiB exactly', () => {
    // Catalog: r5.8xlarge 32 vCPU, NM 253952, max allocation 253952.
    expect(findInstanceType('r5.8xlarge')?.yarnNodeManagerMemoryMB).toBe(253952);
    // n = ⌊32 ÷ 4⌋ = 8; budget = ⌊253952 ÷ 8⌋ = 31744 (= 992 × 32).
    // h = 26732: ⌊0.1875 × 26732⌋ = ⌊5012.25⌋ = 5012; 26732 + 5012 = 31744 ✓; h = 26733 → 31745 ✗
    const s = sizing(g('m5.xlarge'), g('r5.8xlarge', 3));
    expect([s.executorMemoryMiB, s.executorMemoryOverheadMiB, s.executorContainerMiB]).toEqual([26732, 5012, 31744]);
    expect(s.placements[0]).toMatchObject({ executorsPerNode: 8, usedMiB: 253952, freeMiB: 0 });
    // 3 nodes × 8 = 24 executors × 4 cores = 96 cores → parallelism 192.
    expect(s.totalExecutors.low).toBe(24);
    expect(s.defaultParallelism.low).toBe(192);
  });

  it('c5.4xlarge: 4 executors of 5,174 MiB + 970 MiB = 6,144 MiB (AWS guide: 24,576 ÷ 4 = 6,144 MiB containers)', () => {
    // Catalog: c5.4xlarge 16 vCPU, NM 24576. n = 4; budget = 24576 ÷ 4 = 6144 — the container of the
    // best-practices guide's fleet example. The guide takes heap = 6144 − 0.1875 × 6144 = 4992; the exact
    // solution of h + ⌊0.1875 h⌋ ≤ 6144 is larger: h = 5174 → ⌊970.125⌋ = 970 → 6144 ✓; h = 5175 → 6145 ✗.
    const s = sizing(g('m5.xlarge'), g('c5.4xlarge', 2));
    expect([s.executorMemoryMiB, s.executorMemoryOverheadMiB, s.executorContainerMiB]).toEqual([5174, 970, 6144]);
    expect(s.placements[0]?.executorsPerNode).toBe(4);
    expect(s.executorMemoryMiB).toBeGreaterThan(4992);
  });

  it('the AWS blog plan for r5.12xlarge (9 executors × (37 GiB + 5 GiB)) does not fit: YARN places 8', () => {
    // Blog: 5 cores, ⌊(48 − 1) ÷ 5⌋ = 9 executors, 37 GB heap + 5 GB overhead. Catalog NM = 385,024 MiB.
    // Container = 37 × 1024 + 5 × 1024 = 43,008 MiB; 9 × 43,008 = 387,072 > 385,024; ⌊385,024 ÷ 43,008⌋ = 8.
    const s = sizing(g('m5.xlarge'), g('r5.12xlarge', 2), [], {
      spark: { executorCores: 5, executorMemoryMiB: 37 * 1024, executorMemoryOverheadMiB: 5 * 1024 },
    });
    expect(s.method).toBe('explicit');
    expect(s.executorContainerMiB).toBe(43008);
    expect(s.placements[0]).toMatchObject({ plannedExecutorsPerNode: 9, executorsPerNode: 8 });
    expect(s.problems.map((p) => p.kind)).toEqual(['fewer-executors-fit']);
  });

  it('smaller task nodes set the executor size for the whole cluster (EMR sizes from the smallest node)', () => {
    // core r5.2xlarge: 8 vCPU, NM 57344 → n = 2, budget 28672; task m5.2xlarge: NM 24576 → n = 2, budget 12288.
    // The executor is sized for m5.2xlarge: heap 10348 (as for 12288 above); r5.2xlarge still runs 2 (cores).
    const s = sizing(g('m5.xlarge'), g('r5.2xlarge', 2), [g('m5.2xlarge', 4, 'spot')]);
    expect(s.sizedFor).toBe('m5.2xlarge');
    expect(s.executorContainerMiB).toBe(12288);
    expect(s.placements.map((p) => p.executorsPerNode)).toEqual([2, 2]);
    // 2 × 2 + 4 × 2 = 12 executors.
    expect(s.totalExecutors.low).toBe(12);
  });

  it('cluster mode: the driver container (2,048 + 384 = 2,432 MiB) displaces one executor', () => {
    const s = sizing(g('m5.xlarge'), g('m5.xlarge', 4), [], { spark: { deployMode: 'cluster' } });
    expect(s.driver).toMatchObject({ runsOn: 'yarn-container', displacedExecutors: 1 });
    expect(s.totalExecutors.low).toBe(3);
  });

  it('a client-mode driver larger than the primary node is a problem', () => {
    // m5.xlarge primary: 16 GiB = 16,384 MiB; 20,000 MiB driver + 3,750 MiB overhead does not fit.
    const s = sizing(g('m5.xlarge'), g('m5.2xlarge', 4), [], { spark: { driverMemoryMiB: 20_000 } });
    expect(s.problems.map((p) => p.kind)).toContain('driver-above-primary-memory');
  });

  it('types without YARN defaults in the catalog are reported, not guessed', () => {
    expect(findInstanceType('m7g.xlarge')?.yarnNodeManagerMemoryMB).toBeNull();
    const all = ec2Figures(groups(g('m5.xlarge'), g('m7g.xlarge', 4))).spark;
    expect(isSizingUnavailable(all)).toBe(true);
    const mixed = sizing(g('m5.xlarge'), g('m5.xlarge', 2), [g('m7g.xlarge', 3, 'spot')]);
    expect(mixed.unknownTypes).toEqual(['m7g.xlarge']);
    expect(mixed.incomplete).toBe(true);
    expect(mixed.placements.find((p) => p.instanceType === 'm7g.xlarge')?.executorsPerNode).toBeNull();
    expect(mixed.totalExecutors.low).toBe(2);
  });

  it('overhead follows Spark: max(384 MiB, factor × heap)', () => {
    expect(memoryOverheadMiB(1000, 0.1)).toBe(384);
    expect(memoryOverheadMiB(10_000, 0.1)).toBe(1000);
    expect(memoryOverheadMiB(10_000, 0.1875)).toBe(1875);
    expect(largestHeapMiB(300, 0.1)).toBe(0);
  });
});

describe('derived sizing never asks YARN for more than a node offers (property)', () => {
  const sized = INSTANCE_CATALOG.instances.filter((t) => t.emrSupported && t.yarnNodeManagerMemoryMB !== null);
  it('for every catalog type, core count and node count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sized.map((t) => t.name)),
        fc.constantFrom(...sized.map((t) => t.name)),
        fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        fc.integer({ min: 1, max: 30 }),
        (coreType, taskType, executorCores, count) => {
          const s = ec2Figures(
            groups(g('m5.xlarge'), g(coreType, count), [g(taskType, count, 'spot')], { spark: executorCores ? { executorCores } : {} }),
          ).spark;
          if (isSizingUnavailable(s)) return false;
          for (const p of s.placements) {
            const used = (p.executorsPerNode ?? 0) * s.executorContainerMiB;
            if (used > (p.yarnMemoryMiB as number)) return false;
            if ((p.executorsPerNode ?? 0) > 0 && s.executorContainerMiB > (p.maxAllocationMiB as number)) return false;
          }
          return (
            s.problems.length === 0 &&
            s.executorMemoryMiB > 0 &&
            s.executorMemoryMiB + s.executorMemoryOverheadMiB <= s.executorContainerMiB &&
            s.executorMemoryOverheadMiB >= 384 &&
            Number.isFinite(s.defaultParallelism.low)
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
