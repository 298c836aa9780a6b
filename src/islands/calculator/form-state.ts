/**
 * The calculator's state: what the form shows, how it goes into and comes out of the URL, and how
 * it becomes the sizing model's input. Pure TypeScript (no DOM), shared by the calculator page and
 * the compare view (which builds "open in the calculator" links from a scenario's configurations).
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
  SubmitterSchema,
  WorkloadSchema,
  type Cluster,
  type ClusterInput,
  type InstanceFleet,
  type Workload,
  type WorkloadInput,
  type WorkloadProfile,
} from '../../core/sizing/model.ts';
import { DEFAULT_RELEASE_LABEL } from '../../core/sizing/release.ts';
import { WORKLOAD_PRESETS, type WorkloadPreset } from '../../core/sizing/presets.ts';
import { withBase } from '../../components/links.ts';

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

/** `10240` MiB → `10g`; `1500` → `1500m`. */
export function sparkSizeText(mib: number | undefined): string {
  if (mib === undefined) return '';
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}

/** Spark notation (`10g`, `10240m`, `4096`) → MiB, or null when it is not one. */
export function parseSparkSizeText(text: string): number | null {
  const m = /^\s*(\d+)\s*([mg])?(?:i?b)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const mib = m[2]?.toLowerCase() === 'g' ? n * 1024 : n;
  return mib > 0 ? mib : null;
}

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
  const first = fleetEntries(f.types)[0];
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

/** One entry of a fleet's `types` text: `r5.2xlarge:weight=8:ebs=256:max-price=60`. */
export interface FleetEntry {
  instanceType: string;
  weight?: string;
  ebs?: string;
  maxPrice?: string;
  /** Parts that are none of the above (reported as errors). */
  unknown: string[];
}

/** Splits a fleet's `types` text into entries (commas or blanks between entries). */
export function fleetEntries(text: string): FleetEntry[] {
  return text
    .split(/[\s,]+/)
    .filter((t) => t !== '')
    .map((token) => {
      const [instanceType = '', ...rest] = token.split(':');
      const e: FleetEntry = { instanceType, unknown: [] };
      for (const part of rest) {
        const [k = '', v = ''] = part.split('=');
        if (k === 'weight' || k === 'w') e.weight = v;
        else if (k === 'ebs') e.ebs = v;
        else if (k === 'max-price') e.maxPrice = v;
        else e.unknown.push(part);
      }
      return e;
    });
}

