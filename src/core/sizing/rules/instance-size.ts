/**
 * Instance family and size rules (fact sheet "Sizing rules › Instance family / size"). These are
 * advice: AWS documents the families' purposes and the primary-size threshold; the horizontal vs
 * vertical heuristics come from AWS's best-practices guide.
 */
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { atMostXlargeClass, distinctTypes, EC2, names, PRIMARY_HOSTED_APPLICATIONS } from './helpers.ts';

/** Worker size from which a configuration counts as "few large nodes" for R-SIZE-03 (8xlarge: 32 vCPUs). */
export const VERTICAL_WORKER_VCPU = 32;
/** Worker size up to which a configuration counts as "many small nodes" for R-SIZE-04 (2xlarge: 8 vCPUs). */
export const HORIZONTAL_WORKER_VCPU = 8;

/** R-SIZE-01 … R-SIZE-12: primary size, horizontal vs vertical, families, fleets. */
export const INSTANCE_SIZE_RULES: Rule[] = [
  {
    id: 'R-SIZE-01',
    group: 'instance-size',
    title: 'Primary node smaller than AWS’s guidance',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'The primary node needs little compute, but AWS suggests m5.xlarge (4 vCPU, 16 GiB) for clusters of up to 50 nodes and a larger type beyond 50. AWS names no exact type for larger clusters.',
    sources: ['S2'],
    tags: ['node/primary', 'instance/family-selection'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const p = ctx.ec2.topology.primary.types[0]?.type;
      if (!p) return [];
      const nodes = ctx.ec2.figures.cluster.instances.high;
      const small = ctx.workload.profile !== 'test' && (p.vcpu < 4 || p.memoryGiB < 16);
      const bigCluster = nodes > 50 && atMostXlargeClass(p);
      return hitIf(
        small || bigCluster,
        () =>
          small
            ? `the primary is ${p.name} (${p.vcpu} vCPU, ${p.memoryGiB} GiB), below the m5.xlarge-class AWS suggests`
            : `the cluster has up to ${nodes} nodes but the primary is ${p.name}; AWS suggests a larger type than m5.xlarge above 50 nodes`,
        'instances.primary.instanceType',
      );
    },
  },
  {
    id: 'R-SIZE-02',
    group: 'instance-size',
    title: 'Notebook or UI services on a small primary node',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'JupyterHub, Hue, Livy, Zeppelin and client-mode drivers all use the primary node’s memory and CPU; AWS suggests a larger primary when such applications run on it (the best-practices guide says the same for client-mode drivers).',
    sources: ['S2', 'S15-spark'],
    tags: ['node/primary', 'service/emr-studio', 'spark/deploy-mode'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const p = ctx.ec2.topology.primary.types[0]?.type;
      if (!p) return [];
      const apps = ctx.ec2.cluster.applications.filter((a) => (PRIMARY_HOSTED_APPLICATIONS as readonly string[]).includes(a));
      return hitIf(
        apps.length > 0 && atMostXlargeClass(p),
        () => `${apps.join(', ')} run on the ${p.name} primary; consider a larger primary for notebook users`,
        'instances.primary.instanceType',
      );
    },
  },
  {
    id: 'R-SIZE-03',
    group: 'instance-size',
    title: 'Interactive workload on few large nodes',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'AWS’s best-practices guide recommends horizontal scaling (more, smaller nodes) for notebooks, ad-hoc queries and latency-sensitive micro-batches: concurrent jobs share resources more easily and losing one node costs less. A heuristic — start horizontal, test vertical.',
    sources: ['S15-size'],
    tags: ['technique/scaling-strategy', 'constraint/high-interactivity'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const interactive = ctx.workload.profile === 'interactive' || ctx.has('latency-sensitive');
      const big = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.vcpu >= VERTICAL_WORKER_VCPU);
      return hitIf(
        interactive && big.length > 0,
        () =>
          `${names(big)} worker nodes (${VERTICAL_WORKER_VCPU}+ vCPUs) for an interactive/latency-sensitive workload; AWS’s guide prefers more, smaller nodes here`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-04',
    group: 'instance-size',
    title: 'Shuffle-heavy or skewed workload on small nodes only',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'For complex shuffle-heavy joins, known skew and large partitions AWS’s best-practices guide prefers fewer, larger nodes (vertical): more data stays inside one executor and hot partitions get room.',
    sources: ['S15-size'],
    tags: ['technique/scaling-strategy', 'spark/performance-tuning'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const heavy = ctx.has('shuffle-heavy') || ctx.has('skewed');
      const types = distinctTypes(ctx.ec2.topology.workers);
      return hitIf(
        heavy && types.length > 0 && types.every((t) => t.vcpu <= HORIZONTAL_WORKER_VCPU),
        () => `only small workers (${names(types)}) for a shuffle-heavy/skewed workload; AWS’s guide prefers larger nodes here`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-05',
    group: 'instance-size',
    title: 'Memory-bound workload without memory-optimised workers',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale:
      'AWS points memory-intensive applications (caching, spill) to memory-optimised R types. Its best-practices guide adds: do not default to R — test an M type of the same size first.',
    sources: ['S2', 'S16', 'S15-size'],
    tags: ['instance/family-selection'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('memory-bound')) return [];
      const other = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.category !== 'memory');
      return hitIf(
        other.length > 0,
        () => `memory-bound workload on ${names(other)}; consider R (memory-optimised) workers, measured against M`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-06',
    group: 'instance-size',
    title: 'Compute-bound workload without compute-optimised workers',
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: 'AWS points compute-intensive applications to compute-optimised C types.',
    sources: ['S2', 'S16'],
    tags: ['instance/family-selection'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('compute-bound')) return [];
      const other = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.category !== 'compute');
      return hitIf(
        other.length > 0,
        () => `compute-bound workload on ${names(other)}; consider C (compute-optimised) workers`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-07',
    group: 'instance-size',
    title: 'HDFS/shuffle I/O-heavy workload on EBS-only workers',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'For heavy HDFS or shuffle disk I/O the best-practices guide suggests storage-optimised types (i3 …) or d types (m5d, r5d …) with local NVMe instance storage.',
    sources: ['S15-spark', 'S15-cost'],
    tags: ['instance/family-selection', 'storage/hdfs'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('hdfs-io-heavy')) return [];
      const ebsOnly = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.instanceStorageGB === 0);
      return hitIf(
        ebsOnly.length > 0,
        () => `${names(ebsOnly)} have no local instance storage; an I/O-heavy workload does better on i3 or d types`,
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-08',
    group: 'instance-size',
    title: 'Previous-generation instance type',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'EMR classes m4, c4 and r4 as previous generation. The best-practices guide recommends current generation or Graviton (m6g, r6g, c6g, m7g, r7g) for price-performance. (EC2 also flags m5/c5/r5 as previous generation since early 2026 while EMR still calls them current; this rule follows EMR.)',
    sources: ['S19', 'S32', 'S15-cost'],
    tags: ['instance/family-selection', 'instance/graviton'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const old = distinctTypes(ctx.ec2.topology.all).filter((t) => t.emrApiInstanceFamilyId?.endsWith('PREVIOUS_GEN'));
      return hitIf(
        old.length > 0,
        () => `${names(old)} ${old.length > 1 ? 'are' : 'is'} previous generation; prefer a current or Graviton type`,
        'instances',
      );
    },
  },
  {
    id: 'R-SIZE-09',
    group: 'instance-size',
    title: 'Availability first with small-pool ("exotic") types',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'When provisioning speed and few interruptions matter, the best-practices guide advises avoiding types with small capacity pools (…zn, …dn, …ad families, 24xlarge sizes).',
    sources: ['S15-rel'],
    tags: ['instance/family-selection', 'instance/spot-instances'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('availability-first')) return [];
      const exotic = distinctTypes(ctx.ec2.topology.all).filter((t) => /(zn|dn|ad)$/.test(t.family) || t.name.endsWith('.24xlarge'));
      return hitIf(
        exotic.length > 0,
        () => `${names(exotic)} come from small capacity pools; prefer common sizes when availability comes first`,
        'instances',
      );
    },
  },
  {
    id: 'R-SIZE-10',
    group: 'instance-size',
    title: 'Fleet weights not proportional to instance size',
    severity: 'warning',
    provenance: 'aws-best-practice',
    rationale:
      'A fleet’s weighted capacities should follow instance size (e.g. 2:4:8 for 2x/4x/8xlarge, or vCPUs); otherwise the same target capacity means different amounts of compute depending on which types EMR gets.',
    sources: ['S15-rel'],
    tags: ['cluster/instance-fleet'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const s of ctx.ec2.topology.workers) {
        if (s.kind !== 'instance-fleet' || s.types.length < 2 || !s.types.some((t) => t.explicitWeight)) continue;
        const [first, ...rest] = s.types;
        if (!first) continue;
        const off = rest.filter((t) => t.weight * first.type.vcpu !== first.weight * t.type.vcpu);
        if (off.length > 0) {
          hits.push({
            message: `the ${s.label} weights ${s.types.map((t) => `${t.type.name}=${t.weight}`).join(', ')} are not proportional to vCPUs (${s.types.map((t) => t.type.vcpu).join(':')})`,
            subject: `${s.path}.instanceTypes`,
          });
        }
      }
      return hits;
    },
  },
  {
    id: 'R-SIZE-11',
    group: 'instance-size',
    title: 'Fleet mixes very different memory-per-vCPU ratios',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'EMR sizes executors from the smallest node resources; a fleet that mixes C (2 GiB/vCPU) with R (8 GiB/vCPU) leaves memory unused on the larger ones unless heterogeneous executors (5.32+/6.2+) adapt. Keep ratios similar.',
    sources: ['S15-perf'],
    tags: ['cluster/instance-fleet', 'spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const s of ctx.ec2.topology.workers) {
        if (s.kind !== 'instance-fleet' || s.types.length < 2) continue;
        const ratios = s.types.map((t) => t.type.memoryGiB / t.type.vcpu);
        const hi = Math.max(...ratios);
        const lo = Math.min(...ratios);
        if (hi > 2 * lo) {
          hits.push({
            message: `the ${s.label} mixes ${lo} to ${hi} GiB per vCPU; keep memory-to-vCPU ratios within a factor of 2`,
            subject: `${s.path}.instanceTypes`,
          });
        }
      }
      return hits;
    },
  },
  {
    id: 'R-SIZE-12',
    group: 'instance-size',
    title: 'Mixed instance types in a fleet (allowed)',
    severity: 'info',
    provenance: 'aws-doc',
    rationale:
      'Mixing instance types is fine in an instance fleet (up to 5 types, 30 with an allocation strategy). The one-type limit applies to uniform instance groups (see R-VAL-03).',
    sources: ['S4', 'S5'],
    tags: ['cluster/instance-fleet', 'cluster/instance-group'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return ctx.ec2.topology.workers
        .filter((s) => s.kind === 'instance-fleet' && s.types.length > 1)
        .map((s) => ({
          message: `the ${s.label} mixes ${s.types.length} instance types — allowed for fleets`,
          subject: `${s.path}.instanceTypes`,
        }));
    },
  },
];
