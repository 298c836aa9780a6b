/**
 * `emr-prep size`: evaluates one cluster configuration for one workload with the sizing rules
 * (`src/core/sizing`) and prints the findings, the derived figures and the exports — the same
 * `evaluate()` and `exportsOf()` the `/calculator` page calls, so both always agree.
 *
 * The configuration comes from flags:
 *
 *     emr-prep size --workload streaming-24x7 --primary m5.xlarge --core m5.2xlarge:4 --task m5.2xlarge:10:spot
 *
 * or from a JSON file holding a configuration exactly as `ClusterSchema` takes it (camelCase), or an
 * object `{ "workload": …, "cluster": … }`:
 *
 *     emr-prep size --workload long-running --file cluster.json --json
 *
 * An instance group flag is `TYPE[:COUNT][:MARKET][:ebs=GIB]`, e.g. `m5.2xlarge:10:spot` or
 * `r5.2xlarge:4:on-demand:ebs=128` (On-Demand by default; the count is required for core and task
 * groups, 1 by default for the primary group). An EMR Serverless worker flag
 * (`--driver`, `--executor`) is `VCPU:MEMORY_GIB[:DISK_GIB]`, e.g. `4:16:50`.
 *
 * Exit codes: 0 the configuration is valid (warnings and advice allowed); 1 it is invalid — a field
 * the model rejects (unknown instance type, count below 1, a fleet with more than 30 types, a
 * Serverless worker off the grid …; each message names the flag or JSON field) or a finding from a
 * documented rule with severity error; 2 the command cannot run (no workload, unreadable file,
 * unknown option, cluster flags mixed with `--file`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  evaluate,
  exportsOf,
  isSizingUnavailable,
  parseCluster,
  parseWorkload,
  SEVERITIES,
  WorkloadProfileSchema,
  WorkloadTraitSchema,
  type Cluster,
  type ClusterExports,
  type Evaluation,
  type FieldProblem,
  type Figures,
  type Finding,
  type Range,
  type Workload,
} from '../core/sizing/index.ts';
import { parseSparkSize } from '../core/sizing/spark-size.ts';
import { parseGroupNotation } from '../core/sizing/instance-group-notation.ts';
import { formatNumber, formatNumberRange } from '../core/text/numbers.ts';
import { tagHref } from '../core/site/urls.ts';
import type { Io } from './io.ts';

/** Options of `emr-prep size` as cac hands them over (camelCased; numbers may arrive as numbers). */
export interface SizeOptions {
  workload?: string;
  traits?: string;
  concurrent?: string | number;
  hdfsDataGb?: string | number;
  file?: string;
  json?: boolean;
  platform?: string;
  release?: string;
  name?: string | number;
  primary?: string | string[];
  core?: string | string[];
  task?: string | string[];
  apps?: string;
  deployMode?: string;
  submitter?: string;
  am?: string;
  replication?: string | number;
  executorCores?: string | number;
  executorMemory?: string | number;
  driverMemory?: string | number;
  maximizeResourceAllocation?: boolean;
  autoTerminate?: boolean;
  idleTimeout?: string | number;
  driver?: string;
  executor?: string;
}

/** Flags that describe the configuration (not allowed together with `--file`). */
const CLUSTER_FLAGS: ReadonlyArray<[keyof SizeOptions, string]> = [
  ['platform', '--platform'],
  ['release', '--release'],
  ['name', '--name'],
  ['primary', '--primary'],
  ['core', '--core'],
  ['task', '--task'],
  ['apps', '--apps'],
  ['deployMode', '--deploy-mode'],
  ['submitter', '--submitter'],
  ['am', '--am'],
  ['replication', '--replication'],
  ['executorCores', '--executor-cores'],
  ['executorMemory', '--executor-memory'],
  ['driverMemory', '--driver-memory'],
  ['maximizeResourceAllocation', '--maximize-resource-allocation'],
  ['autoTerminate', '--auto-terminate'],
  ['idleTimeout', '--idle-timeout'],
  ['driver', '--driver'],
  ['executor', '--executor'],
];

