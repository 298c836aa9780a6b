/**
 * Bad input gets a clear error naming the field — never a crash or NaN: unknown instance type,
 * count 0 or negative, a fleet with 40 types, a Serverless worker off the grid, and friends.
 */
import { describe, expect, it } from 'vitest';
import { INSTANCE_CATALOG } from '../../../src/core/catalog/instance-catalog.ts';
import {
  parseCluster,
  parseWorkload,
  WORKLOAD_PRESETS,
  ClusterSchema,
  WorkloadSchema,
  evaluate,
  exportsOf,
} from '../../../src/core/sizing/index.ts';

const groupsInput = (core: unknown, primary: unknown = { instanceType: 'm5.xlarge', count: 1 }) => ({
  platform: 'emr-ec2',
  instances: { mode: 'instance-groups', primary, core },
});

function problemsOf(input: unknown) {
  const r = parseCluster(input);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('parseCluster names the field of every problem', () => {
  it('unknown instance type', () => {
    const [p] = problemsOf(groupsInput({ instanceType: 'm9.huge', count: 2 }));
    expect(p?.path).toBe('instances.core.0.instanceType');
    expect(p?.message).toContain('unknown instance type "m9.huge"');
  });

  it('unknown size of a known family lists the sizes the catalog has', () => {
    const [p] = problemsOf(groupsInput({ instanceType: 'm5.3xlarge', count: 2 }));
    expect(p?.message).toMatch(/m5 in sizes .*xlarge, 2xlarge/);
  });

  for (const count of [0, -3, 2.5, Number.NaN]) {
    it(`count ${count}`, () => {
      const [p] = problemsOf(groupsInput({ instanceType: 'm5.xlarge', count }));
      expect(p?.path).toBe('instances.core.0.count');
    });
  }

  it('a fleet with 40 instance types', () => {
    const types = INSTANCE_CATALOG.instances
      .filter((t) => t.emrSupported)
      .slice(0, 40)
      .map((t) => ({ instanceType: t.name }));
    const problems = problemsOf({
      platform: 'emr-ec2',
      instances: {
        mode: 'instance-fleets',
        primary: { instanceType: 'm5.xlarge', count: 1 },
        core: { instanceTypes: types, targetOnDemandCapacity: 10 },
      },
    });
    expect(problems).toEqual([{ path: 'instances.core.instanceTypes', message: expect.stringContaining('at most 30 instance types') }]);
  });

  it('a fleet with no target capacity', () => {
    const problems = problemsOf({
      platform: 'emr-ec2',
      instances: {
        mode: 'instance-fleets',
        primary: { instanceType: 'm5.xlarge', count: 1 },
        core: { instanceTypes: [{ instanceType: 'm5.xlarge' }] },
      },
    });
    expect(problems[0]?.path).toBe('instances.core.targetOnDemandCapacity');
  });

  it('a Serverless worker off the grid (memory, vCPU, disk)', () => {
    expect(problemsOf({ platform: 'emr-serverless', executor: { vcpu: 4, memoryGiB: 50 } })[0]).toEqual({
      path: 'executor.memoryGiB',
      message: 'a 4-vCPU EMR Serverless worker has 8–30 GiB in steps of 1 GiB of memory, not 50 GiB (R-PLT-02)',
    });
    expect(problemsOf({ platform: 'emr-serverless', driver: { vcpu: 3, memoryGiB: 12 } })[0]?.path).toBe('driver.vcpu');
    const eight = problemsOf({ platform: 'emr-serverless', driver: { vcpu: 8, memoryGiB: 18 } })[0];
    expect(eight?.path).toBe('driver.memoryGiB');
    expect(eight?.message).toMatch(/^an 8-vCPU EMR Serverless worker/);
    expect(problemsOf({ platform: 'emr-serverless', driver: { vcpu: 2, memoryGiB: 8, diskGiB: 500 } })[0]?.path).toBe('driver.diskGiB');
  });

  it('a release label that is not emr-X.Y.Z', () => {
    expect(problemsOf({ ...groupsInput({ instanceType: 'm5.xlarge', count: 2 }), releaseLabel: '7.12' })[0]?.path).toBe('releaseLabel');
  });

  it('an unknown application and an unknown field', () => {
    const problems = problemsOf({
      ...groupsInput({ instanceType: 'm5.xlarge', count: 2 }),
      applications: ['Spark', 'Sparkle'],
      colour: 'red',
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['(root)', 'applications.1']);
  });

  it('a cluster name with a newline (it would end up in a shell command)', () => {
    expect(problemsOf({ ...groupsInput({ instanceType: 'm5.xlarge', count: 2 }), name: 'a\nb' })[0]?.path).toBe('name');
  });

  it('a workload with an unknown profile or trait', () => {
    const r = parseWorkload({ profile: 'realtime', traits: ['fast'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(['profile', 'traits.0']);
  });
});

describe('accepted on purpose, for the rules to judge', () => {
  it('types EMR does not offer (m5.large), two primaries, several core groups', () => {
    const r = parseCluster(
      groupsInput(
        [
          { instanceType: 'm5.large', count: 2 },
          { instanceType: 'm5.xlarge', count: 2, market: 'spot' },
        ],
        { instanceType: 'm5.xlarge', count: 2 },
      ),
    );
    expect(r.ok).toBe(true);
  });

  it('normalises names: instance types and applications are case-insensitive', () => {
    const r = parseCluster({ ...groupsInput({ instanceType: ' M5.XLarge ', count: 2 }), applications: ['spark', 'HADOOP'] });
    expect(r.ok && r.value.platform === 'emr-ec2' && r.value.applications).toEqual(['Spark', 'Hadoop']);
  });
});

describe('workload presets', () => {
  it('one per profile, each a valid configuration without warnings or errors for its workload', () => {
    expect(WORKLOAD_PRESETS.map((p) => p.id).sort()).toEqual([...WorkloadSchema.shape.profile.options].sort());
    for (const p of WORKLOAD_PRESETS) {
      const e = evaluate(WorkloadSchema.parse(p.workload), ClusterSchema.parse(p.cluster));
      expect(e.valid, p.id).toBe(true);
      expect(
        e.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId),
        p.id,
      ).toEqual([]);
      expect(exportsOf(ClusterSchema.parse(p.cluster))?.createCluster.argv[0]).toBe('aws');
    }
  });
});
