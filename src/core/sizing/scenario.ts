/**
 * The machine-readable scenario of a cluster-configuration question: a fenced code block with
 * language `emr-scenario` holding YAML — the workload and one configuration per option letter,
 * in a compact form an instructor can write by hand (syntax: `src/core/sizing/README.md`).
 *
 * `parseScenario(yamlText, firstLine)` turns the YAML into a {@link ClusterScenario} validated by
 * zod, or reports problems located at 1-based line/column positions in the note file (`firstLine`
 * is the note line of the first YAML line inside the fence; positions come from the `yaml`
 * package's LineCounter). It never throws.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Scalar } from 'yaml';
import { z } from 'zod';
import {
  ClusterSchema,
  EngineSchema,
  WorkloadProfileSchema,
  WorkloadSchema,
  WorkloadTraitSchema,
  type Cluster,
  type Workload,
} from './model.ts';
import { parseSparkSize } from './spark-size.ts';
import { describeZodIssue } from '../diagnostics/zod-issues.ts';
import { parseGroupNotation, parseMarket } from './instance-group-notation.ts';

// ── the scenario model ───────────────────────────────────────────────────────────────────────────

/** Option letters A–J, as in the question format. */
export const ScenarioLetterSchema = z.string().regex(/^[A-J]$/, 'an option letter A–J');

/** One option of a scenario: a configuration, or a note that the option is no configuration. */
export const ScenarioOptionSchema = z
  .object({
    letter: ScenarioLetterSchema,
    /** The configuration, or null when the option is not a cluster configuration. */
    cluster: ClusterSchema.nullable(),
    /** Why the option is not a configuration the rules can rank (e.g. "Elastic Beanstalk"), or null. */
    notACluster: z.string().min(1).nullable(),
    /** 1-based line of the option's letter in the note file. */
    line: z.number().int().min(1),
  })
  .refine((o) => (o.cluster === null) !== (o.notACluster === null), 'an option is either a configuration or not-a-cluster');
export type ScenarioOption = z.infer<typeof ScenarioOptionSchema>;

/** A cluster-configuration question's scenario: the workload and one entry per option letter. */
export const ClusterScenarioSchema = z
  .object({
    workload: WorkloadSchema,
    options: z.array(ScenarioOptionSchema).min(2, 'a scenario has at least two options'),
    /** 1-based line of the first YAML line in the note file. */
    line: z.number().int().min(1),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    for (const o of s.options) {
      if (seen.has(o.letter)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `option ${o.letter} appears twice` });
      seen.add(o.letter);
    }
  });
export type ClusterScenario = z.infer<typeof ClusterScenarioSchema>;

/** A problem in a scenario block, located in the note file. */
export interface ScenarioProblem {
  /** 1-based line in the note file. */
  line: number;
  /** 1-based column (UTF-16 code units) within the YAML text's line. */
  column: number;
  message: string;
  hint: string;
}

/** The code-fence language that marks a scenario block. */
export const SCENARIO_FENCE_LANGUAGE = 'emr-scenario';

// ── positions ────────────────────────────────────────────────────────────────────────────────────

type YPath = Array<string | number>;

/** Where a problem points: a YAML path, optionally the key instead of the value, or an offset inside a scalar. */
interface At {
  path: YPath;
  key?: boolean;
  offset?: number;
}

class Reporter {
  readonly problems: ScenarioProblem[] = [];
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly firstLine: number,
  ) {}

  /** Source offset of the node (or its key) at a path; falls back to the nearest existing ancestor. */
  private offsetOf(at: At): number {
    for (let n = at.path.length; n >= 0; n--) {
      const path = at.path.slice(0, n);
      if (n === at.path.length && at.key && n > 0) {
        const parent = path.length > 1 ? this.doc.getIn(path.slice(0, -1)) : this.doc.contents;
        if (isMap(parent)) {
          const last = path[path.length - 1];
          const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
          if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
        }
      }
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path, true);
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) {
        if (n === at.path.length && at.offset !== undefined && isScalar(node)) {
          const quoted = (node as Scalar).type === 'QUOTE_DOUBLE' || (node as Scalar).type === 'QUOTE_SINGLE';
          const plain = quoted || (node as Scalar).type === 'PLAIN';
          return plain ? range[0] + (quoted ? 1 : 0) + at.offset : range[0];
        }
        return range[0];
      }
    }
    return 0;
  }

  position(at: At): { line: number; column: number } {
    const { line, col } = this.lines.linePos(this.offsetOf(at));
    return { line: this.firstLine + line - 1, column: col };
  }

  add(at: At, message: string, hint: string): void {
    this.problems.push({ ...this.position(at), message, hint });
  }
}

function pathText(path: YPath): string {
  return path.map(String).join('.');
}

// ── compact values ───────────────────────────────────────────────────────────────────────────────

type Plain = Record<string, unknown>;

