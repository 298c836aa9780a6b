/**
 * Every rule has a case that fires and a case that does not (the table below is checked to cover
 * RULES), plus the invariants of the rule registry: ids from the fact sheet, errors only from
 * documented provenances, sources with URLs, tags registered in content/tags.yml.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ClusterSchema,
  DOCUMENTED_PROVENANCES,
  evaluate,
  WORKLOAD_PRESETS,
  WorkloadSchema,
  RULES,
  type Cluster,
  type Ec2Cluster,
  type Finding,
  type Workload,
} from '../../../src/core/sizing/index.ts';
import { PROJECT_ROOT } from '../../helpers/seeds.ts';
import { base, cluster, fleet, fleets, g, groups, wl } from './build.ts';

type Case = [Workload, Cluster];
interface RuleCase {
  fires: Case;
  quiet: Case;
  /** Severity expected on the firing case when it differs from the rule's usual one. */
  severity?: Finding['severity'];
}

const ten = [
  'm5.2xlarge',
  'm5d.2xlarge',
  'm6g.2xlarge',
  'r5.2xlarge',
  'r5d.2xlarge',
  'r6g.2xlarge',
  'm5.4xlarge',
  'm5d.4xlarge',
  'r5.4xlarge',
  'r6g.4xlarge',
];
const six = ten.slice(0, 6);
const spotTask = [g('m5.2xlarge', 4, 'spot')];
const serverless = (extra: Record<string, unknown> = {}) => cluster({ platform: 'emr-serverless', ...extra });

/** A Serverless application whose executor is off the grid, built without the schema (as a live form state could be). */
function offGridServerless(): Cluster {
  const app = serverless();
  if (app.platform !== 'emr-serverless') throw new Error('unreachable');
  return { ...app, executor: { vcpu: 4, memoryGiB: 50, diskGiB: 20 } };
}