function fleetState(f: InstanceFleet): FleetState {
  const entry = (t: InstanceFleet['instanceTypes'][number]): string =>
    [
      t.instanceType,
      t.weightedCapacity !== undefined ? `weight=${t.weightedCapacity}` : '',
      t.ebsGiBPerInstance !== undefined ? `ebs=${t.ebsGiBPerInstance}` : '',
      t.bidPriceAsPercentageOfOnDemandPrice !== undefined ? `max-price=${t.bidPriceAsPercentageOfOnDemandPrice}` : '',
    ]
      .filter((p) => p !== '')
      .join(':');
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
  const s: CalcState = {
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
  if (cluster.platform === 'emr-ec2' || cluster.platform === 'emr-serverless' || cluster.platform === 'emr-eks') {
    s.release = cluster.releaseLabel;
    const sp = cluster.spark;
    s.deployMode = sp.deployMode ?? '';
    s.submitter = sp.submitter;
    s.mra = sp.maximizeResourceAllocation;
    s.dynamicAllocation = sp.dynamicAllocation === undefined ? '' : String(sp.dynamicAllocation);
    s.executorCores = str(sp.executorCores);
    s.executorMemory = sparkSizeText(sp.executorMemoryMiB);
    s.driverMemory = sparkSizeText(sp.driverMemoryMiB);
    s.overheadFactor = str(sp.memoryOverheadFactor);
  }
  if (cluster.platform === 'emr-ec2') {
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
  if (cluster.platform === 'emr-serverless') {
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
  return s;
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

// ── URL ──────────────────────────────────────────────────────────────────────────────────────────

/** `m5.2xlarge:10:spot:ebs=64` — the `emr-prep size` group syntax. */
export function groupToken(g: GroupState): string {
  return [g.type, g.count, g.market, g.ebs !== '' ? `ebs=${g.ebs}` : ''].filter((p) => p !== '').join(':');
}

/**
 * Parses `TYPE[:COUNT][:MARKET][:ebs=GIB]`. Lenient on purpose: text that is no market and no
 * `ebs=` becomes the count, so the form shows it and reports "not a number" there.
 */
export function parseGroupToken(token: string): GroupState {
  const [type = '', ...rest] = token.split(':').map((p) => p.trim());
  const g: GroupState = { type, count: '1', market: 'on-demand', ebs: '' };
  for (const part of rest) {
    const lower = part.toLowerCase();
    if (lower === 'spot') g.market = 'spot';
    else if (lower === 'on-demand' || lower === 'od') g.market = 'on-demand';
    else if (lower.startsWith('ebs=')) g.ebs = part.slice(4);
    else g.count = part;
  }
  return g;
}

/** `types/onDemand/spot/weighting/spotStrategy/onDemandStrategy` (no part holds a slash). */
function fleetToken(f: FleetState): string {
  return [f.types.replace(/\s+/g, ''), f.onDemand, f.spot, f.weighting, f.spotStrategy, f.onDemandStrategy].join('/');
}

function workerToken(w: WorkerState): string {
  return `${w.vcpu}:${w.memory}:${w.disk}`;
}

function parseWorkerToken(t: string): WorkerState {
  const [vcpu = '', memory = '', disk = '20'] = t.split(':');
  return { vcpu, memory, disk };
}

/** A URL parameter of the state: how to write it and how to read it back. */
interface Param {
  key: string;
  /** The values to write (one entry per repeated parameter). */
  write(s: CalcState): string[];
  /** Applies the values read; returns a problem text when a value cannot be used. */
  read(s: CalcState, values: string[]): string | null;
}

function oneOf<T extends string>(allowed: readonly T[], apply: (s: CalcState, v: T) => void, what: string) {
  return (s: CalcState, values: string[]): string | null => {
    const v = values[0] ?? '';
    if (!(allowed as readonly string[]).includes(v)) return `"${v}" is not ${what} (${allowed.filter((a) => a !== '').join(', ')})`;
    apply(s, v as T);
    return null;
  };
}

const text = (key: string, get: (s: CalcState) => string, set: (s: CalcState, v: string) => void): Param => ({
  key,
  write: (s) => [get(s)],
  read: (s, values) => {
    set(s, values[0] ?? '');
    return null;
  },
});

const flag = (key: string, get: (s: CalcState) => boolean, set: (s: CalcState, v: boolean) => void): Param => ({
  key,
  write: (s) => [get(s) ? '1' : '0'],
  read: (s, values) => {
    const v = values[0] ?? '';
    if (v !== '1' && v !== '0' && v !== 'true' && v !== 'false') return `"${v}" is not 1 or 0`;
    set(s, v === '1' || v === 'true');
    return null;
  },
});

const list = (key: string, get: (s: CalcState) => string[], set: (s: CalcState, v: string[]) => void): Param => ({
  key,
  write: (s) => [get(s).join(',')],
  read: (s, values) => {
    set(
      s,
      (values[0] ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    );
    return null;
  },
});

const fleet = (key: string, which: 'coreFleet' | 'taskFleet'): Param => ({
  key,
  write: (s) => [fleetToken(s[which])],
  read: (s, values) => {
    const [types = '', onDemand = '0', spot = '0', weighting = 'vcpu', spotStrategy = '', onDemandStrategy = ''] = (values[0] ?? '').split(
      '/',
    );
    if (weighting !== 'vcpu' && weighting !== 'instance') return `weighting "${weighting}" is not vcpu or instance`;
    s[which] = { types: types.split(',').join(', '), onDemand, spot, weighting, spotStrategy, onDemandStrategy };
    return null;
  },
});

/** Every URL parameter except `preset`, in URL order. */
const PARAMS: readonly Param[] = [
  { key: 'profile', write: (s) => [s.profile], read: oneOf(PRESET_IDS, (s, v) => (s.profile = v), 'a workload profile') },
  list(
    'traits',
    (s) => s.traits,
    (s, v) => (s.traits = v),
  ),
  text(
    'concurrent',
    (s) => s.concurrent,
    (s, v) => (s.concurrent = v),
  ),
  text(
    'hdfs-gb',
    (s) => s.hdfsGb,
    (s, v) => (s.hdfsGb = v),
  ),
  {
    key: 'platform',
    write: (s) => [s.platform],
    read: oneOf(CALC_PLATFORMS, (s, v) => (s.platform = v), 'a platform the calculator edits'),
  },
  text(
    'release',
    (s) => s.release,
    (s, v) => (s.release = v),
  ),
  text(
    'name',
    (s) => s.name,
    (s, v) => (s.name = v),
  ),
  {
    key: 'layout',
    write: (s) => [s.layout],
    read: oneOf(['instance-groups', 'instance-fleets'] as const, (s, v) => (s.layout = v), 'a layout'),
  },
  { key: 'primary', write: (s) => [groupToken(s.primary)], read: (s, v) => ((s.primary = parseGroupToken(v[0] ?? '')), null) },
  { key: 'core', write: (s) => [groupToken(s.core)], read: (s, v) => ((s.core = parseGroupToken(v[0] ?? '')), null) },
  {
    key: 'task',
    // No task group is written as one empty value, so it differs from a preset with task groups.
    write: (s) => (s.tasks.length === 0 ? [''] : s.tasks.map(groupToken)),
    read: (s, v) => ((s.tasks = v.filter((t) => t.trim() !== '').map(parseGroupToken)), null),
  },
  fleet('core-fleet', 'coreFleet'),
  fleet('task-fleet', 'taskFleet'),
  list(
    'apps',
    (s) => canonicalApps(s.apps),
    (s, v) => (s.apps = v),
  ),
  {
    key: 'am',
    write: (s) => [s.am],
    read: oneOf(['', 'core', 'on-demand', 'any'] as const, (s, v) => (s.am = v), 'an application-master placement'),
  },
  {
    key: 'deploy-mode',
    write: (s) => [s.deployMode],
    read: oneOf(['', 'client', 'cluster'] as const, (s, v) => (s.deployMode = v), 'a deploy mode'),
  },
  { key: 'submitter', write: (s) => [s.submitter], read: oneOf(SubmitterSchema.options, (s, v) => (s.submitter = v), 'a submitter') },
  flag(
    'mra',
    (s) => s.mra,
    (s, v) => (s.mra = v),
  ),
  {
    key: 'dynamic-allocation',
    write: (s) => [s.dynamicAllocation],
    read: oneOf(['', 'true', 'false'] as const, (s, v) => (s.dynamicAllocation = v), 'true or false'),
  },
  text(
    'executor-cores',
    (s) => s.executorCores,
    (s, v) => (s.executorCores = v),
  ),
  text(
    'executor-memory',
    (s) => s.executorMemory,
    (s, v) => (s.executorMemory = v),
  ),
  text(
    'driver-memory',
    (s) => s.driverMemory,
    (s, v) => (s.driverMemory = v),
  ),
  text(
    'overhead-factor',
    (s) => s.overheadFactor,
    (s, v) => (s.overheadFactor = v),
  ),
  text(
    'replication',
    (s) => s.replication,
    (s, v) => (s.replication = v),
  ),
  {
    key: 'scaling-unit',
    write: (s) => [s.scalingUnit],
    read: oneOf(['', 'instances', 'vcpu', 'instance-fleet-units'] as const, (s, v) => (s.scalingUnit = v), 'a managed scaling unit'),
  },
  text(
    'scaling-min',
    (s) => s.scalingMin,
    (s, v) => (s.scalingMin = v),
  ),
  text(
    'scaling-max',
    (s) => s.scalingMax,
    (s, v) => (s.scalingMax = v),
  ),
  text(
    'scaling-max-od',
    (s) => s.scalingMaxOnDemand,
    (s, v) => (s.scalingMaxOnDemand = v),
  ),
  text(
    'scaling-max-core',
    (s) => s.scalingMaxCore,
    (s, v) => (s.scalingMaxCore = v),
  ),
  flag(
    'after-last-step',
    (s) => s.afterLastStep,
    (s, v) => (s.afterLastStep = v),
  ),
  text(
    'idle-timeout',
    (s) => s.idleTimeout,
    (s, v) => (s.idleTimeout = v),
  ),
  flag(
    'metastore',
    (s) => s.externalMetastore,
    (s, v) => (s.externalMetastore = v),
  ),
  flag(
    'reserved',
    (s) => s.reserved,
    (s, v) => (s.reserved = v),
  ),
  flag(
    'consistent-view',
    (s) => s.consistentView,
    (s, v) => (s.consistentView = v),
  ),
  { key: 'data', write: (s) => [s.persistentData], read: oneOf(['s3', 'hdfs'] as const, (s, v) => (s.persistentData = v), 'a data store') },
  { key: 'driver', write: (s) => [workerToken(s.driver)], read: (s, v) => ((s.driver = parseWorkerToken(v[0] ?? '')), null) },
  { key: 'executor', write: (s) => [workerToken(s.executor)], read: (s, v) => ((s.executor = parseWorkerToken(v[0] ?? '')), null) },
  text(
    'init-drivers',
    (s) => s.initDrivers,
    (s, v) => (s.initDrivers = v),
  ),
  text(
    'init-executors',
    (s) => s.initExecutors,
    (s, v) => (s.initExecutors = v),
  ),
  text(
    'auto-stop',
    (s) => s.autoStop,
    (s, v) => (s.autoStop = v),
  ),
  text(
    'max-vcpu',
    (s) => s.maxVcpu,
    (s, v) => (s.maxVcpu = v),
  ),
  text(
    'max-memory',
    (s) => s.maxMemory,
    (s, v) => (s.maxMemory = v),
  ),
];

/**
 * The URL query of a state: `preset=<profile>` and every parameter whose value differs from that
 * preset's, so a shared link is short and readable (`?preset=streaming-24x7&primary=m5.xlarge:1:spot`).
 */
export function stateToParams(s: CalcState): URLSearchParams {
  const base = presetState(s.preset);
  const out = new URLSearchParams();
  out.set('preset', s.preset);
  for (const p of PARAMS) {
    const mine = p.write(s);
    const theirs = p.write(base);
    if (mine.join('\n') !== theirs.join('\n')) for (const v of mine) out.append(p.key, v);
  }
  return out;
}

/** A URL parameter that was ignored, and why. */
export interface UrlProblem {
  key: string;
  value: string;
  message: string;
}

/**
 * Reads a state from a URL query: the preset (default: the first), then each parameter. Values the
 * form can hold (any text in a text field) are taken as they are and judged later; values a menu
 * cannot show (an unknown platform) are ignored and reported.
 */
export function stateFromParams(params: URLSearchParams): { state: CalcState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const requested = params.get('preset');
  let preset = PRESET_IDS[0] as WorkloadProfile;
  if (requested !== null) {
    if ((PRESET_IDS as readonly string[]).includes(requested)) preset = requested as WorkloadProfile;
    else problems.push({ key: 'preset', value: requested, message: `"${requested}" is not a preset (${PRESET_IDS.join(', ')})` });
  }
  const state = presetState(preset);
  const known = new Set(['preset', ...PARAMS.map((p) => p.key)]);
  for (const p of PARAMS) {
    const values = params.getAll(p.key);
    if (values.length === 0) continue;
    const problem = p.read(state, values);
    if (problem) problems.push({ key: p.key, value: values.join(', '), message: problem });
  }
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) problems.push({ key, value: params.getAll(key).join(', '), message: 'not a calculator setting' });
  }
  return { state, problems };
}

/** `/calculator/?…` for a state. */
export function calculatorHref(s: CalcState): string {
  return withBase(`/calculator/?${stateToParams(s).toString()}`);
}

// ── state → model input ─────────────────────────────────────────────────────────────────────────

/** A form field: its id in the form (`primary.count`, `task.1.type`, `executor.memory` …). */
export type FieldId = string;

/** A problem with one form field. */
export interface FieldError {
  field: FieldId;
  message: string;
}

/** The model input of a state, with the problems found before the model's schemas run. */
export interface ModelInput {
  workload: WorkloadInput;
  cluster: ClusterInput;
  errors: FieldError[];
}

/** Readable names of the form fields, for messages ("Core group · count"). */
export function fieldLabel(field: FieldId): string {
  const parts = field.split('.');
  const head = parts[0] ?? field;
  const role: Record<string, string> = {
    primary: 'Primary group',
    core: 'Core group',
    task: 'Task group',
    'core-fleet': 'Core fleet',
    'task-fleet': 'Task fleet',
    driver: 'Serverless driver',
    executor: 'Serverless executor',
  };
  const leaf: Record<string, string> = {
    type: 'instance type',
    count: 'count',
    market: 'purchasing option',
    ebs: 'EBS GiB',
    types: 'instance types',
    od: 'On-Demand units',
    spot: 'Spot units',
    weighting: 'weighting',
    'spot-strategy': 'Spot allocation strategy',
    'od-strategy': 'On-Demand allocation strategy',
    vcpu: 'vCPU',
    memory: 'memory GiB',
    disk: 'disk GiB',
  };
  if (role[head]) {
    const n = head === 'task' && parts.length === 3 ? ` ${Number(parts[1]) + 1}` : '';
    return `${role[head]}${n} · ${leaf[parts[parts.length - 1] ?? ''] ?? parts[parts.length - 1]}`;
  }
  const single: Record<string, string> = {
    profile: 'Workload profile',
    traits: 'Workload traits',
    concurrent: 'Concurrent applications',
    'hdfs-gb': 'HDFS data GB',
    platform: 'Platform',
    release: 'Release label',
    name: 'Cluster name',
    layout: 'Layout',
    apps: 'Applications',
    am: 'Application masters',
    'deploy-mode': 'Deploy mode',
    submitter: 'Submitter',
    mra: 'maximizeResourceAllocation',
    'dynamic-allocation': 'Dynamic allocation',
    'executor-cores': 'Executor cores',
    'executor-memory': 'Executor memory',
    'driver-memory': 'Driver memory',
    'overhead-factor': 'Memory overhead factor',
    replication: 'dfs.replication',
    'scaling-unit': 'Managed scaling unit',
    'scaling-min': 'Managed scaling minimum',
    'scaling-max': 'Managed scaling maximum',
    'scaling-max-od': 'Managed scaling maximum On-Demand',
    'scaling-max-core': 'Managed scaling maximum core',
    'after-last-step': 'Terminate after last step',
    'idle-timeout': 'Idle timeout',
    metastore: 'External metastore',
    reserved: 'Reserved capacity',
    'consistent-view': 'EMRFS consistent view',
    data: 'Persistent data',
    'init-drivers': 'Pre-initialized drivers',
    'init-executors': 'Pre-initialized executors',
    'auto-stop': 'Auto-stop',
    'max-vcpu': 'Maximum vCPU',
    'max-memory': 'Maximum memory GiB',
  };
  return single[field] ?? field;
}

/**
 * Model path → form field, most specific first (`instances.task.2.count` → `task.2.count`). The
 * `${n}` placeholder matches an index. Used for schema problems and for the `subject` of findings.
 */
const PATH_TO_FIELD: ReadonlyArray<[RegExp, (m: RegExpExecArray, layout: CalcState['layout']) => FieldId]> = [
  [/^instances\.primary(?:\.(instanceType|count|market|ebsGiBPerInstance|maxSpotPriceUSD))?/, (m) => `primary.${groupLeaf(m[1])}`],
  [
    /^instances\.(core|task)\.(\d+)(?:\.(instanceType|count|market|ebsGiBPerInstance|maxSpotPriceUSD))?/,
    (m) => (m[1] === 'core' ? `core.${groupLeaf(m[3])}` : `task.${m[2]}.${groupLeaf(m[3])}`),
  ],
  [
    /^instances\.(core|task)\.(instanceTypes|targetOnDemandCapacity|targetSpotCapacity|weighting|spotAllocationStrategy|onDemandAllocationStrategy)/,
    (m) => `${m[1]}-fleet.${fleetLeaf(m[2])}`,
  ],
  [
    /^instances\.(core|task)$/,
    (m, layout) => (layout === 'instance-fleets' ? `${m[1]}-fleet.types` : m[1] === 'core' ? 'core.type' : 'task.0.type'),
  ],
  [/^instances/, () => 'layout'],
  [
    /^(driver|executor)(?:\.(vcpu|memoryGiB|diskGiB))?/,
    (m) => `${m[1]}.${m[2] === 'memoryGiB' ? 'memory' : m[2] === 'diskGiB' ? 'disk' : 'vcpu'}`,
  ],
  [/^initialCapacity\.drivers/, () => 'init-drivers'],
  [/^initialCapacity/, () => 'init-executors'],
  [/^maximumCapacity\.memoryGiB/, () => 'max-memory'],
  [/^maximumCapacity/, () => 'max-vcpu'],
  [/^autoStopIdleMinutes/, () => 'auto-stop'],
  [/^releaseLabel/, () => 'release'],
  [/^name/, () => 'name'],
  [/^platform/, () => 'platform'],
  [/^applications/, () => 'apps'],
  [/^applicationMasterNodes/, () => 'am'],
  [/^spark\.deployMode/, () => 'deploy-mode'],
  [/^spark\.submitter/, () => 'submitter'],
  [/^spark\.maximizeResourceAllocation/, () => 'mra'],
  [/^spark\.dynamicAllocation/, () => 'dynamic-allocation'],
  [/^spark\.(executorCores|executorInstances|defaultParallelism)/, () => 'executor-cores'],
  [/^spark\.memoryOverheadFactor/, () => 'overhead-factor'],
  [/^spark\.(executorMemoryMiB|executorMemoryOverheadMiB)/, () => 'executor-memory'],
  [/^spark\.(driverMemoryMiB|driverCores)/, () => 'driver-memory'],
  [/^spark/, () => 'executor-memory'],
  [/^hdfsReplication/, () => 'replication'],
  [/^managedScaling\.maximumOnDemand/, () => 'scaling-max-od'],
  [/^managedScaling\.maximumCore/, () => 'scaling-max-core'],
  [/^managedScaling\.maximum/, () => 'scaling-max'],
  [/^managedScaling\.unitType/, () => 'scaling-unit'],
  [/^managedScaling/, () => 'scaling-min'],
  [/^autoTermination\.afterLastStep/, () => 'after-last-step'],
  [/^autoTermination/, () => 'idle-timeout'],
  [/^externalMetastore/, () => 'metastore'],
  [/^reservedCapacity/, () => 'reserved'],
  [/^emrfsConsistentView/, () => 'consistent-view'],
  [/^persistentDataStore/, () => 'data'],
  // workload paths are prefixed `workload.` by the caller
  [/^workload\.profile/, () => 'profile'],
  [/^workload\.traits/, () => 'traits'],
  [/^workload\.concurrentApplications/, () => 'concurrent'],
  [/^workload\.hdfsDataGB/, () => 'hdfs-gb'],
];

function groupLeaf(key: string | undefined): string {
  switch (key) {
    case 'count':
      return 'count';
    case 'market':
    case 'maxSpotPriceUSD':
      return 'market';
    case 'ebsGiBPerInstance':
      return 'ebs';
    default:
      return 'type';
  }
}

function fleetLeaf(key: string | undefined): string {
  switch (key) {
    case 'targetOnDemandCapacity':
      return 'od';
    case 'targetSpotCapacity':
      return 'spot';
    case 'weighting':
      return 'weighting';
    case 'spotAllocationStrategy':
      return 'spot-strategy';
    case 'onDemandAllocationStrategy':
      return 'od-strategy';
    default:
      return 'types';
  }
}

/** The form field of a model path (a schema problem's path or a finding's `subject`), or null. */
export function fieldOfPath(path: string, layout: CalcState['layout']): FieldId | null {
  for (const [re, f] of PATH_TO_FIELD) {
    const m = re.exec(path);
    if (m) return f(m, layout);
  }
  return null;
}

/**
 * Builds the model input of a state. Numbers are parsed here (text that is not a number becomes a
 * field error naming the field, never NaN); ranges and everything else are left to the model's
 * schemas. Fields of other platforms or the other layout are not included.
 */
export function toModelInput(s: CalcState): ModelInput {
  const errors: FieldError[] = [];
  const num = (field: FieldId, value: string, opts: { required?: boolean } = {}): number | undefined => {
    const t = value.trim();
    if (t === '') {
      if (opts.required) errors.push({ field, message: `${fieldLabel(field)}: enter a number` });
      return undefined;
    }
    const n = Number(t);
    if (!Number.isFinite(n)) {
      errors.push({ field, message: `${fieldLabel(field)}: "${value}" is not a number` });
      return undefined;
    }
    return n;
  };
  const size = (field: FieldId, value: string): number | undefined => {
    if (value.trim() === '') return undefined;
    const mib = parseSparkSizeText(value);
    if (mib === null)
      errors.push({ field, message: `${fieldLabel(field)}: "${value}" is not a Spark memory size; write e.g. 10g (GiB) or 10240m (MiB)` });
    return mib ?? undefined;
  };

  const workload: WorkloadInput = { profile: s.profile, traits: s.traits as WorkloadInput['traits'] };
  const concurrent = num('concurrent', s.concurrent);
  if (concurrent !== undefined) workload.concurrentApplications = concurrent;
  const hdfs = num('hdfs-gb', s.hdfsGb);
  if (hdfs !== undefined) workload.hdfsDataGB = hdfs;

  const spark: Record<string, unknown> = { submitter: s.submitter, maximizeResourceAllocation: s.mra };
  if (s.deployMode !== '') spark['deployMode'] = s.deployMode;
  if (s.dynamicAllocation !== '') spark['dynamicAllocation'] = s.dynamicAllocation === 'true';
  const cores = num('executor-cores', s.executorCores);
  if (cores !== undefined) spark['executorCores'] = cores;
  const execMem = size('executor-memory', s.executorMemory);
  if (execMem !== undefined) spark['executorMemoryMiB'] = execMem;
  const driverMem = size('driver-memory', s.driverMemory);
  if (driverMem !== undefined) spark['driverMemoryMiB'] = driverMem;
  const factor = num('overhead-factor', s.overheadFactor);
  if (factor !== undefined) spark['memoryOverheadFactor'] = factor;

  const common: Record<string, unknown> = { platform: s.platform, releaseLabel: s.release };
  if (s.name !== '') common['name'] = s.name;

  let cluster: Record<string, unknown>;
  if (s.platform === 'emr-ec2') {
    const group = (prefix: string, g: GroupState): Record<string, unknown> => {
      const out: Record<string, unknown> = {
        instanceType: g.type,
        count: num(`${prefix}.count`, g.count, { required: true }) ?? 1,
        market: g.market,
      };
      const ebs = num(`${prefix}.ebs`, g.ebs);
      if (ebs !== undefined) out['ebsGiBPerInstance'] = ebs;
      return out;
    };
    const fleetInput = (prefix: string, f: FleetState): Record<string, unknown> => {
      const field = `${prefix}.types`;
      const types = fleetEntries(f.types).map((e) => {
        for (const u of e.unknown)
          errors.push({
            field,
            message: `${fieldLabel(field)}: "${e.instanceType}:${u}" — after a type write :weight=N, :ebs=GIB or :max-price=PERCENT`,
          });
        const t: Record<string, unknown> = { instanceType: e.instanceType };
        const weight = e.weight !== undefined ? num(field, e.weight, { required: true }) : undefined;
        if (weight !== undefined) t['weightedCapacity'] = weight;
        const ebs = e.ebs !== undefined ? num(field, e.ebs, { required: true }) : undefined;
        if (ebs !== undefined) t['ebsGiBPerInstance'] = ebs;
        const price = e.maxPrice !== undefined ? num(field, e.maxPrice, { required: true }) : undefined;
        if (price !== undefined) t['bidPriceAsPercentageOfOnDemandPrice'] = price;
        return t;
      });
      const out: Record<string, unknown> = {
        instanceTypes: types,
        targetOnDemandCapacity: num(`${prefix}.od`, f.onDemand) ?? 0,
        targetSpotCapacity: num(`${prefix}.spot`, f.spot) ?? 0,
        weighting: f.weighting,
      };
      if (f.spotStrategy !== '') out['spotAllocationStrategy'] = f.spotStrategy;
      if (f.onDemandStrategy !== '') out['onDemandAllocationStrategy'] = f.onDemandStrategy;
      return out;
    };
    const instances: Record<string, unknown> =
      s.layout === 'instance-groups'
        ? {
            mode: 'instance-groups',
            primary: group('primary', s.primary),
            core: group('core', s.core),
            task: s.tasks.map((t, i) => group(`task.${i}`, t)),
          }
        : {
            mode: 'instance-fleets',
            primary: group('primary', s.primary),
            core: fleetInput('core-fleet', s.coreFleet),
            ...(s.taskFleet.types.trim() !== '' ? { task: fleetInput('task-fleet', s.taskFleet) } : {}),
          };
    cluster = {
      ...common,
      applications: s.apps,
      instances,
      spark,
      externalMetastore: s.externalMetastore,
      reservedCapacity: s.reserved,
      emrfsConsistentView: s.consistentView,
      persistentDataStore: s.persistentData,
      autoTermination: { afterLastStep: s.afterLastStep },
    };
    if (s.am !== '') cluster['applicationMasterNodes'] = s.am;
    const replication = num('replication', s.replication);
    if (replication !== undefined) cluster['hdfsReplication'] = replication;
    const idle = num('idle-timeout', s.idleTimeout);
    if (idle !== undefined) (cluster['autoTermination'] as Record<string, unknown>)['idleTimeoutMinutes'] = idle;
    const min = num('scaling-min', s.scalingMin);
    const max = num('scaling-max', s.scalingMax);
    if (min !== undefined || max !== undefined) {
      if (min === undefined)
        errors.push({
          field: 'scaling-min',
          message: `${fieldLabel('scaling-min')}: enter a number, or clear both managed scaling fields`,
        });
      else if (max === undefined)
        errors.push({
          field: 'scaling-max',
          message: `${fieldLabel('scaling-max')}: enter a number, or clear both managed scaling fields`,
        });
      else {
        const scaling: Record<string, unknown> = { minimumCapacityUnits: min, maximumCapacityUnits: max };
        if (s.scalingUnit !== '') scaling['unitType'] = s.scalingUnit;
        const maxOd = num('scaling-max-od', s.scalingMaxOnDemand);
        if (maxOd !== undefined) scaling['maximumOnDemandCapacityUnits'] = maxOd;
        const maxCore = num('scaling-max-core', s.scalingMaxCore);
        if (maxCore !== undefined) scaling['maximumCoreCapacityUnits'] = maxCore;
        cluster['managedScaling'] = scaling;
      }
    }
  } else if (s.platform === 'emr-serverless') {
    const worker = (prefix: 'driver' | 'executor', w: WorkerState): Record<string, unknown> => ({
      vcpu: num(`${prefix}.vcpu`, w.vcpu, { required: true }) ?? 1,
      memoryGiB: num(`${prefix}.memory`, w.memory, { required: true }) ?? 1,
      diskGiB: num(`${prefix}.disk`, w.disk) ?? 20,
    });
    cluster = { ...common, driver: worker('driver', s.driver), executor: worker('executor', s.executor), spark };
    const drivers = num('init-drivers', s.initDrivers);
    const executors = num('init-executors', s.initExecutors);
    if (drivers !== undefined || executors !== undefined) cluster['initialCapacity'] = { drivers: drivers ?? 0, executors: executors ?? 0 };
    if (s.autoStop.trim().toLowerCase() === 'off') cluster['autoStopIdleMinutes'] = null;
    else {
      const stop = num('auto-stop', s.autoStop);
      if (stop !== undefined) cluster['autoStopIdleMinutes'] = stop;
    }
    const vcpu = num('max-vcpu', s.maxVcpu);
    const mem = num('max-memory', s.maxMemory);
    if (vcpu !== undefined || mem !== undefined) {
      if (vcpu === undefined)
        errors.push({ field: 'max-vcpu', message: `${fieldLabel('max-vcpu')}: enter a number, or clear both maximum-capacity fields` });
      else if (mem === undefined)
        errors.push({ field: 'max-memory', message: `${fieldLabel('max-memory')}: enter a number, or clear both maximum-capacity fields` });
      else cluster['maximumCapacity'] = { vcpu, memoryGiB: mem };
    }
  } else {
    cluster = { ...common, spark };
  }
  return { workload, cluster: cluster as ClusterInput, errors };
}

/**
 * Parses a state with the model's schemas. Problems come back per form field, with the field's
 * name first (`Core group · count: at least 1 instance`).
 */
export function parseState(s: CalcState): { ok: true; workload: Workload; cluster: Cluster } | { ok: false; errors: FieldError[] } {
  const input = toModelInput(s);
  const errors = [...input.errors];
  const w = WorkloadSchema.safeParse(input.workload);
  const c = ClusterSchema.safeParse(input.cluster);
  const already = new Set(errors.map((e) => e.field));
  const add = (path: string, message: string): void => {
    const field = fieldOfPath(path, s.layout) ?? 'platform';
    // A field already reported as "not a number" gets no second message from its placeholder value.
    if (already.has(field)) return;
    errors.push({ field, message: `${fieldLabel(field)}: ${message}` });
  };
  if (!w.success) for (const i of w.error.issues) add(`workload.${i.path.join('.')}`, i.message);
  if (!c.success) for (const i of c.error.issues) add(i.path.join('.'), i.message);
  if (errors.length > 0 || !w.success || !c.success) return { ok: false, errors };
  return { ok: true, workload: w.data, cluster: c.data };
}

/**
 * True when the state describes the configuration exactly (the compare view links an option to the
 * calculator only then): the state parses back to the same configuration.
 */
export function isRepresentable(state: CalcState, cluster: Cluster): boolean {
  const back = parseState(state);
  // The order of applications is not a setting (the form lists them in one fixed order).
  const canonical = (c: Cluster): string =>
    JSON.stringify(c.platform === 'emr-ec2' ? { ...c, applications: canonicalApps(c.applications) } : c);
  return back.ok && canonical(back.cluster) === canonical(cluster);
}
