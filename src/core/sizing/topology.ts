/**
 * The resolved node layout of an EMR on EC2 cluster: every instance group or fleet as a
 * {@link NodeSet} with its catalog instance types, instance counts and purchasing options, so the
 * figures and the rules read one shape whether the cluster uses uniform instance groups or
 * instance fleets ([S4], [S5]).
 *
 * Instance fleets do not fix which types EMR launches; a fleet's totals are therefore ranges: the
 * low and high ends are the totals if each capacity portion (On-Demand, Spot) were filled entirely
 * with one of the listed types, `ceil(target units ÷ weighted capacity)` instances of it. EMR may
 * overshoot a target ([S5]); the range does not model overshoot.
 */
import type { InstanceType } from '../catalog/instance-catalog.ts';
import { instanceTypeOf, type Ec2Cluster, type InstanceFleet, type InstanceGroup, type Market } from './model.ts';

/** A closed range `[low, high]`; `low === high` for exact figures (uniform instance groups). */
export interface Range {
  low: number;
  high: number;
}

/** Node role in an EMR on EC2 cluster ([S1]). */
export type NodeRole = 'primary' | 'core' | 'task';

/** One instance type of a node set. */
export interface NodeSetType {
  type: InstanceType;
  /** Capacity units one instance counts for (fleets); 1 for instance groups. */
  weight: number;
  /** Whether `weight` was written explicitly (fleets), for R-SIZE-10. */
  explicitWeight: boolean;
  /** EBS GiB per instance, when given. */
  ebsGiBPerInstance: number | undefined;
  /** Fleet: maximum Spot price as % of On-Demand, when given. */
  bidPercent: number | undefined;
}

/** An instance group or an instance fleet, resolved against the catalog. */
export interface NodeSet {
  role: NodeRole;
  kind: 'instance-group' | 'instance-fleet';
  /** Path of the group or fleet in the cluster object, e.g. `instances.task.1`. */
  path: string;
  /** Readable name: `primary group`, `core group`, `task group 2`, `core fleet`. */
  label: string;
  /** The same in Korean, as the calculator's form names it: `코어 그룹`, `태스크 그룹 2`, `코어 플릿`. */
  labelKo: string;
  types: NodeSetType[];
  /** Instance groups: the instance count; fleets: null. */
  count: number | null;
  /** Instance groups: the purchasing option; fleets: null. */
  market: Market | null;
  /** Instance groups: explicit maximum Spot price (USD/h), when given. */
  maxSpotPriceUSD: number | undefined;
  /** Fleets: target capacity units per purchasing option; groups: null. */
  targets: { onDemand: number; spot: number } | null;
  /** Fleets: whether a Spot or On-Demand allocation strategy is set. */
  allocationStrategy: { spot: string | undefined; onDemand: string | undefined } | null;
  hasSpot: boolean;
  hasOnDemand: boolean;
  /** Instances in the set (exact for groups, range for fleets). */
  instances: Range;
}

function exact(n: number): Range {
  return { low: n, high: n };
}

/** Sum of two ranges. */
export function addRanges(a: Range, b: Range): Range {
  return { low: a.low + b.low, high: a.high + b.high };
}

/** `[0, 0]`. */
export const ZERO_RANGE: Readonly<Range> = Object.freeze({ low: 0, high: 0 });

/**
 * Total of a per-instance quantity (vCPUs, GiB, executors …) over a node set: exact for instance
 * groups; for fleets the range over single-type fillings of each capacity portion. Returns null when
 * `perInstance` returns null for any type that could be launched (an unknown catalog value).
 */
export function totalOver(set: NodeSet, perInstance: (t: NodeSetType) => number | null): Range | null {
  if (set.count !== null) {
    const t = set.types[0];
    if (!t) return ZERO_RANGE;
    const v = perInstance(t);
    return v === null ? null : exact(v * set.count);
  }
  let sum: Range = { low: 0, high: 0 };
  for (const units of [set.targets?.onDemand ?? 0, set.targets?.spot ?? 0]) {
    if (units <= 0) continue;
    let low = Infinity;
    let high = -Infinity;
    for (const t of set.types) {
      const v = perInstance(t);
      if (v === null) return null;
      const total = Math.ceil(units / t.weight) * v;
      low = Math.min(low, total);
      high = Math.max(high, total);
    }
    sum = addRanges(sum, { low, high });
  }
  return sum;
}

