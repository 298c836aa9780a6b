/**
 * The EC2 instance catalog for Amazon EMR: vCPUs, memory, storage, EMR support and YARN defaults per
 * instance type. The data (`emr-instance-catalog.json`, beside this file) is copied unchanged from the
 * project's reference material; its `note.sources` names where every field comes from:
 * EC2 DescribeInstanceTypes and EMR ListSupportedInstanceTypes dumps kept in github.com/getmoto/moto
 * ([S32] of the fact sheet), and the EMR Release Guide "Task configuration" page for the YARN defaults
 * (https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-hadoop-task-config.html, [S18]).
 */
import { z } from 'zod';
import raw from './emr-instance-catalog.json' with { type: 'json' };

export const InstanceTypeSchema = z.object({
  /** API name, e.g. `m5.xlarge`. */
  name: z.string(),
  /** Family, e.g. `m5`, `r6g`. */
  family: z.string(),
  category: z.enum(['general', 'compute', 'memory', 'storage']),
  generation: z.number().int(),
  arch: z.string(),
  processorManufacturer: z.string().nullable(),
  /** EC2 vCPUs (not YARN vcores). */
  vcpu: z.number().int().positive(),
  /** Memory in GiB (EC2 MemoryInfo.SizeInMiB / 1024). */
  memoryGiB: z.number().positive(),
  /** Local instance storage in GB (0 = EBS only). */
  instanceStorageGB: z.number().min(0),
  instanceStorageType: z.string().nullable(),
  /** Gbit/s, `"up to N"`, or null for qualitative values (see networkPerformanceRaw). */
  networkGbps: z.union([z.number(), z.string()]).nullable(),
  networkPerformanceRaw: z.string().nullable(),
  ec2CurrentGeneration: z.boolean().nullable(),
  /** Listed by EMR ListSupportedInstanceTypes for emr-7.12.0. */
  emrSupported: z.boolean(),
  emrSupportedInAnyReleaseList: z.boolean().nullable(),
  emrApiInstanceFamilyId: z.string().nullable(),
  /** Default `yarn.nodemanager.resource.memory-mb` in MiB (MB in AWS's table), or null when unknown. */
  yarnNodeManagerMemoryMB: z.number().int().nullable(),
  yarnNodeManagerMemoryMBWithHBase: z.number().int().nullable(),
  /** Default `yarn.scheduler.maximum-allocation-mb` in MiB, or null when unknown. */
  yarnSchedulerMaximumAllocationMB: z.number().int().nullable(),
  yarnSchedulerMinimumAllocationMB: z.number().int().nullable(),
});
export type InstanceType = z.infer<typeof InstanceTypeSchema>;

const CatalogSchema = z.object({
  note: z.object({ purpose: z.string(), sources: z.record(z.string()), caveats: z.array(z.string()) }),
  instances: z.array(InstanceTypeSchema.passthrough()),
});

/** The catalog, validated once at import (a malformed data file fails loudly at startup). */
export const INSTANCE_CATALOG = CatalogSchema.parse(raw);

const byName = new Map<string, InstanceType>(INSTANCE_CATALOG.instances.map((i) => [i.name, i]));

/** Size suffixes in ascending order, to order the sizes of a family. */
const SIZE_ORDER = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge'];

/** Rank of a size suffix (`large` < `xlarge` < `2xlarge` < … < `metal`) for sorting. */
export function sizeRank(size: string): number {
  const base = SIZE_ORDER.indexOf(size);
  if (base >= 0) return base;
  const m = /^(\d+)xlarge$/.exec(size);
  if (m) return SIZE_ORDER.length + Number(m[1]);
  return 10_000; // metal and unknown sizes last
}

/** Looks an instance type up by API name (case-insensitive); undefined when not in the catalog. */
export function findInstanceType(name: string): InstanceType | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** All catalog types of a family (e.g. `m5`), smallest first. */
export function instanceTypesOfFamily(family: string): InstanceType[] {
  return INSTANCE_CATALOG.instances
    .filter((i) => i.family === family.toLowerCase())
    .sort((a, b) => sizeRank(a.name.split('.')[1] ?? '') - sizeRank(b.name.split('.')[1] ?? ''));
}

/**
 * The smallest size of a family that EMR supports (e.g. `m5` → `m5.xlarge`), or undefined when the
 * catalog has no supported type of that family. Source: `emrSupported` in the catalog ([S19], [S32]).
 */
export function smallestEmrSupportedOfFamily(family: string): InstanceType | undefined {
  return instanceTypesOfFamily(family).find((i) => i.emrSupported);
}

/**
 * Instance-type names in free text (`m5.large`, `r5d.4xlarge`, `c6g.16xlarge`), with their offsets.
 * Matches the EC2 naming scheme family.size; family = letters, a generation digit, optional attribute
 * letters.
 */
export function findInstanceTypeMentions(text: string): Array<{ name: string; index: number }> {
  const re = /\b([a-z]{1,3}\d[a-z-]*)\.((?:\d+)?(?:nano|micro|small|medium|large|xlarge)|metal)\b/gi;
  const out: Array<{ name: string; index: number }> = [];
  for (const m of text.matchAll(re)) out.push({ name: m[0].toLowerCase(), index: m.index ?? 0 });
  return out;
}