function isRecord(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Trace of where each model field came from, to locate zod issues. */
type Trace = Map<string, At>;

interface Builder {
  r: Reporter;
  trace: Trace;
}

function set(b: Builder, target: Plain, modelPath: YPath, key: string, value: unknown, at: At): void {
  target[key] = value;
  b.trace.set(pathText([...modelPath, key]), at);
}

function _boolOf(b: Builder, v: unknown, at: At, field: string): boolean | undefined {
  if (typeof v === 'boolean') return v;
  b.r.add(at, `${field} must be true or false, not ${JSON.stringify(v)}`, `write \`${field}: true\` or \`${field}: false\``);
  return undefined;
}

function numberOf(b: Builder, v: unknown, at: At, field: string, opts: { integer?: boolean; min?: number } = {}): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n === 'number' && Number.isFinite(n) && (!opts.integer || Number.isInteger(n)) && (opts.min === undefined || n >= opts.min))
    return n;
  b.r.add(
    at,
    `${field} must be ${opts.integer ? 'a whole number' : 'a number'}${opts.min !== undefined ? ` of at least ${opts.min}` : ''}, not ${JSON.stringify(v)}`,
    `write e.g. \`${field}: ${opts.min !== undefined && opts.min > 0 ? Math.max(1, opts.min) : 1}\``,
  );
  return undefined;
}

function listOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string')
    return v
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return [v];
}

/**
 * A uniform instance group written compactly: `TYPE [xN] [on-demand|od|spot] [ebs:GiB] [max-price:USD]`,
 * e.g. `m5.2xlarge x4 spot ebs:64` (or the CLI's `m5.2xlarge:4:spot`: one notation,
 * src/core/sizing/instance-group-notation.ts). Count defaults to 1, purchasing to On-Demand.
 */
function parseGroupString(b: Builder, text: string, path: YPath, modelPath: YPath): Plain | null {
  const out: Plain = {};
  const group = parseGroupNotation(text);
  if (group.type === '') {
    b.r.add({ path }, 'an instance group needs an instance type', 'write e.g. `m5.xlarge x4 on-demand`');
    return null;
  }
  set(b, out, modelPath, 'instanceType', group.type, { path, offset: group.typeOffset });
  for (const part of group.parts) {
    const at: At = { path, offset: part.offset };
    if (part.kind === 'count') {
      if (!Number.isInteger(part.value) || part.value < 1) {
        b.r.add(
          at,
          `instance count ${part.text.replace(/^[x×*]/i, '')} in ${pathText(path)}: a group needs a whole number of instances, at least 1`,
          'write the count as xN with N ≥ 1, e.g. `m5.xlarge x4`',
        );
      } else set(b, out, modelPath, 'count', part.value, at);
    } else if (part.kind === 'market') set(b, out, modelPath, 'market', part.market, at);
    else if (part.kind === 'ebs' && part.value !== null) set(b, out, modelPath, 'ebsGiBPerInstance', part.value, at);
    else if (part.kind === 'max-price' && part.value !== null) set(b, out, modelPath, 'maxSpotPriceUSD', part.value, at);
    else {
      b.r.add(
        at,
        `"${part.text}" is not understood in the instance group "${text}"`,
        'write `TYPE xN [on-demand|spot] [ebs:GiB] [max-price:USD]`, e.g. `m5.2xlarge x4 spot`',
      );
    }
  }
  // A count that was wrong is reported above; 1 stands in so the rest (the type) is still checked.
  if (out['count'] === undefined) set(b, out, modelPath, 'count', 1, { path });
  return out;
}

const GROUP_OBJECT_KEYS = ['type', 'count', 'market', 'ebs-gib', 'max-price'];

/** An instance group as a string or as an object `{type, count, market, ebs-gib, max-price}`. */
function parseGroup(b: Builder, v: unknown, path: YPath, modelPath: YPath): Plain | null {
  if (typeof v === 'string') return parseGroupString(b, v, path, modelPath);
  if (!isRecord(v)) {
    b.r.add(
      { path },
      `${pathText(path)} must be an instance group such as "m5.xlarge x4 on-demand"`,
      'write `TYPE xN [on-demand|spot]`, or an object with type, count, market',
    );
    return null;
  }
  const out: Plain = {};
  for (const [k, val] of Object.entries(v)) {
    const at: At = { path: [...path, k] };
    if (k === 'type') set(b, out, modelPath, 'instanceType', val, at);
    else if (k === 'count') {
      const n = numberOf(b, val, at, 'count', { integer: true, min: 1 });
      if (n !== undefined) set(b, out, modelPath, 'count', n, at);
    } else if (k === 'market') set(b, out, modelPath, 'market', (typeof val === 'string' && parseMarket(val)) || val, at);
    else if (k === 'ebs-gib') set(b, out, modelPath, 'ebsGiBPerInstance', val, at);
    else if (k === 'max-price') set(b, out, modelPath, 'maxSpotPriceUSD', val, at);
    else b.r.add({ ...at, key: true }, `unknown key "${k}" in an instance group`, `use ${GROUP_OBJECT_KEYS.join(', ')}`);
  }
  if (out['count'] === undefined) set(b, out, modelPath, 'count', 1, { path });
  return out;
}

const FLEET_KEYS = [
  'fleet',
  'on-demand',
  'spot',
  'weighting',
  'spot-strategy',
  'on-demand-strategy',
  'spot-timeout-minutes',
  'spot-timeout-action',
];
const FLEET_TYPE_KEYS = ['type', 'weight', 'max-price-percent', 'ebs-gib'];

function isFleet(v: unknown): v is Plain {
  return isRecord(v) && 'fleet' in v;
}

