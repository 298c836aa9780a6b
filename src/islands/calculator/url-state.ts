/**
 * The calculator's URL: `?preset=<profile>` plus only the values that differ from that preset, in the
 * notation of `emr-prep size` (src/core/sizing/instance-group-notation.ts). Pure TypeScript (no DOM).
 */
import {
  CALC_PLATFORMS,
  canonicalApps,
  PRESET_IDS,
  presetState,
  type CalcState,
  type FleetState,
  type GroupState,
  type WorkerState,
} from './state.ts';
import { SubmitterSchema, type WorkloadProfile } from '../../core/sizing/model.ts';
import { formatGroupNotation, parseGroupNotation } from '../../core/sizing/instance-group-notation.ts';
import { withBase } from '../../components/links.ts';
import type { Bilingual } from '../../core/sizing/bilingual.ts';
import { bilingual, type CalculatorInputKey } from './ui-text.ts';

/** `m5.2xlarge:10:spot:ebs=64` — the `emr-prep size` group notation (src/core/sizing/instance-group-notation.ts). */
export function groupToken(g: GroupState): string {
  return formatGroupNotation(g);
}

/**
 * Reads a group in the one instance-group notation. Lenient on purpose: a part that is no count,
 * market or `ebs=` (or an `ebs=` that is not a number) becomes the count's or the EBS field's text,
 * so the form shows it and reports "not a number" there instead of dropping it.
 */
export function parseGroupToken(token: string): GroupState {
  const { type, parts } = parseGroupNotation(token);
  const g: GroupState = { type, count: '1', market: 'on-demand', ebs: '' };
  for (const part of parts) {
    if (part.kind === 'market') g.market = part.market;
    else if (part.kind === 'ebs') g.ebs = part.text.slice(4);
    else if (part.kind === 'count') g.count = String(part.value);
    else g.count = part.text;
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
  /** Applies the values read; returns why, in English and Korean, when a value cannot be used. */
  read(s: CalcState, values: string[]): Bilingual | null;
}

/** The name of what a menu's value is (`calcInput.link.what.*`). */
type MenuNoun = Extract<CalculatorInputKey, `calcInput.link.what.${string}`>;

/**
 * A menu's value: one of `allowed`, else a problem naming `what` the value is not (a
 * `calcInput.link.what.*` message: `en` "a layout", `ko` the Korean noun with its subject particle).
 */
function oneOf<T extends string>(allowed: readonly T[], apply: (s: CalcState, v: T) => void, what: MenuNoun) {
  return (s: CalcState, values: string[]): Bilingual | null => {
    const v = values[0] ?? '';
    if (!(allowed as readonly string[]).includes(v)) {
      return bilingual('calcInput.link.notOneOf', { value: v, what: bilingual(what), list: allowed.filter((a) => a !== '').join(', ') });
    }
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
    if (v !== '1' && v !== '0' && v !== 'true' && v !== 'false') return bilingual('calcInput.link.notFlag', { value: v });
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
    if (weighting !== 'vcpu' && weighting !== 'instance') return bilingual('calcInput.link.notWeighting', { value: weighting });
    s[which] = { types: types.split(',').join(', '), onDemand, spot, weighting, spotStrategy, onDemandStrategy };
    return null;
  },
});

/** Every URL parameter except `preset`, in URL order. */
const PARAMS: readonly Param[] = [
  {
    key: 'profile',
    write: (s) => [s.profile],
    read: oneOf(PRESET_IDS, (s, v) => (s.profile = v), 'calcInput.link.what.profile'),
  },
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
    read: oneOf(CALC_PLATFORMS, (s, v) => (s.platform = v), 'calcInput.link.what.platform'),
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
    read: oneOf(['instance-groups', 'instance-fleets'] as const, (s, v) => (s.layout = v), 'calcInput.link.what.layout'),
  },
  {
    key: 'primary',
    write: (s) => [groupToken(s.primary)],
    read: (s, v) => {
      s.primary = parseGroupToken(v[0] ?? '');
      return null;
    },
  },
  {
    key: 'core',
    write: (s) => [groupToken(s.core)],
    read: (s, v) => {
      s.core = parseGroupToken(v[0] ?? '');
      return null;
    },
  },
  {
    key: 'task',
    // No task group is written as one empty value, so it differs from a preset with task groups.
    write: (s) => (s.tasks.length === 0 ? [''] : s.tasks.map(groupToken)),
    read: (s, v) => {
      s.tasks = v.filter((t) => t.trim() !== '').map(parseGroupToken);
      return null;
    },
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
    read: oneOf(['', 'core', 'on-demand', 'any'] as const, (s, v) => (s.am = v), 'calcInput.link.what.am'),
  },
  {
    key: 'deploy-mode',
    write: (s) => [s.deployMode],
    read: oneOf(['', 'client', 'cluster'] as const, (s, v) => (s.deployMode = v), 'calcInput.link.what.deployMode'),
  },
  {
    key: 'submitter',
    write: (s) => [s.submitter],
    read: oneOf(SubmitterSchema.options, (s, v) => (s.submitter = v), 'calcInput.link.what.submitter'),
  },
  flag(
    'mra',
    (s) => s.mra,
    (s, v) => (s.mra = v),
  ),
  {
    key: 'dynamic-allocation',
    write: (s) => [s.dynamicAllocation],
    read: oneOf(['', 'true', 'false'] as const, (s, v) => (s.dynamicAllocation = v), 'calcInput.link.what.trueFalse'),
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
    read: oneOf(
      ['', 'instances', 'vcpu', 'instance-fleet-units'] as const,
      (s, v) => (s.scalingUnit = v),
      'calcInput.link.what.scalingUnit',
    ),
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
  {
    key: 'data',
    write: (s) => [s.persistentData],
    read: oneOf(['s3', 'hdfs'] as const, (s, v) => (s.persistentData = v), 'calcInput.link.what.data'),
  },
  {
    key: 'driver',
    write: (s) => [workerToken(s.driver)],
    read: (s, v) => {
      s.driver = parseWorkerToken(v[0] ?? '');
      return null;
    },
  },
  {
    key: 'executor',
    write: (s) => [workerToken(s.executor)],
    read: (s, v) => {
      s.executor = parseWorkerToken(v[0] ?? '');
      return null;
    },
  },
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

/** A URL parameter that was ignored, and why (in English and Korean). */
export interface UrlProblem {
  key: string;
  value: string;
  message: Bilingual;
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
    else
      problems.push({
        key: 'preset',
        value: requested,
        message: bilingual('calcInput.link.notPreset', { value: requested, list: PRESET_IDS.join(', ') }),
      });
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
    if (!known.has(key))
      problems.push({
        key,
        value: params.getAll(key).join(', '),
        message: bilingual('calcInput.link.unknownKey'),
      });
  }
  return { state, problems };
}

/** `/calculator/?…` for a state. */
export function calculatorHref(s: CalcState): string {
  return withBase(`/calculator/?${stateToParams(s).toString()}`);
}