const CASES: Record<string, RuleCase> = {
  'R-VAL-01': {
    fires: [wl('long-running'), groups(g('m5.xlarge'), g('m5.large', 4))],
    quiet: [wl('long-running'), groups(g('m5.xlarge'), g('m5.xlarge', 4))],
  },
  'R-VAL-02': {
    fires: [wl('long-running'), groups(g('m5.xlarge', 2), g('m5.2xlarge', 4))],
    quiet: [wl('long-running'), groups(g('m5.xlarge', 3), g('m5.2xlarge', 4))],
  },
  'R-VAL-03': {
    fires: [wl('long-running'), groups(g('m5.xlarge'), [g('m5.2xlarge', 2), g('m5.2xlarge', 2, 'spot')])],
    quiet: [wl('long-running'), groups(g('m5.xlarge'), [g('m5.2xlarge', 2), g('m5.2xlarge', 2)])],
  },
  'R-VAL-04': {
    fires: [wl('long-running'), fleets(g('m5.xlarge'), fleet(six, 32))],
    quiet: [wl('long-running'), fleets(g('m5.xlarge'), fleet(six, 32, 0, { onDemandAllocationStrategy: 'lowest-price' }))],
  },
  'R-VAL-05': {
    fires: [
      wl('long-running'),
      base(
        {},
        Array.from({ length: 49 }, () => g('m5.2xlarge', 1, 'spot')),
      ),
    ],
    quiet: [
      wl('long-running'),
      base(
        {},
        Array.from({ length: 48 }, () => g('m5.2xlarge', 1, 'spot')),
      ),
    ],
  },
  'R-VAL-06': {
    fires: [wl('long-running'), groups(g('m5.xlarge'), g('m6g.xlarge', 4), [], { releaseLabel: 'emr-6.0.0' })],
    quiet: [wl('long-running'), groups(g('m5.xlarge'), g('m6g.xlarge', 4), [], { releaseLabel: 'emr-6.1.0' })],
  },
  'R-VAL-07': {
    fires: [wl('long-running'), base({ releaseLabel: 'emr-6.0.0', managedScaling: { minimumCapacityUnits: 4, maximumCapacityUnits: 10 } })],
    quiet: [
      wl('long-running'),
      base({ releaseLabel: 'emr-5.30.0', managedScaling: { minimumCapacityUnits: 4, maximumCapacityUnits: 10 } }),
    ],
  },
  'R-VAL-08': {
    fires: [wl('long-running'), fleets(g('m5.xlarge', 3), fleet(['m5.2xlarge'], 32), undefined, { releaseLabel: 'emr-6.10.0' })],
    quiet: [wl('long-running'), fleets(g('m5.xlarge', 3), fleet(['m5.2xlarge'], 32), undefined, { releaseLabel: 'emr-6.10.1' })],
  },
  'R-PUR-01': {
    fires: [wl('streaming-24x7'), groups(g('m5.xlarge', 1, 'spot'), g('m5.2xlarge', 4))],
    quiet: [wl('streaming-24x7'), base()],
  },
  'R-PUR-02': { fires: [wl('test'), groups(g('m5.xlarge', 1, 'spot'), g('m5.2xlarge', 4))], quiet: [wl('test'), base()] },
  'R-PUR-03': {
    fires: [wl('test'), groups(g('m5.xlarge', 3, 'spot'), g('m5.2xlarge', 4))],
    quiet: [wl('test'), groups(g('m5.xlarge', 3), g('m5.2xlarge', 4))],
  },
  'R-PUR-04': {
    fires: [wl('long-running'), groups(g('m5.xlarge'), g('m5.2xlarge', 4, 'spot'))],
    quiet: [wl('transient-batch'), groups(g('m5.xlarge'), g('m5.2xlarge', 4, 'spot'))],
  },
  'R-PUR-05': {
    fires: [wl('transient-batch'), groups(g('m5.xlarge'), g('m5.2xlarge', 4, 'spot'))],
    quiet: [wl('transient-batch'), fleets(g('m5.xlarge'), fleet(['m5.2xlarge'], 0, 32))],
  },
  'R-PUR-06': { fires: [wl('cost-driven'), base({}, [g('m5.2xlarge', 4)])], quiet: [wl('cost-driven'), base({}, spotTask)] },
  'R-PUR-07': {
    fires: [wl('transient-batch'), base({}, spotTask)],
    quiet: [
      wl('transient-batch'),
      fleets(g('m5.xlarge'), fleet(['m5.2xlarge'], 32), fleet(ten, 0, 64, { spotAllocationStrategy: 'price-capacity-optimized' })),
    ],
  },
  'R-PUR-08': {
    fires: [wl('transient-batch'), base({}, spotTask)],
    quiet: [wl('transient-batch'), base({ applicationMasterNodes: 'core' }, spotTask)],
  },
  'R-PUR-09': {
    fires: [wl('transient-batch'), base({ releaseLabel: 'emr-5.10.0' }, spotTask)],
    quiet: [wl('transient-batch'), base({ releaseLabel: 'emr-5.11.0' }, spotTask)],
  },
  'R-PUR-10': {
    fires: [wl('transient-batch'), base({}, [g('m5.2xlarge', 4, 'spot', { maxSpotPriceUSD: 0.1 })])],
    quiet: [wl('transient-batch'), base({}, spotTask)],
  },
  'R-HA-01': { fires: [wl('streaming-24x7'), base()], quiet: [wl('streaming-24x7'), groups(g('m5.xlarge', 3), g('m5.2xlarge', 4))] },
  'R-HA-02': {
    fires: [wl('long-running'), groups(g('m5.xlarge', 3), g('m5.2xlarge', 3))],
    quiet: [wl('long-running'), groups(g('m5.xlarge', 3), g('m5.2xlarge', 3), [], { hdfsReplication: 2 })],
  },
  'R-HA-03': { fires: [wl('long-running', { traits: ['az-failure-tolerance'] }), base()], quiet: [wl('long-running'), base()] },
  'R-HA-04': {
    fires: [wl('long-running'), groups(g('m5.xlarge', 3), g('m5.2xlarge', 4), [], { applications: ['Hadoop', 'Spark', 'Hive'] })],
    quiet: [
      wl('long-running'),
      groups(g('m5.xlarge', 3), g('m5.2xlarge', 4), [], { applications: ['Hadoop', 'Spark', 'Hive'], externalMetastore: true }),
    ],
  },
  'R-HDFS-01': { fires: [wl('long-running'), base()], quiet: [wl('long-running'), base({ hdfsReplication: 3 })] },
  'R-HDFS-02': {
    fires: [wl('long-running', { traits: ['hdfs-critical'] }), groups(g('m5.xlarge'), g('m5.2xlarge', 3))],
    quiet: [wl('long-running', { traits: ['hdfs-critical'] }), groups(g('m5.xlarge'), g('m5.2xlarge', 4))],
  },
  'R-HDFS-03': {
    fires: [
      wl('long-running'),
      groups(g('m5.xlarge'), g('m5.2xlarge', 2), [], { managedScaling: { minimumCapacityUnits: 2, maximumCapacityUnits: 10 } }),
    ],
    quiet: [
      wl('long-running'),
      groups(g('m5.xlarge'), g('m5.2xlarge', 4), [], { managedScaling: { minimumCapacityUnits: 4, maximumCapacityUnits: 10 } }),
    ],
  },
  // 10 × i3.xlarge (950 GB instance store) ÷ replication 3 = 3,166.7 GB (AWS's formula, [S2]).
  'R-HDFS-04': {
    fires: [wl('long-running', { hdfsDataGB: 3200 }), groups(g('m5.xlarge'), g('i3.xlarge', 10))],
    quiet: [wl('long-running', { hdfsDataGB: 3100 }), groups(g('m5.xlarge'), g('i3.xlarge', 10))],
  },
  'R-STO-01': { fires: [wl('transient-batch'), base({ persistentDataStore: 'hdfs' })], quiet: [wl('transient-batch'), base()] },
  'R-STO-02': { fires: [wl('transient-batch'), base({ emrfsConsistentView: true })], quiet: [wl('transient-batch'), base()] },
  'R-SIZE-01': { fires: [wl('long-running'), groups(g('c4.large'), g('m5.2xlarge', 4))], quiet: [wl('long-running'), base()] },
  'R-SIZE-02': {
    fires: [wl('interactive'), base({ applications: ['Hadoop', 'Spark', 'JupyterHub'] })],
    quiet: [wl('interactive'), groups(g('m5.2xlarge'), g('m5.2xlarge', 4), [], { applications: ['Hadoop', 'Spark', 'JupyterHub'] })],
  },
  'R-SIZE-03': {
    fires: [wl('interactive'), groups(g('m5.2xlarge'), g('r5.8xlarge', 3))],
    quiet: [wl('interactive'), groups(g('m5.2xlarge'), g('m5.xlarge', 20))],
  },
  'R-SIZE-04': {
    fires: [wl('transient-batch', { traits: ['shuffle-heavy'] }), base()],
    quiet: [wl('transient-batch', { traits: ['shuffle-heavy'] }), groups(g('m5.xlarge'), g('r5.4xlarge', 4))],
  },
  'R-SIZE-05': {
    fires: [wl('transient-batch', { traits: ['memory-bound'] }), base()],
    quiet: [wl('transient-batch', { traits: ['memory-bound'] }), groups(g('m5.xlarge'), g('r5.2xlarge', 4))],
  },
  'R-SIZE-06': {
    fires: [wl('transient-batch', { traits: ['compute-bound'] }), base()],
    quiet: [wl('transient-batch', { traits: ['compute-bound'] }), groups(g('m5.xlarge'), g('c5.2xlarge', 4))],
  },
  'R-SIZE-07': {
    fires: [wl('transient-batch', { traits: ['hdfs-io-heavy'] }), base()],
    quiet: [wl('transient-batch', { traits: ['hdfs-io-heavy'] }), groups(g('m5.xlarge'), g('m5d.2xlarge', 4))],
  },
  'R-SIZE-08': {
    fires: [wl('transient-batch'), groups(g('m5.xlarge'), g('r4.xlarge', 4))],
    quiet: [wl('transient-batch'), groups(g('m5.xlarge'), g('r5.xlarge', 4))],
  },
  'R-SIZE-09': {
    fires: [wl('transient-batch', { traits: ['availability-first'] }), groups(g('m5.xlarge'), g('m5.24xlarge', 4))],
    quiet: [wl('transient-batch', { traits: ['availability-first'] }), groups(g('m5.xlarge'), g('m5.4xlarge', 4))],
  },
  'R-SIZE-10': {
    fires: [
      wl('transient-batch'),
      fleets(g('m5.xlarge'), {
        instanceTypes: [
          { instanceType: 'm5.xlarge', weightedCapacity: 1 },
          { instanceType: 'm5.2xlarge', weightedCapacity: 1 },
        ],
        targetOnDemandCapacity: 8,
      }),
    ],
    quiet: [
      wl('transient-batch'),
      fleets(g('m5.xlarge'), {
        instanceTypes: [
          { instanceType: 'm5.xlarge', weightedCapacity: 4 },
          { instanceType: 'm5.2xlarge', weightedCapacity: 8 },
        ],
        targetOnDemandCapacity: 32,
      }),
    ],
  },
  'R-SIZE-11': {
    fires: [wl('transient-batch'), fleets(g('m5.xlarge'), fleet(['c5.2xlarge', 'r5.2xlarge'], 32))],
    quiet: [wl('transient-batch'), fleets(g('m5.xlarge'), fleet(['m5.2xlarge', 'r5.2xlarge'], 32))],
  },
  'R-SIZE-12': {
    fires: [wl('transient-batch'), fleets(g('m5.xlarge'), fleet(['m5.2xlarge', 'r5.2xlarge'], 32))],
    quiet: [wl('transient-batch'), fleets(g('m5.xlarge'), fleet(['m5.2xlarge'], 32))],
  },
  // m5.2xlarge: 8 vCPU, 4 cores → 2 executors planned; 20000 + 3750 = 23750 → 23776 MiB container; 24576 ÷ 23776 → 1 fits.
  'R-SPK-01': { fires: [wl('transient-batch'), base({ spark: { executorMemoryMiB: 20000 } })], quiet: [wl('transient-batch'), base()] },
  'R-SPK-02': {
    fires: [wl('transient-batch'), base({ spark: { executorCores: 6 } })],
    quiet: [wl('transient-batch'), base({ spark: { executorCores: 5 } })],
  },
  'R-SPK-03': {
    fires: [wl('transient-batch'), base({ spark: { memoryOverheadFactor: 0.1 } })],
    quiet: [wl('transient-batch'), base({ spark: { memoryOverheadFactor: 0.1875 } })],
  },
  'R-SPK-04': {
    fires: [wl('long-running'), base({ applications: ['Hadoop', 'Spark', 'HBase'], spark: { maximizeResourceAllocation: true } })],
    quiet: [wl('long-running'), base({ spark: { maximizeResourceAllocation: true } })],
  },
  'R-SPK-05': {
    fires: [wl('long-running', { traits: ['multi-tenant'] }), base({ spark: { maximizeResourceAllocation: true } })],
    quiet: [wl('long-running'), base({ spark: { maximizeResourceAllocation: true } })],
  },
  // base(): 4 core nodes × 2 executors × 4 cores = 32 executor cores; 2 × 32 = 64 is on target, 1000 > 4 × 32.
  'R-SPK-06': {
    fires: [wl('transient-batch'), base({ spark: { defaultParallelism: 1000 } })],
    quiet: [wl('transient-batch'), base({ spark: { defaultParallelism: 64 } })],
  },
  'R-SPK-07': {
    fires: [wl('transient-batch'), base({ spark: { executorInstances: 10 } })],
    quiet: [wl('transient-batch'), base({ spark: { executorInstances: 10, dynamicAllocation: false } })],
  },
  'R-DEP-01': {
    fires: [wl('interactive'), base({ spark: { submitter: 'shell', deployMode: 'cluster' } })],
    quiet: [wl('interactive'), base({ spark: { submitter: 'shell', deployMode: 'client' } })],
  },
  'R-DEP-02': {
    fires: [wl('long-running', { concurrentApplications: 5 }), base({ spark: { submitter: 'step', deployMode: 'client' } })],
    quiet: [wl('long-running', { concurrentApplications: 5 }), base({ spark: { submitter: 'step', deployMode: 'cluster' } })],
  },
  'R-DEP-03': {
    fires: [wl('transient-batch'), base({ spark: { deployMode: 'cluster' } }, spotTask)],
    quiet: [wl('transient-batch'), base({ spark: { deployMode: 'cluster' }, applicationMasterNodes: 'core' }, spotTask)],
  },
  // 5 drivers × (2048 + 384) MiB = 12,160 MiB > half of m5.xlarge's 16,384 MiB; m5.4xlarge has 65,536 MiB.
  'R-DEP-04': {
    fires: [wl('interactive', { concurrentApplications: 5 }), base({ spark: { submitter: 'livy' } })],
    quiet: [
      wl('interactive', { concurrentApplications: 5 }),
      groups(g('m5.4xlarge'), g('m5.2xlarge', 4), [], { spark: { submitter: 'livy' } }),
    ],
  },
  'R-DEP-05': {
    fires: [wl('interactive'), base({ spark: { submitter: 'livy', deployMode: 'cluster' } })],
    quiet: [wl('interactive'), base({ spark: { submitter: 'livy', deployMode: 'client' } })],
  },
  'R-DEP-06': {
    fires: [wl('transient-batch'), serverless({ spark: { deployMode: 'client' } })],
    quiet: [wl('transient-batch'), serverless()],
  },
  'R-PLT-01': {
    fires: [wl('interactive'), serverless()],
    quiet: [wl('interactive'), serverless({ initialCapacity: { drivers: 1, executors: 4 } })],
  },
  'R-PLT-02': { fires: [wl('transient-batch'), offGridServerless()], quiet: [wl('transient-batch'), serverless()] },
  'R-PLT-03': { fires: [wl('long-running', { traits: ['needs-node-access'] }), serverless()], quiet: [wl('long-running'), serverless()] },
  'R-PLT-04': {
    fires: [wl('transient-batch', { traits: ['existing-eks'] }), base()],
    quiet: [wl('transient-batch', { traits: ['existing-eks'] }), cluster({ platform: 'emr-eks' })],
  },
  'R-PLT-05': {
    fires: [wl('transient-batch'), cluster({ platform: 'lambda', timeoutSeconds: 1800 })],
    quiet: [wl('transient-batch'), cluster({ platform: 'lambda', timeoutSeconds: 900 })],
  },
  'R-PLT-06': {
    fires: [wl('streaming-24x7'), cluster({ platform: 'managed-flink' })],
    quiet: [wl('streaming-24x7', { engine: 'flink' }), cluster({ platform: 'managed-flink' })],
  },
  'R-PLT-07': {
    fires: [wl('streaming-24x7'), cluster({ platform: 'kinesis-analytics-sql' })],
    quiet: [wl('streaming-24x7', { engine: 'flink' }), cluster({ platform: 'managed-flink' })],
  },
  'R-PLT-08': { fires: [wl('streaming-24x7'), cluster({ platform: 'firehose' })], quiet: [wl('streaming-24x7'), base()] },
  // 5 MB/s of writes need 5 shards (1 MB/s each); 4 are too few.
  'R-PLT-09': {
    fires: [wl('streaming-24x7', { stream: { ingestMBPerSecond: 5 } }), base({ kinesisSource: { shards: 4 } })],
    quiet: [wl('streaming-24x7', { stream: { ingestMBPerSecond: 5 } }), base({ kinesisSource: { shards: 5 } })],
  },
  'R-PLT-10': {
    fires: [wl('streaming-24x7', { stream: { ingestMBPerSecond: 1, retentionHours: 9000 } }), base({ kinesisSource: { shards: 2 } })],
    quiet: [wl('streaming-24x7', { stream: { ingestMBPerSecond: 1, retentionHours: 8760 } }), base({ kinesisSource: { shards: 2 } })],
  },
  'R-PLT-11': {
    fires: [wl('transient-batch'), cluster({ platform: 'aws-batch' })],
    quiet: [wl('transient-batch', { engine: 'container-batch' }), cluster({ platform: 'aws-batch' })],
  },
  'R-CST-01': {
    fires: [wl('transient-batch'), base()],
    quiet: [wl('transient-batch'), base({ autoTermination: { afterLastStep: true } })],
  },
  'R-CST-02': { fires: [wl('long-running'), base()], quiet: [wl('long-running'), base({ reservedCapacity: true })] },
  'R-CST-03': { fires: [wl('cost-driven'), base({ spotSavingsClaimPercent: 90 })], quiet: [wl('cost-driven'), base()] },
};

