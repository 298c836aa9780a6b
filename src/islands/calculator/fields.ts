/**
 * The calculator form's fields: their ids, their readable names, and the form field of a model path
 * (a schema problem's path or a finding's `subject`). Pure TypeScript (no DOM).
 */
import type { CalcState } from './state.ts';

/** A form field: its id in the form (`primary.count`, `task.1.type`, `executor.memory` …). */
export type FieldId = string;

/** A problem with one form field. */
export interface FieldError {
  field: FieldId;
  message: string;
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
