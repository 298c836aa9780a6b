/**
 * The model input of a calculator state: numbers parsed per form field (text that is not a number
 * is a field error, never NaN), the rest judged by the model's zod schemas, whose problems are
 * mapped back to the form fields. Pure TypeScript (no DOM).
 */
import { canonicalApps, type CalcState, type FleetState, type GroupState, type WorkerState } from './state.ts';
import { fieldLabel, fieldOfPath, type FieldError, type FieldId } from './fields.ts';
import {
  ClusterSchema,
  fieldProblems,
  WorkloadSchema,
  type Cluster,
  type ClusterInput,
  type Workload,
  type WorkloadInput,
} from '../../core/sizing/model.ts';
import { parseSparkSize } from '../../core/sizing/spark-size.ts';
import { parseFleetTypeEntries } from '../../core/sizing/instance-group-notation.ts';
/** The model input of a state, with the problems found before the model's schemas run. */
export interface ModelInput {
  workload: WorkloadInput;
  cluster: ClusterInput;
  errors: FieldError[];
}
/**
 * Builds the model input of a state. Numbers are parsed here (text that is not a number becomes a
 * field error naming the field, never NaN); ranges and everything else are left to the model's
 * schemas. Fields of other platforms or the other layout are not included.
 */
export function toModelInput(s: CalcState): ModelInput {
  const errors: FieldError[] = [];
  const r = fieldReader(errors);
  const workload = workloadInput(s, r);
  const spark = sparkInput(s, r);
  const common: Record<string, unknown> = { platform: s.platform, releaseLabel: s.release };
  if (s.name !== '') common['name'] = s.name;
  let cluster: Record<string, unknown>;
  if (s.platform === 'emr-ec2') cluster = ec2Input(s, r, { ...common, applications: s.apps });
  else if (s.platform === 'emr-serverless') cluster = serverlessInput(s, r, common);
  else cluster = { ...common };
  cluster['spark'] = spark;
  return { workload, cluster: cluster as ClusterInput, errors };
}

/** Reads form text as numbers; text that is not one becomes a field error (in the order read), never NaN. */
interface FieldReader {
  /** A number, or undefined when the field is empty (an error when `required`) or not a number. */
  num(field: FieldId, value: string, opts?: { required?: boolean }): number | undefined;
  /** A Spark memory size in MiB (`10g`, `10240m`), or undefined when empty or not one. */
  size(field: FieldId, value: string): number | undefined;
  /** Reports a problem at a field. */
  error(field: FieldId, message: string): void;
}

function fieldReader(errors: FieldError[]): FieldReader {
  return {
    num(field, value, opts = {}) {
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
    },
    size(field, value) {
      if (value.trim() === '') return undefined;
      const mib = parseSparkSize(value);
      if (mib === null)
        errors.push({
          field,
          message: `${fieldLabel(field)}: "${value}" is not a Spark memory size; write e.g. 10g (GiB) or 10240m (MiB)`,
        });
      return mib ?? undefined;
    },
    error(field, message) {
      errors.push({ field, message: `${fieldLabel(field)}: ${message}` });
    },
  };
}

function workloadInput(s: CalcState, r: FieldReader): WorkloadInput {
  const workload: WorkloadInput = { profile: s.profile, traits: s.traits as WorkloadInput['traits'] };
  const concurrent = r.num('concurrent', s.concurrent);
  if (concurrent !== undefined) workload.concurrentApplications = concurrent;
  const hdfs = r.num('hdfs-gb', s.hdfsGb);
  if (hdfs !== undefined) workload.hdfsDataGB = hdfs;
  return workload;
}

