/** Small helpers shared by the rule groups. */
import type { InstanceType } from '../../catalog/instance-catalog.ts';
import { PERSISTENT_PROFILES, type Platform } from '../model.ts';
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
