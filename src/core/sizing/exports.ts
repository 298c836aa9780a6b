/**
 * Exports of an EMR on EC2 configuration: the `aws emr create-cluster` command (every argument
 * POSIX-shell-quoted, so nothing in a cluster name can inject shell syntax), the
 * `--instance-groups` / `--instance-fleets` JSON, and the `--configurations` JSON with the
 * `spark-defaults` classification from the derived executor sizing.
 *
 * Field names follow the EMR API / AWS CLI JSON forms ([S4], [S5], [S6], [S7], [S11], [S28]):
 * InstanceGroupType/InstanceType/InstanceCount/BidPrice, InstanceFleetType/
 * TargetOnDemandCapacity/TargetSpotCapacity/InstanceTypeConfigs/LaunchSpecifications,
 * Classification/Properties, ComputeLimits.
 */
import { ec2Figures, type Ec2Figures } from './figures.ts';
import { instanceTypeOf, type Cluster, type Ec2Cluster, type InstanceFleet, type InstanceGroup } from './model.ts';
import { isSizingUnavailable } from './spark-sizing.ts';
import { formatSparkSizeMiB } from './spark-size.ts';

/** `EbsConfiguration` of the EMR API. */
export interface EbsConfiguration {
  EbsBlockDeviceConfigs: Array<{ VolumeSpecification: { VolumeType: 'gp3'; SizeInGB: number }; VolumesPerInstance: number }>;
}

/**
 * One element of the AWS CLI's `aws emr create-cluster --instance-groups` ([S4]). This is the CLI's
 * own shape, not the API's `InstanceGroupConfig`: it has no `Market` key (the CLI rejects one as
 * "Unknown parameter"); a Spot group is one with `BidPrice` — a price in USD, or `OnDemandPrice`
 * for the On-Demand price as the maximum — and the CLI sends `Market: SPOT` for it (awscli
 * `customizations/emr/argumentschema.py` INSTANCE_GROUPS_SCHEMA and `instancegroupsutils.py`
 * `build_instance_groups`, checked against aws-cli 1.45 and 2.9).
 */
export interface InstanceGroupConfig {
  Name: string;
  InstanceGroupType: 'MASTER' | 'CORE' | 'TASK';
  InstanceType: string;
  InstanceCount: number;
  /** Present exactly for Spot groups: the maximum price in USD, or `OnDemandPrice`. */
  BidPrice?: string;
  EbsConfiguration?: EbsConfiguration;
}

/** One element of `--instance-fleets` ([S5], [S6]). */
export interface InstanceFleetConfig {
  Name: string;
  InstanceFleetType: 'MASTER' | 'CORE' | 'TASK';
  TargetOnDemandCapacity: number;
  TargetSpotCapacity: number;
  InstanceTypeConfigs: Array<{
    InstanceType: string;
    WeightedCapacity: number;
    BidPriceAsPercentageOfOnDemandPrice?: number;
    EbsConfiguration?: EbsConfiguration;
  }>;
  LaunchSpecifications?: {
    SpotSpecification?: {
      TimeoutDurationMinutes: number;
      TimeoutAction: 'SWITCH_TO_ON_DEMAND' | 'TERMINATE_CLUSTER';
      AllocationStrategy?: string;
    };
    OnDemandSpecification?: { AllocationStrategy: string };
  };
}

/** One element of `--configurations` ([S11]). */
export interface ConfigurationClassification {
  Classification: string;
  Properties: Record<string, string>;
}

/**
 * Spot provisioning timeout written when a fleet sets a Spot allocation strategy but no timeout
 * (the API requires both fields): 60 minutes, then switch to On-Demand. A default of this
 * calculator, not of AWS.
 */
export const DEFAULT_SPOT_TIMEOUT = { minutes: 60, action: 'switch-to-on-demand' } as const;

/** `--name` when the configuration has none. */
export const DEFAULT_CLUSTER_NAME = 'emr-prep cluster';

function ebs(gib: number | undefined): EbsConfiguration | undefined {
  if (gib === undefined || gib === 0) return undefined;
  return { EbsBlockDeviceConfigs: [{ VolumeSpecification: { VolumeType: 'gp3', SizeInGB: gib }, VolumesPerInstance: 1 }] };
}

