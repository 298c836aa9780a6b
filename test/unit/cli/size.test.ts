/**
 * `emr-prep size` as a user runs it: the example prints findings, figures and exports and
 * exits 0; an invalid configuration exits 1 naming the rule; bad input names the flag or JSON field
 * (never a crash or NaN); `--json` gives the same evaluation as the core; `--file` takes a
 * configuration in the model's JSON form; the printed create-cluster command survives a real shell.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { findInstanceType, INSTANCE_CATALOG } from '../../../src/core/catalog/instance-catalog.ts';
import { evaluate, parseCluster, parseWorkload, type Finding } from '../../../src/core/sizing/index.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-size-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const EXAMPLE = [
  'size',
  '--workload',
  'streaming-24x7',
  '--primary',
  'm5.xlarge',
  '--core',
  'm5.2xlarge:4',
  '--task',
  'm5.2xlarge:10:spot',
];

/** The largest heap h (MiB) with h + max(384, ⌊0.1875·h⌋) ≤ budget — EMR's overhead factor, by search. */
function largestHeap(budget: number): number {
  let h = budget;
  while (h + Math.max(384, Math.floor(0.1875 * h)) > budget) h--;
  return h;
}

describe('emr-prep size: the issue example', () => {
  it('prints findings with severity, provenance, rationale, source and note tags, and exits 0 (valid)', async () => {
    const { code, out, err } = await run(...EXAMPLE);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^VALID/m);
    // Spot task nodes with application masters allowed anywhere (EMR 7.x default) is a documented warning.
    expect(out).toMatch(/warning +R-PUR-08 \[aws-doc\] .*task nodes are Spot/);
    expect(out).toMatch(/why: .*application masters/i);
    expect(out).toContain('source: EMR Management Guide');
    expect(out).toContain('https://docs.aws.amazon.com/emr/');
    expect(out).toContain('notes: /tags/');
    expect(out).not.toMatch(/NaN|undefined/);
  });

  it('derives the figures from the catalog: YARN memory, executors per node, parallelism (hand arithmetic)', async () => {
    const m5 = findInstanceType('m5.2xlarge');
    expect(m5?.yarnNodeManagerMemoryMB).toBeTypeOf('number');
    const yarn = m5!.yarnNodeManagerMemoryMB!;
    const vcpu = m5!.vcpu; // 8
    const perNode = Math.floor(vcpu / 4); // 4 cores per executor → 2 executors per node
    const minAlloc = m5!.yarnSchedulerMinimumAllocationMB!;
    const budget = Math.floor(Math.floor(yarn / perNode) / minAlloc) * minAlloc;
    const heap = largestHeap(budget);
    const workers = 4 + 10;
    const { out } = await run(...EXAMPLE);
    // Workers: 14 × the catalog's yarn.nodemanager.resource.memory-mb.
    expect(out).toMatch(
      new RegExp(`workers +14 +${workers * vcpu} +${workers * m5!.memoryGiB} +${(workers * yarn).toLocaleString('en-US')}`),
    );
    const us = (n: number) => n.toLocaleString('en-US');
    expect(heap).toBeGreaterThanOrEqual(1000);
    expect(out).toContain(`4 cores, ${us(heap)} MiB heap + ${us(Math.max(384, Math.floor(0.1875 * heap)))} MiB overhead`);
    expect(out).toContain(`${perNode} executor(s) per node`);
    // Client mode (the default): the driver runs on the primary node and displaces no executor.
    expect(out).toContain(`total ${workers * perNode} executors, ${workers * perNode * 4} cores`);
    expect(out).toContain(`spark.default.parallelism ${2 * workers * perNode * 4}`);
    // EMR's default dfs.replication for 4 core nodes is 2 ([S9]).
    expect(out).toContain('dfs.replication 2');
  });

  it('prints the exports: create-cluster command, instance-groups JSON and spark-defaults', async () => {
    const { out } = await run(...EXAMPLE);
    expect(out).toContain('aws emr create-cluster \\');
    const groupsJson = /# --instance-groups\n(\[[\s\S]*?\n\])/.exec(out)?.[1];
    expect(groupsJson).toBeDefined();
    const groups = JSON.parse(groupsJson!) as Array<{
      InstanceGroupType: string;
      InstanceType: string;
      InstanceCount: number;
      BidPrice?: string;
    }>;
    // The AWS CLI's --instance-groups has no Market key: BidPrice marks a Spot group.
    expect(groups.map((g) => [g.InstanceGroupType, g.InstanceType, g.InstanceCount, g.BidPrice])).toEqual([
      ['MASTER', 'm5.xlarge', 1, undefined],
      ['CORE', 'm5.2xlarge', 4, undefined],
      ['TASK', 'm5.2xlarge', 10, 'OnDemandPrice'],
    ]);
    expect(out).toMatch(/"Classification": "spark-defaults"/);
  });

  it('--json gives the same findings as the core evaluate() (the page calls it too)', async () => {
    const { code, out } = await run(...EXAMPLE, '--json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as {
      valid: boolean;
      findings: Finding[];
      exports: { instanceGroups: unknown[]; createCluster: { argv: string[] } };
    };
    const w = parseWorkload({ profile: 'streaming-24x7' });
    const c = parseCluster({
      platform: 'emr-ec2',
      instances: {
        mode: 'instance-groups',
        primary: { instanceType: 'm5.xlarge', count: 1 },
        core: { instanceType: 'm5.2xlarge', count: 4 },
        task: [{ instanceType: 'm5.2xlarge', count: 10, market: 'spot' }],
      },
    });
    if (!w.ok || !c.ok) throw new Error('test setup: the reference configuration must parse');
    const direct = evaluate(w.value, c.value);
    expect(data.valid).toBe(true);
    expect(data.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(direct.findings.map((f) => `${f.ruleId}:${f.severity}`));
    expect(data.exports.instanceGroups).toHaveLength(3);
    expect(data.exports.createCluster.argv.slice(0, 3)).toEqual(['aws', 'emr', 'create-cluster']);
  });
});