function findingsOf([workload, c]: Case, id: string): Finding[] {
  return evaluate(workload, c).findings.filter((f) => f.ruleId === id);
}

describe('every rule fires on its case and stays quiet on the other', () => {
  it('the case table covers every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  for (const rule of RULES) {
    const c = CASES[rule.id];
    it(`${rule.id} — ${rule.title.en}`, () => {
      expect(c, `no case for ${rule.id}`).toBeDefined();
      if (!c) return;
      const fired = findingsOf(c.fires, rule.id);
      expect(fired.length, `${rule.id} should fire`).toBeGreaterThan(0);
      expect(fired[0]?.severity).toBe(c.severity ?? rule.severity);
      // What a student reads: the message and the field it points at, pinned per rule.
      expect({ message: fired[0]?.message, subject: fired[0]?.subject }).toMatchSnapshot();
      expect(findingsOf(c.quiet, rule.id), `${rule.id} should stay quiet`).toEqual([]);
    });
  }
});

describe('rule details a student would notice', () => {
  it('R-VAL-01 names the smallest size EMR offers (m5.large → m5.xlarge)', () => {
    const [f] = findingsOf(CASES['R-VAL-01']!.fires, 'R-VAL-01');
    expect(f?.message.en).toContain('m5.large');
    expect(f?.message.en).toContain('m5.xlarge');
    expect(f?.message.ko).toContain('m5.large');
    expect(f?.message.ko).toContain('m5.xlarge');
    expect(f?.subject).toBe('instances.core.0.instanceType');
  });

  it('R-PUR-04 is an error for a data-critical workload and a warning for a long-running one', () => {
    const spotCore = groups(g('m5.xlarge'), g('m5.2xlarge', 4, 'spot'));
    expect(findingsOf([wl('data-critical'), spotCore], 'R-PUR-04')[0]?.severity).toBe('error');
    expect(findingsOf([wl('long-running'), spotCore], 'R-PUR-04')[0]?.severity).toBe('warning');
  });

  it('R-STO-01 is an error for a transient cluster and a warning for a long-running one', () => {
    expect(findingsOf([wl('transient-batch'), base({ persistentDataStore: 'hdfs' })], 'R-STO-01')[0]?.severity).toBe('error');
    expect(findingsOf([wl('long-running'), base({ persistentDataStore: 'hdfs' })], 'R-STO-01')[0]?.severity).toBe('warning');
  });

  it('R-PUR-08 follows the release default: EMR 5.19–5.x keep AMs on core nodes, 6.x does not', () => {
    expect(findingsOf([wl('transient-batch'), base({ releaseLabel: 'emr-5.36.2' }, [g('m5.2xlarge', 4, 'spot')])], 'R-PUR-08')).toEqual([]);
    expect(
      findingsOf([wl('transient-batch'), base({ releaseLabel: 'emr-6.15.0' }, [g('m5.2xlarge', 4, 'spot')])], 'R-PUR-08'),
    ).toHaveLength(1);
    // ON_DEMAND labels need 7.2+: asking for them on 6.15 leaves AMs unpinned.
    const f = findingsOf(
      [wl('transient-batch'), base({ releaseLabel: 'emr-6.15.0', applicationMasterNodes: 'on-demand' }, [g('m5.2xlarge', 4, 'spot')])],
      'R-PUR-08',
    );
    expect(f[0]?.message.en).toContain('7.2.0');
    expect(f[0]?.message.ko).toContain('7.2.0');
  });

  it('R-VAL-04 also catches a 31-type fleet built without the schema', () => {
    const parsed = fleets(g('m5.xlarge'), fleet(ten, 0, 64, { spotAllocationStrategy: 'capacity-optimized' }));
    const instances = parsed.instances;
    if (instances.mode !== 'instance-fleets') throw new Error('unreachable');
    const many = Array.from({ length: 31 }, (_, i) => ({ instanceType: ten[i % ten.length] as string }));
    const built: Ec2Cluster = { ...parsed, instances: { ...instances, core: { ...instances.core, instanceTypes: many } } };
    expect(findingsOf([wl('long-running'), built], 'R-VAL-04')[0]?.message.en).toContain('at most 30');
  });

  it('R-PLT-09 counts reads: three standard consumers of 5 MB/s need 8 shards, with enhanced fan-out 5', () => {
    const w = wl('streaming-24x7', { stream: { ingestMBPerSecond: 5, consumers: 3 } });
    expect(findingsOf([w, base({ kinesisSource: { shards: 7 } })], 'R-PLT-09')).toHaveLength(1);
    expect(findingsOf([w, base({ kinesisSource: { shards: 8 } })], 'R-PLT-09')).toEqual([]);
    expect(findingsOf([w, base({ kinesisSource: { shards: 5, enhancedFanOut: true } })], 'R-PLT-09')).toEqual([]);
  });

  it('R-PLT-05 also fires for memory above 10,240 MB and for units of work longer than 15 minutes', () => {
    expect(findingsOf([wl('transient-batch'), cluster({ platform: 'lambda', memoryMiB: 10_241 })], 'R-PLT-05')).toHaveLength(1);
    expect(findingsOf([wl('transient-batch', { longestTaskMinutes: 20 }), cluster({ platform: 'lambda' })], 'R-PLT-05')).toHaveLength(1);
  });

  it('R-SPK-01 reports "cannot check" (info) instead of guessing when the catalog has no YARN memory', () => {
    const f = findingsOf([wl('transient-batch'), groups(g('m5.xlarge'), g('m7g.2xlarge', 4))], 'R-SPK-01');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('info');
    expect(f[0]?.message.en).toContain('m7g.2xlarge');
    expect(f[0]?.message.ko).toContain('m7g.2xlarge');
  });

  it('R-SIZE-01 also fires above 50 nodes with an m5.xlarge primary', () => {
    expect(findingsOf([wl('long-running'), groups(g('m5.xlarge'), g('m5.2xlarge', 60))], 'R-SIZE-01')).toHaveLength(1);
    expect(findingsOf([wl('long-running'), groups(g('m5.4xlarge'), g('m5.2xlarge', 60))], 'R-SIZE-01')).toEqual([]);
  });

  it('R-PLT-11 also warns when EMR is chosen for plain container jobs', () => {
    expect(findingsOf([wl('transient-batch', { engine: 'container-batch' }), base()], 'R-PLT-11')).toHaveLength(1);
  });
});

