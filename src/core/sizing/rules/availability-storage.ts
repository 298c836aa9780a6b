/**
 * High availability, HDFS and storage rules (fact sheet "Sizing rules › High availability / HDFS /
 * storage").
 */
import { formatNumber } from '../../text/numbers.ts';
import { hitIf, type Rule } from '../rule.ts';
import { EC2, isPersistent, profileName } from './helpers.ts';

function fmt(n: number): string {
  return formatNumber(Math.round(n));
}

/** R-HA-01 … R-HA-04, R-HDFS-01 … R-HDFS-04, R-STO-01, R-STO-02. */
export const AVAILABILITY_STORAGE_RULES: Rule[] = [
  {
    id: 'R-HA-01',
    group: 'availability-storage',
    title: {
      en: 'Cluster that must keep running with a single primary node',
      ko: '계속 실행되어야 하는데 프라이머리 노드가 하나뿐인 클러스터',
    },
    severity: 'advice',
    provenance: 'folklore',
    rationale: {
      en: 'Three primary nodes (EMR 5.23.0+ with instance groups; instance fleets need the releases of R-VAL-08) remove the primary as a single point of failure — an AWS-documented feature. That a 24×7 cluster "must" have it is an exam expectation, not an AWS rule; and it does not protect against losing the Availability Zone.',
      ko: '프라이머리 노드 세 대(인스턴스 그룹은 EMR 5.23.0+, 인스턴스 플릿은 R-VAL-08의 릴리스)는 프라이머리가 단일 장애점(single point of failure)이 되지 않게 해 줍니다. AWS 문서에 있는 기능입니다. 하지만 24×7 클러스터라면 이 구성이 "반드시" 있어야 한다는 것은 AWS 규칙이 아니라 시험이 기대하는 답입니다. 또 이 구성도 가용 영역(AZ)을 잃는 장애는 막아 주지 못합니다.',
    },
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/primary'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return hitIf(
        isPersistent(ctx) && ctx.ec2.cluster.instances.primary.count === 1,
        () => ({
          en: `a ${profileName(ctx.workload.profile).en} cluster with one primary node: consider three primaries (On-Demand) to remove the single point of failure`,
          ko: `프라이머리 노드가 하나인 ${profileName(ctx.workload.profile).ko} 클러스터입니다. 단일 장애점을 없애려면 프라이머리 세 대(On-Demand)를 고려하세요`,
        }),
        'instances.primary.count',
      );
    },
  },
  {
    id: 'R-HA-02',
    group: 'availability-storage',
    title: {
      en: 'Three primaries with fewer than four core nodes and replication 1',
      ko: '코어 노드가 4대 미만이고 복제 계수가 1인 프라이머리 3대 클러스터',
    },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'For multi-primary clusters AWS recommends at least four core nodes; with three or fewer, set dfs.replication to at least 2 so HDFS survives the loss of a core node.',
      ko: 'AWS는 다중 프라이머리(multi-primary) 클러스터에 코어 노드를 4대 이상 두라고 권합니다. 3대 이하라면 코어 노드 하나를 잃어도 HDFS가 살아남도록 dfs.replication을 2 이상으로 설정하세요.',
    },
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/core', 'storage/hdfs'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hdfs = ctx.ec2.figures.hdfs;
      return hitIf(
        ctx.ec2.cluster.instances.primary.count === 3 && hdfs.coreNodes.low < 4 && hdfs.replication < 2,
        () => ({
          en: `three primaries with ${hdfs.coreNodes.low} core node(s) and dfs.replication ${hdfs.replication}; use 4+ core nodes or set hdfsReplication to 2`,
          ko: `프라이머리 3대에 코어 노드 ${hdfs.coreNodes.low}대, dfs.replication ${hdfs.replication}입니다. 코어 노드를 4대 이상 두거나 hdfsReplication을 2로 설정하세요`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-HA-03',
    group: 'availability-storage',
    title: { en: 'Availability Zone failure tolerance from one EMR cluster', ko: 'EMR 클러스터 하나로 가용 영역(AZ) 장애 견디기' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'Every EMR on EC2 cluster, multi-primary or not, runs in a single Availability Zone. Surviving an AZ failure needs a second cluster in another AZ with the data in S3.',
      ko: 'EMR on EC2 클러스터는 다중 프라이머리이든 아니든 모두 가용 영역(AZ) 하나에서 실행됩니다. AZ 장애를 견디려면 데이터를 S3에 두고 다른 AZ에 두 번째 클러스터를 두어야 합니다.',
    },
    sources: ['S8', 'S5'],
    tags: ['cluster/multi-primary', 'storage/s3-emrfs'],
    platforms: EC2,
    check(ctx) {
      return hitIf(
        ctx.ec2 !== null && ctx.has('az-failure-tolerance'),
        () => ({
          en: 'the workload must survive an Availability Zone failure, but one EMR cluster lives in one AZ (even with three primaries)',
          ko: '워크로드가 가용 영역 장애를 견뎌야 하지만, EMR 클러스터 하나는 AZ 하나에만 있습니다(프라이머리가 세 대여도 마찬가지입니다)',
        }),
        'instances',
      );
    },
  },
  {
    id: 'R-HA-04',
    group: 'availability-storage',
    title: {
      en: 'Multi-primary cluster with Hive, Hue or Oozie and no external metastore',
      ko: '외부 메타스토어 없이 Hive·Hue·Oozie를 쓰는 다중 프라이머리 클러스터',
    },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'With three primary nodes, Hive, Hue and Oozie need an external metastore or database (AWS Glue Data Catalog or Amazon RDS); their local databases are not replicated across primaries.',
      ko: '프라이머리 노드가 세 대이면 Hive, Hue, Oozie에는 외부 메타스토어나 데이터베이스(AWS Glue Data Catalog 또는 Amazon RDS)가 필요합니다. 이들의 로컬 데이터베이스는 프라이머리 사이에 복제되지 않기 때문입니다.',
    },
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'framework/apache-hive', 'service/glue'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const c = ctx.ec2.cluster;
      const apps = c.applications.filter((a) => a === 'Hive' || a === 'Hue' || a === 'Oozie');
      return hitIf(
        c.instances.primary.count === 3 && apps.length > 0 && !c.externalMetastore,
        () => ({
          en: `three primaries run ${apps.join(', ')} without an external metastore/database; configure the Glue Data Catalog or RDS`,
          ko: `프라이머리 3대가 외부 메타스토어/데이터베이스 없이 ${apps.join(', ')}를 실행합니다. Glue Data Catalog나 RDS를 설정하세요`,
        }),
        'externalMetastore',
      );
    },
  },
  {
    id: 'R-HDFS-01',
    group: 'availability-storage',
    title: { en: 'Default HDFS replication in effect', ko: '적용 중인 HDFS 기본 복제 계수' },
    severity: 'info',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR sets dfs.replication from the number of core nodes: 1 with fewer than 4, 2 with 4 to 9, 3 with 10 or more.',
      ko: 'EMR은 코어 노드 수에 따라 dfs.replication을 정합니다. 4대 미만이면 1, 4~9대면 2, 10대 이상이면 3입니다.',
    },
    sources: ['S9'],
    tags: ['storage/hdfs', 'node/core'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const h = ctx.ec2.figures.hdfs;
      return hitIf(
        h.replicationSource === 'default',
        () => ({
          en: `dfs.replication defaults to ${h.defaultReplication} for ${h.coreNodes.low === h.coreNodes.high ? h.coreNodes.low : `${h.coreNodes.low}–${h.coreNodes.high}`} core node(s)`,
          ko: `코어 노드 ${h.coreNodes.low === h.coreNodes.high ? h.coreNodes.low : `${h.coreNodes.low}–${h.coreNodes.high}`}대에서 dfs.replication 기본값은 ${h.defaultReplication}입니다`,
        }),
        'hdfsReplication',
      );
    },
  },
  {
    id: 'R-HDFS-02',
    group: 'availability-storage',
    title: {
      en: 'Fewer than four core nodes with replication 1 for data that must survive',
      ko: '잃으면 안 되는 데이터에 코어 노드 4대 미만과 복제 계수 1',
    },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'Below four core nodes the default dfs.replication is 1: each HDFS block lives on one node, so losing one core node loses data. AWS recommends at least four core nodes for production HDFS.',
      ko: '코어 노드가 4대 미만이면 dfs.replication 기본값은 1입니다. HDFS 블록마다 한 노드에만 있으므로 코어 노드 하나를 잃으면 데이터를 잃습니다. AWS는 프로덕션 HDFS에 코어 노드를 4대 이상 두라고 권합니다.',
    },
    sources: ['S9'],
    tags: ['storage/hdfs', 'node/core', 'constraint/data-durability'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const h = ctx.ec2.figures.hdfs;
      const matters =
        ctx.has('hdfs-critical') || ctx.workload.profile === 'data-critical' || ctx.ec2.cluster.persistentDataStore === 'hdfs';
      return hitIf(
        matters && h.coreNodes.low < 4 && h.replication < 2,
        () => ({
          en: `${h.coreNodes.low} core node(s) with dfs.replication ${h.replication} while HDFS data must survive a node loss; use 4+ core nodes or replication 2+`,
          ko: `HDFS 데이터가 노드 하나를 잃어도 남아야 하는데 코어 노드 ${h.coreNodes.low}대에 dfs.replication이 ${h.replication}입니다. 코어 노드를 4대 이상 두거나 복제 계수를 2 이상으로 하세요`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-HDFS-03',
    group: 'availability-storage',
    title: { en: 'Scaling or resizing with dfs.replication below 2', ko: 'dfs.replication이 2 미만인 채로 하는 스케일링·크기 조정' },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR does not scale core nodes below dfs.replication, and removing a core node that holds the only copy of blocks loses them; with managed or automatic scaling set dfs.replication to 2 or more.',
      ko: 'EMR은 코어 노드를 dfs.replication 값보다 적게 줄이지 않습니다. 또 블록의 유일한 사본을 가진 코어 노드를 없애면 그 블록을 잃습니다. 관리형 스케일링(managed scaling)이나 자동 스케일링(automatic scaling)을 쓴다면 dfs.replication을 2 이상으로 설정하세요.',
    },
    sources: ['S9'],
    tags: ['storage/hdfs', 'cluster/managed-scaling'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const c = ctx.ec2.cluster;
      const scales = c.managedScaling !== undefined || c.automaticScaling;
      const r = ctx.ec2.figures.hdfs.replication;
      return hitIf(
        scales && r < 2,
        () => ({
          en: `the cluster scales while dfs.replication is ${r}; set hdfsReplication to 2 or more`,
          ko: `dfs.replication이 ${r}인데 클러스터가 스케일링됩니다. hdfsReplication을 2 이상으로 설정하세요`,
        }),
        'hdfsReplication',
      );
    },
  },
  {
    id: 'R-HDFS-04',
    group: 'availability-storage',
    title: { en: 'HDFS data larger than HDFS capacity', ko: 'HDFS 용량보다 큰 HDFS 데이터' },
    severity: 'error',
    provenance: 'derived',
    rationale: {
      en: 'HDFS capacity = local storage of all core nodes ÷ replication factor (AWS’s example: 10 × 800 GB ÷ 3 ≈ 2,666 GB). Data beyond that does not fit.',
      ko: 'HDFS 용량 = 모든 코어 노드의 로컬 스토리지 ÷ 복제 계수(replication factor)입니다(AWS의 예: 10 × 800 GB ÷ 3 ≈ 2,666 GB). 이를 넘는 데이터는 담을 수 없습니다.',
    },
    sources: ['S2', 'S9'],
    tags: ['storage/hdfs', 'node/core'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2 || ctx.workload.hdfsDataGB === undefined) return [];
      const cap = ctx.ec2.figures.hdfs.capacityGB;
      const need = ctx.workload.hdfsDataGB;
      if (cap === null) return [];
      return hitIf(
        need > cap.low,
        () => ({
          en: `the workload keeps ${fmt(need)} GB in HDFS but the core nodes hold ${fmt(cap.low)} GB after replication ${ctx.ec2?.figures.hdfs.replication}`,
          ko: `워크로드는 HDFS에 ${fmt(need)} GB를 두지만, 코어 노드는 복제 계수 ${ctx.ec2?.figures.hdfs.replication} 적용 후 ${fmt(cap.low)} GB만 담습니다`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-STO-01',
    group: 'availability-storage',
    title: { en: 'Source-of-truth data only in HDFS', ko: 'HDFS에만 있는 원본 데이터' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'HDFS is ephemeral: it disappears when the cluster terminates. Persistent data belongs in Amazon S3 (through the S3A connector from EMR 7.10.0, EMRFS before). An error for transient clusters (the data is lost at the end of every run), a warning for long-running ones.',
      ko: 'HDFS는 임시 저장소라서 클러스터가 종료되면 사라집니다. 영구 데이터는 Amazon S3에 두어야 합니다(EMR 7.10.0부터는 S3A 커넥터, 그 전에는 EMRFS를 거칩니다). 임시 클러스터에서는 오류(실행이 끝날 때마다 데이터를 잃음)이고, 장기 실행 클러스터에서는 경고입니다.',
    },
    sources: ['S10', 'S15-rel'],
    tags: ['storage/hdfs', 'storage/s3-emrfs', 'cluster/transient'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const transient = ['transient-batch', 'cost-driven', 'test'].includes(ctx.workload.profile);
      return hitIf(
        ctx.ec2.cluster.persistentDataStore === 'hdfs',
        () => ({
          en: `persistent data lives only in HDFS, which ends with the cluster${transient ? ' — and this cluster is transient' : ''}; keep it in Amazon S3`,
          ko: `영구 데이터가 클러스터와 함께 사라지는 HDFS에만 있습니다.${transient ? ' 게다가 이 클러스터는 임시 클러스터입니다.' : ''} Amazon S3에 두세요`,
        }),
        'persistentDataStore',
        transient ? 'error' : 'warning',
      );
    },
  },
  {
    id: 'R-STO-02',
    group: 'availability-storage',
    title: { en: 'Relies on EMRFS consistent view', ko: 'EMRFS 일관된 보기(consistent view)에 의존' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'Amazon S3 is strongly read-after-write consistent, so EMRFS consistent view (the DynamoDB-backed metadata) is no longer needed.',
      ko: 'Amazon S3는 강한 read-after-write 일관성을 제공하므로, EMRFS 일관된 보기(consistent view, DynamoDB에 두는 메타데이터)는 더 이상 필요 없습니다.',
    },
    sources: ['S10'],
    tags: ['storage/s3-emrfs', 'exam/distractor'],
    platforms: EC2,
    check(ctx) {
      return hitIf(
        ctx.ec2?.cluster.emrfsConsistentView === true,
        () => ({
          en: 'EMRFS consistent view is enabled; S3 is strongly consistent, so it is no longer needed',
          ko: 'EMRFS 일관된 보기(consistent view)가 켜져 있습니다. S3는 강한 일관성을 제공하므로 더 이상 필요 없습니다',
        }),
        'emrfsConsistentView',
      );
    },
  },
];