/** A problem with the command line or file that names the flag or field. */
class InputProblem extends Error {}

/** A problem that stops the command before evaluation (exit 2). */
class UsageProblem extends Error {}

/** What a flag value became, plus the flag each model path came from (to name it in messages). */
interface Built {
  workload: unknown;
  cluster: unknown;
  /** Model path prefix → flag or file that set it, longest prefix wins. */
  origins: Array<[string, string]>;
}

function list(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function single(v: string | string[] | undefined, flag: string): string | undefined {
  const all = list(v);
  if (all.length > 1) throw new UsageProblem(`${flag} is given ${all.length} times; give it once`);
  return all[0];
}

function commaList(v: string | undefined): string[] {
  return v === undefined
    ? []
    : String(v)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}

/** A number from a flag, or an InputProblem naming the flag. */
function numberFlag(v: string | number | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === 'number' ? v : String(v).trim() === '' ? NaN : Number(v);
  if (!Number.isFinite(n)) throw new InputProblem(`${flag}: "${v}" is not a number`);
  return n;
}

/** Spark size (`10g`, `10240m`, MiB as a number) from a flag, in MiB. */
function sparkSizeFlag(v: string | number | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const mib = parseSparkSize(v);
  if (mib === null) throw new InputProblem(`${flag}: "${v}" is not a Spark memory size; write e.g. 10g (GiB) or 10240m (MiB)`);
  return mib;
}

/**
 * Parses an instance group flag `TYPE[:COUNT][:MARKET][:ebs=GIB]` (the notation of
 * src/core/sizing/instance-group-notation.ts) into the model's instance group input. The type and count are checked by `ClusterSchema` later (so an unknown type or a count of 0
 * gets the model's message); only the syntax is checked here.
 */
export function parseGroupFlag(value: string, flag: string): Record<string, unknown> {
  const { type, parts } = parseGroupNotation(String(value));
  if (!type) throw new InputProblem(`${flag}: "${value}" has no instance type; write TYPE[:COUNT][:MARKET], e.g. m5.2xlarge:4:spot`);
  const group: Record<string, unknown> = { instanceType: type, count: 1 };
  let sawCount = false;
  for (const part of parts) {
    if (part.kind === 'market') group['market'] = part.market;
    else if (part.kind === 'ebs' || part.kind === 'max-price') {
      const [key, example] =
        part.kind === 'ebs' ? ['ebs=GIB with a number of GiB', 'ebs=128'] : ['max-price=USD with a price', 'max-price=0.25'];
      if (part.value === null) throw new InputProblem(`${flag}: "${part.text}" — write ${key}, e.g. ${example}`);
      group[part.kind === 'ebs' ? 'ebsGiBPerInstance' : 'maxSpotPriceUSD'] = part.value;
    } else if (part.kind === 'count' && !sawCount) {
      group['count'] = part.value;
      sawCount = true;
    } else {
      throw new InputProblem(
        `${flag}: "${part.text}" in "${value}" is not a count, a purchasing option (on-demand, spot) or ebs=GIB; write TYPE[:COUNT][:MARKET], e.g. m5.2xlarge:10:spot`,
      );
    }
  }
  // Core and task groups need their size said: a missing count silently meaning one node hid
  // mistakes (issue 12). The primary group is one node unless a count (3 for HA) is given.
  if (!sawCount && flag !== '--primary') {
    const tail = parts.length ? `:${parts.map((p) => p.text).join(':')}` : '';
    throw new InputProblem(
      `${flag}: "${value}" has no node count; write ${type}:COUNT${tail}, e.g. ${type}:${flag === '--core' ? 4 : 10}${tail}`,
    );
  }
  return group;
}

/** Parses an EMR Serverless worker flag `VCPU:MEMORY_GIB[:DISK_GIB]`. The grid is checked by the model. */
export function parseWorkerFlag(value: string, flag: string): Record<string, unknown> {
  const parts = String(value)
    .split(':')
    .map((p) => p.trim().replace(/\s*(vcpu|gib|gb|g)$/i, ''));
  const nums = parts.map(Number);
  if (parts.length < 2 || parts.length > 3 || nums.some((n, i) => parts[i] === '' || !Number.isFinite(n))) {
    throw new InputProblem(`${flag}: "${value}" — write VCPU:MEMORY_GIB[:DISK_GIB], e.g. 4:16 or 4:16:50`);
  }
  const worker: Record<string, unknown> = { vcpu: nums[0], memoryGiB: nums[1] };
  if (nums[2] !== undefined) worker['diskGiB'] = nums[2];
  return worker;
}

function workloadFrom(options: SizeOptions, fromFile: unknown): unknown {
  const base: Record<string, unknown> =
    typeof fromFile === 'string'
      ? { profile: fromFile }
      : fromFile && typeof fromFile === 'object'
        ? { ...(fromFile as Record<string, unknown>) }
        : {};
  if (options.workload !== undefined) base['profile'] = String(options.workload);
  if (options.traits !== undefined) base['traits'] = commaList(String(options.traits));
  const concurrent = numberFlag(options.concurrent, '--concurrent');
  if (concurrent !== undefined) base['concurrentApplications'] = concurrent;
  const hdfs = numberFlag(options.hdfsDataGb, '--hdfs-data-gb');
  if (hdfs !== undefined) base['hdfsDataGB'] = hdfs;
  if (base['profile'] === undefined) {
    throw new UsageProblem(`--workload is required (one of ${WorkloadProfileSchema.options.join(', ')})`);
  }
  return base;
}

/** The `spark` settings of `--deploy-mode`, `--submitter`, `--executor-*` and `--driver-memory`; records their origins. */
function sparkFromFlags(options: SizeOptions, origins: Array<[string, string]>): Record<string, unknown> {
  const spark: Record<string, unknown> = {};
  if (options.deployMode !== undefined) spark['deployMode'] = String(options.deployMode);
  if (options.submitter !== undefined) spark['submitter'] = String(options.submitter);
  if (options.maximizeResourceAllocation) spark['maximizeResourceAllocation'] = true;
  const cores = numberFlag(options.executorCores, '--executor-cores');
  if (cores !== undefined) spark['executorCores'] = cores;
  const execMem = sparkSizeFlag(options.executorMemory, '--executor-memory');
  if (execMem !== undefined) spark['executorMemoryMiB'] = execMem;
  const driverMem = sparkSizeFlag(options.driverMemory, '--driver-memory');
  if (driverMem !== undefined) spark['driverMemoryMiB'] = driverMem;
  origins.push(
    ['spark.deployMode', '--deploy-mode'],
    ['spark.submitter', '--submitter'],
    ['spark.executorCores', '--executor-cores'],
    ['spark.executorMemoryMiB', '--executor-memory'],
    ['spark.driverMemoryMiB', '--driver-memory'],
  );
  return spark;
}

/** EMR on EC2 nodes and settings from `--primary`, `--core`, `--task`, `--apps`, `--am`, `--replication`, auto-termination. */
function ec2FromFlags(options: SizeOptions, cluster: Record<string, unknown>, origins: Array<[string, string]>): void {
  const primary = single(options.primary, '--primary');
  const core = list(options.core);
  if (primary === undefined)
    throw new InputProblem('--primary is required for EMR on EC2: write TYPE[:COUNT][:MARKET], e.g. --primary m5.xlarge');
  if (core.length === 0) throw new InputProblem('--core is required for EMR on EC2: write TYPE:COUNT[:MARKET], e.g. --core m5.2xlarge:4');
  const task = list(options.task);
  cluster['instances'] = {
    mode: 'instance-groups',
    primary: parseGroupFlag(primary, '--primary'),
    core: core.length === 1 ? parseGroupFlag(core[0] as string, '--core') : core.map((c) => parseGroupFlag(c, '--core')),
    task: task.map((t) => parseGroupFlag(t, '--task')),
  };
  origins.push(['instances.primary', '--primary'], ['instances.core', '--core'], ['instances.task', '--task']);
  task.forEach((t, i) => origins.push([`instances.task.${i}`, `--task ${t}`]));
  core.forEach((c, i) => origins.push([`instances.core.${i}`, `--core ${c}`]));
  if (options.apps !== undefined) {
    cluster['applications'] = commaList(String(options.apps));
    origins.push(['applications', '--apps']);
  }
  if (options.am !== undefined) {
    cluster['applicationMasterNodes'] = String(options.am);
    origins.push(['applicationMasterNodes', '--am']);
  }
  const replication = numberFlag(options.replication, '--replication');
  if (replication !== undefined) {
    cluster['hdfsReplication'] = replication;
    origins.push(['hdfsReplication', '--replication']);
  }
  const idle = numberFlag(options.idleTimeout, '--idle-timeout');
  if (options.autoTerminate || idle !== undefined) {
    cluster['autoTermination'] = {
      afterLastStep: Boolean(options.autoTerminate),
      ...(idle !== undefined ? { idleTimeoutMinutes: idle } : {}),
    };
    origins.push(['autoTermination.idleTimeoutMinutes', '--idle-timeout']);
  }
}

function clusterFromFlags(options: SizeOptions): { cluster: Record<string, unknown>; origins: Array<[string, string]> } {
  const origins: Array<[string, string]> = [];
  const platform = single(options.platform, '--platform') ?? 'emr-ec2';
  const cluster: Record<string, unknown> = { platform };
  origins.push(['platform', '--platform']);
  const name = options.name === undefined ? undefined : String(options.name);
  if (name !== undefined) {
    cluster['name'] = name;
    origins.push(['name', '--name']);
  }
  if (options.release !== undefined) {
    cluster['releaseLabel'] = String(options.release);
    origins.push(['releaseLabel', '--release']);
  }
  const spark = sparkFromFlags(options, origins);
  if (Object.keys(spark).length > 0) cluster['spark'] = spark;

  if (platform === 'emr-ec2') {
    ec2FromFlags(options, cluster, origins);
  } else {
    for (const [key, flag] of [
      ['primary', '--primary'],
      ['core', '--core'],
      ['task', '--task'],
      ['apps', '--apps'],
      ['am', '--am'],
      ['replication', '--replication'],
    ] as const) {
      if (options[key] !== undefined)
        throw new InputProblem(`${flag} describes EMR on EC2 nodes; it does not apply to --platform ${platform}`);
    }
  }
  if (platform === 'emr-serverless') {
    if (options.driver !== undefined) cluster['driver'] = parseWorkerFlag(String(options.driver), '--driver');
    if (options.executor !== undefined) cluster['executor'] = parseWorkerFlag(String(options.executor), '--executor');
    origins.push(['driver', '--driver'], ['executor', '--executor']);
  } else if (options.driver !== undefined || options.executor !== undefined) {
    throw new InputProblem('--driver and --executor describe EMR Serverless workers; add --platform emr-serverless');
  }
  return { cluster, origins };
}

async function build(options: SizeOptions): Promise<Built> {
  if (options.file === undefined) {
    const { cluster, origins } = clusterFromFlags(options);
    return { workload: workloadFrom(options, undefined), cluster, origins };
  }
  const given = CLUSTER_FLAGS.filter(([key]) => options[key] !== undefined && options[key] !== false).map(([, flag]) => flag);
  if (given.length > 0)
    throw new UsageProblem(`${given.join(', ')} cannot be combined with --file: put ${given.length > 1 ? 'them' : 'it'} in the file`);
  const file = String(options.file);
  let text: string;
  try {
    text = await readFile(path.resolve(process.cwd(), file), 'utf8');
  } catch (error) {
    throw new UsageProblem(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageProblem(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageProblem(`${file} must hold a configuration object (as ClusterSchema takes it) or { "workload": …, "cluster": … }`);
  }
  const record = data as Record<string, unknown>;
  const wrapped = !('platform' in record) && 'cluster' in record;
  const cluster = wrapped ? record['cluster'] : record;
  return {
    workload: workloadFrom(options, wrapped ? record['workload'] : undefined),
    cluster,
    origins: [['', wrapped ? `${file}: cluster` : file]],
  };
}

/** `--task m5.2xlarge:0: instances.task.0.count: at least 1 instance` — the flag first, then the model field. */
function describeProblem(p: FieldProblem, origins: Array<[string, string]>): string {
  let best: [string, string] | undefined;
  for (const o of origins) {
    if ((p.path === o[0] || p.path.startsWith(`${o[0]}.`) || o[0] === '') && (!best || o[0].length > best[0].length)) best = o;
  }
  return best ? `${best[1]}: ${p.path}: ${p.message}` : `${p.path}: ${p.message}`;
}

// ── text output ──────────────────────────────────────────────────────────────────────────────────

function range(r: Range | null, unit = '', digits = 0): string {
  if (r === null) return 'unknown';
  return `${formatNumberRange(r.low, r.high, digits)}${unit}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length);
}

function describeCluster(c: Cluster): string[] {
  switch (c.platform) {
    case 'emr-ec2': {
      const inst = c.instances;
      const g = (x: { instanceType: string; count: number; market: string }): string =>
        `${x.instanceType} ×${x.count} ${x.market === 'spot' ? 'Spot' : 'On-Demand'}`;
      const out = [
        `EMR on EC2 ${c.releaseLabel}, ${inst.mode === 'instance-groups' ? 'uniform instance groups' : 'instance fleets'}; applications ${c.applications.join(', ')}`,
      ];
      out.push(`  primary  ${g(inst.primary)}`);
      if (inst.mode === 'instance-groups') {
        for (const core of inst.core) out.push(`  core     ${g(core)}`);
        for (const task of inst.task) out.push(`  task     ${g(task)}`);
      } else {
        const f = (x: typeof inst.core): string =>
          `fleet of ${x.instanceTypes.map((t) => t.instanceType).join(', ')}; target ${x.targetOnDemandCapacity} On-Demand + ${x.targetSpotCapacity} Spot units`;
        out.push(`  core     ${f(inst.core)}`);
        if (inst.task) out.push(`  task     ${f(inst.task)}`);
      }
      return out;
    }
    case 'emr-serverless':
      return [
        `EMR Serverless ${c.releaseLabel} (${c.applicationType})`,
        `  driver    ${c.driver.vcpu} vCPU, ${c.driver.memoryGiB} GiB, ${c.driver.diskGiB} GiB disk`,
        `  executor  ${c.executor.vcpu} vCPU, ${c.executor.memoryGiB} GiB, ${c.executor.diskGiB} GiB disk`,
      ];
    default:
      return [c.platform];
  }
}

function findingLines(f: Finding): string[] {
  const out = [`  ${pad(f.severity, 8)} ${f.ruleId} [${f.provenance}] ${f.message.en}`, `           why: ${f.rationale.en}`];
  for (const s of f.sources) out.push(`           source: ${s.title} <${s.url}>`);
  if (f.tags.length > 0) out.push(`           notes: ${f.tags.map((t) => tagHref(t)).join(' ')}`);
  return out;
}

function figureLines(figures: Figures | null): string[] {
  if (figures === null) return ['  (no derived figures for this platform)'];
  if (figures.platform === 'emr-serverless') {
    const w = (name: string, x: typeof figures.driver): string =>
      `  ${pad(name, 9)} ${x.vcpu} vCPU, ${x.memoryGiB} GiB, ${x.diskGiB} GiB disk; largest Spark heap ${formatNumber(x.maxHeapMiB)} MiB + ${formatNumber(x.overheadMiB)} MiB overhead`;
    const out = [w('driver', figures.driver), w('executor', figures.executor)];
    if (figures.initialCapacity)
      out.push(
        `  pre-initialized capacity: ${figures.initialCapacity.vcpu} vCPU, ${figures.initialCapacity.memoryGiB} GiB (billed while idle)`,
      );
    if (figures.maxExecutors !== null) out.push(`  maximum capacity allows ${figures.maxExecutors} executor(s) beside one driver`);
    return out;
  }
  const out = [`  ${pad('node set', 14)}${pad('instances', 11)}${pad('vCPU', 9)}${pad('memory GiB', 12)}YARN memory MiB`];
  for (const s of figures.nodeSets) {
    out.push(
      `  ${pad(s.role, 14)}${pad(range(s.instances), 11)}${pad(range(s.vcpu), 9)}${pad(range(s.memoryGiB, '', 1), 12)}${range(s.yarnMemoryMiB)}`,
    );
  }
  out.push(
    `  ${pad('workers', 14)}${pad(range(figures.workers.instances), 11)}${pad(range(figures.workers.vcpu), 9)}${pad(range(figures.workers.memoryGiB, '', 1), 12)}${range(figures.workers.yarnMemoryMiB)}`,
  );
  out.push(
    `  ${pad('whole cluster', 14)}${pad(range(figures.cluster.instances), 11)}${pad(range(figures.cluster.vcpu), 9)}${pad(range(figures.cluster.memoryGiB, '', 1), 12)}${range(figures.cluster.yarnMemoryMiB)}`,
  );
  const h = figures.hdfs;
  out.push(
    `  HDFS: ${range(h.coreNodes)} core node(s); dfs.replication ${h.replication} (${h.replicationSource === 'default' ? `EMR default for this core-node count` : 'set explicitly'}; default ${h.defaultReplication}); ` +
      (h.capacityGB
        ? `raw ${range(h.rawStorageGB, ' GB')}, capacity ${range(h.capacityGB, ' GB')}`
        : `capacity unknown: ${h.unknownReason?.en}`),
  );
  const am = figures.applicationMasters;
  out.push(
    `  application masters run on: ${am.nodes === 'any' ? 'any node' : `${am.nodes} nodes`} (${am.source === 'explicit' ? 'node labels' : 'release default'})${am.note ? `; ${am.note.en}` : ''}`,
  );
  const s = figures.spark;
  if (isSizingUnavailable(s)) out.push(`  Spark executors: not sized — ${s.reason.en}`);
  else {
    out.push(
      `  Spark executors (${s.method}, sized for ${s.sizedFor}): ${s.executorCores} cores, ${formatNumber(s.executorMemoryMiB)} MiB heap + ${formatNumber(s.executorMemoryOverheadMiB)} MiB overhead = ${formatNumber(s.executorContainerMiB)} MiB YARN container`,
    );
    for (const p of s.placements) {
      out.push(
        `    ${p.role} ${p.instanceType}: ${p.executorsPerNode ?? 'unknown'} executor(s) per node (planned ${p.plannedExecutorsPerNode}), ${p.freeMiB === null ? '?' : formatNumber(p.freeMiB)} MiB of ${p.yarnMemoryMiB === null ? '?' : formatNumber(p.yarnMemoryMiB)} MiB YARN memory left`,
      );
    }
    out.push(
      `  total ${range(s.totalExecutors)} executors, ${range(s.totalExecutorCores)} cores; driver ${s.driver.memoryMiB === null ? 'sized by EMR' : `${formatNumber(s.driver.memoryMiB)} MiB`} on the ${s.driver.runsOn === 'primary-node' ? 'primary node (client mode)' : 'YARN application master container (cluster mode)'}; spark.default.parallelism ${range(s.defaultParallelism)}`,
    );
    for (const p of s.problems) out.push(`  ! ${p.message.en}`);
  }
  return out;
}

function exportLines(x: ClusterExports | null): string[] {
  if (x === null) return ['  (exports are for EMR on EC2 configurations only)'];
  const out = ['# aws emr create-cluster', x.createCluster.command, ''];
  if (x.instanceGroups) out.push('# --instance-groups', JSON.stringify(x.instanceGroups, null, 2), '');
  if (x.instanceFleets) out.push('# --instance-fleets', JSON.stringify(x.instanceFleets, null, 2), '');
  out.push('# --configurations (spark-defaults …)', JSON.stringify(x.configurations, null, 2));
  return out;
}

function textReport(e: Evaluation, exports: ClusterExports | null): string {
  const counts = SEVERITIES.map((s) => [s, e.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const w = e.workload;
  const lines = [
    `Workload: ${w.profile}${w.traits.length ? ` (${w.traits.join(', ')})` : ''}${w.concurrentApplications > 1 ? `, ${w.concurrentApplications} concurrent applications` : ''}`,
    `Configuration: ${describeCluster(e.cluster).join('\n')}`,
    '',
    `${e.valid ? 'VALID' : 'INVALID'} — ${e.findings.length === 0 ? 'no findings' : counts.map(([s, n]) => `${n} ${s}${n === 1 || s === 'advice' || s === 'info' ? '' : 's'}`).join(', ')}`,
  ];
  if (!e.valid) lines.push(`invalid because of ${[...new Set(e.invalidatedBy.map((f) => f.ruleId))].join(', ')} (documented rules)`);
  lines.push('', 'Findings');
  if (e.findings.length === 0) lines.push('  (none)');
  for (const f of e.findings) lines.push(...findingLines(f));
  lines.push('', 'Figures', ...figureLines(e.figures), '', 'Exports', ...exportLines(exports));
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `emr-prep size`. Never throws: problems become messages on stderr (or `problems` in the
 * `--json` output) and an exit code (see the module comment).
 */
export async function sizeCommand(options: SizeOptions, io: Io): Promise<number> {
  let built: Built;
  try {
    built = await build(options);
  } catch (error) {
    if (error instanceof UsageProblem) {
      io.err(`emr-prep size: ${error.message}\n`);
      return 2;
    }
    if (error instanceof InputProblem) return reportProblems([error.message], options, io);
    throw error;
  }
  const workload = parseWorkload(built.workload);
  const cluster = parseCluster(built.cluster);
  const problems: string[] = [];
  if (!workload.ok) {
    const traitsHint = ` (profiles: ${WorkloadProfileSchema.options.join(', ')}; traits: ${WorkloadTraitSchema.options.join(', ')})`;
    problems.push(
      ...workload.problems.map((p) => {
        const flag = p.path.startsWith('profile') ? '--workload' : p.path.startsWith('traits') ? '--traits' : 'workload';
        const listed = p.message.includes(' is not one of ');
        return `${flag}: ${p.path}: ${p.message}${flag === 'workload' || listed ? '' : traitsHint}`;
      }),
    );
  }
  if (!cluster.ok) problems.push(...cluster.problems.map((p) => describeProblem(p, built.origins)));
  if (!workload.ok || !cluster.ok) return reportProblems(problems, options, io);
  return report(workload.value, cluster.value, options, io);
}

function reportProblems(problems: string[], options: SizeOptions, io: Io): number {
  if (options.json) io.out(`${JSON.stringify({ valid: false, problems }, null, 2)}\n`);
  else io.err(`emr-prep size: the configuration cannot be read:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  return 1;
}

function report(workload: Workload, cluster: Cluster, options: SizeOptions, io: Io): number {
  const evaluation = evaluate(workload, cluster);
  const exports = exportsOf(cluster);
  if (options.json) {
    io.out(
      `${JSON.stringify(
        {
          valid: evaluation.valid,
          invalidatedBy: [...new Set(evaluation.invalidatedBy.map((f) => f.ruleId))],
          workload,
          cluster,
          findings: evaluation.findings,
          figures: evaluation.figures,
          exports,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.out(textReport(evaluation, exports));
  }
  return evaluation.valid ? 0 : 1;
}