/** Korean names of the node roles, as the calculator's form writes them. */
const ROLE_KO: Record<NodeRole, string> = { primary: '프라이머리', core: '코어', task: '태스크' };

function groupSet(role: NodeRole, g: InstanceGroup, path: string, label: string, labelKo: string): NodeSet {
  return {
    role,
    kind: 'instance-group',
    path,
    label,
    labelKo,
    types: [
      {
        type: instanceTypeOf(g.instanceType),
        weight: 1,
        explicitWeight: false,
        ebsGiBPerInstance: g.ebsGiBPerInstance,
        bidPercent: undefined,
      },
    ],
    count: g.count,
    market: g.market,
    maxSpotPriceUSD: g.maxSpotPriceUSD,
    targets: null,
    allocationStrategy: null,
    hasSpot: g.market === 'spot',
    hasOnDemand: g.market === 'on-demand',
    instances: exact(g.count),
  };
}

function fleetSet(role: NodeRole, f: InstanceFleet, path: string): NodeSet {
  const set: NodeSet = {
    role,
    kind: 'instance-fleet',
    path,
    label: `${role} fleet`,
    labelKo: `${ROLE_KO[role]} 플릿`,
    types: f.instanceTypes.map((t) => {
      const type = instanceTypeOf(t.instanceType);
      return {
        type,
        weight: t.weightedCapacity ?? (f.weighting === 'vcpu' ? type.vcpu : 1),
        explicitWeight: t.weightedCapacity !== undefined,
        ebsGiBPerInstance: t.ebsGiBPerInstance,
        bidPercent: t.bidPriceAsPercentageOfOnDemandPrice,
      };
    }),
    count: null,
    market: null,
    maxSpotPriceUSD: undefined,
    targets: { onDemand: f.targetOnDemandCapacity, spot: f.targetSpotCapacity },
    allocationStrategy: { spot: f.spotAllocationStrategy, onDemand: f.onDemandAllocationStrategy },
    hasSpot: f.targetSpotCapacity > 0,
    hasOnDemand: f.targetOnDemandCapacity > 0,
    instances: ZERO_RANGE,
  };
  set.instances = totalOver(set, () => 1) ?? ZERO_RANGE;
  return set;
}

/** The resolved node sets of a cluster, primary first, then core, then task. */
export interface Topology {
  mode: 'instance-groups' | 'instance-fleets';
  primary: NodeSet;
  core: NodeSet[];
  task: NodeSet[];
  /** Core then task sets: the nodes that run YARN NodeManagers (executors) ([S1]). */
  workers: NodeSet[];
  all: NodeSet[];
}

/**
 * Resolves a parsed cluster's instance layout against the catalog. Throws only if an instance
 * type is not in the catalog, which the schema already rejects.
 */
export function topologyOf(cluster: Ec2Cluster): Topology {
  const inst = cluster.instances;
  let primary: NodeSet;
  let core: NodeSet[];
  let task: NodeSet[];
  if (inst.mode === 'instance-groups') {
    const n = (i: number, of: number) => (of > 1 ? ` ${i + 1}` : '');
    primary = groupSet('primary', inst.primary, 'instances.primary', 'primary group', '프라이머리 그룹');
    core = inst.core.map((g, i) =>
      groupSet('core', g, `instances.core.${i}`, `core group${n(i, inst.core.length)}`, `코어 그룹${n(i, inst.core.length)}`),
    );
    task = inst.task.map((g, i) =>
      groupSet('task', g, `instances.task.${i}`, `task group${n(i, inst.task.length)}`, `태스크 그룹${n(i, inst.task.length)}`),
    );
  } else {
    primary = groupSet('primary', inst.primary, 'instances.primary', 'primary fleet', '프라이머리 플릿');
    core = [fleetSet('core', inst.core, 'instances.core')];
    task = inst.task ? [fleetSet('task', inst.task, 'instances.task')] : [];
  }
  const workers = [...core, ...task];
  return { mode: inst.mode, primary, core, task, workers, all: [primary, ...workers] };
}

/** Sum of {@link totalOver} across node sets; null if any is null. */
export function totalOverSets(sets: readonly NodeSet[], perInstance: (t: NodeSetType) => number | null): Range | null {
  let sum: Range = { low: 0, high: 0 };
  for (const s of sets) {
    const r = totalOver(s, perInstance);
    if (r === null) return null;
    sum = addRanges(sum, r);
  }
  return sum;
}