function groupConfig(name: string, type: InstanceGroupConfig['InstanceGroupType'], g: InstanceGroup): InstanceGroupConfig {
  const out: InstanceGroupConfig = {
    Name: name,
    InstanceGroupType: type,
    InstanceType: g.instanceType,
    InstanceCount: g.count,
  };
  if (g.market === 'spot') out.BidPrice = g.maxSpotPriceUSD !== undefined ? String(g.maxSpotPriceUSD) : 'OnDemandPrice';
  const e = ebs(g.ebsGiBPerInstance);
  if (e) out.EbsConfiguration = e;
  return out;
}

/** The `--instance-groups` JSON array, or null when the cluster uses instance fleets. */
export function instanceGroupsJson(cluster: Ec2Cluster): InstanceGroupConfig[] | null {
  const inst = cluster.instances;
  if (inst.mode !== 'instance-groups') return null;
  return [
    groupConfig('Primary', 'MASTER', inst.primary),
    ...inst.core.map((g, i) => groupConfig(inst.core.length > 1 ? `Core ${i + 1}` : 'Core', 'CORE', g)),
    ...inst.task.map((g, i) => groupConfig(`Task ${i + 1}`, 'TASK', g)),
  ];
}

function fleetConfig(name: string, type: InstanceFleetConfig['InstanceFleetType'], f: InstanceFleet): InstanceFleetConfig {
  const out: InstanceFleetConfig = {
    Name: name,
    InstanceFleetType: type,
    TargetOnDemandCapacity: f.targetOnDemandCapacity,
    TargetSpotCapacity: f.targetSpotCapacity,
    InstanceTypeConfigs: f.instanceTypes.map((t) => {
      const c: InstanceFleetConfig['InstanceTypeConfigs'][number] = {
        InstanceType: t.instanceType,
        WeightedCapacity: t.weightedCapacity ?? (f.weighting === 'vcpu' ? instanceTypeOf(t.instanceType).vcpu : 1),
      };
      if (t.bidPriceAsPercentageOfOnDemandPrice !== undefined)
        c.BidPriceAsPercentageOfOnDemandPrice = t.bidPriceAsPercentageOfOnDemandPrice;
      const e = ebs(t.ebsGiBPerInstance);
      if (e) c.EbsConfiguration = e;
      return c;
    }),
  };
  const spec: NonNullable<InstanceFleetConfig['LaunchSpecifications']> = {};
  if (f.targetSpotCapacity > 0 && (f.spotAllocationStrategy || f.spotTimeout)) {
    const timeout = f.spotTimeout ?? DEFAULT_SPOT_TIMEOUT;
    spec.SpotSpecification = {
      TimeoutDurationMinutes: timeout.minutes,
      TimeoutAction: timeout.action === 'terminate-cluster' ? 'TERMINATE_CLUSTER' : 'SWITCH_TO_ON_DEMAND',
      ...(f.spotAllocationStrategy ? { AllocationStrategy: f.spotAllocationStrategy } : {}),
    };
  }
  if (f.targetOnDemandCapacity > 0 && f.onDemandAllocationStrategy)
    spec.OnDemandSpecification = { AllocationStrategy: f.onDemandAllocationStrategy };
  if (spec.SpotSpecification || spec.OnDemandSpecification) out.LaunchSpecifications = spec;
  return out;
}

/** The `--instance-fleets` JSON array, or null when the cluster uses instance groups. */
export function instanceFleetsJson(cluster: Ec2Cluster): InstanceFleetConfig[] | null {
  const inst = cluster.instances;
  if (inst.mode !== 'instance-fleets') return null;
  const p = inst.primary;
  const primary: InstanceFleetConfig = {
    Name: 'Primary',
    InstanceFleetType: 'MASTER',
    TargetOnDemandCapacity: p.market === 'spot' ? 0 : p.count,
    TargetSpotCapacity: p.market === 'spot' ? p.count : 0,
    InstanceTypeConfigs: [{ InstanceType: p.instanceType, WeightedCapacity: 1 }],
  };
  const primaryEbs = ebs(p.ebsGiBPerInstance);
  if (primaryEbs) (primary.InstanceTypeConfigs[0] as InstanceFleetConfig['InstanceTypeConfigs'][number]).EbsConfiguration = primaryEbs;
  return [primary, fleetConfig('Core', 'CORE', inst.core), ...(inst.task ? [fleetConfig('Task', 'TASK', inst.task)] : [])];
}