/** Hangul syllables: a text a Korean student reads has some. */
const HANGUL = /[\uac00-\ud7af]/;

/**
 * What a translation must keep of the English, as written: instance types (`m5.xlarge`), release
 * labels and versions (`emr-6.15.0`, `7.2.0`), configuration keys (`spark.executor.memory`),
 * upper-case API values (`ON_DEMAND`, `CORE`) and numbers.
 */
function technicalTokens(english: string): string[] {
  // dotted names: segments of two or more characters (not "e.g"), no hyphen after a dot ("m5.xlarge-class")
  const tokens = english.match(/\b[a-z][a-z0-9-]*(?:\.(?:[a-z0-9]{2,}|\d+))+|\b[A-Z][A-Z_]{2,}\b|\d+(?:[.,]\d+)*/g) ?? [];
  return [...new Set(tokens)];
}

describe('the rules speak Korean (the calculator shows the page’s language)', () => {
  it('every rule has a Korean title and rationale', () => {
    for (const r of RULES) {
      expect(r.title.ko, `${r.id} title`).toMatch(HANGUL);
      expect(r.rationale.ko, `${r.id} rationale`).toMatch(HANGUL);
      expect(r.rationale.ko.length, `${r.id} rationale`).toBeGreaterThan(20);
    }
  });

  // Every message of every case table entry and every preset: Korean, nothing left unrendered,
  // and every instance type, version, configuration key and number of the English kept.
  const evaluations = [
    ...Object.values(CASES).flatMap((c) => [evaluate(...c.fires), evaluate(...c.quiet)]),
    ...WORKLOAD_PRESETS.map((p) => evaluate(WorkloadSchema.parse(p.workload), ClusterSchema.parse(p.cluster))),
  ];
  const findings = evaluations.flatMap((e) => e.findings);

  it('every message a case or a preset gives is Korean and keeps the English’s names and numbers', () => {
    expect(new Set(findings.map((f) => f.ruleId)).size).toBe(RULES.length);
    for (const f of findings) {
      for (const text of [f.message.ko, f.message.en]) expect(text, f.ruleId).not.toMatch(/undefined|\[object |\$\{|NaN/);
      expect(f.message.ko, `${f.ruleId}: ${f.message.en}`).toMatch(HANGUL);
    }
    const dropped = findings.flatMap((f) =>
      technicalTokens(f.message.en)
        .filter((t) => !f.message.ko.includes(t))
        .map((t) => `${f.ruleId}: ${t}`),
    );
    expect([...new Set(dropped)], 'names and numbers the Korean message drops').toEqual([]);
  });

  it('every rationale keeps the English’s names and numbers', () => {
    const dropped = RULES.flatMap((r) =>
      technicalTokens(r.rationale.en)
        .filter((t) => !r.rationale.ko.includes(t))
        .map((t) => `${r.id}: ${t}`),
    );
    expect(dropped, 'names and numbers the Korean rationale drops').toEqual([]);
  });

  it('every preset describes itself in Korean', () => {
    for (const p of WORKLOAD_PRESETS) {
      expect(p.description.ko, p.id).toMatch(HANGUL);
      expect(p.description.en, p.id).not.toMatch(HANGUL);
    }
  });
});

describe('the rule registry', () => {
  it('has unique ids of the fact sheet form', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^R-(VAL|PUR|HA|HDFS|STO|SIZE|SPK|DEP|PLT|CST)-\d{2}$/);
  });

  it('lets only documented rules (aws-doc, spark-doc, derived) be errors', () => {
    for (const r of RULES) if (r.severity === 'error') expect(DOCUMENTED_PROVENANCES, r.id).toContain(r.provenance);
    // Overrides too: every firing case's findings.
    for (const c of Object.values(CASES)) {
      for (const f of evaluate(...c.fires).findings)
        if (f.severity === 'error') expect(DOCUMENTED_PROVENANCES, f.ruleId).toContain(f.provenance);
    }
  });

  it('gives every rule a rationale, https sources and teaching tags', () => {
    for (const r of RULES) {
      expect(r.rationale.en.length, r.id).toBeGreaterThan(40);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(r.tags.length, r.id).toBeGreaterThan(0);
    }
    const f = evaluate(...CASES['R-VAL-01']!.fires).findings[0];
    for (const s of f?.sources ?? []) expect(s.url).toMatch(/^https:\/\//);
  });

  const tagsFile = path.join(PROJECT_ROOT, 'content', 'tags.yml');
  it.skipIf(!existsSync(tagsFile))('uses only tags registered in content/tags.yml', () => {
    const registry = parseYaml(readFileSync(tagsFile, 'utf8')) as Record<string, unknown>;
    for (const r of RULES) for (const t of r.tags) expect(Object.keys(registry), `${r.id} tag ${t}`).toContain(t);
  });

  const facts = path.resolve(PROJECT_ROOT, '..', 'shared', 'reference', 'emr-facts.md');
  if (!existsSync(facts)) console.warn(`[emr-prep] NOTICE: ${facts} is absent — the fact-sheet id check is SKIPPED.`);
  it.skipIf(!existsSync(facts))('uses the ids of the fact sheet, and covers all of them', () => {
    const text = readFileSync(facts, 'utf8');
    const sheetIds = [...new Set([...text.matchAll(/\*\*(R-[A-Z]+-\d{2})\*\*/g)].map((m) => m[1]))].sort();
    expect(RULES.map((r) => r.id).sort()).toEqual(sheetIds);
  });

  it('gives every finding of a configuration that parses through the schema a defined severity and no NaN', () => {
    const c = ClusterSchema.parse({
      platform: 'emr-ec2',
      instances: { mode: 'instance-groups', primary: g('m5.xlarge'), core: g('m5.xlarge', 1) },
    });
    const e = evaluate(wl('data-critical'), c);
    expect(JSON.stringify(e)).not.toMatch(/NaN|Infinity/);
  });
});
