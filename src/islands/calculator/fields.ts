/**
 * The calculator form's fields: their ids, their readable names, and the form field of a model path
 * (a schema problem's path or a finding's `subject`). Pure TypeScript (no DOM).
 */
import type { Bilingual } from '../../core/sizing/bilingual.ts';
import type { CalcState } from './state.ts';
import { bilingual, isCalculatorInputKey } from './ui-text.ts';

/** A form field: its id in the form (`primary.count`, `task.1.type`, `executor.memory` …). */
export type FieldId = string;

/** A problem with one form field, in English and Korean (the page shows its language). */
export interface FieldError {
  field: FieldId;
  message: Bilingual;
}

/**
 * Readable names of the form fields, for messages, in English and Korean ("Core group · count",
 * "코어 그룹 · 개수"), from the catalog (`calcInput.role.*` for the instance groups, fleets and
 * Serverless workers, the prefix of their field ids; `calcInput.leaf.*` for their fields, the last
 * part; `calcInput.field.*` for the other fields). An id the form does not have is its own name.
 */
export function fieldLabel(field: FieldId): Bilingual {
  const parts = field.split('.');
  const role = label('role', parts[0] ?? field);
  if (role) {
    const last = parts[parts.length - 1] ?? '';
    const leaf = label('leaf', last) ?? { en: last, ko: last };
    if (parts[0] === 'task' && parts.length === 3) return bilingual('calcInput.label.taskPart', { role, n: Number(parts[1]) + 1, leaf });
    return bilingual('calcInput.label.part', { role, leaf });
  }
  return label('field', field) ?? { en: field, ko: field };
}

/** The catalog's name of a part of a field id, if it has one. */
function label(kind: 'role' | 'leaf' | 'field', id: string): Bilingual | undefined {
  const key = `calcInput.${kind}.${id}`;
  return isCalculatorInputKey(key) ? bilingual(key) : undefined;
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
