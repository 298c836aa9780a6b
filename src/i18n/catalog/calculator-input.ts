import type { Catalog } from './types.ts';

/**
 * The calculator's input errors (src/islands/calculator: fields.ts, model-input.ts, url-state.ts):
 * the form fields' names, the problems of what was typed and of a link's settings, and zod's
 * built-in issues in Korean. Unlike the rest of the calculator's strings they are built in both
 * languages at once (`bilingual(key, params)`, src/islands/calculator/ui-text.ts) as a `Bilingual`,
 * without reading the page's language, and the view picks one when it shows them.
 *
 * A Korean noun followed by a subject particle holds its particle (`calcInput.link.what.*`:
 * "레이아웃이", "배포 모드가"), so a message joins it as it is. The `calcInput.zod.*` messages are
 * shown in Korean only: the calculator's English problems are the model's own English
 * (`fieldProblems`, as the CLI words them); their English here says the same for the catalog.
 */
export const calculatorInput = {
  // ── a field's name, then its problem ("Core group · count: at least 1 instance") ──
  'calcInput.problem': { ko: '{field}: {problem}', en: '{field}: {problem}' },
  'calcInput.label.part': { ko: '{role} · {leaf}', en: '{role} · {leaf}' },
  'calcInput.label.taskPart': { ko: '{role} {n} · {leaf}', en: '{role} {n} · {leaf}' },

  // instance groups, fleets and Serverless workers (the prefix of their field ids)
  'calcInput.role.primary': { ko: '프라이머리 노드', en: 'Primary group' },
  'calcInput.role.core': { ko: '코어 그룹', en: 'Core group' },
  'calcInput.role.task': { ko: '태스크 그룹', en: 'Task group' },
  'calcInput.role.core-fleet': { ko: '코어 플릿', en: 'Core fleet' },
  'calcInput.role.task-fleet': { ko: '태스크 플릿', en: 'Task fleet' },
  'calcInput.role.driver': { ko: 'Serverless 드라이버', en: 'Serverless driver' },
  'calcInput.role.executor': { ko: 'Serverless 익스큐터', en: 'Serverless executor' },

  // the fields of a group, fleet or worker (the last part of their field ids)
  'calcInput.leaf.type': { ko: '인스턴스 유형', en: 'instance type' },
  'calcInput.leaf.count': { ko: '개수', en: 'count' },
  'calcInput.leaf.market': { ko: '구매 옵션', en: 'purchasing option' },
  'calcInput.leaf.ebs': { ko: '인스턴스당 EBS GiB', en: 'EBS GiB' },
  'calcInput.leaf.types': { ko: '인스턴스 유형들', en: 'instance types' },
  'calcInput.leaf.od': { ko: 'On-Demand 용량 (단위)', en: 'On-Demand units' },
  'calcInput.leaf.spot': { ko: 'Spot 용량 (단위)', en: 'Spot units' },
  'calcInput.leaf.weighting': { ko: '단위', en: 'weighting' },
  'calcInput.leaf.spot-strategy': { ko: 'Spot 할당 전략', en: 'Spot allocation strategy' },
  'calcInput.leaf.od-strategy': { ko: 'On-Demand 할당 전략', en: 'On-Demand allocation strategy' },
  'calcInput.leaf.vcpu': { ko: 'vCPU', en: 'vCPU' },
  'calcInput.leaf.memory': { ko: '메모리 GiB', en: 'memory GiB' },
  'calcInput.leaf.disk': { ko: '디스크 GiB', en: 'disk GiB' },

  // the other fields (the Korean as the form's labels write them)
  'calcInput.field.profile': { ko: '워크로드 프로파일', en: 'Workload profile' },
  'calcInput.field.traits': { ko: '워크로드 특성', en: 'Workload traits' },
  'calcInput.field.concurrent': { ko: '동시 애플리케이션', en: 'Concurrent applications' },
  'calcInput.field.hdfs-gb': { ko: 'HDFS 데이터 GB', en: 'HDFS data GB' },
  'calcInput.field.platform': { ko: '플랫폼', en: 'Platform' },
  'calcInput.field.release': { ko: '릴리스', en: 'Release label' },
  'calcInput.field.name': { ko: '클러스터 이름', en: 'Cluster name' },
  'calcInput.field.layout': { ko: '레이아웃', en: 'Layout' },
  'calcInput.field.apps': { ko: 'EMR 애플리케이션', en: 'Applications' },
  'calcInput.field.am': { ko: '애플리케이션 마스터 위치', en: 'Application masters' },
  'calcInput.field.deploy-mode': { ko: '배포 모드', en: 'Deploy mode' },
  'calcInput.field.submitter': { ko: '제출 방식', en: 'Submitter' },
  'calcInput.field.mra': { ko: 'maximizeResourceAllocation', en: 'maximizeResourceAllocation' },
  'calcInput.field.dynamic-allocation': { ko: '동적 할당', en: 'Dynamic allocation' },
  'calcInput.field.executor-cores': { ko: '익스큐터 코어', en: 'Executor cores' },
  'calcInput.field.executor-memory': { ko: '익스큐터 메모리', en: 'Executor memory' },
  'calcInput.field.driver-memory': { ko: '드라이버 메모리', en: 'Driver memory' },
  'calcInput.field.overhead-factor': { ko: '메모리 오버헤드 비율', en: 'Memory overhead factor' },
  'calcInput.field.replication': { ko: 'HDFS 복제 계수 (dfs.replication)', en: 'dfs.replication' },
  'calcInput.field.scaling-unit': { ko: '관리형 스케일링 단위', en: 'Managed scaling unit' },
  'calcInput.field.scaling-min': { ko: '관리형 스케일링 최소', en: 'Managed scaling minimum' },
  'calcInput.field.scaling-max': { ko: '관리형 스케일링 최대', en: 'Managed scaling maximum' },
  'calcInput.field.scaling-max-od': { ko: '관리형 스케일링 최대 On-Demand', en: 'Managed scaling maximum On-Demand' },
  'calcInput.field.scaling-max-core': { ko: '관리형 스케일링 최대 코어', en: 'Managed scaling maximum core' },
  'calcInput.field.after-last-step': { ko: '마지막 스텝 후 종료', en: 'Terminate after last step' },
  'calcInput.field.idle-timeout': { ko: '유휴 시 종료(분)', en: 'Idle timeout' },
  'calcInput.field.metastore': { ko: '외부 메타스토어', en: 'External metastore' },
  'calcInput.field.reserved': { ko: '예약 인스턴스 / Savings Plans', en: 'Reserved capacity' },
  'calcInput.field.consistent-view': { ko: 'EMRFS 일관된 보기', en: 'EMRFS consistent view' },
  'calcInput.field.data': { ko: '영구 데이터', en: 'Persistent data' },
  'calcInput.field.init-drivers': { ko: '사전 초기화 드라이버', en: 'Pre-initialized drivers' },
  'calcInput.field.init-executors': { ko: '사전 초기화 익스큐터', en: 'Pre-initialized executors' },
  'calcInput.field.auto-stop': { ko: '자동 중지(분)', en: 'Auto-stop' },
  'calcInput.field.max-vcpu': { ko: '최대 vCPU', en: 'Maximum vCPU' },
  'calcInput.field.max-memory': { ko: '최대 메모리 GiB', en: 'Maximum memory GiB' },

  // ── what was typed ({value}: the text as typed) ──
  'calcInput.enterNumber': { ko: '숫자를 입력하세요', en: 'enter a number' },
  'calcInput.notNumber': { ko: '숫자가 아닙니다 (입력: "{value}")', en: '"{value}" is not a number' },
  'calcInput.notSparkSize': {
    ko: 'Spark 메모리 크기가 아닙니다 (입력: "{value}"). 10g(GiB)나 10240m(MiB)처럼 쓰세요',
    en: '"{value}" is not a Spark memory size; write e.g. 10g (GiB) or 10240m (MiB)',
  },
  'calcInput.fleetTypeOption': {
    ko: '"{type}:{option}" — 유형 뒤에는 :weight=N, :ebs=GIB, :max-price=PERCENT만 쓸 수 있습니다',
    en: '"{type}:{option}" — after a type write :weight=N, :ebs=GIB or :max-price=PERCENT',
  },
  'calcInput.scaling.clearBoth': {
    ko: '숫자를 입력하거나 관리형 스케일링의 최소와 최대를 모두 비우세요',
    en: 'enter a number, or clear both managed scaling fields',
  },
  'calcInput.maxCapacity.clearBoth': {
    ko: '숫자를 입력하거나 최대 vCPU와 최대 메모리를 모두 비우세요',
    en: 'enter a number, or clear both maximum-capacity fields',
  },

  // ── zod's built-in issues, worded from their code and parameters ──
  // {text}: the wording; {value}: the value given, quoted
  'calcInput.zod.withValue': { ko: '{text} (입력: {value})', en: '{text} (found {value})' },
  // zod's type names ({expected} of invalid_type)
  'calcInput.zod.type.number': { ko: '숫자', en: 'number' },
  'calcInput.zod.type.integer': { ko: '정수', en: 'integer' },
  'calcInput.zod.type.float': { ko: '소수', en: 'float' },
  'calcInput.zod.type.string': { ko: '문자열', en: 'string' },
  'calcInput.zod.type.boolean': { ko: 'true 또는 false', en: 'true or false' },
  'calcInput.zod.type.array': { ko: '목록', en: 'list' },
  'calcInput.zod.type.object': { ko: '객체', en: 'object' },
  'calcInput.zod.type.date': { ko: '날짜', en: 'date' },
  'calcInput.zod.type.bigint': { ko: '정수', en: 'integer' },
  'calcInput.zod.type.nan': { ko: 'NaN', en: 'NaN' },
  'calcInput.zod.type.null': { ko: 'null', en: 'null' },
  'calcInput.zod.type.undefined': { ko: '빈 값', en: 'empty' },
  'calcInput.zod.missing': { ko: '값이 없습니다 ({expected} 값이 필요합니다)', en: 'is missing (expected {expected})' },
  'calcInput.zod.invalidType': { ko: '{expected} 값이어야 합니다', en: 'must be {expected}' },
  'calcInput.zod.invalidLiteral': { ko: '{expected} 값이어야 합니다', en: 'must be {expected}' },
  'calcInput.zod.invalidEnum': {
    ko: '쓸 수 없는 값입니다: {value} (쓸 수 있는 값: {options})',
    en: '{value} is not one of {options}',
  },
  'calcInput.zod.invalidEnumGuess': {
    ko: '쓸 수 없는 값입니다: {value} (쓸 수 있는 값: {options}) — 혹시 "{guess}"입니까?',
    en: '{value} is not one of {options} — did you mean "{guess}"?',
  },
  'calcInput.zod.invalidDiscriminator': {
    ko: '쓸 수 없는 값입니다 (쓸 수 있는 값: {options})',
    en: 'must be one of {options}',
  },
  'calcInput.zod.invalidUnion': { ko: '쓸 수 있는 형식 중 어느 것에도 맞지 않습니다', en: 'matches none of the accepted forms' },
  'calcInput.zod.unrecognizedKeys': { ko: '알 수 없는 키입니다: {keys}', en: 'unknown keys {keys}' },
  'calcInput.zod.tooSmall.array': { ko: '항목이 {min}개 이상 있어야 합니다', en: 'needs at least {min} items' },
  'calcInput.zod.tooSmall.empty': { ko: '비어 있으면 안 됩니다', en: 'must not be empty' },
  'calcInput.zod.tooSmall.string': { ko: '{min}자 이상이어야 합니다', en: 'must be at least {min} characters' },
  'calcInput.zod.tooSmall.inclusive': { ko: '{min} 이상이어야 합니다', en: 'must be at least {min}' },
  'calcInput.zod.tooSmall.exclusive': { ko: '{min}보다 커야 합니다', en: 'must be greater than {min}' },
  'calcInput.zod.tooBig.array': { ko: '항목은 최대 {max}개까지 넣을 수 있습니다', en: 'may have at most {max} items' },
  'calcInput.zod.tooBig.string': { ko: '최대 {max}자까지 쓸 수 있습니다', en: 'must be at most {max} characters' },
  'calcInput.zod.tooBig.inclusive': { ko: '{max} 이하여야 합니다', en: 'must be at most {max}' },
  'calcInput.zod.tooBig.exclusive': { ko: '{max}보다 작아야 합니다', en: 'must be less than {max}' },
  'calcInput.zod.invalidString': { ko: '형식이 맞지 않습니다', en: 'is not in the expected format' },
  'calcInput.zod.notMultipleOf': { ko: '{multipleOf}의 배수여야 합니다', en: 'must be a multiple of {multipleOf}' },
  'calcInput.zod.notFinite': { ko: '유한한 숫자여야 합니다', en: 'must be a finite number' },
  'calcInput.zod.invalidDate': { ko: '올바른 날짜가 아닙니다', en: 'is not a valid date' },
  'calcInput.zod.other': { ko: '이 값은 쓸 수 없습니다', en: 'this value cannot be used' },

  // ── a link's settings that could not be used ({value}: the setting's value) ──
  'calcInput.link.notOneOf': { ko: '"{value}" — {what} 아닙니다 ({list})', en: '"{value}" is not {what} ({list})' },
  // {what} of notOneOf: the Korean with its subject particle
  'calcInput.link.what.profile': { ko: '워크로드 프로파일이', en: 'a workload profile' },
  'calcInput.link.what.platform': { ko: '계산기가 편집하는 플랫폼이', en: 'a platform the calculator edits' },
  'calcInput.link.what.layout': { ko: '레이아웃이', en: 'a layout' },
  'calcInput.link.what.am': { ko: '애플리케이션 마스터 위치가', en: 'an application-master placement' },
  'calcInput.link.what.deployMode': { ko: '배포 모드가', en: 'a deploy mode' },
  'calcInput.link.what.submitter': { ko: '제출 방식이', en: 'a submitter' },
  'calcInput.link.what.trueFalse': { ko: 'true 또는 false가', en: 'true or false' },
  'calcInput.link.what.scalingUnit': { ko: '관리형 스케일링 단위가', en: 'a managed scaling unit' },
  'calcInput.link.what.data': { ko: '데이터 저장소가', en: 'a data store' },
  'calcInput.link.notFlag': { ko: '"{value}" — 1 또는 0이어야 합니다', en: '"{value}" is not 1 or 0' },
  'calcInput.link.notWeighting': {
    ko: '단위 "{value}" — vcpu 또는 instance여야 합니다',
    en: 'weighting "{value}" is not vcpu or instance',
  },
  'calcInput.link.notPreset': { ko: '"{value}" — 프리셋이 아닙니다 ({list})', en: '"{value}" is not a preset ({list})' },
  'calcInput.link.unknownKey': { ko: '계산기 설정이 아닙니다', en: 'not a calculator setting' },
} satisfies Catalog;
