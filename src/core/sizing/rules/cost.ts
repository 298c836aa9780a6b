/** Cost and lifecycle rules (fact sheet "Sizing rules › Cost / lifecycle"). */
import { hitIf, type Rule } from '../rule.ts';
import { EC2, isPersistent } from './helpers.ts';

/** R-CST-01 … R-CST-03: auto-termination, reservations, Spot-saving claims. */
export const COST_RULES: Rule[] = [
  {
    id: 'R-CST-01',
    group: 'cost',
    title: 'Transient batch cluster that does not terminate itself',
    severity: 'warning',
    provenance: 'aws-doc',
    rationale:
      'A transient cluster should end when its work ends: terminate after the last step, or set an idle auto-termination policy (EMR 5.30.0+/6.1.0+; idle timeout 1 minute to 7 days, 60 minutes by default). Otherwise you pay for an idle cluster.',
    sources: ['S28'],
    tags: ['cluster/transient', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const t = ctx.ec2.cluster.autoTermination;
      return hitIf(
        ctx.workload.profile === 'transient-batch' && !t.afterLastStep && t.idleTimeoutMinutes === undefined,
        () => 'a transient batch cluster without step auto-termination or an idle timeout keeps running (and billing) after the job',
        'autoTermination',
      );
    },
  },
  {
    id: 'R-CST-02',
    group: 'cost',
    title: 'Always-on On-Demand baseline without reservations',
    severity: 'advice',
    provenance: 'aws-best-practice',
    rationale:
      'AWS’s best-practices guide suggests Reserved Instances or Savings Plans for minimum always-on capacity such as a Spark streaming cluster’s On-Demand primary and core nodes.',
    sources: ['S15-cost'],
    tags: ['instance/reserved-capacity', 'instance/on-demand', 'architecture/cost-optimization'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const od = ctx.ec2.topology.all.some((s) => s.hasOnDemand);
      return hitIf(
        isPersistent(ctx) && od && !ctx.ec2.cluster.reservedCapacity,
        () =>
          `a ${ctx.workload.profile} cluster runs On-Demand capacity around the clock; Reserved Instances or Savings Plans discount that baseline`,
        'reservedCapacity',
      );
    },
  },
  {
    id: 'R-CST-03',
    group: 'cost',
    title: 'An exact Spot saving is claimed',
    severity: 'advice',
    provenance: 'folklore',
    rationale:
      '“Up to 90 %” is AWS’s marketing figure for Spot savings; actual savings vary by type, Region and time. An option that promises an exact saving states folklore as fact.',
    sources: ['S15-cost'],
    tags: ['instance/spot-instances', 'exam/distractor'],
    platforms: ['emr-ec2', 'emr-serverless', 'emr-eks', 'aws-batch'],
    check(ctx) {
      const claim = ctx.cluster.spotSavingsClaimPercent;
      return hitIf(
        claim !== undefined,
        () => `the option claims Spot saves ${claim}%; AWS says “up to 90%” and savings vary`,
        'spotSavingsClaimPercent',
      );
    },
  },
];
