/**
 * The model input of a calculator state: numbers parsed per form field (text that is not a number
 * is a field error, never NaN), the rest judged by the model's zod schemas, whose problems are
 * mapped back to the form fields. Every problem is worded in English and Korean (the page shows its
 * language): the English as the CLI words it (the model's `fieldProblems`), the Korean from the
 * schemas' own Korean ({@link koreanIssueMessage}) or, for zod's built-in issues, from the issue's
 * code and parameters ({@link koreanZodIssue}). The island's own texts are catalog messages
 * (`calcInput.*`, src/i18n/catalog/calculator-input.ts). Pure TypeScript (no DOM).
 */
import type { z } from 'zod';
import { canonicalApps, type CalcState, type FleetState, type GroupState, type WorkerState } from './state.ts';
import { fieldLabel, fieldOfPath, type FieldError, type FieldId } from './fields.ts';
import type { Bilingual } from '../../core/sizing/bilingual.ts';
import { didYouMean } from '../../core/diagnostics/zod-issues.ts';
import {
  ClusterSchema,
  fieldProblems,
  koreanIssueMessage,
  WorkloadSchema,
  type Cluster,
  type ClusterInput,
  type Workload,
  type WorkloadInput,
} from '../../core/sizing/model.ts';
import { parseSparkSize } from '../../core/sizing/spark-size.ts';
import { parseFleetTypeEntries } from '../../core/sizing/instance-group-notation.ts';
import { bilingual, isCalculatorInputKey, type CalculatorInputKey } from './ui-text.ts';

/** A field's problem: the field's name, then what is wrong, in both languages. */
function fieldMessage(field: FieldId, text: Bilingual): Bilingual {
  return bilingual('calcInput.problem', { field: fieldLabel(field), problem: text });
}
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
  error(field: FieldId, message: Bilingual): void;
}

