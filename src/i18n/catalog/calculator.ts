import { englishOrdinal } from '../ordinal.ts';
import type { Catalog } from './types.ts';

/**
 * UI strings of the /calculator/ island and the compare view (src/islands/calculator), shown one
 * language at a time with `t(key, currentLang())` and re-rendered when the student switches. Rule
 * findings (title, message, rationale), answer-key checks and input errors come from the sizing core
 * in both languages (`Bilingual`, src/core/sizing/bilingual.ts); sources keep AWS's English titles.
 */
export const calculator = {
  'calc.task.remove': { ko: '태스크 그룹 {n} 삭제', en: 'Remove task group {n}' },
  'calc.status.fixInput': {
    ko: '입력을 고쳐 주세요 ({count})',
    en: ({ count }) => `Fix ${count === 1 ? 'this field' : `these ${count} fields`} to see the findings`,
  },
  'calc.status.valid': { ko: '유효한 설정', en: 'Valid configuration' },
  'calc.status.invalid': { ko: '유효하지 않은 설정: {rules}', en: 'Invalid configuration: {rules}' },
  'calc.status.validDetail': {
    ko: 'AWS 문서와 그로부터 도출한 계산에서 오류를 찾지 못했습니다.',
    en: 'AWS documentation and derived arithmetic find no error.',
  },
  'calc.status.invalidDetail': {
    ko: '문서화된 규칙(AWS 또는 Spark 문서, 도출한 계산)에 따르면 이 설정은 설명대로 동작할 수 없습니다.',
    en: 'A documented rule (AWS or Spark documentation, derived arithmetic) says this configuration cannot work as described.',
  },
  'calc.timing': { ko: '규칙 평가 {ms} ms', en: 'rules evaluated in {ms} ms' },
  'calc.link.copy': { ko: '링크 복사', en: 'Copy link' },
  'calc.link.ignored': {
    ko: '링크의 일부 설정을 쓸 수 없어 무시했습니다',
    en: 'Some settings in the link could not be used and were ignored:',
  },

  // ── findings (render.ts) ──
  'calc.severity.error': { ko: '오류', en: 'error' },
  'calc.severity.warning': { ko: '경고', en: 'warning' },
  'calc.severity.advice': { ko: '조언', en: 'advice' },
  'calc.severity.info': { ko: '정보', en: 'info' },
  'calc.provenance.aws-doc': { ko: 'AWS 문서', en: 'AWS documentation' },
  'calc.provenance.aws-best-practice': { ko: 'AWS 모범 사례 (권고)', en: 'AWS best practice (advisory)' },
  'calc.provenance.spark-doc': { ko: 'Spark 문서', en: 'Spark documentation' },
  'calc.provenance.derived': { ko: '도출한 계산', en: 'derived arithmetic' },
  'calc.provenance.folklore': { ko: '시험가의 통설 (권고)', en: 'exam folklore (advisory)' },
  'calc.finding.why': { ko: '왜: ', en: 'Why: ' },
  'calc.finding.sources': { ko: '출처: ', en: 'Sources: ' },
  'calc.finding.notes': { ko: '배우는 노트: ', en: 'Notes that teach it: ' },
  'calc.findings.title': { ko: '판정', en: 'Findings' },
  'calc.findings.none': { ko: '규칙에 걸린 것이 없습니다.', en: 'No rule has anything to say about this configuration.' },
  'calc.findings.count.error': { ko: '오류 {n}', en: ({ n }) => `${n} error${Number(n) > 1 ? 's' : ''}` },
  'calc.findings.count.warning': { ko: '경고 {n}', en: ({ n }) => `${n} warning${Number(n) > 1 ? 's' : ''}` },
  'calc.findings.count.advice': { ko: '조언 {n}', en: '{n} advice' },
  'calc.findings.count.info': { ko: '정보 {n}', en: '{n} info' },
  'calc.findings.count.none': { ko: '판정 없음', en: 'no findings' },
  // ── derived figures ──
  'calc.figures.title': { ko: '계산된 수치', en: 'Derived figures' },
  'calc.figures.eks': {
    ko: 'EMR on EKS는 여러분의 Kubernetes 노드에서 실행됩니다. 여기서 계산할 노드 수치가 없습니다.',
    en: 'EMR on EKS runs on your Kubernetes nodes: no node figures to derive here.',
  },
  'calc.figures.unknown': { ko: '알 수 없음', en: 'unknown' },
  'calc.figures.vcpu': { ko: 'vCPU', en: 'vCPU' },
  'calc.figures.hdfs': { ko: 'HDFS', en: 'HDFS' },
  'calc.figures.worker': { ko: '워커', en: 'worker' },
  'calc.figures.driver': { ko: '드라이버', en: 'driver' },
  'calc.figures.executor': { ko: '익스큐터', en: 'executor' },
  'calc.figures.memoryGiB': { ko: '메모리 GiB', en: 'memory GiB' },
  'calc.figures.diskGiB': { ko: '디스크 GiB', en: 'disk GiB' },
  'calc.figures.heapOverhead': { ko: 'Spark 힙 + 오버헤드 MiB', en: 'Spark heap + overhead MiB' },
  'calc.figures.initialCapacity': { ko: '사전 초기화 용량', en: 'Pre-initialized capacity' },
  'calc.figures.initialCapacityValue': {
    ko: '{vcpu} vCPU, {memory} GiB (유휴 시에도 과금)',
    en: '{vcpu} vCPU, {memory} GiB (billed while idle)',
  },
  'calc.figures.none': { ko: '없음', en: 'none' },
  'calc.figures.maxExecutors': { ko: '최대 용량 안의 익스큐터', en: 'Executors within maximum capacity' },
  'calc.figures.noMaximum': { ko: '최대 용량 미설정', en: 'no maximum set' },
  'calc.figures.nodeSet': { ko: '노드 집합', en: 'node set' },
  'calc.figures.types': { ko: '유형', en: 'types' },
  'calc.figures.purchasing': { ko: '구매 옵션', en: 'purchasing' },
  'calc.figures.instances': { ko: '인스턴스', en: 'instances' },
  'calc.figures.yarnMemory': { ko: 'YARN 메모리 MiB', en: 'YARN memory MiB' },
  'calc.figures.coreTask': { ko: '코어 + 태스크', en: 'core + task' },
  'calc.figures.wholeCluster': { ko: '클러스터 전체', en: 'whole cluster' },
  'calc.figures.coreNodes': { ko: '코어 노드', en: 'Core nodes' },
  'calc.figures.replicationDefault': { ko: '코어 노드 수에 따른 EMR 기본값', en: 'EMR default for this many core nodes' },
  'calc.figures.replicationSet': { ko: '설정값; EMR 기본값은 {n}', en: 'set; EMR default would be {n}' },
  'calc.figures.rawStorage': { ko: '코어 노드의 원시 스토리지', en: 'Raw storage on core nodes' },
  'calc.figures.hdfsCapacity': { ko: 'HDFS 용량 (원시 ÷ 복제 계수)', en: 'HDFS capacity (raw ÷ replication)' },
  'calc.figures.amNodes': { ko: '애플리케이션 마스터 실행 위치', en: 'Application masters run on' },
  'calc.figures.amValue': { ko: '{n} 노드 ({source})', en: '{n} nodes ({source})' },
  'calc.figures.amLabels': { ko: '노드 레이블', en: 'node labels' },
  'calc.figures.amDefault': { ko: '릴리스 기본값', en: 'release default' },
  'calc.figures.sparkTitle': { ko: 'Spark 익스큐터', en: 'Spark executors' },
  'calc.figures.method': { ko: '방식', en: 'Method' },
  'calc.figures.sizedForDerived': {
    ko: '{type} 기준 — 익스큐터당 예산이 가장 작은 워커 유형',
    en: 'sized for {type}, the worker type with the smallest per-executor budget',
  },
  'calc.figures.cores': { ko: '익스큐터당 코어', en: 'Cores per executor' },
  'calc.figures.heap': { ko: '익스큐터 메모리 (힙)', en: 'Executor memory (heap)' },
  'calc.figures.overhead': { ko: '메모리 오버헤드', en: 'Memory overhead' },
  'calc.figures.overheadValue': { ko: '{mib} MiB (계수 {factor}, 최소 384 MiB)', en: '{mib} MiB (factor {factor}, at least 384 MiB)' },
  'calc.figures.container': { ko: '익스큐터당 YARN 컨테이너', en: 'YARN container per executor' },
  'calc.figures.totalExecutors': { ko: '익스큐터 합계', en: 'Executors in total' },
  'calc.figures.incomplete': { ko: ' (YARN 데이터가 없는 유형 제외)', en: ' (types without YARN data left out)' },
  'calc.figures.totalCores': { ko: '익스큐터 코어 합계', en: 'Executor cores in total' },
  'calc.figures.driverRow': { ko: '드라이버', en: 'Driver' },
  'calc.figures.driverMemoryByEmr': { ko: '메모리는 시작 시 EMR이 정함', en: 'memory set by EMR at launch' },
  'calc.figures.driverMemory': { ko: '{mib} MiB + 오버헤드 {overhead} MiB', en: '{mib} MiB + {overhead} MiB overhead' },
  'calc.figures.driverClient': {
    ko: '{memory}, 코어 {cores}개, 프라이머리 노드에서 실행 (클라이언트 모드)',
    en: '{memory}, {cores} core(s), on the primary node (client mode)',
  },
  'calc.figures.driverCluster': {
    ko: '{memory}, 코어 {cores}개, YARN 컨테이너에서 실행 (클러스터 모드, 익스큐터 {displaced}개 자리 차지)',
    en: '{memory}, {cores} core(s), on a YARN container (cluster mode; displaces {displaced} executor(s))',
  },
  'calc.figures.node': { ko: '노드', en: 'node' },
  'calc.figures.yarnMiB': { ko: 'YARN MiB', en: 'YARN MiB' },
  'calc.figures.maxAllocation': { ko: '최대 할당 MiB', en: 'max allocation MiB' },
  'calc.figures.perNode': { ko: '노드당 익스큐터', en: 'executors per node' },
  'calc.figures.perNodeValue': { ko: '{placed} / {planned}', en: '{placed} of {planned}' },
  'calc.figures.yarnLeft': { ko: '남는 YARN MiB', en: 'YARN MiB left' },
  'calc.figures.placementNode': {
    ko: ({ role, type }) => `${role === 'task' ? '태스크' : '코어'} ${type}`,
    en: ({ role, type }) => `${role} ${type}`,
  },
  // ── exports ──
  'calc.exports.title': { ko: '내보내기', en: 'Exports' },
  'calc.exports.ec2Only': { ko: '내보내기는 EMR on EC2 설정에만 있습니다.', en: 'Exports are for EMR on EC2 configurations.' },
  'calc.copy': { ko: '복사', en: 'Copy' },
  'calc.copy.done': { ko: '복사됨', en: 'Copied' },
  'calc.copy.manual': { ko: '직접 복사하세요', en: 'Select and copy' },
  // ── compare view (compare-page.ts, compare-links.ts) ──
  'calc.compare.link': { ko: '계산기에서 선택지 비교', en: 'Compare in the calculator' },
  'calc.compare.docTitle': { ko: '선택지 비교 · {title} · emr-prep', en: 'Compare the options · {title} · emr-prep' },
  'calc.compare.emrOnly': { ko: '계산기는 EMR 플랫폼만 편집합니다.', en: 'The calculator edits EMR platforms only.' },
  'calc.compare.openPartly': {
    ko: '계산기에서 열기 (일부 설정 제외)',
    en: 'Open in the calculator (some settings are not editable there)',
  },
  'calc.compare.open': { ko: '계산기에서 열기', en: 'Open in the calculator' },
  'calc.compare.place': { ko: '{total}개 중 {place}위', en: ({ place, total }) => `${englishOrdinal(Number(place))} of ${total}` },
  'calc.compare.unranked': { ko: '순위 없음', en: 'not ranked' },
  'calc.compare.keyed': { ko: '정답', en: 'answer key' },
  'calc.compare.valid': { ko: '유효', en: 'Valid' },
  'calc.compare.invalid': { ko: '유효하지 않음: {rules}', en: 'Invalid: {rules}' },
  'calc.compare.notACluster': { ko: '클러스터 설정이 아님', en: 'Not a cluster configuration' },
  'calc.compare.first': { ko: '가장 높은 순위', en: 'Ranked first' },
  'calc.compare.question': { ko: '문제', en: 'Question' },
  'calc.compare.workload': { ko: '워크로드: {workload} · 정답 {answer}', en: 'Workload: {workload} · answer key {answer}' },
  'calc.compare.unknown': {
    ko: '"{id}" 문제가 없거나 그 문제에 시나리오가 없습니다. 아래에서 고르세요.',
    en: 'No question "{id}" with a cluster scenario here; pick one below.',
  },
  'calc.compare.indexTitle': { ko: '시나리오가 있는 문제', en: 'Questions with a cluster scenario' },
  'calc.compare.noneYet': { ko: '아직 시나리오가 있는 문제가 없습니다.', en: 'No question carries an emr-scenario block yet.' },
  'calc.compare.loadFailed': {
    ko: '시나리오를 불러오지 못했습니다 ({error}). 페이지를 새로 고치세요.',
    en: 'The scenarios could not be loaded ({error}). Reload the page.',
  },
  // the answer-key summary ({message}: AnswerKeyCheck.message) and each column's decision line
  // ({why}: RankDecision.summary, then the provenances)
  'calc.compare.agree': { ko: '규칙의 판단이 정답과 일치합니다. {message}', en: 'The rules agree with the answer key: {message}.' },
  'calc.compare.disagree': { ko: '규칙의 판단이 정답과 어긋납니다. {message}', en: 'The rules disagree with the answer key: {message}.' },
  'calc.compare.behind': {
    ko: '{ahead}({place}위)보다 낮은 순위 — {why}',
    en: ({ ahead, place, why }) => `Behind ${ahead} (${englishOrdinal(Number(place))}) — ${why}`,
  },
  'calc.compare.tied': { ko: '{ahead}와 같은 순위: 둘을 구별하는 규칙이 없습니다.', en: 'Tied with {ahead}: no rule tells them apart.' },
  'calc.compare.concurrent': { ko: '동시 애플리케이션 {n}개', en: '{n} concurrent applications' },
  // a column's configuration (describeCluster); instance types, counts and Spot/On-Demand as AWS writes them
  'calc.compare.cfg.primary': { ko: '프라이머리 노드: {nodes}', en: 'primary: {nodes}' },
  'calc.compare.cfg.core': { ko: '코어 노드: {nodes}', en: 'core: {nodes}' },
  'calc.compare.cfg.task': { ko: '태스크 노드: {nodes}', en: 'task: {nodes}' },
  'calc.compare.cfg.coreFleet': {
    ko: '코어 인스턴스 플릿: {types} (목표 용량 On-Demand {onDemand} + Spot {spot} 단위{strategy})',
    en: 'core fleet: {types} ({onDemand} On-Demand + {spot} Spot units{strategy})',
  },
  'calc.compare.cfg.taskFleet': {
    ko: '태스크 인스턴스 플릿: {types} (목표 용량 On-Demand {onDemand} + Spot {spot} 단위{strategy})',
    en: 'task fleet: {types} ({onDemand} On-Demand + {spot} Spot units{strategy})',
  },
  'calc.compare.cfg.strategy': { ko: ', 할당 전략 {strategy}', en: ', {strategy}' },
  'calc.compare.cfg.am': {
    ko: ({ nodes }) =>
      `애플리케이션 마스터: ${nodes === 'core' ? '코어 노드' : nodes === 'on-demand' ? 'On-Demand 노드' : nodes === 'any' ? '모든 노드' : `${nodes} 노드`}`,
    en: 'application masters: {nodes} nodes',
  },
  'calc.compare.cfg.deployMode': { ko: '배포 모드: {mode} (제출 방식 {submitter})', en: 'deploy mode: {mode} ({submitter})' },
  'calc.compare.cfg.serverless': {
    ko: '드라이버 {driverVcpu} vCPU / {driverMemory} GiB, 익스큐터 {executorVcpu} vCPU / {executorMemory} GiB',
    en: 'driver {driverVcpu} vCPU / {driverMemory} GiB, executor {executorVcpu} vCPU / {executorMemory} GiB',
  },
  'calc.compare.cfg.lambda': {
    ko: 'AWS Lambda, 메모리 {memory} MB, 제한 시간 {timeout}초',
    en: 'AWS Lambda, {memory} MB, timeout {timeout} s',
  },
  'calc.compare.cfg.batch': { ko: 'AWS Batch (컴퓨팅 환경 {environment})', en: 'AWS Batch ({environment})' },
} satisfies Catalog;