/** An instance fleet: `{ fleet: [types…], on-demand: units, spot: units, spot-strategy: … }`. */
function parseFleet(b: Builder, v: Plain, path: YPath, modelPath: YPath): Plain {
  const out: Plain = {};
  let timeoutMinutes: unknown;
  let timeoutAction: unknown;
  for (const [k, val] of Object.entries(v)) {
    const at: At = { path: [...path, k] };
    switch (k) {
      case 'fleet': {
        const types = listOf(val).map((t, i) => {
          const tPath = Array.isArray(val) ? [...path, k, i] : [...path, k];
          const tModel = [...modelPath, 'instanceTypes', i];
          b.trace.set(pathText(tModel), { path: tPath });
          if (typeof t === 'string') {
            const o: Plain = {};
            set(b, o, tModel, 'instanceType', t.trim(), { path: tPath });
            return o;
          }
          const o: Plain = {};
          if (isRecord(t)) {
            for (const [tk, tv] of Object.entries(t)) {
              const tAt: At = { path: [...tPath, tk] };
              if (tk === 'type') set(b, o, tModel, 'instanceType', tv, tAt);
              else if (tk === 'weight') set(b, o, tModel, 'weightedCapacity', tv, tAt);
              else if (tk === 'max-price-percent') set(b, o, tModel, 'bidPriceAsPercentageOfOnDemandPrice', tv, tAt);
              else if (tk === 'ebs-gib') set(b, o, tModel, 'ebsGiBPerInstance', tv, tAt);
              else b.r.add({ ...tAt, key: true }, `unknown key "${tk}" in a fleet instance type`, `use ${FLEET_TYPE_KEYS.join(', ')}`);
            }
          } else
            b.r.add(
              { path: tPath },
              'a fleet instance type is a name such as m5.xlarge or an object {type, weight}',
              'write `fleet: [m5.xlarge, m5.2xlarge]`',
            );
          return o;
        });
        set(b, out, modelPath, 'instanceTypes', types, at);
        break;
      }
      case 'on-demand':
        set(b, out, modelPath, 'targetOnDemandCapacity', val, at);
        break;
      case 'spot':
        set(b, out, modelPath, 'targetSpotCapacity', val, at);
        break;
      case 'weighting':
        set(b, out, modelPath, 'weighting', val, at);
        break;
      case 'spot-strategy':
        set(b, out, modelPath, 'spotAllocationStrategy', val, at);
        break;
      case 'on-demand-strategy':
        set(b, out, modelPath, 'onDemandAllocationStrategy', val, at);
        break;
      case 'spot-timeout-minutes':
        timeoutMinutes = val;
        break;
      case 'spot-timeout-action':
        timeoutAction = val;
        break;
      default:
        b.r.add({ ...at, key: true }, `unknown key "${k}" in an instance fleet`, `use ${FLEET_KEYS.join(', ')}`);
    }
  }
  if (timeoutMinutes !== undefined || timeoutAction !== undefined) {
    set(
      b,
      out,
      modelPath,
      'spotTimeout',
      { minutes: timeoutMinutes ?? 60, action: timeoutAction ?? 'switch-to-on-demand' },
      { path: [...path, timeoutMinutes !== undefined ? 'spot-timeout-minutes' : 'spot-timeout-action'] },
    );
  }
  return out;
}

/** `4 vCPU 16 GiB [20 GiB disk]` or `{vcpu, memory-gib, disk-gib}` → ServerlessWorker input. */
function parseWorker(b: Builder, v: unknown, path: YPath, modelPath: YPath): Plain | null {
  const at: At = { path };
  if (typeof v === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*vcpus?\s*[,/ ]\s*(\d+(?:\.\d+)?)\s*gi?b\s*(?:[,/ ]\s*(\d+(?:\.\d+)?)\s*gi?b\s*disk)?\s*$/i.exec(v);
    if (!m) {
      b.r.add(at, `"${v}" is not a worker size`, 'write e.g. `4 vCPU 16 GiB` or `4 vCPU 16 GiB 50 GiB disk`');
      return null;
    }
    const out: Plain = { vcpu: Number(m[1]), memoryGiB: Number(m[2]) };
    if (m[3] !== undefined) out['diskGiB'] = Number(m[3]);
    for (const k of ['vcpu', 'memoryGiB', 'diskGiB']) b.trace.set(pathText([...modelPath, k]), at);
    return out;
  }
  if (isRecord(v)) {
    const out: Plain = {};
    for (const [k, val] of Object.entries(v)) {
      const kAt: At = { path: [...path, k] };
      if (k === 'vcpu') set(b, out, modelPath, 'vcpu', val, kAt);
      else if (k === 'memory-gib') set(b, out, modelPath, 'memoryGiB', val, kAt);
      else if (k === 'disk-gib') set(b, out, modelPath, 'diskGiB', val, kAt);
      else b.r.add({ ...kAt, key: true }, `unknown key "${k}" in a worker size`, 'use vcpu, memory-gib, disk-gib');
    }
    return out;
  }
  b.r.add(at, `${pathText(path)} must be a worker size`, 'write e.g. `4 vCPU 16 GiB`');
  return null;
}

// ── option keys ──────────────────────────────────────────────────────────────────────────────────

