/** Cost and lifecycle rules (fact sheet "Sizing rules › Cost / lifecycle"). */
import { hitIf, type Rule } from '../rule.ts';
import { EC2, isPersistent, profileName } from './helpers.ts';

/** R-CST-01 … R-CST-03: auto-termination, reservations, Spot-saving claims. */
export const COST_RULES: Rule[] = [
  {
    id: 'R-CST-01',
    group: 'cost',
    title: { en: 'Transient batch cluster that does not terminate itself', ko: '스스로 종료하지 않는 임시 배치 클러스터' },
    severity: 'warning',
    provenance: 'aws-doc',
    rationale: {
      en: 'A transient cluster should end when its work ends: terminate after the last step, or set an idle auto-termination policy (EMR 5.30.0+/6.1.0+; idle timeout 1 minute to 7 days, 60 minutes by default). Otherwise you pay for an idle cluster.',
      ko: '임시(transient) 클러스터는 일이 끝나면 함께 끝나야 합니다. 마지막 스텝 후 종료하거나, 유휴 시 자동 종료(auto-termination) 정책을 설정하세요(EMR 5.30.0+/6.1.0+, 유휴 제한 시간 1분~7일, 기본 60분). 그러지 않으면 놀고 있는 클러스터에 비용을 냅니다.',
    },
    sources: ['S28'],
    tags: ['cluster/transient', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const t = ctx.ec2.cluster.autoTermination;
      return hitIf(
        ctx.workload.profile === 'transient-batch' && !t.afterLastStep && t.idleTimeoutMinutes === undefined,
        () => ({
          en: 'a transient batch cluster without step auto-termination or an idle timeout keeps running (and billing) after the job',
          ko: '스텝 후 자동 종료도 유휴 제한 시간도 없는 임시 배치 클러스터는 작업이 끝난 뒤에도 계속 돌며 요금이 나갑니다',
        }),
        'autoTermination',
      );
    },
  },
  {
    id: 'R-CST-02',
    group: 'cost',
    title: { en: 'Always-on On-Demand baseline without reservations', ko: '예약 없이 상시 켜 둔 On-Demand 기본 용량' },
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale: {
      en: 'AWS’s best-practices guide suggests Reserved Instances or Savings Plans for minimum always-on capacity such as a Spark streaming cluster’s On-Demand primary and core nodes.',
      ko: 'AWS 모범 사례 가이드는 Spark 스트리밍 클러스터의 On-Demand 프라이머리·코어 노드처럼 늘 켜 두는 최소 용량에 예약 인스턴스(Reserved Instances)나 Savings Plans를 권합니다.',
    },
    sources: ['S15-cost'],
    tags: ['instance/reserved-capacity', 'instance/on-demand', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const od = ctx.ec2.topology.all.some((s) => s.hasOnDemand);
      return hitIf(
        isPersistent(ctx) && od && !ctx.ec2.cluster.reservedCapacity,
        () => ({
          en: `a ${profileName(ctx.workload.profile).en} cluster runs On-Demand capacity around the clock; Reserved Instances or Savings Plans discount that baseline`,
          ko: `${profileName(ctx.workload.profile).ko} 클러스터는 On-Demand 용량을 하루 종일 씁니다. 예약 인스턴스나 Savings Plans로 이 기본 용량을 할인받을 수 있습니다`,
        }),
        'reservedCapacity',
      );
    },
  },
  {
    id: 'R-CST-03',
    group: 'cost',
    title: { en: 'An exact Spot saving is claimed', ko: 'Spot 절감률을 정확한 수치로 주장함' },
    severity: 'advice',
    provenance: 'folklore',
    rationale: {
      en: '“Up to 90 %” is AWS’s marketing figure for Spot savings; actual savings vary by type, Region and time. An option that promises an exact saving states folklore as fact.',
      ko: '“최대 90 %”는 Spot 절감에 대한 AWS의 홍보 수치일 뿐, 실제 절감률은 인스턴스 유형·리전·시점에 따라 달라집니다. 정확한 절감률을 약속하는 선택지는 통설을 사실처럼 말하는 것입니다.',
    },
    sources: ['S15-cost'],
    tags: ['instance/spot-instances', 'exam/distractor'],
    platforms: ['emr-ec2', 'emr-serverless', 'emr-eks', 'aws-batch'],
    check(ctx) {
      const claim = ctx.cluster.spotSavingsClaimPercent;
      return hitIf(
        claim !== undefined,
        () => ({
          en: `the option claims Spot saves ${claim}%; AWS says “up to 90%” and savings vary`,
          ko: `이 선택지는 Spot이 ${claim}% 절감한다고 주장합니다. AWS는 “최대 90%”라고 할 뿐이며 절감률은 달라집니다`,
        }),
        'spotSavingsClaimPercent',
      );
    },
  },
];
