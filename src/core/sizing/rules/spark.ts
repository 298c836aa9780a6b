/**
 * Spark configuration rules (fact sheet "Sizing rules › Spark configuration"). R-SPK-01 reads the
 * derived executor sizing (`spark-sizing.ts`), the rest read the settings.
 */
import { isSizingUnavailable, memoryOverheadMiB, SPARK_MEMORY_OVERHEAD_FACTOR } from '../spark-sizing.ts';
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { EC2 } from './helpers.ts';

/** Applications with their own daemons that conflict with maximizeResourceAllocation ([S11]). */
const DISTRIBUTED_APPS = ['HBase', 'Presto', 'Trino'];

/** R-SPK-01 … R-SPK-07: executor memory against YARN, cores, overhead, maximizeResourceAllocation, parallelism. */
export const SPARK_RULES: Rule[] = [
  {
    id: 'R-SPK-01',
    group: 'spark',
    title: {
      en: 'Executors or driver ask YARN for more memory than a node offers',
      ko: '노드가 내주는 것보다 많은 메모리를 YARN에 요청하는 익스큐터나 드라이버',
    },
    severity: 'error',
    provenance: 'derived',
    rationale: {
      en: 'YARN can only place containers that fit: executors × (memory + overhead) must stay within yarn.nodemanager.resource.memory-mb of the node, and one container within yarn.scheduler.maximum-allocation-mb (EMR’s defaults per instance type). A client-mode driver must fit in the primary node’s memory. When the catalog has no YARN values for a type, the check cannot run (info).',
      ko: 'YARN은 노드에 들어가는 크기의 컨테이너만 배치할 수 있습니다. 익스큐터 수 × (메모리 + 오버헤드)는 노드의 yarn.nodemanager.resource.memory-mb 안에, 컨테이너 하나는 yarn.scheduler.maximum-allocation-mb 안에 들어가야 합니다(둘 다 인스턴스 유형별 EMR 기본값). client 배포 모드의 드라이버는 프라이머리 노드의 메모리에 들어가야 합니다. 카탈로그에 어떤 유형의 YARN 값이 없으면 이 검사를 할 수 없습니다(정보).',
    },
    sources: ['S18', 'S33', 'S15-perf'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || ctx.ec2.topology.workers.length === 0) return [];
      const s = ctx.ec2.figures.spark;
      if (isSizingUnavailable(s)) {
        return [
          {
            message: { en: `cannot check executor memory: ${s.reason.en}`, ko: `익스큐터 메모리를 확인할 수 없습니다. ${s.reason.ko}` },
            subject: 'spark',
            severity: 'info',
          },
        ];
      }
      const hits: RuleHit[] = s.problems.map((p) => ({
        message: p.message,
        subject: p.kind.startsWith('driver') ? 'spark.driverMemoryMiB' : 'spark.executorMemoryMiB',
      }));
      if (s.unknownTypes.length > 0) {
        hits.push({
          message: {
            en: `executor memory not checked on ${s.unknownTypes.join(', ')}: the catalog has no YARN memory defaults for ${s.unknownTypes.length > 1 ? 'them' : 'it'}`,
            ko: `${s.unknownTypes.join(', ')}에서는 익스큐터 메모리를 확인하지 않았습니다. 카탈로그에 해당 유형의 YARN 메모리 기본값이 없습니다`,
          },
          subject: 'spark',
          severity: 'info',
        });
      }
      return hits;
    },
  },
  {
    id: 'R-SPK-02',
    group: 'spark',
    title: { en: 'More than 5 cores per executor', ko: '익스큐터당 코어 5개 초과' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'AWS’s Spark memory blog uses 5 cores per executor and its best-practices guide 4–5: more cores per executor tend to hurt HDFS/S3 throughput and garbage collection.',
      ko: 'AWS의 Spark 메모리 블로그는 익스큐터당 코어 5개를, AWS 모범 사례 가이드는 4–5개를 씁니다. 익스큐터당 코어가 더 많으면 HDFS/S3 처리량과 가비지 컬렉션이 나빠지기 쉽습니다.',
    },
    sources: ['S16', 'S15-perf'],
    tags: ['spark/executor-sizing'],
    platforms: ['emr-ec2', 'emr-serverless', 'emr-eks'],
    check(ctx) {
      const cores = 'spark' in ctx.cluster ? ctx.cluster.spark.executorCores : undefined;
      return hitIf(
        cores !== undefined && cores > 5,
        () => ({
          en: `spark.executor.cores = ${cores}; AWS guidance starts at 4–5`,
          ko: `spark.executor.cores = ${cores}입니다. AWS 가이드는 4–5개에서 시작합니다`,
        }),
        'spark.executorCores',
      );
    },
  },
  {
    id: 'R-SPK-03',
    group: 'spark',
    title: { en: 'Memory overhead sized with the open-source 10 % on EMR', ko: 'EMR에서 오픈소스 기준 10 %로 잡은 메모리 오버헤드' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'Open-source Spark’s overhead default is 10 % (minimum 384 MiB), but EMR on EC2 ships a 0.1875 overhead factor. Sizing containers with 10 % on EMR under-counts what EMR will request unless the factor is set on purpose.',
      ko: '오픈소스 Spark의 메모리 오버헤드(memory overhead) 기본값은 10 %(최소 384 MiB)이지만, EMR on EC2는 오버헤드 비율 0.1875를 기본으로 설정합니다. 비율을 일부러 정한 것이 아니라면, EMR에서 10 %로 컨테이너 크기를 잡으면 EMR이 실제로 요청할 양을 적게 계산하게 됩니다.',
    },
    sources: ['S15-perf', 'S33'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      const tenPercentFactor = sp.memoryOverheadFactor === SPARK_MEMORY_OVERHEAD_FACTOR;
      const tenPercentMiB =
        sp.executorMemoryMiB !== undefined &&
        sp.executorMemoryOverheadMiB !== undefined &&
        sp.executorMemoryOverheadMiB === memoryOverheadMiB(sp.executorMemoryMiB, SPARK_MEMORY_OVERHEAD_FACTOR);
      return hitIf(
        tenPercentFactor || tenPercentMiB,
        () => ({
          en: 'executor overhead follows open-source Spark’s 10 %; EMR’s default factor is 0.1875 — make sure the lower overhead is intended',
          ko: '익스큐터 오버헤드가 오픈소스 Spark의 10 %를 따릅니다. EMR의 기본 비율은 0.1875이니, 더 낮은 오버헤드가 의도한 것인지 확인하세요',
        }),
        tenPercentFactor ? 'spark.memoryOverheadFactor' : 'spark.executorMemoryOverheadMiB',
      );
    },
  },
  {
    id: 'R-SPK-04',
    group: 'spark',
    title: {
      en: 'maximizeResourceAllocation with HBase or other distributed applications',
      ko: 'HBase나 다른 분산 애플리케이션과 함께 켠 maximizeResourceAllocation',
    },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'AWS says not to use maximizeResourceAllocation on clusters with HBase or other distributed applications: it hands Spark the whole node while those applications need their own memory and custom YARN settings.',
      ko: 'AWS는 HBase나 다른 분산 애플리케이션이 있는 클러스터에서 maximizeResourceAllocation을 쓰지 말라고 합니다. 이 설정은 노드 전체를 Spark에 내주지만, 그런 애플리케이션에는 자체 메모리와 사용자 지정 YARN 설정이 필요합니다.',
    },
    sources: ['S11'],
    tags: ['spark/executor-sizing', 'framework/apache-hbase'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const apps = ctx.ec2.cluster.applications.filter((a) => DISTRIBUTED_APPS.includes(a));
      return hitIf(
        ctx.ec2.cluster.spark.maximizeResourceAllocation && apps.length > 0,
        () => ({
          en: `maximizeResourceAllocation is on while ${apps.join(', ')} run on the cluster`,
          ko: `${apps.join(', ')}도 실행되는 클러스터에서 maximizeResourceAllocation이 켜져 있습니다`,
        }),
        'spark.maximizeResourceAllocation',
      );
    },
  },
  {
    id: 'R-SPK-05',
    group: 'spark',
    title: { en: 'maximizeResourceAllocation on a shared cluster', ko: '공유 클러스터에서 켠 maximizeResourceAllocation' },
    severity: 'warning',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'maximizeResourceAllocation gives each application one fat executor per node; on a cluster shared by several applications or teams they cannot run side by side.',
      ko: 'maximizeResourceAllocation은 애플리케이션마다 노드당 큰 익스큐터 하나를 줍니다. 여러 애플리케이션이나 팀이 함께 쓰는 클러스터에서는 이 애플리케이션들이 나란히 실행될 수 없습니다.',
    },
    sources: ['S15-perf'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const shared = ctx.has('multi-tenant') || ctx.workload.concurrentApplications > 1;
      return hitIf(
        ctx.ec2.cluster.spark.maximizeResourceAllocation && shared,
        () => ({
          en: `maximizeResourceAllocation on a cluster shared by ${ctx.workload.concurrentApplications} concurrent application(s)`,
          ko: `동시에 실행되는 애플리케이션 ${ctx.workload.concurrentApplications}개가 함께 쓰는 클러스터에서 maximizeResourceAllocation이 켜져 있습니다`,
        }),
        'spark.maximizeResourceAllocation',
      );
    },
  },
  {
    id: 'R-SPK-06',
    group: 'spark',
    title: { en: 'spark.default.parallelism far from the executor cores', ko: '익스큐터 코어 수와 동떨어진 spark.default.parallelism' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'AWS guidance sets spark.default.parallelism to about 1–2 × the total executor cores (the blog: 2 ×; EMR writes 2 × YARN cores with maximizeResourceAllocation). This rule flags values below 1 × (idle cores) or above 4 × (tiny tasks).',
      ko: 'AWS 가이드는 spark.default.parallelism을 전체 익스큐터 코어의 약 1–2배로 잡습니다(블로그는 2배, maximizeResourceAllocation을 쓰면 EMR은 YARN 코어의 2배로 설정). 이 규칙은 1배 미만(노는 코어)이나 4배 초과(지나치게 작은 태스크)인 값을 짚어 냅니다.',
    },
    sources: ['S16', 'S11', 'S15-perf'],
    tags: ['spark/performance-tuning', 'spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const p = ctx.ec2.cluster.spark.defaultParallelism;
      const s = ctx.ec2.figures.spark;
      if (p === undefined || isSizingUnavailable(s)) return [];
      const cores = s.totalExecutorCores;
      if (cores.high === 0) return [];
      return hitIf(
        p < cores.low || p > 4 * cores.high,
        () => ({
          en: `spark.default.parallelism = ${p} for ${cores.low === cores.high ? cores.low : `${cores.low}–${cores.high}`} executor cores; aim for 1–2 × the cores`,
          ko: `익스큐터 코어 ${cores.low === cores.high ? cores.low : `${cores.low}–${cores.high}`}개에 spark.default.parallelism = ${p}입니다. 코어 수의 1–2배를 목표로 하세요`,
        }),
        'spark.defaultParallelism',
      );
    },
  },
  {
    id: 'R-SPK-07',
    group: 'spark',
    title: { en: 'Fixed executor count with dynamic allocation on', ko: '동적 할당이 켜진 상태에서 고정한 익스큐터 수' },
    severity: 'info',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR enables Spark dynamic allocation by default (since 4.4.0), so executors come and go with demand; a fixed spark.executor.instances only sets the starting point unless dynamic allocation is turned off.',
      ko: 'EMR은 Spark 동적 할당(dynamic allocation)을 기본으로 켜므로(4.4.0부터) 익스큐터가 수요에 따라 생기고 사라집니다. 동적 할당을 끄지 않는 한, spark.executor.instances로 고정한 값은 시작점만 정합니다.',
    },
    sources: ['S11'],
    tags: ['spark/executor-sizing'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      return hitIf(
        sp.executorInstances !== undefined && sp.dynamicAllocation !== false,
        () => ({
          en: `spark.executor.instances = ${sp.executorInstances} while dynamic allocation is on (EMR default); the count is only the initial size`,
          ko: `동적 할당이 켜져 있는데(EMR 기본값) spark.executor.instances = ${sp.executorInstances}입니다. 이 값은 시작할 때의 크기일 뿐입니다`,
        }),
        'spark.executorInstances',
      );
    },
  },
];
