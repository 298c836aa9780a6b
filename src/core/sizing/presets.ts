/**
 * Workload presets for the calculator: one per workload profile, with labels, a description, the
 * workload and a starting configuration that follows the AWS guidance for that profile (the
 * purchasing table of [S2], node labels for Spot task nodes [S31], auto-termination for transient
 * clusters [S28], three On-Demand primaries for data-critical clusters [S8]). Every preset
 * configuration is valid for its workload (checked in the unit tests).
 */
import type { Bilingual } from './bilingual.ts';
import type { ClusterInput, WorkloadInput, WorkloadProfile, WorkloadTrait } from './model.ts';

/** A bilingual label (Korean and English), as in the tag registry. */
export type Label = Bilingual;

/** A calculator preset. */
export interface WorkloadPreset {
  id: WorkloadProfile;
  label: Label;
  /** What the preset's workload is, in both languages. */
  description: Bilingual;
  workload: WorkloadInput;
  cluster: ClusterInput;
}

/** Labels of the workload traits, for forms. */
export const TRAIT_LABELS: Record<WorkloadTrait, Label> = {
  'memory-bound': { ko: '메모리 집약', en: 'Memory-bound' },
  'compute-bound': { ko: '연산 집약', en: 'Compute-bound' },
  'shuffle-heavy': { ko: '셔플 많음', en: 'Shuffle-heavy' },
  skewed: { ko: '데이터 skew', en: 'Skewed data' },
  'hdfs-critical': { ko: 'HDFS 데이터 중요', en: 'HDFS holds data that matters' },
  'hdfs-io-heavy': { ko: 'HDFS·셔플 I/O 많음', en: 'HDFS/shuffle I/O-heavy' },
  'latency-sensitive': { ko: '지연 민감', en: 'Latency-sensitive' },
  'multi-tenant': { ko: '여러 팀 공유', en: 'Multi-tenant' },
  'cost-sensitive': { ko: '비용 최적화', en: 'Cost-sensitive' },
  'availability-first': { ko: '가용성 우선', en: 'Availability first' },
  'az-failure-tolerance': { ko: 'AZ 장애 대비', en: 'Must survive an AZ failure' },
  'needs-node-access': { ko: 'HDFS·HBase·노드 접근 필요', en: 'Needs HDFS, HBase or node access' },
  'existing-eks': { ko: '기존 EKS 사용', en: 'Already runs EKS' },
};

const primary = (instanceType: string, count = 1, market: 'on-demand' | 'spot' = 'on-demand') => ({ instanceType, count, market });