function sparkInput(s: CalcState, r: FieldReader): Record<string, unknown> {
  const spark: Record<string, unknown> = { submitter: s.submitter, maximizeResourceAllocation: s.mra };
  if (s.deployMode !== '') spark['deployMode'] = s.deployMode;
  if (s.dynamicAllocation !== '') spark['dynamicAllocation'] = s.dynamicAllocation === 'true';
  const cores = r.num('executor-cores', s.executorCores);
  if (cores !== undefined) spark['executorCores'] = cores;
  const execMem = r.size('executor-memory', s.executorMemory);
  if (execMem !== undefined) spark['executorMemoryMiB'] = execMem;
  const driverMem = r.size('driver-memory', s.driverMemory);
  if (driverMem !== undefined) spark['driverMemoryMiB'] = driverMem;
  const factor = r.num('overhead-factor', s.overheadFactor);
  if (factor !== undefined) spark['memoryOverheadFactor'] = factor;
  return spark;
}

function groupInput(prefix: string, g: GroupState, r: FieldReader): Record<string, unknown> {
  const out: Record<string, unknown> = {
    instanceType: g.type,
    count: r.num(`${prefix}.count`, g.count, { required: true }) ?? 1,
    market: g.market,
  };
  const ebs = r.num(`${prefix}.ebs`, g.ebs);
  if (ebs !== undefined) out['ebsGiBPerInstance'] = ebs;
  return out;
}

function fleetInput(prefix: string, f: FleetState, r: FieldReader): Record<string, unknown> {
  const field = `${prefix}.types`;
  const types = parseFleetTypeEntries(f.types).map((e) => {
    for (const u of e.unknown) r.error(field, `"${e.instanceType}:${u}" — after a type write :weight=N, :ebs=GIB or :max-price=PERCENT`);
    const t: Record<string, unknown> = { instanceType: e.instanceType };
    const weight = e.weight !== undefined ? r.num(field, e.weight, { required: true }) : undefined;
    if (weight !== undefined) t['weightedCapacity'] = weight;
    const ebs = e.ebs !== undefined ? r.num(field, e.ebs, { required: true }) : undefined;
    if (ebs !== undefined) t['ebsGiBPerInstance'] = ebs;
    const price = e.maxPrice !== undefined ? r.num(field, e.maxPrice, { required: true }) : undefined;
    if (price !== undefined) t['bidPriceAsPercentageOfOnDemandPrice'] = price;
    return t;
  });
  const out: Record<string, unknown> = {
    instanceTypes: types,
    targetOnDemandCapacity: r.num(`${prefix}.od`, f.onDemand) ?? 0,
    targetSpotCapacity: r.num(`${prefix}.spot`, f.spot) ?? 0,
    weighting: f.weighting,
  };
  if (f.spotStrategy !== '') out['spotAllocationStrategy'] = f.spotStrategy;
  if (f.onDemandStrategy !== '') out['onDemandAllocationStrategy'] = f.onDemandStrategy;
  return out;
}

/** An EMR on EC2 cluster: the nodes of the chosen layout, settings, termination and managed scaling. */
function ec2Input(s: CalcState, r: FieldReader, common: Record<string, unknown>): Record<string, unknown> {
  const instances: Record<string, unknown> =
    s.layout === 'instance-groups'
      ? {
          mode: 'instance-groups',
          primary: groupInput('primary', s.primary, r),
          core: groupInput('core', s.core, r),
          task: s.tasks.map((t, i) => groupInput(`task.${i}`, t, r)),
        }
      : {
          mode: 'instance-fleets',
          primary: groupInput('primary', s.primary, r),
          core: fleetInput('core-fleet', s.coreFleet, r),
          ...(s.taskFleet.types.trim() !== '' ? { task: fleetInput('task-fleet', s.taskFleet, r) } : {}),
        };
  const autoTermination: Record<string, unknown> = { afterLastStep: s.afterLastStep };
  const cluster: Record<string, unknown> = {
    ...common,
    instances,
    externalMetastore: s.externalMetastore,
    reservedCapacity: s.reserved,
    emrfsConsistentView: s.consistentView,
    persistentDataStore: s.persistentData,
    autoTermination,
  };
  if (s.am !== '') cluster['applicationMasterNodes'] = s.am;
  const replication = r.num('replication', s.replication);
  if (replication !== undefined) cluster['hdfsReplication'] = replication;
  const idle = r.num('idle-timeout', s.idleTimeout);
  if (idle !== undefined) autoTermination['idleTimeoutMinutes'] = idle;
  const scaling = managedScalingInput(s, r);
  if (scaling) cluster['managedScaling'] = scaling;
  return cluster;
}