const COMMON_KEYS = ['platform', 'name', 'kinesis', 'spot-savings-claim-percent'];
const SPARK_KEYS = [
  'deploy-mode',
  'submitter',
  'maximize-resource-allocation',
  'dynamic-allocation',
  'executor-cores',
  'executor-memory',
  'executor-overhead',
  'overhead-factor',
  'driver-memory',
  'driver-cores',
  'executor-instances',
  'default-parallelism',
];
const KEYS_BY_PLATFORM: Record<Cluster['platform'], string[]> = {
  'emr-ec2': [
    ...COMMON_KEYS,
    'release',
    'apps',
    'primary',
    'core',
    'task',
    ...SPARK_KEYS,
    'am',
    'replication',
    'managed-scaling',
    'automatic-scaling',
    'auto-terminate',
    'idle-timeout-minutes',
    'external-metastore',
    'persistent-data',
    'consistent-view',
    'reserved',
  ],
  'emr-serverless': [
    ...COMMON_KEYS,
    'release',
    'application-type',
    'driver',
    'executor',
    'initial-capacity',
    'max-capacity',
    'auto-stop-minutes',
    ...SPARK_KEYS,
  ],
  'emr-eks': [...COMMON_KEYS, 'release', ...SPARK_KEYS],
  lambda: [...COMMON_KEYS, 'memory-mib', 'timeout-seconds'],
  'managed-flink': COMMON_KEYS,
  'kinesis-analytics-sql': COMMON_KEYS,
  firehose: [...COMMON_KEYS, 'buffer-size-mib', 'buffer-interval-seconds'],
  'aws-batch': [...COMMON_KEYS, 'compute'],
};
const PLATFORMS = Object.keys(KEYS_BY_PLATFORM) as Array<Cluster['platform']>;

/** Simple key → model field copies (value passed to zod as written). */
const DIRECT: Record<string, string> = {
  name: 'name',
  release: 'releaseLabel',
  'spot-savings-claim-percent': 'spotSavingsClaimPercent',
  am: 'applicationMasterNodes',
  replication: 'hdfsReplication',
  'automatic-scaling': 'automaticScaling',
  'external-metastore': 'externalMetastore',
  'persistent-data': 'persistentDataStore',
  'consistent-view': 'emrfsConsistentView',
  reserved: 'reservedCapacity',
  'application-type': 'applicationType',
  'memory-mib': 'memoryMiB',
  'timeout-seconds': 'timeoutSeconds',
  'buffer-size-mib': 'bufferSizeMiB',
  'buffer-interval-seconds': 'bufferIntervalSeconds',
  compute: 'computeEnvironment',
};
const SPARK_DIRECT: Record<string, string> = {
  'deploy-mode': 'deployMode',
  submitter: 'submitter',
  'maximize-resource-allocation': 'maximizeResourceAllocation',
  'dynamic-allocation': 'dynamicAllocation',
  'executor-cores': 'executorCores',
  'overhead-factor': 'memoryOverheadFactor',
  'driver-cores': 'driverCores',
  'executor-instances': 'executorInstances',
  'default-parallelism': 'defaultParallelism',
};
const SPARK_SIZES: Record<string, string> = {
  'executor-memory': 'executorMemoryMiB',
  'executor-overhead': 'executorMemoryOverheadMiB',
  'driver-memory': 'driverMemoryMiB',
};

interface Entry {
  key: string;
  value: unknown;
  path: YPath;
}

/** The instance-group entries of an option: `primary` parsed, `core` and `task` as written. */
interface InstanceGroupEntries {
  primary?: Plain | null;
  core?: unknown;
  task?: unknown;
}

/** What {@link applyOptionKey} writes into while an option is built. */
interface OptionTarget {
  out: Plain;
  autoTermination: Plain;
  groups: InstanceGroupEntries;
}

/** Applies one option key that is not a plain rename (apps, groups, scaling, auto-termination, workers, capacities). */
function applyOptionKey(b: Builder, e: Entry, at: At, target: OptionTarget): void {
  switch (e.key) {
    case 'apps':
      set(b, target.out, [], 'applications', listOf(e.value), at);
      break;
    case 'primary':
      target.groups.primary = parseGroup(b, e.value, e.path, ['instances', 'primary']);
      break;
    case 'core':
      target.groups.core = e.value;
      b.trace.set('instances.core', at);
      break;
    case 'task':
      target.groups.task = e.value;
      b.trace.set('instances.task', at);
      break;
    case 'managed-scaling':
      set(b, target.out, [], 'managedScaling', managedScalingOf(b, e.value, at), at);
      break;
    case 'auto-terminate':
      if (e.value === 'after-last-step' || e.value === true) set(b, target.autoTermination, ['autoTermination'], 'afterLastStep', true, at);
      else if (e.value !== false)
        b.r.add(
          at,
          `auto-terminate "${String(e.value)}" is not understood`,
          'write `auto-terminate: after-last-step`, or `idle-timeout-minutes: 60`',
        );
      break;
    case 'idle-timeout-minutes':
      set(b, target.autoTermination, ['autoTermination'], 'idleTimeoutMinutes', e.value, at);
      break;
    case 'kinesis':
      set(b, target.out, [], 'kinesisSource', kinesisOf(b, e.value, e.path), at);
      break;
    case 'driver':
    case 'executor': {
      const w = parseWorker(b, e.value, e.path, [e.key]);
      if (w) {
        target.out[e.key] = w;
        b.trace.set(e.key, at);
      }
      break;
    }
    case 'initial-capacity':
      set(b, target.out, [], 'initialCapacity', initialCapacityOf(b, e.value, at), at);
      break;
    case 'max-capacity':
      set(
        b,
        target.out,
        [],
        'maximumCapacity',
        renameKeys(b, e.value, e.path, { vcpu: 'vcpu', 'memory-gib': 'memoryGiB', 'disk-gib': 'diskGiB' }),
        at,
      );
      break;
    case 'auto-stop-minutes':
      set(b, target.out, [], 'autoStopIdleMinutes', e.value === 'off' || e.value === false ? null : e.value, at);
      break;
  }
}

