/**
 * Validity rules (fact sheet "Sizing rules › Validity"): instance types EMR offers, counts and
 * group/fleet limits, minimum releases. All are AWS-documented errors.
 */
import { MAX_FLEET_INSTANCE_TYPES, MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY, supportedAlternative } from '../model.ts';
import { atLeast, compareReleases, parseRelease } from '../release.ts';
import { hitIf, type Rule, type RuleHit } from '../rule.ts';
import { EC2, eachType, typeSubject } from './helpers.ts';

/** Releases that support three primaries with instance fleets, besides 6.12.0 and later ([S8]). */
const HA_FLEET_RELEASES = ['5.36.1', '5.36.2', '6.8.1', '6.9.1', '6.10.1', '6.11.1'];

/** Graviton families and their minimum releases (5.x line, 6.x line) ([S19]). */
const GRAVITON_MINIMUM: Record<string, [string, string]> = {
  m6g: ['5.31.0', '6.1.0'],
  c6g: ['5.31.0', '6.1.0'],
  r6g: ['5.31.0', '6.1.0'],
  m6gd: ['5.33.0', '6.3.0'],
  r6gd: ['5.33.0', '6.3.0'],
};

/** R-VAL-01 … R-VAL-08: instance types EMR offers, counts, group/fleet limits, minimum releases. */
export const VALIDITY_RULES: Rule[] = [
  {
    id: 'R-VAL-01',
    group: 'validity',
    title: { en: 'Instance type not offered by Amazon EMR', ko: 'Amazon EMR이 제공하지 않는 인스턴스 유형' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR launches only the instance types its ListSupportedInstanceTypes API lists for the release. Most .large sizes (m5.large, r5.large, c5.large, m6g.large …) are in no release’s list, so a cluster that asks for them cannot start; the smallest m5 on EMR is m5.xlarge.',
      ko: 'EMR은 ListSupportedInstanceTypes API가 해당 릴리스에 대해 나열하는 인스턴스 유형만 시작합니다. .large 크기 대부분(m5.large, r5.large, c5.large, m6g.large …)은 어느 릴리스의 목록에도 없으므로, 이런 유형을 요청하는 클러스터는 시작할 수 없습니다. EMR에서 가장 작은 m5는 m5.xlarge입니다.',
    },
    sources: ['S19', 'S32'],
    tags: ['instance/family-selection', 'instance/m5-series', 'exam/distractor'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      return eachType(ctx.ec2.topology.all)
        .filter(({ t }) => !t.type.emrSupported)
        .map(({ set, t, i }) => {
          const alt = supportedAlternative(t.type.name);
          const never = t.type.emrSupportedInAnyReleaseList === false ? 'in no EMR release' : 'for this release';
          const neverKo = t.type.emrSupportedInAnyReleaseList === false ? '어느 릴리스에서도' : '이 릴리스에서는';
          return {
            message: {
              en: `${set.label} uses ${t.type.name}, which Amazon EMR does not offer (${never})${alt ? `; the smallest ${t.type.family} size EMR offers is ${alt}` : ''}`,
              ko: `${set.labelKo}에서 ${t.type.name} 유형을 쓰지만, Amazon EMR은 ${neverKo} 이 유형을 제공하지 않습니다${alt ? `. EMR이 제공하는 가장 작은 ${t.type.family} 크기는 ${alt}입니다` : ''}`,
            },
            subject: typeSubject(set, i),
          };
        });
    },
  },
  {
    id: 'R-VAL-02',
    group: 'validity',
    title: { en: 'Primary node count other than 1 or 3', ko: '1대나 3대가 아닌 프라이머리 노드 수' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'An EMR cluster has one primary node, or three for high availability (EMR 5.23.0 and later). Two, four or more primaries are not possible.',
      ko: 'EMR 클러스터의 프라이머리 노드는 한 대이거나, 고가용성을 위해 세 대입니다(EMR 5.23.0 이상). 프라이머리를 두 대, 또는 네 대 이상 둘 수는 없습니다.',
    },
    sources: ['S8'],
    tags: ['node/primary', 'cluster/multi-primary'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const n = ctx.ec2.cluster.instances.primary.count;
      return hitIf(
        n !== 1 && n !== 3,
        () => ({
          en: `the primary has ${n} instances; EMR allows 1, or 3 for high availability`,
          ko: `프라이머리 인스턴스가 ${n}대입니다. EMR은 1대, 또는 고가용성을 위한 3대만 허용합니다`,
        }),
        'instances.primary.count',
      );
    },
  },
  {
    id: 'R-VAL-03',
    group: 'validity',
    title: {
      en: 'One instance group with several instance types or purchasing options',
      ko: '인스턴스 유형이나 구매 옵션을 여럿 섞은 인스턴스 그룹 하나',
    },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'A uniform instance group has exactly one instance type and one purchasing option. To mix types or On-Demand and Spot on core nodes use an instance fleet; for task capacity add more task groups (up to 48) or a task fleet.',
      ko: '균일한 인스턴스 그룹(uniform instance group)에는 인스턴스 유형 하나와 구매 옵션 하나만 있습니다. 코어 노드에서 여러 유형이나 On-Demand와 Spot을 섞으려면 인스턴스 플릿을 쓰세요. 태스크 용량은 태스크 그룹을 더 추가하거나(최대 48개) 태스크 플릿을 두면 됩니다.',
    },
    sources: ['S4', 'S1'],
    tags: ['cluster/instance-group', 'cluster/instance-fleet', 'node/core'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.cluster.instances.mode !== 'instance-groups') return [];
      const core = ctx.ec2.cluster.instances.core;
      const kinds = new Set(core.map((g) => `${g.instanceType} ${g.market}`));
      return hitIf(
        kinds.size > 1,
        () => ({
          en: `the core nodes mix ${[...kinds].join(' and ')} in instance groups; one core instance group holds one instance type and one purchasing option`,
          ko: `코어 노드의 인스턴스 그룹에 ${[...kinds].join(', ')} 조합이 섞여 있습니다. 코어 인스턴스 그룹 하나에는 인스턴스 유형 하나와 구매 옵션 하나만 둘 수 있습니다`,
        }),
        'instances.core',
      );
    },
  },
  {
    id: 'R-VAL-04',
    group: 'validity',
    title: { en: 'Instance fleet with too many instance types', ko: '인스턴스 유형이 너무 많은 인스턴스 플릿' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: `An instance fleet lists up to ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY} instance types, or up to ${MAX_FLEET_INSTANCE_TYPES} when the cluster is created through the CLI or API with an allocation strategy.`,
      ko: `인스턴스 플릿에는 인스턴스 유형을 최대 ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY}개까지 넣을 수 있고, CLI나 API로 할당 전략(allocation strategy)을 지정해 클러스터를 만들면 최대 ${MAX_FLEET_INSTANCE_TYPES}개까지 넣을 수 있습니다.`,
    },
    sources: ['S5'],
    tags: ['cluster/instance-fleet'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const hits: RuleHit[] = [];
      for (const set of ctx.ec2.topology.workers) {
        if (set.kind !== 'instance-fleet') continue;
        const n = set.types.length;
        const strategy = set.allocationStrategy?.spot ?? set.allocationStrategy?.onDemand;
        if (n > MAX_FLEET_INSTANCE_TYPES) {
          hits.push({
            message: {
              en: `the ${set.label} lists ${n} instance types; a fleet holds at most ${MAX_FLEET_INSTANCE_TYPES}`,
              ko: `${set.labelKo}에 인스턴스 유형이 ${n}개 있습니다. 플릿 하나에는 최대 ${MAX_FLEET_INSTANCE_TYPES}개까지 넣을 수 있습니다`,
            },
            subject: `${set.path}.instanceTypes`,
          });
        } else if (n > MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY && strategy === undefined) {
          hits.push({
            message: {
              en: `the ${set.label} lists ${n} instance types without an allocation strategy; without one a fleet holds at most ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY} — set a Spot/On-Demand allocation strategy or list fewer types`,
              ko: `${set.labelKo}에 할당 전략 없이 인스턴스 유형이 ${n}개 있습니다. 할당 전략이 없으면 플릿에는 최대 ${MAX_FLEET_INSTANCE_TYPES_WITHOUT_STRATEGY}개까지만 넣을 수 있습니다. Spot/On-Demand 할당 전략을 설정하거나 유형 수를 줄이세요`,
            },
            subject: `${set.path}.instanceTypes`,
          });
        }
      }
      return hits;
    },
  },
  {
    id: 'R-VAL-05',
    group: 'validity',
    title: { en: 'More than one core group, or more than 48 task groups', ko: '둘 이상의 코어 그룹, 또는 48개를 넘는 태스크 그룹' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'A cluster with uniform instance groups has one primary group, exactly one core group and at most 48 task groups (50 groups in all).',
      ko: '균일한 인스턴스 그룹으로 구성한 클러스터에는 프라이머리 그룹 하나, 코어 그룹 정확히 하나, 태스크 그룹 최대 48개가 있습니다(모두 합쳐 50개 그룹).',
    },
    sources: ['S1', 'S4'],
    tags: ['cluster/instance-group', 'node/core', 'node/task'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.cluster.instances.mode !== 'instance-groups') return [];
      const { core, task } = ctx.ec2.cluster.instances;
      return [
        ...hitIf(
          core.length > 1,
          () => ({
            en: `${core.length} core instance groups are described; a cluster has exactly one core group`,
            ko: `구성에 코어 인스턴스 그룹이 ${core.length}개 있습니다. 클러스터에는 코어 그룹이 정확히 하나만 있습니다`,
          }),
          'instances.core',
        ),
        ...hitIf(
          task.length > 48,
          () => ({
            en: `${task.length} task instance groups are described; a cluster has at most 48`,
            ko: `구성에 태스크 인스턴스 그룹이 ${task.length}개 있습니다. 클러스터에는 최대 48개까지 둘 수 있습니다`,
          }),
          'instances.task',
        ),
      ];
    },
  },
  {
    id: 'R-VAL-06',
    group: 'validity',
    title: { en: 'Graviton instance type on a release that predates it', ko: '아직 지원하지 않는 릴리스의 Graviton 인스턴스 유형' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'Graviton2 types need a recent release: m6g, c6g and r6g from EMR 5.31.0 (5.x) or 6.1.0 (6.x); m6gd and r6gd from 5.33.0 or 6.3.0. (The minimum release for m7g/r7g is not sourced, so they are not checked.)',
      ko: 'Graviton2 유형에는 최근 릴리스가 필요합니다. m6g, c6g, r6g는 EMR 5.31.0(5.x) 또는 6.1.0(6.x)부터, m6gd와 r6gd는 5.33.0 또는 6.3.0부터 쓸 수 있습니다. (m7g/r7g의 최소 릴리스는 출처가 없어 검사하지 않습니다.)',
    },
    sources: ['S19'],
    tags: ['instance/graviton'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2) return [];
      const r = ctx.ec2.release;
      return eachType(ctx.ec2.topology.all).flatMap(({ set, t, i }) => {
        const min = GRAVITON_MINIMUM[t.type.family];
        if (!min) return [];
        const needed = r.major >= 6 ? min[1] : min[0];
        const ok = r.major >= 7 || (r.major >= 5 && compareReleases(r, parseRelease(`emr-${needed}`)) >= 0);
        return hitIf(
          !ok,
          () => ({
            en: `${set.label} uses ${t.type.name}, which needs EMR ${min[0]}+ (5.x) or ${min[1]}+ (6.x); the cluster runs ${r.label}`,
            ko: `${set.labelKo}에서 쓰는 ${t.type.name} 유형에는 EMR ${min[0]}+ (5.x) 또는 ${min[1]}+ (6.x)가 필요합니다. 클러스터 릴리스는 ${r.label}입니다`,
          }),
          typeSubject(set, i),
        );
      });
    },
  },
  {
    id: 'R-VAL-07',
    group: 'validity',
    title: { en: 'Managed scaling on a release without it', ko: '관리형 스케일링이 없는 릴리스에서 설정한 관리형 스케일링' },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'EMR managed scaling is available from EMR 5.30.0 in 5.x and from 6.1.0 in 6.x: the guide excludes 6.0.0, and its list of releases per Region starts 6.x at 6.1.0, so this rule rejects every 6.0.x.',
      ko: 'EMR 관리형 스케일링(managed scaling)은 5.x에서는 EMR 5.30.0부터, 6.x에서는 6.1.0부터 쓸 수 있습니다. 가이드는 6.0.0을 제외하고, 리전별 지원 릴리스 목록도 6.x를 6.1.0부터 적으므로 이 규칙은 6.0.x를 모두 거부합니다.',
    },
    sources: ['S7'],
    tags: ['cluster/managed-scaling'],
    platforms: EC2,
    check(ctx) {
      if (!ctx.ec2?.cluster.managedScaling) return [];
      const r = ctx.ec2.release;
      const unsupported = !atLeast(r, '5.30.0') || (r.major === 6 && r.minor === 0);
      return hitIf(
        unsupported,
        () => ({
          en: `managed scaling is configured on ${r.label}; it needs EMR 5.30.0 or later (not 6.0.x)`,
          ko: `${r.label}에 관리형 스케일링이 설정되어 있습니다. 관리형 스케일링에는 EMR 5.30.0 이상이 필요합니다(6.0.x는 제외)`,
        }),
        'managedScaling',
      );
    },
  },
  {
    id: 'R-VAL-08',
    group: 'validity',
    title: {
      en: 'Three primary nodes on a release without multi-primary support',
      ko: '다중 프라이머리를 지원하지 않는 릴리스의 프라이머리 노드 3대',
    },
    severity: 'error',
    provenance: 'aws-doc',
    rationale: {
      en: 'Three primary nodes need EMR 5.23.0+ with instance groups; with instance fleets only 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1 and 6.12.0 or later.',
      ko: '프라이머리 노드 3대는 인스턴스 그룹이면 EMR 5.23.0+가 필요하고, 인스턴스 플릿이면 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1과 6.12.0 이상에서만 가능합니다.',
    },
    sources: ['S8'],
    tags: ['cluster/multi-primary', 'node/primary'],
    platforms: EC2,
    check(ctx) {
      if (ctx.ec2?.cluster.instances.primary.count !== 3) return [];
      const r = ctx.ec2.release;
      if (ctx.ec2.cluster.instances.mode === 'instance-groups') {
        return hitIf(
          !atLeast(r, '5.23.0'),
          () => ({
            en: `three primary nodes with instance groups need EMR 5.23.0 or later; the cluster runs ${r.label}`,
            ko: `인스턴스 그룹으로 프라이머리 노드 3대를 두려면 EMR 5.23.0 이상이 필요합니다. 클러스터 릴리스는 ${r.label}입니다`,
          }),
          'releaseLabel',
        );
      }
      const ok = atLeast(r, '6.12.0') || HA_FLEET_RELEASES.includes(`${r.major}.${r.minor}.${r.patch}`);
      return hitIf(
        !ok,
        () => ({
          en: `three primary nodes with instance fleets need 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1 or 6.12.0+; the cluster runs ${r.label}`,
          ko: `인스턴스 플릿으로 프라이머리 노드 3대를 두려면 5.36.1, 5.36.2, 6.8.1, 6.9.1, 6.10.1, 6.11.1 또는 6.12.0+가 필요합니다. 클러스터 릴리스는 ${r.label}입니다`,
        }),
        'releaseLabel',
      );
    },
  },
];
