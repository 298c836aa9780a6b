/**
 * The calculator's state: what the form shows, and the form state of a preset or of a parsed
 * configuration. Pure TypeScript (no DOM). The URL side is url-state.ts, the model side
 * model-input.ts, the form fields' names fields.ts; form-state.ts re-exports all four.
 *
 * Three shapes:
 * - {@link CalcState}: the form's values as text (what the user typed, even when it is wrong), so
 *   bad input survives a reload and is reported, never dropped or turned into NaN;
 * - the URL: `?preset=<profile>` plus only the values that differ from that preset, in the same
 *   compact syntax as `emr-prep size` (`primary=m5.xlarge:1:spot`, `task=m5.2xlarge:10:spot`);
 * - the model input (`WorkloadInput`, `ClusterInput` of `src/core/sizing/model.ts`), built by
 *   {@link toModelInput}, which reports text that is not a number per form field; everything else
 *   (ranges, unknown instance types, fleet sizes, the Serverless grid) is judged by the model's zod
 *   schemas, whose problems {@link fieldOfPath} maps back to the form field.
 */
import {
  ClusterSchema,
  EMR_APPLICATIONS,
  instanceTypeOf,
  WorkloadSchema,
  type Cluster,
  type InstanceFleet,
  type Workload,
  type WorkloadProfile,
} from '../../core/sizing/model.ts';
import { DEFAULT_RELEASE_LABEL } from '../../core/sizing/release.ts';
import { WORKLOAD_PRESETS, type WorkloadPreset } from '../../core/sizing/presets.ts';
import { formatSparkSize } from '../../core/sizing/spark-size.ts';
import { formatFleetTypeEntry, parseFleetTypeEntries } from '../../core/sizing/instance-group-notation.ts';

/** One uniform instance group as the form shows it (text fields). */
export interface GroupState {
  type: string;
  count: string;
  market: 'on-demand' | 'spot';
  /** EBS GiB per instance; '' = none given. */
  ebs: string;
}

/**
 * One instance fleet as the form shows it. An empty `types` task fleet means "no task fleet".
 * `types` lists the instance types separated by commas, each optionally followed by
 * `:weight=N` (weighted capacity), `:ebs=GIB` (EBS per instance) and `:max-price=P` (maximum Spot
 * price, % of On-Demand): `r5.2xlarge:ebs=256, r5d.2xlarge`.
 */
export interface FleetState {
  types: string;
  onDemand: string;
  spot: string;
  weighting: 'vcpu' | 'instance';
  /** Spot allocation strategy; '' = none. */
  spotStrategy: string;
  /** On-Demand allocation strategy; '' = none. */
  onDemandStrategy: string;
}

/** An EMR Serverless worker as the form shows it. */
export interface WorkerState {
  vcpu: string;
  memory: string;
  disk: string;
}

/** Everything the calculator form holds. */
export interface CalcState {
  /** The preset the URL is relative to. */
  preset: WorkloadProfile;
  // workload
  profile: WorkloadProfile;
  traits: string[];
  concurrent: string;
  hdfsGb: string;
  // cluster
  platform: 'emr-ec2' | 'emr-serverless' | 'emr-eks';
  release: string;
  name: string;
  layout: 'instance-groups' | 'instance-fleets';
  primary: GroupState;
  core: GroupState;
  tasks: GroupState[];
  coreFleet: FleetState;
  taskFleet: FleetState;
  apps: string[];
  /** '' (release default), `core`, `on-demand`, `any`. */
  am: string;
  /** '' (client, spark-submit's default) or `client` / `cluster`. */
  deployMode: string;
  submitter: string;
  mra: boolean;
  /** '' (EMR default: on), `true`, `false`. */
  dynamicAllocation: string;
  executorCores: string;
  /** Spark notation: `10g`, `10240m`. */
  executorMemory: string;
  driverMemory: string;
  /** `spark.executor.memoryOverheadFactor`; '' = EMR's 0.1875. */
  overheadFactor: string;
  replication: string;
  /** Managed scaling unit: '' (instances for groups, units for fleets), `instances`, `vcpu`, `instance-fleet-units`. */
  scalingUnit: string;
  scalingMin: string;
  scalingMax: string;
  scalingMaxOnDemand: string;
  scalingMaxCore: string;
  afterLastStep: boolean;
  idleTimeout: string;
  externalMetastore: boolean;
  reserved: boolean;
  consistentView: boolean;
  persistentData: 's3' | 'hdfs';
  // EMR Serverless
  driver: WorkerState;
  executor: WorkerState;
  initDrivers: string;
  initExecutors: string;
  /** Minutes, or `off`. */
  autoStop: string;
  maxVcpu: string;
  maxMemory: string;
}

/** The platforms the form edits (the neighbouring services of exam options are compare-only). */
export const CALC_PLATFORMS = ['emr-ec2', 'emr-serverless', 'emr-eks'] as const;

// ── cluster → state ──────────────────────────────────────────────────────────────────────────────

const DEFAULT_WORKER: WorkerState = { vcpu: '4', memory: '16', disk: '20' };