/** Builds the ClusterInput of one option from its entries (defaults merged in). */
function buildCluster(b: Builder, entries: Entry[], optionPath: YPath): Plain | null {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const platformEntry = byKey.get('platform');
  const platform = (platformEntry?.value ?? 'emr-ec2') as Cluster['platform'];
  if (!PLATFORMS.includes(platform)) {
    b.r.add({ path: platformEntry?.path ?? optionPath }, `unknown platform "${String(platform)}"`, `use one of ${PLATFORMS.join(', ')}`);
    return null;
  }
  const out: Plain = { platform };
  b.trace.set('platform', { path: platformEntry?.path ?? optionPath });
  const spark: Plain = {};
  const allowed = KEYS_BY_PLATFORM[platform];
  const groups: InstanceGroupEntries = {};
  const autoTermination: Plain = {};

  for (const e of entries) {
    const at: At = { path: e.path };
    if (e.key === 'platform') continue;
    if (!allowed.includes(e.key)) {
      b.r.add(
        { ...at, key: true },
        `"${e.key}" is not a key of an option on platform ${platform}`,
        `keys for ${platform}: ${allowed.join(', ')}`,
      );
      continue;
    }
    const direct = DIRECT[e.key];
    const sparkDirect = SPARK_DIRECT[e.key];
    const sparkSize = SPARK_SIZES[e.key];
    if (direct) set(b, out, [], direct, e.value, at);
    else if (sparkDirect) set(b, spark, ['spark'], sparkDirect, e.value, at);
    else if (sparkSize) {
      const mib = parseSparkSize(e.value);
      if (mib === null)
        b.r.add(
          at,
          `${e.key} "${String(e.value)}" is not a memory size`,
          `write Spark's notation, e.g. \`${e.key}: 10g\` (GiB) or \`${e.key}: 10240m\` (MiB)`,
        );
      else set(b, spark, ['spark'], sparkSize, mib, at);
    } else applyOptionKey(b, e, at, { out, autoTermination, groups });
  }
  if (Object.keys(spark).length > 0) out['spark'] = spark;
  if (Object.keys(autoTermination).length > 0) out['autoTermination'] = autoTermination;
  if (platform === 'emr-ec2') {
    const instances = instancesOf(b, groups, entries, optionPath);
    if (!instances) return null;
    out['instances'] = instances;
  }
  return out;
}

function instancesOf(b: Builder, groups: InstanceGroupEntries, entries: Entry[], optionPath: YPath): Plain | null {
  const pathOf = (k: string): YPath => entries.find((e) => e.key === k)?.path ?? optionPath;
  if (groups.primary === undefined || groups.core === undefined) {
    const missing = groups.primary === undefined ? 'primary' : 'core';
    b.r.add(
      { path: optionPath, key: true },
      `an EMR on EC2 option needs \`${missing}:\``,
      'write e.g. `primary: m5.xlarge` and `core: m5.2xlarge x4`',
    );
    return null;
  }
  if (groups.primary === null) return null;
  const fleets = isFleet(groups.core) || isFleet(groups.task);
  if (fleets) {
    if (!isFleet(groups.core) || (groups.task !== undefined && !isFleet(groups.task))) {
      const bad = !isFleet(groups.core) ? 'core' : 'task';
      b.r.add(
        { path: pathOf(bad) },
        'one cluster cannot mix instance fleets and instance groups',
        `write \`${bad}:\` as a fleet too (\`fleet: [types]\`, \`on-demand:\`, \`spot:\`), or use groups for both`,
      );
      return null;
    }
    const inst: Plain = {
      mode: 'instance-fleets',
      primary: groups.primary,
      core: parseFleet(b, groups.core, pathOf('core'), ['instances', 'core']),
    };
    if (groups.task !== undefined) inst['task'] = parseFleet(b, groups.task as Plain, pathOf('task'), ['instances', 'task']);
    return inst;
  }
  const core = Array.isArray(groups.core)
    ? groups.core.map((g, i) => parseGroup(b, g, [...pathOf('core'), i], ['instances', 'core', i]))
    : [parseGroup(b, groups.core, pathOf('core'), ['instances', 'core', 0])];
  const taskValues = groups.task === undefined ? [] : Array.isArray(groups.task) ? groups.task : [groups.task];
  const task = taskValues.map((g, i) =>
    parseGroup(b, g, Array.isArray(groups.task) ? [...pathOf('task'), i] : pathOf('task'), ['instances', 'task', i]),
  );
  if (core.includes(null) || task.includes(null)) return null;
  return { mode: 'instance-groups', primary: groups.primary, core, task };
}