/** Managed scaling when both limits are given (one without the other is a field error); undefined when neither is. */
function managedScalingInput(s: CalcState, r: FieldReader): Record<string, unknown> | undefined {
  const min = r.num('scaling-min', s.scalingMin);
  const max = r.num('scaling-max', s.scalingMax);
  if (min === undefined && max === undefined) return undefined;
  if (min === undefined || max === undefined) {
    r.error(min === undefined ? 'scaling-min' : 'scaling-max', 'enter a number, or clear both managed scaling fields');
    return undefined;
  }
  const scaling: Record<string, unknown> = { minimumCapacityUnits: min, maximumCapacityUnits: max };
  if (s.scalingUnit !== '') scaling['unitType'] = s.scalingUnit;
  const maxOd = r.num('scaling-max-od', s.scalingMaxOnDemand);
  if (maxOd !== undefined) scaling['maximumOnDemandCapacityUnits'] = maxOd;
  const maxCore = r.num('scaling-max-core', s.scalingMaxCore);
  if (maxCore !== undefined) scaling['maximumCoreCapacityUnits'] = maxCore;
  return scaling;
}

/** An EMR Serverless application: workers, pre-initialized capacity, auto-stop, maximum capacity. */
function serverlessInput(s: CalcState, r: FieldReader, common: Record<string, unknown>): Record<string, unknown> {
  const worker = (prefix: 'driver' | 'executor', w: WorkerState): Record<string, unknown> => ({
    vcpu: r.num(`${prefix}.vcpu`, w.vcpu, { required: true }) ?? 1,
    memoryGiB: r.num(`${prefix}.memory`, w.memory, { required: true }) ?? 1,
    diskGiB: r.num(`${prefix}.disk`, w.disk) ?? 20,
  });
  const cluster: Record<string, unknown> = { ...common, driver: worker('driver', s.driver), executor: worker('executor', s.executor) };
  const drivers = r.num('init-drivers', s.initDrivers);
  const executors = r.num('init-executors', s.initExecutors);
  if (drivers !== undefined || executors !== undefined) cluster['initialCapacity'] = { drivers: drivers ?? 0, executors: executors ?? 0 };
  if (s.autoStop.trim().toLowerCase() === 'off') cluster['autoStopIdleMinutes'] = null;
  else {
    const stop = r.num('auto-stop', s.autoStop);
    if (stop !== undefined) cluster['autoStopIdleMinutes'] = stop;
  }
  const vcpu = r.num('max-vcpu', s.maxVcpu);
  const mem = r.num('max-memory', s.maxMemory);
  if (vcpu === undefined && mem === undefined) return cluster;
  if (vcpu === undefined) r.error('max-vcpu', 'enter a number, or clear both maximum-capacity fields');
  else if (mem === undefined) r.error('max-memory', 'enter a number, or clear both maximum-capacity fields');
  else cluster['maximumCapacity'] = { vcpu, memoryGiB: mem };
  return cluster;
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
  // Worded by the one zod formatter (through the model's fieldProblems), as the CLI words them.
  if (!w.success)
    for (const p of fieldProblems(w.error, input.workload)) add(p.path === '(root)' ? 'workload' : `workload.${p.path}`, p.message);
  if (!c.success) for (const p of fieldProblems(c.error, input.cluster)) add(p.path === '(root)' ? '' : p.path, p.message);
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