/** The presets, one per profile, in the order a form lists them. */
export const WORKLOAD_PRESETS: readonly WorkloadPreset[] = [
  {
    id: 'interactive',
    label: { ko: '대화형·노트북', en: 'Interactive / notebooks' },
    description: {
      en: 'Analysts run many small Spark jobs from notebooks through Livy (EMR Studio); horizontal sizing, sessions in cluster mode.',
      ko: '분석가들이 노트북에서 Livy(EMR Studio)를 거쳐 작은 Spark 작업을 많이 실행합니다. 노드 수를 늘리는 수평 확장, 세션은 클러스터 모드(cluster mode).',
    },
    workload: { profile: 'interactive', traits: ['latency-sensitive'], concurrentApplications: 5 },
    cluster: {
      platform: 'emr-ec2',
      name: 'interactive-notebooks',
      applications: ['Hadoop', 'Spark', 'Livy', 'JupyterEnterpriseGateway'],
      instances: {
        mode: 'instance-groups',
        primary: primary('m5.2xlarge'),
        core: { instanceType: 'm5.xlarge', count: 4, market: 'on-demand', ebsGiBPerInstance: 64 },
        task: [{ instanceType: 'm5.xlarge', count: 8, market: 'spot' }],
      },
      applicationMasterNodes: 'core',
      spark: { submitter: 'livy', deployMode: 'cluster' },
      autoTermination: { idleTimeoutMinutes: 120 },
    },
  },
  {
    id: 'streaming-24x7',
    label: { ko: '24×7 스트리밍', en: '24×7 streaming' },
    description: {
      en: 'A Spark Structured Streaming job that runs around the clock: On-Demand primary and core, Spot task nodes, application masters pinned to core nodes.',
      ko: '하루 종일 쉬지 않고 도는 Spark Structured Streaming 작업: 프라이머리·코어 노드는 온디맨드(On-Demand), 태스크 노드는 스팟(Spot), 애플리케이션 마스터는 코어 노드에 고정.',
    },
    workload: { profile: 'streaming-24x7', traits: ['cost-sensitive'] },
    cluster: {
      platform: 'emr-ec2',
      name: 'streaming-24x7',
      instances: {
        mode: 'instance-groups',
        primary: primary('m5.xlarge'),
        core: { instanceType: 'm5.2xlarge', count: 4, market: 'on-demand', ebsGiBPerInstance: 128 },
        task: [{ instanceType: 'm5.2xlarge', count: 4, market: 'spot' }],
      },
      applicationMasterNodes: 'core',
      spark: { submitter: 'step', deployMode: 'cluster' },
      reservedCapacity: true,
    },
  },
  {
    id: 'long-running',
    label: { ko: '장기 실행·데이터 웨어하우스', en: 'Long-running / data warehouse' },
    description: {
      en: 'A persistent Hive/Spark cluster: On-Demand primary and core, a diversified Spot task fleet, Glue Data Catalog as metastore.',
      ko: '계속 켜 두는 Hive/Spark 클러스터: 프라이머리·코어 노드는 온디맨드(On-Demand), 태스크는 여러 유형으로 분산한 스팟(Spot) 플릿, 메타스토어는 Glue 데이터 카탈로그.',
    },
    workload: { profile: 'long-running', concurrentApplications: 4 },
    cluster: {
      platform: 'emr-ec2',
      name: 'warehouse',
      applications: ['Hadoop', 'Spark', 'Hive'],
      instances: {
        mode: 'instance-fleets',
        primary: primary('m5.xlarge'),
        core: {
          instanceTypes: [{ instanceType: 'r5.2xlarge', ebsGiBPerInstance: 256 }, { instanceType: 'r5d.2xlarge' }],
          targetOnDemandCapacity: 32,
        },
        task: {
          instanceTypes: [
            'm5.2xlarge',
            'm5d.2xlarge',
            'm6g.2xlarge',
            'r5.2xlarge',
            'r5d.2xlarge',
            'r6g.2xlarge',
            'm5.4xlarge',
            'm5d.4xlarge',
            'r5.4xlarge',
            'r6g.4xlarge',
          ].map((instanceType) => ({ instanceType })),
          targetSpotCapacity: 64,
          spotAllocationStrategy: 'price-capacity-optimized',
        },
      },
      applicationMasterNodes: 'core',
      spark: { submitter: 'step', deployMode: 'cluster' },
      externalMetastore: true,
      reservedCapacity: true,
    },
  },
  {
    id: 'data-critical',
    label: { ko: '데이터 중요', en: 'Data-critical' },
    description: {
      en: 'HDFS holds data that must not be lost: three On-Demand primaries, On-Demand core nodes with replication, Spot only on task nodes.',
      ko: 'HDFS에 잃으면 안 되는 데이터가 있습니다: 온디맨드(On-Demand) 프라이머리 노드 3개, 복제하는 온디맨드 코어 노드, 스팟(Spot)은 태스크 노드에만.',
    },
    workload: { profile: 'data-critical', traits: ['hdfs-critical'] },
    cluster: {
      platform: 'emr-ec2',
      name: 'data-critical',
      applications: ['Hadoop', 'Spark', 'Hive'],
      instances: {
        mode: 'instance-groups',
        primary: primary('m5.xlarge', 3),
        core: { instanceType: 'r5d.2xlarge', count: 6, market: 'on-demand' },
        task: [{ instanceType: 'r5.2xlarge', count: 4, market: 'spot' }],
      },
      applicationMasterNodes: 'core',
      spark: { submitter: 'step', deployMode: 'cluster' },
      externalMetastore: true,
      reservedCapacity: true,
    },
  },
  {
    id: 'transient-batch',
    label: { ko: '임시 배치', en: 'Transient batch' },
    description: {
      en: 'A cluster that starts, runs its steps against S3 and terminates after the last step.',
      ko: '시작해서 S3의 데이터로 스텝(step)을 실행하고, 마지막 스텝이 끝나면 스스로 종료하는 클러스터.',
    },
    workload: { profile: 'transient-batch' },
    cluster: {
      platform: 'emr-ec2',
      name: 'nightly-batch',
      instances: {
        mode: 'instance-groups',
        primary: primary('m5.xlarge'),
        core: { instanceType: 'm5.2xlarge', count: 2, market: 'on-demand', ebsGiBPerInstance: 64 },
        task: [{ instanceType: 'm5.2xlarge', count: 8, market: 'spot' }],
      },
      applicationMasterNodes: 'core',
      spark: { submitter: 'step', deployMode: 'cluster' },
      autoTermination: { afterLastStep: true },
    },
  },
  {
    id: 'cost-driven',
    label: { ko: '비용 우선', en: 'Cost-driven' },
    description: {
      en: 'Transient work where losing the cluster is acceptable: all Spot, results persisted to S3, terminates after the last step.',
      ko: '클러스터를 잃어도 괜찮은 일시적인 작업: 모든 노드가 스팟(Spot), 결과는 S3에 저장, 마지막 스텝이 끝나면 종료.',
    },
    workload: { profile: 'cost-driven' },
    cluster: {
      platform: 'emr-ec2',
      name: 'cost-driven',
      instances: {
        mode: 'instance-groups',
        primary: primary('m5.xlarge', 1, 'spot'),
        core: { instanceType: 'm5.2xlarge', count: 2, market: 'spot', ebsGiBPerInstance: 64 },
        task: [{ instanceType: 'm5.2xlarge', count: 8, market: 'spot' }],
      },
      applicationMasterNodes: 'core',
      spark: { submitter: 'step', deployMode: 'cluster' },
      autoTermination: { afterLastStep: true },
    },
  },
  {
    id: 'test',
    label: { ko: '애플리케이션 테스트', en: 'Application testing' },
    description: {
      en: 'A small all-Spot cluster for testing applications; it may end at any moment.',
      ko: '애플리케이션을 시험하는 작은 클러스터로 모든 노드가 스팟(Spot)입니다. 언제든 끝날 수 있습니다.',
    },
    workload: { profile: 'test' },
    cluster: {
      platform: 'emr-ec2',
      name: 'app-test',
      instances: {
        mode: 'instance-groups',
        primary: primary('m5.xlarge', 1, 'spot'),
        core: { instanceType: 'm5.xlarge', count: 2, market: 'spot', ebsGiBPerInstance: 32 },
        task: [],
      },
      autoTermination: { idleTimeoutMinutes: 60 },
    },
  },
];

/** The preset of a profile. */
export function presetFor(profile: WorkloadProfile): WorkloadPreset {
  return WORKLOAD_PRESETS.find((p) => p.id === profile) as WorkloadPreset;
}