function fieldReader(errors: FieldError[]): FieldReader {
  const error = (field: FieldId, text: Bilingual): void => {
    errors.push({ field, message: fieldMessage(field, text) });
  };
  return {
    num(field, value, opts = {}) {
      const t = value.trim();
      if (t === '') {
        if (opts.required) error(field, bilingual('calcInput.enterNumber'));
        return undefined;
      }
      const n = Number(t);
      if (!Number.isFinite(n)) {
        error(field, bilingual('calcInput.notNumber', { value }));
        return undefined;
      }
      return n;
    },
    size(field, value) {
      if (value.trim() === '') return undefined;
      const mib = parseSparkSize(value);
      if (mib === null) error(field, bilingual('calcInput.notSparkSize', { value }));
      return mib ?? undefined;
    },
    error,
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
    for (const u of e.unknown) r.error(field, bilingual('calcInput.fleetTypeOption', { type: e.instanceType, option: u }));
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
    r.error(min === undefined ? 'scaling-min' : 'scaling-max', bilingual('calcInput.scaling.clearBoth'));
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
  const clearBoth = bilingual('calcInput.maxCapacity.clearBoth');
  if (vcpu === undefined) r.error('max-vcpu', clearBoth);
  else if (mem === undefined) r.error('max-memory', clearBoth);
  else cluster['maximumCapacity'] = { vcpu, memoryGiB: mem };
  return cluster;
}

/**
 * Parses a state with the model's schemas. Problems come back per form field, with the field's
 * name first, in English and Korean (`Core group · count: at least 1 instance`,
 * `코어 그룹 · 개수: 인스턴스가 1개 이상이어야 합니다 (입력: 0)`).
 */
export function parseState(s: CalcState): { ok: true; workload: Workload; cluster: Cluster } | { ok: false; errors: FieldError[] } {
  const input = toModelInput(s);
  const errors = [...input.errors];
  const w = WorkloadSchema.safeParse(input.workload);
  const c = ClusterSchema.safeParse(input.cluster);
  const already = new Set(errors.map((e) => e.field));
  const add = (path: string, text: Bilingual): void => {
    const field = fieldOfPath(path, s.layout) ?? 'platform';
    // A field already reported as "not a number" gets no second message from its placeholder value.
    if (already.has(field)) return;
    errors.push({ field, message: fieldMessage(field, text) });
  };
  // The English is worded by the one zod formatter (through the model's fieldProblems), as the CLI
  // words it; fieldProblems gives one problem per issue, in the issues' order.
  const report = (error: z.ZodError, value: unknown, prefix: string, root: string): void => {
    fieldProblems(error, value).forEach((p, i) => {
      const issue = error.issues[i] as z.ZodIssue;
      add(p.path === '(root)' ? root : `${prefix}${p.path}`, { en: p.message, ko: koreanZodIssue(issue, valueAt(value, issue.path)) });
    });
  };
  if (!w.success) report(w.error, input.workload, 'workload.', 'workload');
  if (!c.success) report(c.error, input.cluster, '', '');
  if (errors.length > 0 || !w.success || !c.success) return { ok: false, errors };
  return { ok: true, workload: w.data, cluster: c.data };
}

/** The value at a zod issue's path in the validated input (undefined when the path leads nowhere). */
function valueAt(input: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = input;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    // The model takes one core group as a list of one (its z.preprocess): `core.0` is the group itself.
    if (part === 0 && !Array.isArray(v)) continue;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

/** A value as the Korean messages quote it: text in double quotes (cut after 60 characters), numbers and the rest as written. */
function quoted(v: unknown): string {
  if (typeof v !== 'string') return String(v);
  return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
}

/** zod's type names (`expected`, `received` of an `invalid_type` issue) in Korean, or the name itself. */
function typeNameKo(type: string): string {
  const key = `calcInput.zod.type.${type}`;
  return isCalculatorInputKey(key) ? ko(key) : type;
}

/** An input-error message in Korean (zod's issues are worded in Korean only: see {@link koreanZodIssue}). */
function ko(key: CalculatorInputKey, params: Readonly<Record<string, string | number>> = {}): string {
  return bilingual(key, params).ko;
}

/** zod's own wording of an issue (no message of the schema's own), in Korean, from its code and parameters. */
function builtInKorean(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNameKo(issue.expected);
      return issue.received === 'undefined' ? ko('calcInput.zod.missing', { expected }) : ko('calcInput.zod.invalidType', { expected });
    }
    case 'invalid_literal':
      return ko('calcInput.zod.invalidLiteral', { expected: quoted(issue.expected) });
    case 'invalid_enum_value': {
      const guess = didYouMean(String(issue.received), issue.options.map(String));
      const params = { value: quoted(issue.received), options: issue.options.join(', ') };
      return guess ? ko('calcInput.zod.invalidEnumGuess', { ...params, guess }) : ko('calcInput.zod.invalidEnum', params);
    }
    case 'invalid_union_discriminator':
      return ko('calcInput.zod.invalidDiscriminator', { options: issue.options.map(String).join(', ') });
    case 'invalid_union':
      return ko('calcInput.zod.invalidUnion');
    case 'unrecognized_keys':
      return ko('calcInput.zod.unrecognizedKeys', { keys: issue.keys.map((k) => `"${k}"`).join(', ') });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.type === 'array') return ko('calcInput.zod.tooSmall.array', { min });
      if (issue.type === 'string') return min <= 1 ? ko('calcInput.zod.tooSmall.empty') : ko('calcInput.zod.tooSmall.string', { min });
      return ko(issue.inclusive ? 'calcInput.zod.tooSmall.inclusive' : 'calcInput.zod.tooSmall.exclusive', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.type === 'array') return ko('calcInput.zod.tooBig.array', { max });
      if (issue.type === 'string') return ko('calcInput.zod.tooBig.string', { max });
      return ko(issue.inclusive ? 'calcInput.zod.tooBig.inclusive' : 'calcInput.zod.tooBig.exclusive', { max });
    }
    case 'invalid_string':
      return ko('calcInput.zod.invalidString');
    case 'not_multiple_of':
      return ko('calcInput.zod.notMultipleOf', { multipleOf: String(issue.multipleOf) });
    case 'not_finite':
      return ko('calcInput.zod.notFinite');
    case 'invalid_date':
      return ko('calcInput.zod.invalidDate');
    default:
      return ko('calcInput.zod.other');
  }
}

/** True when a Korean text already names the value (a number as a whole number, a text ignoring case), or there is none. */
function names(text: string, got: string | number | boolean): boolean {
  if (typeof got === 'number') {
    const n = String(got).replace(/[.+-]/g, '\\$&');
    return new RegExp(`(?<![\\d.])${n}(?!\\d|\\.\\d)`).test(text);
  }
  const v = String(got).trim().toLowerCase();
  return v === '' || text.toLowerCase().includes(v);
}

/**
 * A zod issue of the model's schemas in Korean: the schema's own Korean when it words the issue
 * itself ({@link koreanIssueMessage}), else zod's built-in issue worded from its code and
 * parameters (`too_small` → `1 이상이어야 합니다`). The value the student gave (`got`, the input at
 * the issue's path) follows as `(입력: 0)` unless the schema's own text already names it.
 */
export function koreanZodIssue(issue: z.ZodIssue, got: unknown): string {
  // Quotes the value it did not accept itself.
  if (issue.code === 'invalid_enum_value') return builtInKorean(issue);
  const own = koreanIssueMessage(issue);
  const text = own ?? builtInKorean(issue);
  if (typeof got !== 'string' && typeof got !== 'number' && typeof got !== 'boolean') return text;
  // zod's own wording holds only the bound (`1 이상`), never the value.
  if (own !== undefined && names(own, got)) return text;
  return ko('calcInput.zod.withValue', { text, value: quoted(got) });
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