describe('emr-prep size: invalid configurations exit 1', () => {
  it('a Spot primary for a 24×7 streaming workload is an error (R-PUR-01)', async () => {
    const { code, out } = await run('size', '--workload', 'streaming-24x7', '--primary', 'm5.xlarge:1:spot', '--core', 'm5.2xlarge:4');
    expect(code).toBe(1);
    expect(out).toMatch(/^INVALID/m);
    expect(out).toMatch(/error +R-PUR-01 \[aws-doc\]/);
    expect(out).toContain('invalid because of R-PUR-01');
  });

  it('the same primary On-Demand is valid (the error clears)', async () => {
    const { code, out } = await run('size', '--workload', 'streaming-24x7', '--primary', 'm5.xlarge:1:on-demand', '--core', 'm5.2xlarge:4');
    expect(code).toBe(0);
    expect(out).not.toContain('R-PUR-01');
  });

  it('--json reports invalid with the deciding rules and exits 1', async () => {
    const { code, out } = await run(
      'size',
      '--workload',
      'streaming-24x7',
      '--primary',
      'm5.xlarge:1:spot',
      '--core',
      'm5.2xlarge:4',
      '--json',
    );
    expect(code).toBe(1);
    const data = JSON.parse(out) as { valid: boolean; invalidatedBy: string[] };
    expect(data.valid).toBe(false);
    expect(data.invalidatedBy).toEqual(['R-PUR-01']);
  });

  it('m5.large is in the catalog but not offered by EMR: invalid under R-VAL-01, with the fix', async () => {
    const { code, out } = await run('size', '--workload', 'interactive', '--primary', 'm5.large', '--core', 'm5.xlarge:2');
    expect(code).toBe(1);
    expect(out).toMatch(/error +R-VAL-01/);
    expect(out).toContain('m5.xlarge');
  });
});

describe('emr-prep size: bad input names the field, never a crash or NaN', () => {
  it('unknown instance type, count 0 and a negative count: one line each, naming the flag and field', async () => {
    const { code, err, out } = await run(
      'size',
      '--workload',
      'streaming-24x7',
      '--primary',
      'm5.larg',
      '--core',
      'm5.2xlarge:0',
      '--task',
      'm5.2xlarge:-3:spot',
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/--primary: instances\.primary\.instanceType: unknown instance type "m5\.larg"/);
    expect(err).toMatch(/--core m5\.2xlarge:0: instances\.core\.0\.count: at least 1 instance/);
    expect(err).toMatch(/--task m5\.2xlarge:-3:spot: instances\.task\.0\.count: at least 1 instance/);
    expect(err).not.toMatch(/NaN|undefined|at Object|Error:/);
  });

  it('a malformed group flag says what it expected', async () => {
    const { code, err } = await run('size', '--workload', 'test', '--primary', 'm5.xlarge', '--core', 'm5.2xlarge:four');
    expect(code).toBe(1);
    expect(err).toContain('--core: "four" in "m5.2xlarge:four" is not a count, a purchasing option (on-demand, spot) or ebs=GIB');
  });

  it('an unknown workload profile or trait names --workload / --traits and lists the choices', async () => {
    const a = await run('size', '--workload', 'streaming', '--primary', 'm5.xlarge', '--core', 'm5.2xlarge:2');
    expect(a.code).toBe(1);
    expect(a.err).toMatch(/--workload: profile: .*streaming-24x7/);
    const b = await run('size', '--workload', 'test', '--traits', 'memory-bound,fast', '--primary', 'm5.xlarge', '--core', 'm5.2xlarge:2');
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/--traits: traits\.1: /);
  });

  it('a Serverless worker off the grid names executor.memoryGiB and the grid', async () => {
    const { code, err } = await run('size', '--workload', 'transient-batch', '--platform', 'emr-serverless', '--executor', '4:50');
    expect(code).toBe(1);
    expect(err).toContain('--executor: executor.memoryGiB: a 4-vCPU EMR Serverless worker has 8–30 GiB');
  });

  it('a Serverless worker on the grid is evaluated (figures, no exports)', async () => {
    const { code, out } = await run(
      'size',
      '--workload',
      'transient-batch',
      '--platform',
      'emr-serverless',
      '--executor',
      '4:16:50',
      '--driver',
      '2:8',
    );
    expect(code).toBe(0);
    expect(out).toContain('executor  4 vCPU, 16 GiB, 50 GiB disk');
    expect(out).toContain('exports are for EMR on EC2 configurations only');
  });

  it('usage problems exit 2: no workload, --file with cluster flags, missing or non-JSON file, unknown option', async () => {
    const noWorkload = await run('size', '--primary', 'm5.xlarge', '--core', 'm5.2xlarge:2');
    expect(noWorkload.code).toBe(2);
    expect(noWorkload.err).toContain('--workload is required');
    const file = tempFile('c.json', '{}');
    const mixed = await run('size', '--workload', 'test', '--file', file, '--primary', 'm5.xlarge');
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('--primary cannot be combined with --file');
    const missing = await run('size', '--workload', 'test', '--file', '/nonexistent/cluster.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('/nonexistent/cluster.json: file not found');
    const broken = await run('size', '--workload', 'test', '--file', tempFile('broken.json', '{ "platform": '));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/broken\.json is not JSON/);
    const unknown = await run('size', '--workload', 'test', '--primary', 'm5.xlarge', '--core', 'm5.xlarge:2', '--cores', '3');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown option `--cores`/);
  });
});