function renameKeys(b: Builder, v: unknown, path: YPath, names: Record<string, string>): Plain | undefined {
  if (!isRecord(v)) {
    b.r.add(
      { path },
      `${pathText(path)} must be an object with ${Object.keys(names).join(', ')}`,
      `write e.g. \`{ ${Object.keys(names)
        .map((k) => `${k}: 1`)
        .join(', ')} }\``,
    );
    return undefined;
  }
  const out: Plain = {};
  for (const [k, val] of Object.entries(v)) {
    const target = names[k];
    if (target) out[target] = val;
    else b.r.add({ path: [...path, k], key: true }, `unknown key "${k}"`, `use ${Object.keys(names).join(', ')}`);
  }
  return out;
}

/** `2-20` (instances) or `{min, max, max-on-demand, max-core, unit}`. */
function managedScalingOf(b: Builder, v: unknown, at: At): Plain | undefined {
  if (typeof v === 'string') {
    const m = /^\s*(\d+)\s*-\s*(\d+)\s*(instances|vcpu|units)?\s*$/i.exec(v);
    if (!m) {
      b.r.add(at, `managed-scaling "${v}" is not understood`, 'write `managed-scaling: 2-20` (instances) or an object {min, max, unit}');
      return undefined;
    }
    const unit = m[3]?.toLowerCase();
    return {
      minimumCapacityUnits: Number(m[1]),
      maximumCapacityUnits: Number(m[2]),
      ...(unit ? { unitType: unit === 'units' ? 'instance-fleet-units' : unit } : {}),
    };
  }
  const o = renameKeys(b, v, at.path, {
    min: 'minimumCapacityUnits',
    max: 'maximumCapacityUnits',
    'max-on-demand': 'maximumOnDemandCapacityUnits',
    'max-core': 'maximumCoreCapacityUnits',
    unit: 'unitType',
  });
  if (o && o['unitType'] === 'units') o['unitType'] = 'instance-fleet-units';
  return o;
}

function kinesisOf(b: Builder, v: unknown, path: YPath): Plain | undefined {
  return renameKeys(b, v, path, { shards: 'shards', 'enhanced-fan-out': 'enhancedFanOut', 'retention-hours': 'retentionHours' });
}

/** `1 driver, 4 executors` or `{drivers, executors}`. */
function initialCapacityOf(b: Builder, v: unknown, at: At): Plain | undefined {
  if (typeof v === 'string') {
    const drivers = /(\d+)\s*drivers?/i.exec(v);
    const executors = /(\d+)\s*executors?/i.exec(v);
    if (!drivers && !executors) {
      b.r.add(at, `initial-capacity "${v}" is not understood`, 'write `initial-capacity: 1 driver, 4 executors`');
      return undefined;
    }
    return { drivers: Number(drivers?.[1] ?? 0), executors: Number(executors?.[1] ?? 0) };
  }
  return renameKeys(b, v, at.path, { drivers: 'drivers', executors: 'executors' });
}

// ── workload ─────────────────────────────────────────────────────────────────────────────────────

const WORKLOAD_KEYS: Record<string, string> = {
  profile: 'profile',
  traits: 'traits',
  engine: 'engine',
  'concurrent-apps': 'concurrentApplications',
  'hdfs-data-gb': 'hdfsDataGB',
  'longest-task-minutes': 'longestTaskMinutes',
  stream: 'stream',
};
const STREAM_KEYS: Record<string, string> = {
  'ingest-mb-per-second': 'ingestMBPerSecond',
  'records-per-second': 'recordsPerSecond',
  'read-mb-per-second-per-consumer': 'readMBPerSecondPerConsumer',
  consumers: 'consumers',
  'retention-hours': 'retentionHours',
};

function buildWorkload(b: Builder, v: unknown, path: YPath): Plain | null {
  if (typeof v === 'string') {
    b.trace.set('profile', { path });
    return { profile: v };
  }
  if (!isRecord(v)) {
    b.r.add(
      { path },
      'workload must be a profile name or an object with profile, traits …',
      `write e.g. \`workload: streaming-24x7\` (profiles: ${WorkloadProfileSchema.options.join(', ')})`,
    );
    return null;
  }
  const out: Plain = {};
  for (const [k, val] of Object.entries(v)) {
    const at: At = { path: [...path, k] };
    const target = WORKLOAD_KEYS[k];
    if (!target) {
      b.r.add({ ...at, key: true }, `unknown workload key "${k}"`, `use ${Object.keys(WORKLOAD_KEYS).join(', ')}`);
      continue;
    }
    if (k === 'traits') {
      const list = listOf(val);
      list.forEach((_t, i) => b.trace.set(`traits.${i}`, { path: Array.isArray(val) ? [...path, k, i] : [...path, k] }));
      set(b, out, [], 'traits', list, at);
    } else if (k === 'stream') {
      const s = renameKeys(b, val, [...path, k], STREAM_KEYS);
      if (s) for (const [sk, tk] of Object.entries(STREAM_KEYS)) b.trace.set(`stream.${tk}`, { path: [...path, k, sk] });
      set(b, out, [], 'stream', s, at);
    } else set(b, out, [], target, val, at);
  }
  return out;
}

// ── entry point ──────────────────────────────────────────────────────────────────────────────────

