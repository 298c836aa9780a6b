/** Derived figures: capacity totals, YARN memory, HDFS replication and capacity, fleet ranges, Serverless workers. */
import { describe, expect, it } from 'vitest';
import { defaultDfsReplication, ec2Figures, serverlessFigures, type ServerlessApplication } from '../../../src/core/sizing/index.ts';
import { cluster, fleet, fleets, g, groups } from './build.ts';

describe('capacity figures', () => {
  it('adds vCPUs, memory and YARN memory per group; the primary offers no YARN memory', () => {
    // m5.xlarge primary (4 vCPU, 16 GiB); 4 × m5.2xlarge core (8 vCPU, 32 GiB, NM 24,576 MiB); 10 × m5.2xlarge task.
    const f = ec2Figures(groups(g('m5.xlarge'), g('m5.2xlarge', 4), [g('m5.2xlarge', 10, 'spot')]));
    expect(f.nodeSets.map((s) => [s.label, s.vcpu.low, s.memoryGiB.low, s.yarnMemoryMiB?.low])).toEqual([
      ['primary group', 4, 16, 0],
      ['core group', 32, 128, 4 * 24576],
      ['task group', 80, 320, 10 * 24576],
    ]);
    expect(f.cluster).toEqual({
      instances: { low: 15, high: 15 },
      vcpu: { low: 116, high: 116 },
      memoryGiB: { low: 464, high: 464 },
      yarnMemoryMiB: { low: 14 * 24576, high: 14 * 24576 },
    });
    expect(f.workers.yarnMemoryMiB).toEqual(f.cluster.yarnMemoryMiB);
  });

  it('gives a fleet a range: each capacity portion filled with one listed type', () => {
    // 32 On-Demand units weighted by vCPU: 8 × m5.xlarge (4) or 4 × m5.2xlarge (8) or 2 × m5.4xlarge (16) — 32 vCPUs
    // in every case, 128 GiB in every case, but 8, 4 or 2 instances.
    const f = ec2Figures(fleets(g('m5.xlarge'), fleet(['m5.xlarge', 'm5.2xlarge', 'm5.4xlarge'], 32)));
    const core = f.nodeSets.find((s) => s.role === 'core');
    expect(core?.instances).toEqual({ low: 2, high: 8 });
    expect(core?.vcpu).toEqual({ low: 32, high: 32 });
    expect(core?.memoryGiB).toEqual({ low: 128, high: 128 });
    // Default replication is taken at the smallest core count (2 nodes → 1).
    expect(f.hdfs.defaultReplication).toBe(1);
  });

  it('leaves YARN memory null (not NaN) when the catalog has no value', () => {
    const f = ec2Figures(groups(g('m5.xlarge'), g('r7g.2xlarge', 4)));
    expect(f.nodeSets[1]?.yarnMemoryMiB).toBeNull();
    expect(f.workers.yarnMemoryMiB).toBeNull();
  });
});

describe('HDFS figures', () => {
  it('uses EMR’s default dfs.replication: 1 below 4 core nodes, 2 for 4–9, 3 from 10', () => {
    expect([1, 3, 4, 9, 10, 50].map(defaultDfsReplication)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('computes capacity = storage × core nodes ÷ replication (AWS’s formula)', () => {
    // 10 × i3.xlarge, 950 GB instance store each: 9,500 GB raw ÷ 3 = 3,166.67 GB.
    const f = ec2Figures(groups(g('m5.xlarge'), g('i3.xlarge', 10)));
    expect(f.hdfs.replication).toBe(3);
    expect(f.hdfs.rawStorageGB?.low).toBe(9500);
    expect(f.hdfs.capacityGB?.low).toBeCloseTo(3166.67, 1);
  });

  it('counts EBS GiB as GB (1 GiB = 1.073741824 GB) and honours an explicit replication', () => {
    // 4 × 100 GiB = 429.4967 GB raw; replication 2 (explicit) → 214.75 GB.
    const f = ec2Figures(groups(g('m5.xlarge'), g('m5.2xlarge', 4, 'on-demand', { ebsGiBPerInstance: 100 }), [], { hdfsReplication: 2 }));
    expect(f.hdfs.replicationSource).toBe('explicit');
    expect(f.hdfs.rawStorageGB?.low).toBeCloseTo(429.4967, 3);
    expect(f.hdfs.capacityGB?.low).toBeCloseTo(214.748, 2);
  });

  it('says why capacity is unknown for EBS-only types without an EBS size', () => {
    const f = ec2Figures(groups(g('m5.xlarge'), g('m5.2xlarge', 4)));
    expect(f.hdfs.capacityGB).toBeNull();
    expect(f.hdfs.unknownReason?.en).toContain('m5.2xlarge');
    expect(f.hdfs.unknownReason?.ko).toContain('m5.2xlarge');
  });
});

describe('EMR Serverless figures', () => {
  it('fits Spark’s 10 % / 384 MiB overhead inside the worker and counts pre-initialized capacity', () => {
    const app = cluster({
      platform: 'emr-serverless',
      driver: { vcpu: 2, memoryGiB: 8 },
      executor: { vcpu: 4, memoryGiB: 16 },
      initialCapacity: { drivers: 1, executors: 4 },
      maximumCapacity: { vcpu: 42, memoryGiB: 400 },
    }) as ServerlessApplication;
    const f = serverlessFigures(app);
    // 16 GiB = 16,384 MiB: h + max(384, ⌊0.1 h⌋) ≤ 16,384 → h = 14,895 (⌊1489.5⌋ = 1489; 14,895 + 1,489 = 16,384).
    expect(f.executor.maxHeapMiB).toBe(14895);
    expect(f.executor.overheadMiB).toBe(1489);
    // 1 × (2 vCPU, 8 GiB) + 4 × (4 vCPU, 16 GiB) = 18 vCPU, 72 GiB.
    expect(f.initialCapacity).toEqual({ vcpu: 18, memoryGiB: 72 });
    // (42 − 2) ÷ 4 = 10 by vCPU; (400 − 8) ÷ 16 = 24 by memory → 10.
    expect(f.maxExecutors).toBe(10);
  });
});