/**
 * The `spark-defaults` properties: the derived (or explicit) executor sizing — cores, memory,
 * memory overhead, driver memory, `spark.default.parallelism` and, like the AWS blog,
 * `spark.sql.shuffle.partitions` with the same value ([S16]). Empty when maximizeResourceAllocation
 * lets EMR size executors ([S11]) and nothing is set explicitly. Ranges (fleets) use their low end.
 */
export function sparkDefaults(cluster: Ec2Cluster, figures: Ec2Figures = ec2Figures(cluster)): Record<string, string> {
  const sp = cluster.spark;
  const s = figures.spark;
  const props: Record<string, string> = {};
  if (sp.deployMode !== undefined) props['spark.submit.deployMode'] = sp.deployMode;
  if (sp.dynamicAllocation !== undefined) props['spark.dynamicAllocation.enabled'] = String(sp.dynamicAllocation);
  if (sp.executorInstances !== undefined) props['spark.executor.instances'] = String(sp.executorInstances);
  if (sp.driverCores !== undefined) props['spark.driver.cores'] = String(sp.driverCores);
  if (isSizingUnavailable(s)) return props;
  if (s.method !== 'maximize-resource-allocation' || sp.executorCores !== undefined)
    props['spark.executor.cores'] = String(s.executorCores);
  if (s.method !== 'maximize-resource-allocation') {
    props['spark.executor.memory'] = formatSparkSizeMiB(s.executorMemoryMiB);
    props['spark.executor.memoryOverhead'] = formatSparkSizeMiB(s.executorMemoryOverheadMiB);
    props['spark.default.parallelism'] = String(s.defaultParallelism.low);
    props['spark.sql.shuffle.partitions'] = String(s.defaultParallelism.low);
  } else if (sp.defaultParallelism !== undefined) {
    props['spark.default.parallelism'] = String(sp.defaultParallelism);
  }
  if (s.driver.memoryMiB !== null) props['spark.driver.memory'] = formatSparkSizeMiB(s.driver.memoryMiB);
  return props;
}

/**
 * The `--configurations` JSON: `spark-defaults` (above), `spark` (maximizeResourceAllocation),
 * `yarn-site` (node labels for application masters, [S31], [S7]), `hdfs-site` (explicit
 * dfs.replication, [S9]) and `livy-conf` (Livy sessions in cluster mode, [S14]).
 */
export function configurationsJson(cluster: Ec2Cluster, figures: Ec2Figures = ec2Figures(cluster)): ConfigurationClassification[] {
  const out: ConfigurationClassification[] = [];
  const defaults = sparkDefaults(cluster, figures);
  if (Object.keys(defaults).length > 0) out.push({ Classification: 'spark-defaults', Properties: defaults });
  if (cluster.spark.maximizeResourceAllocation) out.push({ Classification: 'spark', Properties: { maximizeResourceAllocation: 'true' } });
  const am = figures.applicationMasters;
  if (am.source === 'explicit' && am.nodes !== 'any') {
    out.push({
      Classification: 'yarn-site',
      Properties: {
        'yarn.node-labels.enabled': 'true',
        'yarn.node-labels.am.default-node-label-expression': am.nodes === 'core' ? 'CORE' : 'ON_DEMAND',
      },
    });
  }
  if (cluster.hdfsReplication !== undefined)
    out.push({ Classification: 'hdfs-site', Properties: { 'dfs.replication': String(cluster.hdfsReplication) } });
  if (cluster.spark.submitter === 'livy' && cluster.spark.deployMode === 'cluster')
    out.push({ Classification: 'livy-conf', Properties: { 'livy.spark.deploy-mode': 'cluster' } });
  return out;
}

/** `ComputeLimits` of `--managed-scaling-policy` ([S7]), or null without managed scaling. */
export function managedScalingPolicyJson(cluster: Ec2Cluster): { ComputeLimits: Record<string, string | number> } | null {
  const m = cluster.managedScaling;
  if (!m) return null;
  const unit = m.unitType ?? (cluster.instances.mode === 'instance-fleets' ? 'instance-fleet-units' : 'instances');
  const limits: Record<string, string | number> = {
    UnitType: unit === 'instances' ? 'Instances' : unit === 'vcpu' ? 'VCPU' : 'InstanceFleetUnits',
    MinimumCapacityUnits: m.minimumCapacityUnits,
    MaximumCapacityUnits: m.maximumCapacityUnits,
  };
  if (m.maximumOnDemandCapacityUnits !== undefined) limits['MaximumOnDemandCapacityUnits'] = m.maximumOnDemandCapacityUnits;
  if (m.maximumCoreCapacityUnits !== undefined) limits['MaximumCoreCapacityUnits'] = m.maximumCoreCapacityUnits;
  return { ComputeLimits: limits };
}

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one argument for a POSIX shell: bare when it has only safe characters, else in single
 * quotes with each `'` written as `'\''`. Inside single quotes nothing is special (`$`, backquote,
 * `;`, `&`, newline), so the shell passes the text through unchanged.
 */