/** Hint for a zod issue on a model field. */
function hintFor(modelPath: string, message: string): string {
  if (message.startsWith('unknown instance type'))
    return 'use an instance type from the catalog, e.g. m5.xlarge (the smallest m5 EMR offers)';
  if (modelPath.endsWith('count')) return 'write the count as xN with N ≥ 1, e.g. `m5.xlarge x4`';
  if (modelPath.startsWith('profile')) return `profiles: ${WorkloadProfileSchema.options.join(', ')}`;
  if (modelPath.startsWith('traits')) return `traits: ${WorkloadTraitSchema.options.join(', ')}`;
  if (modelPath.startsWith('engine')) return `engines: ${EngineSchema.options.join(', ')}`;
  if (modelPath.includes('instanceTypes')) return 'list at most 30 instance types (5 without an allocation strategy)';
  if (/^(driver|executor)\./.test(modelPath)) return 'pick a worker size on the EMR Serverless grid, e.g. `4 vCPU 16 GiB`';
  return 'see the emr-scenario syntax in src/core/sizing/README.md';
}

/**
 * Adds one problem per zod issue, located through the trace and worded by the one zod formatter
 * (diagnostics/zod-issues.ts; "did you mean" for a value from a list). `input` is the validated value.
 */
function reportZod(b: Builder, error: z.ZodError, fallback: At, label: string, input: unknown): void {
  for (const issue of error.issues) {
    const key = issue.path.map(String);
    let at: At | undefined;
    for (let n = key.length; n >= 0 && !at; n--) at = b.trace.get(key.slice(0, n).join('.'));
    const { message, hint } = describeZodIssue(issue, input);
    b.r.add(at ?? fallback, `${label} ${message}`, hint ?? hintFor(key.join('.'), issue.message));
  }
}

/** Result of {@link parseScenario}: a scenario, or null with the problems that prevent one. */
export interface ScenarioParseResult {
  scenario: ClusterScenario | null;
  problems: ScenarioProblem[];
}

/** The scenario's `workload:` checked against the workload model, or null (problems reported). */
function scenarioWorkload(r: Reporter, value: unknown): Workload | null {
  const wb: Builder = { r, trace: new Map() };
  let workload: Workload | null = null;
  if (value === undefined)
    r.add(
      { path: [] },
      'the scenario has no `workload:`',
      `add e.g. \`workload: interactive\` (profiles: ${WorkloadProfileSchema.options.join(', ')})`,
    );
  else {
    const w = buildWorkload(wb, value, ['workload']);
    if (w) {
      const parsed = WorkloadSchema.safeParse(w);
      if (parsed.success) workload = parsed.data;
      else reportZod(wb, parsed.error, { path: ['workload'] }, 'workload', w);
    }
  }
  return workload;
}

/**
 * One entry of `options:`: a cluster (compact keys over the defaults, or `full:`), a
 * `not-a-cluster:` reason, or null when it has problems (reported).
 */
function scenarioOption(r: Reporter, letter: string, value: unknown, defaultEntries: Entry[]): ScenarioOption | null {
  const optionPath: YPath = ['options', letter];
  const line = r.position({ path: optionPath, key: true }).line;
  if (!/^[A-J]$/.test(letter)) {
    r.add(
      { path: optionPath, key: true },
      `"${letter}" is not an option letter`,
      'name options with capital letters A–J, as in the question',
    );
    return null;
  }
  if (!isRecord(value)) {
    r.add(
      { path: optionPath },
      `option ${letter} must be a mapping (primary:, core: …) or \`not-a-cluster: reason\``,
      'e.g. `A: { primary: m5.xlarge, core: m5.2xlarge x4 }`',
    );
    return null;
  }
  if ('not-a-cluster' in value) {
    const reason = value['not-a-cluster'];
    const extra = Object.keys(value).filter((k) => k !== 'not-a-cluster');
    if (extra.length > 0)
      r.add(
        { path: [...optionPath, extra[0] as string], key: true },
        'an option marked not-a-cluster has no other keys',
        'remove the other keys, or remove `not-a-cluster:`',
      );
    if (typeof reason !== 'string' || reason.trim() === '')
      r.add(
        { path: [...optionPath, 'not-a-cluster'] },
        'not-a-cluster needs a short reason',
        'e.g. `not-a-cluster: Elastic Beanstalk is a web-application platform`',
      );
    else return { letter, cluster: null, notACluster: reason.trim(), line };
    return null;
  }
  const b: Builder = { r, trace: new Map() };
  const problemsBeforeOption = r.problems.length;
  let input: unknown;
  if ('full' in value) {
    const extra = Object.keys(value).filter((k) => k !== 'full');
    if (extra.length > 0)
      r.add(
        { path: [...optionPath, extra[0] as string], key: true },
        '`full:` holds the whole configuration; no other keys beside it',
        'move the other keys into the full object (camelCase model fields)',
      );
    input = value['full'];
    traceFull(b, value['full'], [...optionPath, 'full'], []);
  } else {
    const entries: Entry[] = [
      ...defaultEntries.filter((d) => !(d.key in value)),
      ...Object.entries(value).map(([key, v]) => ({ key, value: v, path: [...optionPath, key] })),
    ];
    const built = buildCluster(b, entries, optionPath);
    if (!built) return null;
    input = built;
  }
  const parsed = ClusterSchema.safeParse(input);
  if (!parsed.success) reportZod(b, parsed.error, { path: optionPath }, `option ${letter}`, input);
  // Problems found while reading the compact form (e.g. a count of 0) also keep the option out.
  else if (r.problems.length === problemsBeforeOption) return { letter, cluster: parsed.data, notACluster: null, line };
  return null;
}

