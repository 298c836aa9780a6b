/** Small helpers shared by the rule groups. */
import type { InstanceType } from '../../catalog/instance-catalog.ts';
import type { Bilingual } from '../bilingual.ts';
import { PERSISTENT_PROFILES, type Platform, type WorkloadProfile } from '../model.ts';
import type { RuleContext } from '../rule.ts';
import type { NodeSet, NodeSetType } from '../topology.ts';

/** Rules that look at EMR on EC2 clusters only. */
export const EC2: readonly Platform[] = ['emr-ec2'];

/** Path of the instance-type field of the i-th type of a node set. */
export function typeSubject(set: NodeSet, i: number): string {
  return set.kind === 'instance-group' ? `${set.path}.instanceType` : `${set.path}.instanceTypes.${i}.instanceType`;
}

/** Every (set, type, index) of the given node sets. */
export function eachType(sets: readonly NodeSet[]): Array<{ set: NodeSet; t: NodeSetType; i: number }> {
  return sets.flatMap((set) => set.types.map((t, i) => ({ set, t, i })));
}

/** Distinct catalog types of node sets. */
export function distinctTypes(sets: readonly NodeSet[]): InstanceType[] {
  const m = new Map<string, InstanceType>();
  for (const s of sets) for (const t of s.types) m.set(t.type.name, t.type);
  return [...m.values()];
}

/** True when the workload's profile must keep running (24×7, long-running, data-critical; [S2]). */
export function isPersistent(ctx: RuleContext): boolean {
  return PERSISTENT_PROFILES.includes(ctx.workload.profile);
}

/** "m5.xlarge, r5.xlarge" */
export function names(types: readonly InstanceType[]): string {
  return types.map((t) => t.name).join(', ');
}

/** Applications that run on the primary node and serve users (JupyterHub, Hue, Livy …; [S2], [S14]). */
export const PRIMARY_HOSTED_APPLICATIONS = ['JupyterHub', 'JupyterEnterpriseGateway', 'Hue', 'Livy', 'Zeppelin'] as const;

/** True when the primary is at most m5.xlarge-class (4 vCPU, 16 GiB; [S2]). */
export function atMostXlargeClass(t: InstanceType): boolean {
  return t.vcpu <= 4 && t.memoryGiB <= 16;
}

/**
 * Names of the workload profiles inside a sentence: the English is the profile's id, as the CLI and
 * the calculator's English have always written it ("a streaming-24x7 workload"); the Korean is a
 * short form of the preset's Korean label (../presets.ts), which the calculator's profile menu shows.
 */
const PROFILE_NAMES: Record<WorkloadProfile, Bilingual> = {
  interactive: { en: 'interactive', ko: '대화형' },
  'streaming-24x7': { en: 'streaming-24x7', ko: '24×7 스트리밍' },
  'long-running': { en: 'long-running', ko: '장기 실행' },
  'data-critical': { en: 'data-critical', ko: '데이터 중요' },
  'transient-batch': { en: 'transient-batch', ko: '임시 배치' },
  'cost-driven': { en: 'cost-driven', ko: '비용 우선' },
  test: { en: 'test', ko: '애플리케이션 테스트' },
};

/** The name of a workload profile in both languages, for use inside a sentence. */
export function profileName(profile: WorkloadProfile): Bilingual {
  return PROFILE_NAMES[profile];
}