function str(n: number | undefined | null): string {
  return n === undefined || n === null ? '' : String(n);
}

function vcpuOf(type: string): number {
  try {
    return instanceTypeOf(type).vcpu;
  } catch {
    return 1;
  }
}

function groupState(g: {
  instanceType: string;
  count: number;
  market: 'on-demand' | 'spot';
  ebsGiBPerInstance?: number | undefined;
}): GroupState {
  return { type: g.instanceType, count: String(g.count), market: g.market, ebs: str(g.ebsGiBPerInstance) };
}

/** A fleet holding the same capacity as a group (for switching the layout in the form). */
function fleetFromGroup(g: GroupState): FleetState {
  const units = String((Number(g.count) || 1) * vcpuOf(g.type));
  return {
    types: g.ebs !== '' ? `${g.type}:ebs=${g.ebs}` : g.type,
    onDemand: g.market === 'spot' ? '0' : units,
    spot: g.market === 'spot' ? units : '0',
    weighting: 'vcpu',
    spotStrategy: '',
    onDemandStrategy: '',
  };
}

/** A group holding about the same capacity as a fleet (for switching the layout in the form). */
function groupFromFleet(f: FleetState): GroupState {
  const first = parseFleetTypeEntries(f.types)[0];
  const type = first?.instanceType ?? 'm5.xlarge';
  const spot = Number(f.spot) || 0;
  const od = Number(f.onDemand) || 0;
  const per = first?.weight !== undefined ? Number(first.weight) || 1 : f.weighting === 'vcpu' ? vcpuOf(type) : 1;
  return {
    type,
    count: String(Math.max(1, Math.ceil((od + spot) / per))),
    market: spot > od ? 'spot' : 'on-demand',
    ebs: first?.ebs ?? '',
  };
}

function fleetState(f: InstanceFleet): FleetState {
  const entry = (t: InstanceFleet['instanceTypes'][number]): string =>
    formatFleetTypeEntry({
      instanceType: t.instanceType,
      weight: t.weightedCapacity,
      ebs: t.ebsGiBPerInstance,
      maxPrice: t.bidPriceAsPercentageOfOnDemandPrice,
    });
  return {
    types: f.instanceTypes.map(entry).join(', '),
    onDemand: String(f.targetOnDemandCapacity),
    spot: String(f.targetSpotCapacity),
    weighting: f.weighting,
    spotStrategy: f.spotAllocationStrategy ?? '',
    onDemandStrategy: f.onDemandAllocationStrategy ?? '',
  };
}

const EMPTY_FLEET: FleetState = { types: '', onDemand: '0', spot: '0', weighting: 'vcpu', spotStrategy: '', onDemandStrategy: '' };

/**
 * The form state of a parsed workload and configuration, or null for platforms the form does not
 * edit (Lambda, Firehose …). Settings the form has no field for are dropped; use
 * {@link isRepresentable} to know whether the state describes the configuration exactly.
 */
export function stateFromModel(preset: WorkloadProfile, workload: Workload, cluster: Cluster): CalcState | null {
  if (!(CALC_PLATFORMS as readonly string[]).includes(cluster.platform)) return null;
  const s = baseState(preset, workload, cluster);
  if (cluster.platform === 'emr-ec2' || cluster.platform === 'emr-serverless' || cluster.platform === 'emr-eks') {
    s.release = cluster.releaseLabel;
    applySpark(s, cluster.spark);
  }
  if (cluster.platform === 'emr-ec2') applyEc2(s, cluster);
  if (cluster.platform === 'emr-serverless') applyServerless(s, cluster);
  return s;
}

/** The state every platform starts from: the workload, and the form's defaults for every other field. */
function baseState(preset: WorkloadProfile, workload: Workload, cluster: Cluster): CalcState {
  return {
    preset,
    profile: workload.profile,
    traits: [...workload.traits],
    concurrent: String(workload.concurrentApplications),
    hdfsGb: str(workload.hdfsDataGB),
    platform: cluster.platform as CalcState['platform'],
    release: DEFAULT_RELEASE_LABEL,
    name: cluster.name ?? '',
    layout: 'instance-groups',
    primary: { type: 'm5.xlarge', count: '1', market: 'on-demand', ebs: '' },
    core: { type: 'm5.xlarge', count: '2', market: 'on-demand', ebs: '' },
    tasks: [],
    coreFleet: { ...EMPTY_FLEET },
    taskFleet: { ...EMPTY_FLEET },
    apps: ['Hadoop', 'Spark'],
    am: '',
    deployMode: '',
    submitter: 'step',
    mra: false,
    dynamicAllocation: '',
    executorCores: '',
    executorMemory: '',
    driverMemory: '',
    overheadFactor: '',
    replication: '',
    scalingUnit: '',
    scalingMin: '',
    scalingMax: '',
    scalingMaxOnDemand: '',
    scalingMaxCore: '',
    afterLastStep: false,
    idleTimeout: '',
    externalMetastore: false,
    reserved: false,
    consistentView: false,
    persistentData: 's3',
    driver: { ...DEFAULT_WORKER },
    executor: { ...DEFAULT_WORKER },
    initDrivers: '',
    initExecutors: '',
    autoStop: '15',
    maxVcpu: '',
    maxMemory: '',
  };
}