export function shellQuote(arg: string): string {
  if (arg !== '' && SAFE_WORD.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The arguments of one option. A single value is joined to its option as `--option=value`, so the
 * CLI never reads a value that starts with `-` (a cluster name `--evil`) as an option of its own;
 * the AWS CLI's argparse takes `--name=--evil` as the name. List values (`--applications
 * Name=Spark …`) come from fixed vocabularies and stay separate words.
 */
function optionArgs(option: readonly string[]): string[] {
  const [flag, ...values] = option;
  if (flag === undefined) return [];
  return values.length === 1 ? [`${flag}=${values[0]}`] : [flag, ...values];
}

/** The create-cluster command as arguments and as shell text. */
export interface CreateClusterCommand {
  /** The argument vector, starting with `aws`, `emr`, `create-cluster`. */
  argv: string[];
  /** The command for a POSIX shell: one option per line, joined with ` \` line continuations. */
  command: string;
}

/**
 * The `aws emr create-cluster` command of an EMR on EC2 configuration: name, release label,
 * applications, instance groups or fleets, configurations, managed scaling, auto-termination and
 * `--use-default-roles`. Network settings (`--ec2-attributes`) are left to the user.
 */
export function createClusterCommand(cluster: Ec2Cluster, figures: Ec2Figures = ec2Figures(cluster)): CreateClusterCommand {
  const options: string[][] = [
    ['--name', cluster.name ?? DEFAULT_CLUSTER_NAME],
    ['--release-label', cluster.releaseLabel],
    ['--applications', ...cluster.applications.map((a) => `Name=${a}`)],
  ];
  const groups = instanceGroupsJson(cluster);
  if (groups) options.push(['--instance-groups', JSON.stringify(groups)]);
  const fleets = instanceFleetsJson(cluster);
  if (fleets) options.push(['--instance-fleets', JSON.stringify(fleets)]);
  const configurations = configurationsJson(cluster, figures);
  if (configurations.length > 0) options.push(['--configurations', JSON.stringify(configurations)]);
  const scaling = managedScalingPolicyJson(cluster);
  if (scaling) options.push(['--managed-scaling-policy', JSON.stringify(scaling)]);
  if (cluster.autoTermination.idleTimeoutMinutes !== undefined)
    options.push(['--auto-termination-policy', `IdleTimeout=${cluster.autoTermination.idleTimeoutMinutes * 60}`]);
  if (cluster.autoTermination.afterLastStep) options.push(['--auto-terminate']);
  options.push(['--use-default-roles']);
  const argv = ['aws', 'emr', 'create-cluster', ...options.flatMap(optionArgs)];
  const shellWords = (o: readonly string[]): string => (o.length === 2 ? `${o[0]}=${shellQuote(o[1]!)}` : o.map(shellQuote).join(' '));
  const command = ['aws emr create-cluster', ...options.map(shellWords)].join(' \\\n  ');
  return { argv, command };
}

/** All exports of a configuration; null for platforms other than EMR on EC2. */
export interface ClusterExports {
  createCluster: CreateClusterCommand;
  instanceGroups: InstanceGroupConfig[] | null;
  instanceFleets: InstanceFleetConfig[] | null;
  configurations: ConfigurationClassification[];
  sparkDefaults: Record<string, string>;
}

/** Every export of an EMR on EC2 configuration, or null for other platforms. */
export function exportsOf(cluster: Cluster): ClusterExports | null {
  if (cluster.platform !== 'emr-ec2') return null;
  const figures = ec2Figures(cluster);
  return {
    createCluster: createClusterCommand(cluster, figures),
    instanceGroups: instanceGroupsJson(cluster),
    instanceFleets: instanceFleetsJson(cluster),
    configurations: configurationsJson(cluster, figures),
    sparkDefaults: sparkDefaults(cluster, figures),
  };
}
