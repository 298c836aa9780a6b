/**
 * Spark deploy-mode rules (fact sheet "Sizing rules › Deploy mode"): what Spark allows, where the
 * driver runs on EMR on EC2, and what does not apply on EMR Serverless.
 */
import { formatNumber } from '../../text/numbers.ts';
import { isSizingUnavailable, memoryOverheadMiB, EMR_DEFAULT_DRIVER_MEMORY_MIB, EMR_MEMORY_OVERHEAD_FACTOR } from '../spark-sizing.ts';
import { hitIf, type Rule } from '../rule.ts';
import { EC2 } from './helpers.ts';

/** Concurrent applications from which "one or two at a time" no longer holds ([S15-spark]). */
export const MANY_CONCURRENT_APPLICATIONS = 3;
/** Share of the primary's memory client-mode drivers may take before R-DEP-04 warns (the rest is for RM, NameNode, UIs). */
export const PRIMARY_DRIVER_MEMORY_SHARE = 0.5;

const SHELLS = ['shell', 'spark-sql-shell', 'thrift-server'];

/** R-DEP-01 … R-DEP-06: client vs cluster deploy mode and where the driver runs. */
export const DEPLOY_MODE_RULES: Rule[] = [
  {
    id: 'R-DEP-01',
    group: 'deploy-mode',
    title: { en: 'Spark shell, SQL shell or Thrift server in cluster deploy mode', ko: 'cluster 배포 모드의 Spark 셸·SQL 셸·Thrift 서버' },
    severity: 'error',
    provenance: 'spark-doc',
    rationale: {
      en: 'spark-submit refuses cluster deploy mode for spark-shell and pyspark (“Cluster deploy mode is not applicable to Spark shells”), spark-sql (“… to Spark SQL shell”) and the Thrift server (“… to Spark Thrift server”): their driver must run where the user types.',
      ko: 'spark-submit은 spark-shell과 pyspark(“Cluster deploy mode is not applicable to Spark shells”), spark-sql(“… to Spark SQL shell”), Thrift 서버(“… to Spark Thrift server”)에 cluster 배포 모드(deploy mode)를 허용하지 않습니다. 이들의 드라이버는 사용자가 입력하는 곳에서 실행되어야 하기 때문입니다.',
    },
    sources: ['S13'],
    tags: ['spark/deploy-mode'],
    platforms: ['emr-ec2', 'emr-eks'],
    check(ctx) {
      if (!('spark' in ctx.cluster)) return [];
      const sp = ctx.cluster.spark;
      return hitIf(
        SHELLS.includes(sp.submitter) && sp.deployMode === 'cluster',
        () => ({
          en: `${sp.submitter} with --deploy-mode cluster; Spark rejects cluster mode for shells and the Thrift server`,
          ko: `${sp.submitter}에 --deploy-mode cluster가 지정되었습니다. Spark는 셸과 Thrift 서버에 cluster 모드를 허용하지 않습니다`,
        }),
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-02',
    group: 'deploy-mode',
    title: { en: 'Many concurrent production steps in client mode', ko: 'client 모드로 동시에 실행하는 많은 프로덕션 스텝' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'AWS’s best-practices guide suits client mode to one or two applications at a time; with many concurrent steps, cluster mode spreads the drivers over the cluster and allows application-master retries.',
      ko: 'AWS 모범 사례 가이드는 client 모드가 한 번에 한두 개의 애플리케이션에 알맞다고 봅니다. 동시에 실행하는 스텝이 많으면 cluster 모드가 드라이버를 클러스터 전체에 분산하고 애플리케이션 마스터 재시도도 가능하게 합니다.',
    },
    sources: ['S15-spark'],
    tags: ['spark/deploy-mode', 'cluster/step'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      const n = ctx.workload.concurrentApplications;
      return hitIf(
        (sp.submitter === 'step' || sp.submitter === 'spark-submit') &&
          ctx.ec2.figures.deployMode === 'client' &&
          n >= MANY_CONCURRENT_APPLICATIONS,
        () => ({
          en: `${n} concurrent ${sp.submitter === 'step' ? 'steps' : 'applications'} in client mode; cluster mode spreads the drivers and retries failed AMs`,
          ko: `${sp.submitter === 'step' ? '스텝' : '애플리케이션'} ${n}개가 client 모드로 동시에 실행됩니다. cluster 모드는 드라이버를 분산하고 실패한 애플리케이션 마스터(AM)를 다시 시도합니다`,
        }),
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-03',
    group: 'deploy-mode',
    title: { en: 'Cluster-mode drivers may land on Spot task nodes', ko: 'Spot 태스크 노드에 놓일 수 있는 cluster 모드 드라이버' },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'In cluster mode the Spark driver runs inside the YARN application master. Without node labels (the default from EMR 6.x) that container can be placed on a Spot task node, and a reclaim kills the driver and the application. Pin AMs to CORE (or ON_DEMAND on 7.2+) nodes.',
      ko: 'cluster 모드에서는 Spark 드라이버가 YARN 애플리케이션 마스터(AM) 안에서 실행됩니다. 노드 레이블이 없으면(EMR 6.x부터의 기본값) 그 컨테이너가 Spot 태스크 노드에 배치될 수 있고, 노드가 회수되면 드라이버와 애플리케이션이 함께 죽습니다. AM을 CORE 노드(7.2+에서는 ON_DEMAND 노드)에 고정하세요.',
    },
    sources: ['S1', 'S31'],
    tags: ['spark/deploy-mode', 'instance/spot-instances', 'node/task'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const spotTask = ctx.ec2.topology.task.some((s) => s.hasSpot);
      return hitIf(
        ctx.ec2.figures.deployMode === 'cluster' && spotTask && ctx.ec2.figures.applicationMasters.nodes === 'any',
        () => ({
          en: 'cluster deploy mode with Spot task nodes and no node labels: drivers can run on Spot nodes',
          ko: 'cluster 배포 모드에 Spot 태스크 노드가 있고 노드 레이블이 없습니다. 드라이버가 Spot 노드에서 실행될 수 있습니다',
        }),
        'applicationMasterNodes',
      );
    },
  },
  {
    id: 'R-DEP-04',
    group: 'deploy-mode',
    title: { en: 'Many client-mode drivers on the primary node', ko: '프라이머리 노드에 몰린 많은 client 모드 드라이버' },
    severity: 'warning',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'In client mode every driver runs on the submitting host — for EMR steps, Livy sessions and shells that is the primary node, which also runs the ResourceManager and NameNode. This rule warns when the drivers’ memory exceeds half the primary’s memory: size the primary up or use cluster mode.',
      ko: 'client 모드에서는 모든 드라이버가 제출한 호스트에서 실행됩니다. EMR 스텝, Livy 세션, 셸이라면 그 호스트는 프라이머리 노드이고, 이 노드는 ResourceManager와 NameNode도 실행합니다. 이 규칙은 드라이버들의 메모리가 프라이머리 노드 메모리의 절반을 넘으면 경고합니다. 프라이머리 노드를 더 크게 하거나 cluster 모드를 쓰세요.',
    },
    sources: ['S15-spark', 'S14', 'S12'],
    tags: ['spark/deploy-mode', 'node/primary'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.figures.deployMode !== 'client') return [];
      const n = ctx.workload.concurrentApplications;
      const s = ctx.ec2.figures.spark;
      const perDriver = isSizingUnavailable(s) || s.driver.memoryMiB === null ? EMR_DEFAULT_DRIVER_MEMORY_MIB : s.driver.memoryMiB;
      const factor = ctx.ec2.cluster.spark.memoryOverheadFactor ?? EMR_MEMORY_OVERHEAD_FACTOR;
      const total = n * (perDriver + memoryOverheadMiB(perDriver, factor));
      const primary = ctx.ec2.topology.primary.types[0]?.type;
      if (!primary) return [];
      const budget = primary.memoryGiB * 1024 * PRIMARY_DRIVER_MEMORY_SHARE;
      return hitIf(
        n >= MANY_CONCURRENT_APPLICATIONS && total > budget,
        () => ({
          en: `${n} client-mode drivers need about ${formatNumber(total)} MiB on the ${primary.name} primary (${formatNumber(primary.memoryGiB, 1)} GiB); size the primary up or use cluster mode`,
          ko: `client 모드 드라이버 ${n}개가 ${primary.name} 프라이머리 노드(${formatNumber(primary.memoryGiB, 1)} GiB)에서 약 ${formatNumber(total)} MiB를 필요로 합니다. 프라이머리 노드를 더 크게 하거나 cluster 모드를 쓰세요`,
        }),
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-05',
    group: 'deploy-mode',
    title: { en: 'Livy / EMR Studio sessions in cluster mode (recommended)', ko: 'cluster 모드의 Livy / EMR Studio 세션 (권장)' },
    severity: 'info',
    provenance: 'aws-doc',
    rationale: {
      en: 'Notebooks that reach Spark through Livy are not bound to client mode: EMR Studio’s cluster requirements recommend livy.spark.deploy-mode=cluster to keep drivers off the primary node. “Notebooks need client mode” is only true for a kernel that embeds the driver.',
      ko: 'Livy를 거쳐 Spark에 연결하는 노트북은 client 모드에 묶이지 않습니다. EMR Studio의 클러스터 요구 사항은 드라이버가 프라이머리 노드에서 돌지 않도록 livy.spark.deploy-mode=cluster를 권장합니다. “노트북은 client 모드여야 한다”는 말은 드라이버를 내장한 커널에만 맞습니다.',
    },
    sources: ['S14'],
    tags: ['spark/deploy-mode', 'service/emr-studio'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const sp = ctx.ec2.cluster.spark;
      return hitIf(
        sp.submitter === 'livy' && sp.deployMode === 'cluster',
        () => ({
          en: 'Livy sessions in cluster mode — what EMR Studio recommends',
          ko: 'Livy 세션이 cluster 모드입니다. EMR Studio가 권장하는 설정입니다',
        }),
        'spark.deployMode',
      );
    },
  },
  {
    id: 'R-DEP-06',
    group: 'deploy-mode',
    title: { en: 'Deploy mode set on EMR Serverless', ko: 'EMR Serverless에 지정한 배포 모드' },
    severity: 'info',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR Serverless has no primary node and documents no deploy-mode option: the driver always runs on its own service-managed driver worker, remote from the submitter. (“Serverless supports only client mode” comes from a forum reply, not from AWS documentation.)',
      ko: 'EMR Serverless에는 프라이머리 노드가 없고, 문서화된 배포 모드 옵션도 없습니다. 드라이버는 항상 서비스가 관리하는 자체 드라이버 워커에서, 제출한 쪽과 떨어져 실행됩니다. (“Serverless는 client 모드만 지원한다”는 말은 AWS 문서가 아니라 포럼 답변에서 나온 것입니다.)',
    },
    sources: ['S17', 'S34'],
    tags: ['spark/deploy-mode', 'platform/emr-serverless'],
    platforms: ['emr-serverless'],
    check(ctx) {
      const mode = ctx.serverless?.app.spark.deployMode;
      return hitIf(
        mode !== undefined,
        () => ({
          en: `deploy mode "${mode}" is set, but it does not apply on EMR Serverless; the driver runs on a driver worker`,
          ko: `배포 모드 "${mode}"가 지정되어 있지만 EMR Serverless에는 적용되지 않습니다. 드라이버는 드라이버 워커에서 실행됩니다`,
        }),
        'spark.deployMode',
      );
    },
  },
];
