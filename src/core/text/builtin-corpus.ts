/**
 * A small Korean/English sample written for emr-prep (our own words, not taken from any note),
 * used as the weak prior of the mojibake repairer when the caller has no other text: it teaches
 * the character model the most common Korean syllables, particles and verb endings of technical
 * notes, the section headings of the content format (see `../shared/DESIGN.md`, "Content
 * format") and the arrows and emoji notes use. It states nothing the knowledge base relies on;
 * the EMR statements in it paraphrase emr-facts.md [S1] (node types,
 * https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html),
 * [S2] (purchasing options per node type,
 * https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html) and
 * [S24] (two-minute Spot interruption notice,
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html).
 */
export const BUILTIN_SAMPLE_TEXT = `---
title: emr-node-types-overview
tags:
- service/emr
---

# EMR 노드 유형과 구매 옵션 정리

## 🎯 핵심 포인트

EMR 클러스터는 프라이머리 노드, 코어 노드, 태스크 노드로 구성되며, 데이터를 잃으면 안 되는 노드는 온디맨드로, 언제 사라져도 되는 노드는 스팟으로 두는 것이 기본입니다.

## 📝 설명

### 노드별 역할

프라이머리 노드는 클러스터 전체를 관리하고 작업 상태를 추적합니다. YARN 리소스 매니저와 HDFS 네임노드가 이 노드에서 실행되며, 사용자는 보통 이 노드에 SSH로 접속합니다. 프라이머리 노드가 하나뿐이라면 그 노드는 단일 장애점이 됩니다. 고가용성이 필요하면 프라이머리 노드를 세 개로 구성할 수 있습니다.

코어 노드는 HDFS 데이터를 저장하고 동시에 연산 작업도 수행합니다. 그래서 코어 노드가 갑자기 종료되면 데이터 손실이 발생할 수 있고, 복구에도 시간이 걸립니다. 태스크 노드는 연산만 담당하고 HDFS 데이터를 저장하지 않으므로, 중단되더라도 데이터가 사라지지 않습니다.

### 구매 옵션 선택

스팟 인스턴스는 온디맨드보다 훨씬 저렴하지만 회수될 수 있습니다. 회수되기 2분 전에 중단 알림이 전달되며, 이 알림을 받은 뒤에는 작업을 안전하게 정리해야 합니다. 따라서 데이터가 중요한 워크로드라면 프라이머리와 코어는 온디맨드로, 태스크는 스팟으로 구성하는 방식이 가장 일반적입니다. 비용이 가장 중요하고 작업을 다시 실행해도 괜찮은 경우에는 모든 노드를 스팟으로 구성하기도 합니다.

### 아키텍처 흐름

\`\`\`
사용자 요청 → 프라이머리 노드 → 작업 분배
                 ↓
코어 노드 ← → HDFS 저장소
태스크 노드 → 추가 연산
                 ↓
결과 저장 → Amazon S3
\`\`\`

### 고려사항

- 인스턴스 수가 증가하면 처리량은 늘지만 관리 부담과 네트워크 비용도 함께 증가합니다.
- 작은 인스턴스를 많이 쓰면 각 작업이 독립적인 자원을 갖게 되어 응답 시간이 짧아집니다.
- 큰 인스턴스를 적게 쓰면 노드 간 통신이 감소하지만 장애가 났을 때 영향이 커집니다.
- 메모리 집약적인 작업에는 R 계열, 연산 집약적인 작업에는 C 계열, 범용 작업에는 M 계열이 적합합니다.
- 스트리밍 처리처럼 계속 실행되는 작업은 안정성을, 배치 처리는 비용 효율을 먼저 봅니다.

## 🔍 주요개념

- **프라이머리 노드**: 클러스터를 관리하고 작업을 조정하는 노드
- **코어 노드**: HDFS 데이터를 저장하며 작업도 실행하는 노드
- **태스크 노드**: 데이터를 저장하지 않고 연산만 하는 노드
- **인스턴스 그룹과 인스턴스 플릿**: 노드 유형별로 인스턴스를 묶어 관리하는 두 가지 방식
- **드라이버와 실행기**: 스파크 애플리케이션을 조정하는 프로세스와 실제로 태스크를 처리하는 프로세스
- **배포 모드**: 클라이언트 모드에서는 드라이버가 프라이머리 노드에서, 클러스터 모드에서는 클러스터 안에서 실행됩니다.

## 📝 관련 문제

**Question:** A company runs a nightly batch job on Amazon EMR. Losing HDFS data is not acceptable, but the job should cost as little as possible. Which configuration meets these requirements?

**Options:**

- A) All nodes On-Demand
- B) Primary and core nodes On-Demand, task nodes Spot
- C) All nodes Spot
- D) Primary node Spot, core and task nodes On-Demand

**정답: B) 프라이머리와 코어는 온디맨드, 태스크는 스팟**

💡 추가 설명:

- **A) 모두 온디맨드** - 안정적이지만 비용 절감 효과가 없습니다.
- **B) 혼합 구성** - 데이터를 저장하는 노드는 보호하고, 연산만 하는 노드에서 비용을 줄입니다. ✅
- **C) 모두 스팟** - 코어 노드가 회수되면 HDFS 데이터를 잃을 수 있습니다. ❌
- **D) 프라이머리만 스팟** - 프라이머리 노드가 회수되면 클러스터 전체가 종료됩니다. ❌

### 실전 적용

- 모니터링 지표를 보고 실행기 메모리와 코어 수를 조정하며 성능을 튜닝합니다.
- 파이프라인의 각 단계는 독립적으로 다시 실행할 수 있도록 설계하는 것이 좋습니다.
- 데이터는 S3에 보관하고 클러스터는 필요할 때만 띄우면 유휴 비용을 줄일 수 있습니다.
- 설정을 바꾼 뒤에는 작은 데이터로 먼저 검증하고, 결과를 확인한 다음 전체 작업을 실행합니다.

## 🔍 스파크 작업 튜닝 메모

스파크 애플리케이션은 드라이버 하나와 여러 실행기로 이루어집니다. 드라이버는 작업을 단계로 나누고 각 단계의 태스크를 실행기에 보내며, 실행기는 태스크를 처리한 뒤 결과를 돌려줍니다. 실행기의 메모리가 부족하면 디스크로 데이터를 쏟아내는 일이 잦아지고 처리 속도가 크게 떨어집니다. 반대로 메모리를 너무 크게 잡으면 가비지 컬렉션 시간이 길어질 수 있으므로, 적당한 크기를 찾는 것이 중요합니다.

대화형 분석처럼 사용자와의 상호작용이 많은 환경에서는 쿼리를 보낸 뒤 결과를 빨리 받는 것이 가장 중요합니다. 이런 경우 동시에 여러 사용자가 작업을 실행하므로, 자원을 공평하게 나누고 대기 시간을 줄이는 설정이 필요합니다. 배치 작업은 정해진 시간 안에 끝나기만 하면 되므로 처리량과 비용을 기준으로 구성을 고릅니다.

관리형 스케일링을 켜면 EMR이 YARN 지표를 보고 노드 수를 자동으로 늘리거나 줄입니다. 부하가 높을 때는 노드를 추가하여 처리 능력을 확보하고, 한가할 때는 노드를 줄여 비용을 아낍니다. 다만 HDFS 데이터를 가진 코어 노드를 줄일 때는 데이터를 다른 노드로 옮기는 시간이 필요하다는 점을 기억해야 합니다.

문제를 풀 때는 먼저 요구사항을 정리합니다. 데이터 손실을 허용하는지, 비용이 우선인지, 응답 속도가 우선인지에 따라 정답이 달라집니다. 보기를 하나씩 확인하면서 요구사항을 만족하지 못하는 보기를 지워 나가면, 남은 보기 가운데 가장 알맞은 것을 고르기 쉬워집니다. 오답 보기에는 그럴듯하지만 상황에 맞지 않는 설정이 섞여 있는 경우가 많습니다.
`;