/** Option letters must run A, B, C … without gaps, and there must be at least two. */
function checkOptionLetters(r: Reporter, keys: string[]): void {
  const letters = keys.filter((l) => /^[A-J]$/.test(l)).sort();
  const gap = letters.findIndex((l, i) => l !== String.fromCharCode(65 + i));
  if (gap >= 0) {
    const l = letters[gap] as string;
    r.add(
      { path: ['options', l], key: true },
      `option letters must run A, B, C … without gaps; found ${l} where ${String.fromCharCode(65 + gap)} was expected`,
      'use the same letters as the question’s options',
    );
  }
  if (letters.length < 2) r.add({ path: ['options'] }, 'a scenario needs at least two options', 'add one entry per option of the question');
}

/**
 * Parses the YAML of an `emr-scenario` block. `firstLine` is the 1-based note-file line of the
 * first YAML line (the line after the opening fence). Never throws: problems (YAML syntax, unknown
 * keys, unknown instance types, counts below 1, fleets with too many types, Serverless workers off
 * the grid …) come back with note-file positions, and `scenario` is null whenever there is any.
 */
export function parseScenario(yamlText: string, firstLine: number): ScenarioParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const r = new Reporter(doc, lines, firstLine);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      r.problems.push({
        line: firstLine + (pos?.line ?? 1) - 1,
        column: pos?.col ?? 1,
        message: `YAML: ${e.message.split('\n')[0]}`,
        hint: 'fix the YAML syntax (indentation, `key: value`, quotes); keys must be unique',
      });
    }
    return { scenario: null, problems: r.problems };
  }
  const root: unknown = doc.toJS({ maxAliasCount: 100 });
  if (!isRecord(root)) {
    r.add(
      { path: [] },
      'an emr-scenario block holds a YAML mapping with `workload:` and `options:`',
      'start with `workload: <profile>` and `options:` with one entry per option letter',
    );
    return { scenario: null, problems: r.problems };
  }
  for (const k of Object.keys(root)) {
    if (!['workload', 'defaults', 'options'].includes(k))
      r.add({ path: [k], key: true }, `unknown top-level key "${k}"`, 'a scenario has `workload:`, optional `defaults:`, and `options:`');
  }

  // Workload.
  const workload = scenarioWorkload(r, root['workload']);

  // Defaults.
  const defaults = root['defaults'];
  if (defaults !== undefined && !isRecord(defaults))
    r.add(
      { path: ['defaults'] },
      '`defaults:` must be a mapping of option keys',
      'e.g. `defaults: { release: emr-7.12.0, apps: [Hadoop, Spark] }`',
    );
  const defaultEntries: Entry[] = isRecord(defaults)
    ? Object.entries(defaults).map(([key, value]) => ({ key, value, path: ['defaults', key] }))
    : [];

  // Options.
  const options: ScenarioOption[] = [];
  const optionsValue = root['options'];
  if (!isRecord(optionsValue)) {
    r.add(
      { path: optionsValue === undefined ? [] : ['options'] },
      'the scenario needs `options:` with one entry per option letter (A, B, …)',
      'write `options:` then `A:` with `primary:`, `core:` … under it',
    );
  } else {
    for (const [letter, value] of Object.entries(optionsValue)) {
      const option = scenarioOption(r, letter, value, defaultEntries);
      if (option) options.push(option);
    }
    checkOptionLetters(r, Object.keys(optionsValue));
  }

  if (r.problems.length > 0 || !workload) return { scenario: null, problems: r.problems };
  const scenario = { workload, options: options.sort((a, b) => a.letter.localeCompare(b.letter)), line: firstLine };
  const checked = ClusterScenarioSchema.safeParse(scenario);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const { message, hint } = describeZodIssue(issue, scenario);
      r.add({ path: ['options'] }, message, hint ?? 'see the emr-scenario syntax in src/core/sizing/README.md');
    }
    return { scenario: null, problems: r.problems };
  }
  return { scenario: checked.data, problems: [] };
}

/** Records trace entries for a `full:` object so zod issues point at the field as written. */
function traceFull(b: Builder, v: unknown, yamlPath: YPath, modelPath: YPath): void {
  b.trace.set(pathText(modelPath), { path: yamlPath, key: modelPath.length > 0 });
  if (Array.isArray(v)) v.forEach((x, i) => traceFull(b, x, [...yamlPath, i], [...modelPath, i]));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) traceFull(b, x, [...yamlPath, k], [...modelPath, k]);
}

/**
 * Finds the `emr-scenario` fenced blocks of a Markdown text without a Markdown parser: returns
 * each block's YAML and the 1-based line of its first YAML line. Fences of three or more
 * backticks or tildes, optionally indented up to three spaces (CommonMark).
 */
export function findScenarioBlocks(markdown: string): Array<{ yaml: string; firstLine: number }> {
  const lines = markdown.split(/\r?\n/);
  const out: Array<{ yaml: string; firstLine: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*emr-scenario\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const fence = open[1] as string;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(l)) break;
      body.push(l);
    }
    out.push({ yaml: body.join('\n'), firstLine: i + 2 });
    i = j;
  }
  return out;
}
