/** Builders for sizing tests: parsed workloads and clusters from short descriptions. */
import {
  ClusterSchema,
  WorkloadSchema,
  type Cluster,
  type ClusterInput,
  type Ec2Cluster,
  type Workload,
  type WorkloadInput,
} from '../../../src/core/sizing/index.ts';

/** A parsed workload. */
export function wl(profile: Workload['profile'], extra: Omit<WorkloadInput, 'profile'> = {}): Workload {
  return WorkloadSchema.parse({ profile, ...extra });
}

/** A uniform instance group input. */
export function g(instanceType: string, count = 1, market: 'on-demand' | 'spot' = 'on-demand', more: Record<string, unknown> = {}) {
  return { instanceType, count, market, ...more };
}

type Group = ReturnType<typeof g>;

/** An EMR on EC2 cluster with uniform instance groups (parsed). */
export function groups(primary: Group, core: Group | Group[], task: Group[] = [], extra: Record<string, unknown> = {}): Ec2Cluster {
  return ClusterSchema.parse({ platform: 'emr-ec2', instances: { mode: 'instance-groups', primary, core, task }, ...extra }) as Ec2Cluster;
}

/** The plain cluster most rule cases start from: m5.xlarge primary, 4 × m5.2xlarge On-Demand core. */
export function base(extra: Record<string, unknown> = {}, task: Group[] = []): Ec2Cluster {
  return groups(g('m5.xlarge'), g('m5.2xlarge', 4), task, extra);
}

/** An EMR on EC2 cluster with instance fleets (parsed). */
export function fleets(
  primary: Group,
  core: Record<string, unknown>,
  task?: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Ec2Cluster {
  return ClusterSchema.parse({
    platform: 'emr-ec2',
    instances: { mode: 'instance-fleets', primary, core, ...(task ? { task } : {}) },
    ...extra,
  }) as Ec2Cluster;
}

/** Fleet input listing types by name. */
export function fleet(types: string[], onDemand: number, spot = 0, more: Record<string, unknown> = {}) {
  return {
    instanceTypes: types.map((instanceType) => ({ instanceType })),
    targetOnDemandCapacity: onDemand,
    targetSpotCapacity: spot,
    ...more,
  };
}

/** Any parsed configuration. */
export function cluster(input: ClusterInput): Cluster {
  return ClusterSchema.parse(input);
}