describe('emr-prep size --file', () => {
  const fleetCluster = (types: string[]) => ({
    platform: 'emr-ec2',
    name: 'warehouse',
    instances: {
      mode: 'instance-fleets',
      primary: { instanceType: 'm5.xlarge', count: 1 },
      core: { instanceTypes: [{ instanceType: 'r5.2xlarge' }], targetOnDemandCapacity: 16 },
      task: {
        instanceTypes: types.map((instanceType) => ({ instanceType })),
        targetSpotCapacity: 64,
        spotAllocationStrategy: 'price-capacity-optimized',
      },
    },
    applicationMasterNodes: 'core',
  });

  it('takes an instance-fleet configuration in the model JSON form and exports --instance-fleets', async () => {
    const file = tempFile('cluster.json', JSON.stringify(fleetCluster(['m5.2xlarge', 'm5d.2xlarge', 'r5.2xlarge'])));
    const { code, out } = await run('size', '--workload', 'long-running', '--file', file, '--json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as {
      exports: { instanceFleets: Array<{ InstanceFleetType: string; TargetSpotCapacity: number; InstanceTypeConfigs: unknown[] }> };
    };
    const task = data.exports.instanceFleets.find((f) => f.InstanceFleetType === 'TASK');
    expect(task?.TargetSpotCapacity).toBe(64);
    expect(task?.InstanceTypeConfigs).toHaveLength(3);
  });

  it('accepts { workload, cluster } and a fleet with 40 types is an error naming the field', async () => {
    const known = INSTANCE_CATALOG.instances.filter((t) => t.emrSupported).map((t) => t.name);
    expect(known.length, 'the test needs 40 catalog types').toBeGreaterThanOrEqual(40);
    const file = tempFile(
      'forty.json',
      JSON.stringify({ workload: { profile: 'long-running' }, cluster: fleetCluster(known.slice(0, 40)) }),
    );
    const { code, err } = await run('size', '--file', file);
    expect(code).toBe(1);
    expect(err).toMatch(/forty\.json: cluster: instances\.task\.instanceTypes: a fleet lists at most 30 instance types/);
  });
});

describe('emr-prep size: the printed command is safe in a real shell', () => {
  it.skipIf(!existsSync('/bin/sh'))('a hostile cluster name stays one argument', async () => {
    const name = `x'; touch /tmp/pwned-$(id -u) #"\`date\``;
    const { code, out } = await run(
      'size',
      '--workload',
      'test',
      '--primary',
      'm5.xlarge:1:spot',
      '--core',
      'm5.xlarge:2:spot',
      '--name',
      name,
      '--json',
    );
    expect(code).toBe(0);
    const argv = (JSON.parse(out) as { exports: { createCluster: { argv: string[]; command: string } } }).exports.createCluster;
    // Let /bin/sh split the command: printf prints each argument NUL-terminated.
    const shell = spawnSync('/bin/sh', ['-c', argv.command.replace(/^aws /, "printf '%s\\0' aws ")], { encoding: 'utf8' });
    expect(shell.status).toBe(0);
    expect(shell.stdout.split('\0').slice(0, -1)).toEqual(argv.argv);
    // One word `--name=VALUE`, so a name starting with "-" is never read as an option.
    expect(argv.argv).toContain(`--name=${name}`);
  });
});
