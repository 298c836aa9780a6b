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
    title: { en: 'Primary node smaller than AWS’s guidance', ko: 'AWS 권장보다 작은 프라이머리 노드' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'The primary node needs little compute, but AWS suggests m5.xlarge (4 vCPU, 16 GiB) for clusters of up to 50 nodes and a larger type beyond 50. AWS names no exact type for larger clusters.',
      ko: '프라이머리 노드는 컴퓨팅 자원이 많이 필요하지 않지만, AWS는 노드 50대 이하 클러스터에는 m5.xlarge(4 vCPU, 16 GiB)를, 50대를 넘으면 더 큰 유형을 권합니다. 더 큰 클러스터에 쓸 정확한 유형은 AWS가 정해 주지 않습니다.',
    },
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
            ? {
                en: `the primary is ${p.name} (${p.vcpu} vCPU, ${p.memoryGiB} GiB), below the m5.xlarge-class AWS suggests`,
                ko: `프라이머리 노드가 ${p.name}(${p.vcpu} vCPU, ${p.memoryGiB} GiB)로, AWS가 권하는 m5.xlarge급보다 작습니다`,
              }
            : {
                en: `the cluster has up to ${nodes} nodes but the primary is ${p.name}; AWS suggests a larger type than m5.xlarge above 50 nodes`,
                ko: `클러스터 노드가 최대 ${nodes}대인데 프라이머리 노드는 ${p.name}입니다. AWS는 노드가 50대를 넘으면 m5.xlarge보다 큰 유형을 권합니다`,
              },
        'instances.primary.instanceType',
      );
    },
  },
  {
    id: 'R-SIZE-02',
    group: 'instance-size',
    title: { en: 'Notebook or UI services on a small primary node', ko: '작은 프라이머리 노드에서 도는 노트북·UI 서비스' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'JupyterHub, Hue, Livy, Zeppelin and client-mode drivers all use the primary node’s memory and CPU; AWS suggests a larger primary when such applications run on it (the best-practices guide says the same for client-mode drivers).',
      ko: 'JupyterHub, Hue, Livy, Zeppelin과 client 모드 드라이버는 모두 프라이머리 노드의 메모리와 CPU를 씁니다. AWS는 이런 애플리케이션이 프라이머리 노드에서 돌 때 더 큰 프라이머리 노드를 권합니다(모범 사례 가이드도 client 모드 드라이버에 대해 같은 말을 합니다).',
    },
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
        () => ({
          en: `${apps.join(', ')} run on the ${p.name} primary; consider a larger primary for notebook users`,
          ko: `${apps.join(', ')} 애플리케이션이 ${p.name} 프라이머리 노드에서 실행됩니다. 노트북 사용자를 위해 더 큰 프라이머리 노드를 고려하세요`,
        }),
        'instances.primary.instanceType',
      );
    },
  },
  {
    id: 'R-SIZE-03',
    group: 'instance-size',
    title: { en: 'Interactive workload on few large nodes', ko: '큰 노드 몇 대로 돌리는 대화형 워크로드' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'AWS’s best-practices guide recommends horizontal scaling (more, smaller nodes) for notebooks, ad-hoc queries and latency-sensitive micro-batches: concurrent jobs share resources more easily and losing one node costs less. A heuristic — start horizontal, test vertical.',
      ko: 'AWS 모범 사례 가이드는 노트북, 애드혹 쿼리, 지연에 민감한 마이크로 배치에 수평 확장(horizontal scaling, 더 작은 노드를 더 많이)을 권합니다. 동시 작업이 자원을 나눠 쓰기 쉽고, 노드 하나를 잃어도 손실이 작기 때문입니다. 경험칙입니다 — 수평 확장으로 시작하고 수직 확장도 시험해 보세요.',
    },
    sources: ['S15-size'],
    tags: ['technique/scaling-strategy', 'constraint/high-interactivity'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const interactive = ctx.workload.profile === 'interactive' || ctx.has('latency-sensitive');
      const big = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.vcpu >= VERTICAL_WORKER_VCPU);
      return hitIf(
        interactive && big.length > 0,
        () => ({
          en: `${names(big)} worker nodes (${VERTICAL_WORKER_VCPU}+ vCPUs) for an interactive/latency-sensitive workload; AWS’s guide prefers more, smaller nodes here`,
          ko: `대화형이거나 지연에 민감한 워크로드에 ${names(big)} 워커 노드(${VERTICAL_WORKER_VCPU}+ vCPU)를 씁니다. 이런 경우 AWS 가이드는 더 작은 노드를 더 많이 쓰는 쪽을 선호합니다`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-04',
    group: 'instance-size',
    title: { en: 'Shuffle-heavy or skewed workload on small nodes only', ko: '작은 노드로만 돌리는 셔플 과다·skew 워크로드' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'For complex shuffle-heavy joins, known skew and large partitions AWS’s best-practices guide prefers fewer, larger nodes (vertical): more data stays inside one executor and hot partitions get room.',
      ko: '셔플이 많은 복잡한 조인, 미리 알려진 skew(데이터 쏠림), 큰 파티션에는 AWS 모범 사례 가이드가 더 큰 노드를 더 적게 쓰는 쪽(수직 확장, vertical scaling)을 선호합니다. 더 많은 데이터가 익스큐터 하나 안에 머물고, 데이터가 몰린 파티션(hot partition)도 쓸 자리를 얻습니다.',
    },
    sources: ['S15-size'],
    tags: ['technique/scaling-strategy', 'spark/performance-tuning'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const heavy = ctx.has('shuffle-heavy') || ctx.has('skewed');
      const types = distinctTypes(ctx.ec2.topology.workers);
      return hitIf(
        heavy && types.length > 0 && types.every((t) => t.vcpu <= HORIZONTAL_WORKER_VCPU),
        () => ({
          en: `only small workers (${names(types)}) for a shuffle-heavy/skewed workload; AWS’s guide prefers larger nodes here`,
          ko: `셔플이 많거나 skew가 있는 워크로드에 작은 워커(${names(types)})만 씁니다. 이런 경우 AWS 가이드는 더 큰 노드를 선호합니다`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-05',
    group: 'instance-size',
    title: { en: 'Memory-bound workload without memory-optimised workers', ko: '메모리 최적화 워커가 없는 메모리 병목 워크로드' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'AWS points memory-intensive applications (caching, spill) to memory-optimised R types. Its best-practices guide adds: do not default to R — test an M type of the same size first.',
      ko: 'AWS는 메모리를 많이 쓰는 애플리케이션(캐싱, 스필)에 메모리 최적화 R 유형을 권합니다. 모범 사례 가이드는 여기에 덧붙여, 무조건 R을 고르지 말고 같은 크기의 M 유형을 먼저 시험해 보라고 합니다.',
    },
    sources: ['S2', 'S16', 'S15-size'],
    tags: ['instance/family-selection'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('memory-bound')) return [];
      const other = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.category !== 'memory');
      return hitIf(
        other.length > 0,
        () => ({
          en: `memory-bound workload on ${names(other)}; consider R (memory-optimised) workers, measured against M`,
          ko: `메모리가 병목인 워크로드가 ${names(other)}에서 실행됩니다. R(메모리 최적화) 워커를 고려하되, M과 비교해 측정하세요`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-06',
    group: 'instance-size',
    title: { en: 'Compute-bound workload without compute-optimised workers', ko: '컴퓨팅 최적화 워커가 없는 컴퓨팅 병목 워크로드' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'AWS points compute-intensive applications to compute-optimised C types.',
      ko: 'AWS는 컴퓨팅을 많이 쓰는 애플리케이션에 컴퓨팅 최적화 C 유형을 권합니다.',
    },
    sources: ['S2', 'S16'],
    tags: ['instance/family-selection'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('compute-bound')) return [];
      const other = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.category !== 'compute');
      return hitIf(
        other.length > 0,
        () => ({
          en: `compute-bound workload on ${names(other)}; consider C (compute-optimised) workers`,
          ko: `컴퓨팅이 병목인 워크로드가 ${names(other)}에서 실행됩니다. C(컴퓨팅 최적화) 워커를 고려하세요`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-07',
    group: 'instance-size',
    title: { en: 'HDFS/shuffle I/O-heavy workload on EBS-only workers', ko: 'EBS만 쓰는 워커에서 도는 HDFS·셔플 I/O 과다 워크로드' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'For heavy HDFS or shuffle disk I/O the best-practices guide suggests storage-optimised types (i3 …) or d types (m5d, r5d …) with local NVMe instance storage.',
      ko: 'HDFS나 셔플의 디스크 I/O가 많으면 모범 사례 가이드는 로컬 NVMe 인스턴스 스토리지가 있는 스토리지 최적화 유형(i3 …)이나 d 유형(m5d, r5d …)을 권합니다.',
    },
    sources: ['S15-spark', 'S15-cost'],
    tags: ['instance/family-selection', 'storage/hdfs'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('hdfs-io-heavy')) return [];
      const ebsOnly = distinctTypes(ctx.ec2.topology.workers).filter((t) => t.instanceStorageGB === 0);
      return hitIf(
        ebsOnly.length > 0,
        () => ({
          en: `${names(ebsOnly)} have no local instance storage; an I/O-heavy workload does better on i3 or d types`,
          ko: `${names(ebsOnly)} 유형에는 로컬 인스턴스 스토리지가 없습니다. I/O가 많은 워크로드는 i3나 d 유형에서 더 잘 돌아갑니다`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-SIZE-08',
    group: 'instance-size',
    title: { en: 'Previous-generation instance type', ko: '이전 세대 인스턴스 유형' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'EMR classes m4, c4 and r4 as previous generation. The best-practices guide recommends current generation or Graviton (m6g, r6g, c6g, m7g, r7g) for price-performance. (EC2 also flags m5/c5/r5 as previous generation since early 2026 while EMR still calls them current; this rule follows EMR.)',
      ko: 'EMR은 m4, c4, r4를 이전 세대로 분류합니다. 모범 사례 가이드는 가격 대비 성능을 위해 현재 세대나 Graviton(m6g, r6g, c6g, m7g, r7g)을 권합니다. (EC2는 2026년 초부터 m5/c5/r5도 이전 세대로 표시하지만 EMR은 여전히 현재 세대로 분류합니다. 이 규칙은 EMR을 따릅니다.)',
    },
    sources: ['S19', 'S32', 'S15-cost'],
    tags: ['instance/family-selection', 'instance/graviton'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const old = distinctTypes(ctx.ec2.topology.all).filter((t) => t.emrApiInstanceFamilyId?.endsWith('PREVIOUS_GEN'));
      return hitIf(
        old.length > 0,
        () => ({
          en: `${names(old)} ${old.length > 1 ? 'are' : 'is'} previous generation; prefer a current or Graviton type`,
          ko: `${names(old)} 유형은 이전 세대입니다. 현재 세대나 Graviton 유형을 고르세요`,
        }),
        'instances',
      );
    },
  },
  {
    id: 'R-SIZE-09',
    group: 'instance-size',
    title: { en: 'Availability first with small-pool ("exotic") types', ko: '가용성이 우선인데 용량 풀이 작은("특이한") 유형' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'When provisioning speed and few interruptions matter, the best-practices guide advises avoiding types with small capacity pools (…zn, …dn, …ad families, 24xlarge sizes).',
      ko: '빠른 프로비저닝과 적은 중단이 중요할 때, 모범 사례 가이드는 용량 풀(capacity pool)이 작은 유형(…zn, …dn, …ad 패밀리, 24xlarge 크기)을 피하라고 권합니다.',
    },
    sources: ['S15-rel'],
    tags: ['instance/family-selection', 'instance/spot-instances'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || !ctx.has('availability-first')) return [];
      const exotic = distinctTypes(ctx.ec2.topology.all).filter((t) => /(zn|dn|ad)$/.test(t.family) || t.name.endsWith('.24xlarge'));
      return hitIf(
        exotic.length > 0,
        () => ({
          en: `${names(exotic)} come from small capacity pools; prefer common sizes when availability comes first`,
          ko: `${names(exotic)} 유형은 작은 용량 풀에서 나옵니다. 가용성이 우선이라면 흔한 크기를 고르세요`,
        }),
        'instances',
      );
    },
  },
  {
    id: 'R-SIZE-10',
    group: 'instance-size',
    title: { en: 'Fleet weights not proportional to instance size', ko: '인스턴스 크기에 비례하지 않는 플릿 가중치' },
    severity: 'warning',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'A fleet’s weighted capacities should follow instance size (e.g. 2:4:8 for 2x/4x/8xlarge, or vCPUs); otherwise the same target capacity means different amounts of compute depending on which types EMR gets.',
      ko: '플릿의 가중 용량(weighted capacity)은 인스턴스 크기를 따라야 합니다(예: 2x/4x/8xlarge에 2:4:8, 또는 vCPU 수). 그러지 않으면 같은 목표 용량이라도 EMR이 어떤 유형을 받느냐에 따라 컴퓨팅 양이 달라집니다.',
    },
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
            message: {
              en: `the ${s.label} weights ${s.types.map((t) => `${t.type.name}=${t.weight}`).join(', ')} are not proportional to vCPUs (${s.types.map((t) => t.type.vcpu).join(':')})`,
              ko: `${s.labelKo}의 가중치(${s.types.map((t) => `${t.type.name}=${t.weight}`).join(', ')})가 vCPU 수(${s.types.map((t) => t.type.vcpu).join(':')})에 비례하지 않습니다`,
            },
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
    title: { en: 'Fleet mixes very different memory-per-vCPU ratios', ko: 'vCPU당 메모리 비율이 크게 다른 유형을 섞은 플릿' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'EMR sizes executors from the smallest node resources; a fleet that mixes C (2 GiB/vCPU) with R (8 GiB/vCPU) leaves memory unused on the larger ones unless heterogeneous executors (5.32+/6.2+) adapt. Keep ratios similar.',
      ko: 'EMR은 가장 작은 노드의 자원을 기준으로 익스큐터 크기를 정합니다. C(2 GiB/vCPU)와 R(8 GiB/vCPU)을 섞은 플릿은, 이기종 익스큐터(heterogeneous executors, 5.32+/6.2+)가 맞춰 주지 않는 한 더 큰 쪽 노드의 메모리를 놀립니다. 비율을 비슷하게 맞추세요.',
    },
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
            message: {
              en: `the ${s.label} mixes ${lo} to ${hi} GiB per vCPU; keep memory-to-vCPU ratios within a factor of 2`,
              ko: `${s.labelKo}에는 vCPU당 ${lo}~${hi} GiB인 유형이 섞여 있습니다. vCPU당 메모리 비율을 2배 이내로 맞추세요`,
            },
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
    title: { en: 'Mixed instance types in a fleet (allowed)', ko: '플릿 안의 여러 인스턴스 유형 혼용(허용됨)' },
    severity: 'info',
    provenance: 'aws-doc',
    rationale: {
      en: 'Mixing instance types is fine in an instance fleet (up to 5 types, 30 with an allocation strategy). The one-type limit applies to uniform instance groups (see R-VAL-03).',
      ko: '인스턴스 플릿에서는 인스턴스 유형을 섞어도 됩니다(최대 5개, 할당 전략을 쓰면 30개). 유형 하나 제한은 균일 인스턴스 그룹에 적용됩니다(R-VAL-03 참고).',
    },
    sources: ['S4', 'S5'],
    tags: ['cluster/instance-fleet', 'cluster/instance-group'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return ctx.ec2.topology.workers
        .filter((s) => s.kind === 'instance-fleet' && s.types.length > 1)
        .map((s) => ({
          message: {
            en: `the ${s.label} mixes ${s.types.length} instance types — allowed for fleets`,
            ko: `${s.labelKo}에는 인스턴스 유형 ${s.types.length}개가 섞여 있습니다 — 플릿에서는 허용됩니다`,
          },
          subject: `${s.path}.instanceTypes`,
        }));
    },
  },
];
