/**
 * Purchasing and Spot rules (fact sheet "Sizing rules › Purchasing / Spot"): which node types may
 * be Spot for which workload, and the Spot details that cost availability.
 */
import { atLeast } from '../release.ts';
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { EC2, isPersistent, profileName } from './helpers.ts';

/** R-PUR-01 … R-PUR-10: On-Demand vs Spot per node type and Spot details. */
export const PURCHASING_RULES: Rule[] = [
  {
    id: 'R-PUR-01',
    group: 'purchasing',
    title: { en: 'Spot primary node for a cluster that must keep running', ko: '계속 실행되어야 하는 클러스터의 Spot 프라이머리 노드' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'If EC2 reclaims a Spot primary node the whole cluster ends. AWS keeps the primary On-Demand for long-running clusters, data warehouses and data-critical workloads; a 24×7 stream-processing cluster is such a cluster.',
      ko: 'EC2가 Spot 프라이머리 노드를 회수하면 클러스터 전체가 끝납니다. AWS는 장기 실행(long-running) 클러스터, 데이터 웨어하우스, 데이터가 중요한 워크로드에서 프라이머리 노드를 On-Demand로 둡니다. 24×7 스트림 처리 클러스터도 이런 클러스터에 해당합니다.',
    },
    sources: ['S2'],
    tags: ['node/primary', 'instance/spot-instances', 'instance/on-demand'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const primary = ctx.ec2.topology.primary;
      return hitIf(
        primary.hasSpot && isPersistent(ctx),
        () => ({
          en: `the primary node is Spot for a ${profileName(ctx.workload.profile).en} workload; a reclaimed primary ends the cluster — use On-Demand`,
          ko: `${profileName(ctx.workload.profile).ko} 워크로드인데 프라이머리 노드가 Spot입니다. 프라이머리 노드가 회수되면 클러스터가 끝나므로 On-Demand를 쓰세요`,
        }),
        'instances.primary.market',
      );
    },
  },
  {
    id: 'R-PUR-02',
    group: 'purchasing',
    title: {
      en: 'Spot primary node where sudden termination is acceptable',
      ko: '갑작스러운 종료를 감수할 수 있을 때의 Spot 프라이머리 노드',
    },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'AWS lists an all-Spot cluster, primary included, as acceptable for cost-driven transient work and application testing — but only where losing the whole cluster at any moment is acceptable. A Spot primary is chosen at launch and the cluster waits until the request is filled.',
      ko: 'AWS는 비용을 우선하는 임시 작업과 애플리케이션 테스트에는 프라이머리 노드까지 모두 Spot인 클러스터도 괜찮다고 봅니다. 단, 언제든 클러스터 전체를 잃어도 괜찮은 경우에만 그렇습니다. Spot 프라이머리 노드는 클러스터를 시작할 때 고르며, 요청이 채워질 때까지 클러스터는 기다립니다.',
    },
    sources: ['S2'],
    tags: ['node/primary', 'instance/spot-instances', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return hitIf(
        ctx.ec2.topology.primary.hasSpot && !isPersistent(ctx),
        () => ({
          en: `the primary node is Spot: acceptable for a ${profileName(ctx.workload.profile).en} workload only if the cluster may end at any moment (persist results to S3)`,
          ko: `프라이머리 노드가 Spot입니다. ${profileName(ctx.workload.profile).ko} 워크로드에서는 클러스터가 언제 끝나도 괜찮을 때만 허용됩니다(결과는 S3에 저장하세요)`,
        }),
        'instances.primary.market',
      );
    },
  },
  {
    id: 'R-PUR-03',
    group: 'purchasing',
    title: { en: 'Spot primary nodes in a multi-primary cluster', ko: '다중 프라이머리 클러스터의 Spot 프라이머리 노드' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'A cluster with three primary nodes supports On-Demand primaries only.',
      ko: '프라이머리 노드가 3개인 클러스터는 On-Demand 프라이머리 노드만 지원합니다.',
    },
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/primary', 'instance/spot-instances'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const p = ctx.ec2.cluster.instances.primary;
      return hitIf(
        p.count === 3 && p.market === 'spot',
        () => ({
          en: 'three primary nodes on Spot; high-availability primaries must be On-Demand',
          ko: '프라이머리 노드 3개가 Spot입니다. 고가용성 프라이머리 노드는 On-Demand여야 합니다',
        }),
        'instances.primary.market',
      );
    },
  },
  {
    id: 'R-PUR-04',
    group: 'purchasing',
    title: { en: 'Spot core nodes while HDFS holds data that matters', ko: 'HDFS에 중요한 데이터가 있는데 Spot인 코어 노드' },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'Core nodes run HDFS DataNodes; when EC2 reclaims a Spot core node its HDFS blocks go with it. AWS keeps core nodes On-Demand for long-running and data-critical clusters and puts Spot on task nodes. An error for a data-critical workload, a warning otherwise.',
      ko: '코어 노드는 HDFS DataNode를 실행합니다. EC2가 Spot 코어 노드를 회수하면 그 노드의 HDFS 블록도 함께 사라집니다. AWS는 장기 실행 클러스터와 데이터가 중요한 클러스터에서 코어 노드를 On-Demand로 두고, Spot은 태스크 노드에 씁니다. 데이터 중요 워크로드에서는 오류, 그 밖에는 경고입니다.',
    },
    sources: ['S1', 'S2', 'S7'],
    tags: ['node/core', 'instance/spot-instances', 'storage/hdfs', 'constraint/data-durability'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const spotCore = ctx.ec2.topology.core.some((s) => s.hasSpot);
      const matters = ctx.has('hdfs-critical') || isPersistent(ctx) || ctx.ec2.cluster.persistentDataStore === 'hdfs';
      return hitIf(
        spotCore && matters,
        () => ({
          en: `core capacity is Spot while HDFS holds data that matters (${profileName(ctx.workload.profile).en}); a reclaimed core node loses its HDFS blocks — keep core On-Demand and put Spot on task nodes`,
          ko: `HDFS에 중요한 데이터가 있는데 코어 용량이 Spot입니다(${profileName(ctx.workload.profile).ko}). 코어 노드가 회수되면 그 노드의 HDFS 블록을 잃으므로, 코어는 On-Demand로 두고 Spot은 태스크 노드에 쓰세요`,
        }),
        'instances.core',
        ctx.workload.profile === 'data-critical' ? 'error' : undefined,
      );
    },
  },
  {
    id: 'R-PUR-05',
    group: 'purchasing',
    title: {
      en: 'Spot core instance group: launch waits for every instance',
      ko: 'Spot 코어 인스턴스 그룹: 모든 인스턴스를 확보할 때까지 시작 대기',
    },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'With a Spot core instance group EMR waits until all requested core Spot instances are available before it launches the group; task Spot groups launch what they can and add the rest later.',
      ko: '코어 인스턴스 그룹이 Spot이면 EMR은 요청한 코어 Spot 인스턴스가 모두 확보될 때까지 기다렸다가 그룹을 시작합니다. 태스크 Spot 그룹은 확보되는 만큼 먼저 시작하고 나머지는 나중에 추가합니다.',
    },
    sources: ['S2'],
    tags: ['node/core', 'instance/spot-instances', 'cluster/instance-group'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return ctx.ec2.topology.core
        .filter((s) => s.kind === 'instance-group' && s.hasSpot)
        .map((s) => ({
          message: {
            en: `the ${s.label} is Spot: the cluster does not start until all ${s.count} core Spot instances are filled`,
            ko: `${s.labelKo}에서 Spot을 씁니다. 코어 Spot 인스턴스 ${s.count}개가 모두 채워질 때까지 클러스터가 시작되지 않습니다`,
          },
          subject: `${s.path}.market`,
        }));
    },
  },
  {
    id: 'R-PUR-06',
    group: 'purchasing',
    title: { en: 'Cost-optimised workload with On-Demand task nodes', ko: 'On-Demand 태스크 노드를 쓰는 비용 최적화 워크로드' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'Task nodes hold no HDFS data, so Spot is AWS’s recommended purchasing option for them; managed scaling also removes Spot task nodes first.',
      ko: '태스크 노드에는 HDFS 데이터가 없으므로 AWS는 태스크 노드의 구매 옵션으로 Spot을 권장합니다. 관리형 스케일링(managed scaling)도 Spot 태스크 노드부터 먼저 제거합니다.',
    },
    sources: ['S2', 'S7'],
    tags: ['node/task', 'instance/spot-instances', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const costFocus = ctx.workload.profile === 'cost-driven' || ctx.has('cost-sensitive');
      return ctx.ec2.topology.task
        .filter((s) => costFocus && s.hasOnDemand)
        .map((s) => ({
          message: {
            en: `the ${s.label} is On-Demand although cost matters; task nodes hold no HDFS data — use Spot`,
            ko: `비용이 중요한데 ${s.labelKo}에서 On-Demand를 씁니다. 태스크 노드에는 HDFS 데이터가 없으니 Spot을 쓰세요`,
          },
          subject: s.kind === 'instance-group' ? `${s.path}.market` : `${s.path}.targetOnDemandCapacity`,
        }));
    },
  },
  {
    id: 'R-PUR-07',
    group: 'purchasing',
    title: { en: 'Spot capacity from one instance type', ko: '인스턴스 유형 하나에서만 가져오는 Spot 용량' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'Spot capacity of a single instance type comes from one capacity pool and is reclaimed together. AWS documents instance fleets with an allocation strategy for faster provisioning and fewer interruptions; its best-practices guide suggests diversifying across about 10 or more types.',
      ko: '한 인스턴스 유형의 Spot 용량은 하나의 용량 풀(capacity pool)에서 나오고, 회수될 때도 함께 회수됩니다. AWS 문서는 더 빠른 프로비저닝과 더 적은 중단을 위해 할당 전략(allocation strategy)을 쓰는 인스턴스 플릿을 안내하며, AWS 모범 사례 가이드는 약 10개 이상의 유형으로 분산하라고 권합니다.',
    },
    sources: ['S5', 'S15-spot'],
    tags: ['instance/spot-instances', 'cluster/instance-fleet'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const s of [...ctx.ec2.topology.core, ...ctx.ec2.topology.task]) {
        if (!s.hasSpot) continue;
        if (s.kind === 'instance-group') {
          hits.push({
            message: {
              en: `the ${s.label} gets its Spot capacity from one type (${s.types[0]?.type.name}); a fleet with an allocation strategy and many types is interrupted less`,
              ko: `${s.labelKo}의 Spot 용량은 유형 하나(${s.types[0]?.type.name})에서만 나옵니다. 할당 전략과 여러 유형을 갖춘 플릿이 덜 중단됩니다`,
            },
            subject: `${s.path}.instanceType`,
          });
        } else if (s.types.length < 10 || !s.allocationStrategy?.spot) {
          hits.push({
            message: {
              en: `the ${s.label} draws Spot from ${s.types.length} type(s)${s.allocationStrategy?.spot ? '' : ' without a Spot allocation strategy'}; AWS’s guide suggests about 10+ types with capacity-optimized or price-capacity-optimized`,
              ko: `${s.labelKo}에서는 ${s.allocationStrategy?.spot ? '' : 'Spot 할당 전략 없이 '}${s.types.length}개 유형에서 Spot을 가져옵니다. AWS 가이드는 capacity-optimized 또는 price-capacity-optimized와 함께 약 10개 이상의 유형을 권합니다`,
            },
            subject: `${s.path}.instanceTypes`,
          });
        }
      }
      return hits;
    },
  },
  {
    id: 'R-PUR-08',
    group: 'purchasing',
    title: { en: 'Spot task nodes while application masters may run on them', ko: '애플리케이션 마스터가 실행될 수 있는 Spot 태스크 노드' },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'YARN application masters (and cluster-mode Spark drivers) run wherever YARN places them. EMR 5.19–5.x labels core nodes CORE and keeps AMs there; from EMR 6.x node labels are off by default, so an AM can land on a Spot task node and the application fails when that node is reclaimed. Enable the CORE label (yarn.node-labels.enabled, am.default-node-label-expression=CORE) or, on 7.2+, ON_DEMAND.',
      ko: 'YARN 애플리케이션 마스터(AM)와 cluster 모드의 Spark 드라이버는 YARN이 배치하는 곳이면 어디서든 실행됩니다. EMR 5.19–5.x는 코어 노드에 CORE 레이블을 붙이고 AM을 코어 노드에 둡니다. EMR 6.x부터는 노드 레이블(node label)이 기본으로 꺼져 있어 AM이 Spot 태스크 노드에 뜰 수 있고, 그 노드가 회수되면 애플리케이션이 실패합니다. CORE 레이블을 켜거나(yarn.node-labels.enabled, am.default-node-label-expression=CORE), 7.2+에서는 ON_DEMAND 레이블을 쓰세요.',
    },
    sources: ['S1', 'S31', 'S7'],
    tags: ['node/task', 'instance/spot-instances', 'spark/deploy-mode'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const am = ctx.ec2.figures.applicationMasters;
      const spotTask = ctx.ec2.topology.task.some((s) => s.hasSpot);
      return hitIf(
        spotTask && am.nodes === 'any',
        () => ({
          en: `task nodes are Spot and application masters may run on any node (${am.source === 'explicit' ? 'node labels off' : `default on ${ctx.ec2?.release.label}`}${am.note ? `; ${am.note.en}` : ''}); pin AMs to CORE (or ON_DEMAND on 7.2+) nodes`,
          ko: `태스크 노드가 Spot이고 애플리케이션 마스터(AM)가 어느 노드에서나 실행될 수 있습니다(${am.source === 'explicit' ? '노드 레이블 꺼짐' : `${ctx.ec2?.release.label}의 기본값`}${am.note ? `; ${am.note.ko}` : ''}). AM을 CORE 노드(7.2+에서는 ON_DEMAND 노드)에 고정하세요`,
        }),
        'applicationMasterNodes',
      );
    },
  },
  {
    id: 'R-PUR-09',
    group: 'purchasing',
    title: { en: 'Spot with Spark on a release before 5.11.0', ko: '5.11.0 이전 릴리스에서 Spark와 함께 쓰는 Spot' },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR 5.11.0 added Spark’s handling of Spot decommissioning (deny-listing nodes, spark.decommissioning.timeout.threshold); AWS recommends 5.11.0 or later with Spot.',
      ko: 'EMR 5.11.0에서 Spark가 Spot 노드의 해제(decommissioning)를 처리하는 기능(노드를 거부 목록에 올림, spark.decommissioning.timeout.threshold)이 추가되었습니다. AWS는 Spot을 쓸 때 5.11.0 이상을 권장합니다.',
    },
    sources: ['S11'],
    tags: ['instance/spot-instances', 'framework/apache-spark'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const anySpot = ctx.ec2.topology.all.some((s) => s.hasSpot);
      return hitIf(
        anySpot && ctx.ec2.cluster.applications.includes('Spark') && !atLeast(ctx.ec2.release, '5.11.0'),
        () => ({
          en: `Spark runs on Spot capacity with ${ctx.ec2?.release.label}; use EMR 5.11.0 or later for Spot decommissioning support`,
          ko: `${ctx.ec2?.release.label}에서 Spark가 Spot 용량으로 실행됩니다. Spot 해제(decommissioning) 지원을 받으려면 EMR 5.11.0 이상을 쓰세요`,
        }),
        'releaseLabel',
      );
    },
  },
  {
    id: 'R-PUR-10',
    group: 'purchasing',
    title: { en: 'Explicit maximum Spot price', ko: '직접 지정한 Spot 최대 가격' },
    severity: 'advice',
    provenance: 'aws-doc',
    rationale: {
      en: 'You pay the current Spot price, not your maximum price. Leaving the maximum unset uses the On-Demand price; setting a lower maximum only makes interruptions more frequent. ("Bidding" is the old Spot model.)',
      ko: '요금은 지정한 최대 가격이 아니라 현재 Spot 가격으로 냅니다. 최대 가격을 지정하지 않으면 On-Demand 가격이 쓰이고, 최대 가격을 낮게 잡으면 중단만 잦아집니다. ("입찰(bidding)"은 예전 Spot 모델입니다.)',
    },
    sources: ['S24', 'S3', 'S6'],
    tags: ['instance/spot-instances', 'exam/distractor'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const s of ctx.ec2.topology.all) {
        if (s.kind === 'instance-group' && s.hasSpot && s.maxSpotPriceUSD !== undefined) {
          hits.push({
            message: {
              en: `the ${s.label} sets a maximum Spot price of ${s.maxSpotPriceUSD} USD/h; you pay the Spot price anyway and a low maximum raises interruptions`,
              ko: `${s.labelKo}에 Spot 최대 가격이 ${s.maxSpotPriceUSD} USD/h로 지정되어 있습니다. 어차피 요금은 Spot 가격으로 나가고, 최대 가격이 낮으면 중단이 늘어납니다`,
            },
            subject: `${s.path}.maxSpotPriceUSD`,
          });
        }
        if (s.kind === 'instance-fleet' && s.hasSpot) {
          s.types.forEach((t, i) => {
            if (t.bidPercent !== undefined && t.bidPercent < 100) {
              hits.push({
                message: {
                  en: `${t.type.name} in the ${s.label} caps Spot at ${t.bidPercent}% of On-Demand; below 100% only raises interruptions`,
                  ko: `${s.labelKo}에서 ${t.type.name}의 Spot 상한을 On-Demand 가격의 ${t.bidPercent}%로 두었습니다. 100% 미만으로 두면 중단만 늘어납니다`,
                },
                subject: `${s.path}.instanceTypes.${i}.bidPriceAsPercentageOfOnDemandPrice`,
              });
            }
          });
        }
      }
      return hits;
    },
  },
];