type EmrCluster = Extract<Cluster, { platform: 'emr-ec2' | 'emr-serverless' | 'emr-eks' }>;

/** The Spark settings of an EMR cluster (any of the three platforms the form edits). */
function applySpark(s: CalcState, sp: EmrCluster['spark']): void {
  s.deployMode = sp.deployMode ?? '';
  s.submitter = sp.submitter;
  s.mra = sp.maximizeResourceAllocation;
  s.dynamicAllocation = sp.dynamicAllocation === undefined ? '' : String(sp.dynamicAllocation);
  s.executorCores = str(sp.executorCores);
  s.executorMemory = formatSparkSize(sp.executorMemoryMiB);
  s.driverMemory = formatSparkSize(sp.driverMemoryMiB);
  s.overheadFactor = str(sp.memoryOverheadFactor);
}

/** Nodes, applications, scaling and termination of an EMR on EC2 cluster. */
function applyEc2(s: CalcState, cluster: Extract<Cluster, { platform: 'emr-ec2' }>): void {
  const inst = cluster.instances;
  s.layout = inst.mode;
  s.primary = groupState(inst.primary);
  if (inst.mode === 'instance-groups') {
    s.core = groupState(inst.core[0] as (typeof inst.core)[number]);
    s.tasks = inst.task.map(groupState);
    s.coreFleet = fleetFromGroup(s.core);
    s.taskFleet = s.tasks[0] ? fleetFromGroup(s.tasks[0]) : { ...EMPTY_FLEET };
  } else {
    s.coreFleet = fleetState(inst.core);
    s.taskFleet = inst.task ? fleetState(inst.task) : { ...EMPTY_FLEET };
    s.core = groupFromFleet(s.coreFleet);
    s.tasks = inst.task ? [groupFromFleet(s.taskFleet)] : [];
  }
  s.apps = canonicalApps(cluster.applications);
  s.am = cluster.applicationMasterNodes ?? '';
  s.replication = str(cluster.hdfsReplication);
  s.scalingUnit = cluster.managedScaling?.unitType ?? '';
  s.scalingMin = str(cluster.managedScaling?.minimumCapacityUnits);
  s.scalingMax = str(cluster.managedScaling?.maximumCapacityUnits);
  s.scalingMaxOnDemand = str(cluster.managedScaling?.maximumOnDemandCapacityUnits);
  s.scalingMaxCore = str(cluster.managedScaling?.maximumCoreCapacityUnits);
  s.afterLastStep = cluster.autoTermination.afterLastStep;
  s.idleTimeout = str(cluster.autoTermination.idleTimeoutMinutes);
  s.externalMetastore = cluster.externalMetastore;
  s.reserved = cluster.reservedCapacity;
  s.consistentView = cluster.emrfsConsistentView;
  s.persistentData = cluster.persistentDataStore;
}

/** Workers, pre-initialized capacity, auto-stop and maximum capacity of an EMR Serverless application. */
function applyServerless(s: CalcState, cluster: Extract<Cluster, { platform: 'emr-serverless' }>): void {
  const w = (x: { vcpu: number; memoryGiB: number; diskGiB: number }): WorkerState => ({
    vcpu: String(x.vcpu),
    memory: String(x.memoryGiB),
    disk: String(x.diskGiB),
  });
  s.driver = w(cluster.driver);
  s.executor = w(cluster.executor);
  s.initDrivers = str(cluster.initialCapacity?.drivers);
  s.initExecutors = str(cluster.initialCapacity?.executors);
  s.autoStop = cluster.autoStopIdleMinutes === null ? 'off' : String(cluster.autoStopIdleMinutes);
  s.maxVcpu = str(cluster.maximumCapacity?.vcpu);
  s.maxMemory = str(cluster.maximumCapacity?.memoryGiB);
}

/** Applications in the order of `EMR_APPLICATIONS` (the form's order), unknown names last. */
export function canonicalApps(apps: readonly string[]): string[] {
  const order = (a: string): number => {
    const i = (EMR_APPLICATIONS as readonly string[]).indexOf(a);
    return i < 0 ? EMR_APPLICATIONS.length : i;
  };
  return [...apps].sort((a, b) => order(a) - order(b));
}

/** The form state of a preset (its workload and starting configuration). */
export function presetState(preset: WorkloadPreset | WorkloadProfile): CalcState {
  const p =
    typeof preset === 'string' ? (WORKLOAD_PRESETS.find((x) => x.id === preset) ?? (WORKLOAD_PRESETS[0] as WorkloadPreset)) : preset;
  const workload = WorkloadSchema.parse(p.workload);
  const cluster = ClusterSchema.parse(p.cluster);
  const s = stateFromModel(p.id, workload, cluster);
  if (!s) throw new Error(`preset ${p.id} uses platform ${cluster.platform}, which the calculator form does not edit`);
  return s;
}

/** The preset ids, in form order. */
export const PRESET_IDS: readonly WorkloadProfile[] = WORKLOAD_PRESETS.map((p) => p.id);
