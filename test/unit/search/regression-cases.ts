/**
 * The search regression set over the bundled content (`content/notes`): Korean, English and mixed
 * queries a student types, each with the note it must find among the first ten results. Shared by
 * the regression test (`regression.test.ts`) and the benchmark (`bench/search.ts`, recall on the
 * bundled content). Each query of the first part is taken from its note's title, aliases, headings
 * or key point as the author wrote them, then typed the way students do: with or without particles, plural or
 * singular, run together, with one typo, as initial consonants, mid-composition, or with a `#tag`.
 */

/** [query, slug of the note it must find, why the note is the answer]. */
const WITHIN_SCRIPT: ReadonlyArray<readonly [query: string, slug: string, why: string]> = [
  // Korean
  ['오케스트레이션', 'emr-orchestration', 'title "EMR 오케스트레이션"'],
  ['보안 기초', 'emr-security-basics', 'title "EMR 보안 기초"'],
  ['비용 최적화', 'emr-cost-optimization', 'title "EMR 비용 최적화"'],
  ['배포 옵션', 'emr-deployment-options', 'title "EMR 배포 옵션"'],
  ['노드 역할', 'emr-node-roles', 'title "EMR 노드 역할"'],
  ['운영과 문제 해결', 'emr-operations-troubleshooting', 'title "EMR 운영과 문제 해결" (with the particle 과)'],
  ['대화형 환경', 'emr-studio-notebooks', 'title "… 대화형 환경"'],
  ['오답 선지', 'exam-distractor-facts', 'title "오답 선지를 가르는 사실들" (선지를 → 선지)'],
  ['복제 기본값', 'hdfs-vs-emrfs-s3', 'title "… 복제 기본값"'],
  ['드라이버는 어디서', 'spark-deploy-modes', 'title "EMR에서 드라이버는 어디서 도는가"'],
  ['스트리밍 ML 파이프라인', 'streaming-kinesis-emr-sagemaker', 'title "… 스트리밍 ML 파이프라인"'],
  ['자동 종료', 'transient-clusters', 'title "… 자동 종료 …"'],
  ['노드 유형별', 'spot-on-demand-per-node-type', 'title "노드 유형별 Spot·On-Demand 선택"'],
  ['변환 서비스', 'emr-vs-glue-lambda-batch', 'title "변환 서비스 고르기"'],
  ['클러스터 사이징', 'interactive-spark-ml-sizing', 'title "… EMR 클러스터 사이징"'],
  ['애플리케이션 제약', 'emr-applications-hive-presto-hbase-flink', 'title "EMR의 애플리케이션 — … 제약"'],
  ['ㅇㅋㅅㅌㄹㅇㅅ', 'emr-orchestration', 'initial consonants of 오케스트레이션'],
  ['오케스트레이ㅅ', 'emr-orchestration', '오케스트레이션 while the IME composes its last syllable'],
  ['오케스트래이션', 'emr-orchestration', '오케스트레이션 with one wrong vowel (ㅐ for ㅔ)'],
  ['스팟을', 'spot-on-demand-per-node-type', 'tag 스팟 인스턴스, with a particle'],
  // English
  ['managed scaling', 'emr-managed-scaling', 'title "EMR managed scaling"'],
  ['Spot Instances', 'spot-on-demand-per-node-type', 'tag label "Spot Instances", title "Spot·On-Demand"'],
  ['spotinstance', 'spot-on-demand-per-node-type', 'Spot Instances run together'],
  ['spot instnace', 'spot-on-demand-per-node-type', 'Spot Instances with two letters swapped'],
  ['maximizeResourceAllocation', 'spark-executor-sizing', 'title "… maximizeResourceAllocation"'],
  ['maximize resource allocation', 'spark-executor-sizing', 'alias maximize-resource-allocation'],
  ['deploy mode', 'spark-deploy-modes', 'title "Spark deploy mode"'],
  ['client vs cluster', 'spark-deploy-modes', 'title "… client vs cluster …"'],
  ['Step Functions', 'emr-orchestration', 'title "… Step Functions, MWAA …"'],
  ['Kerberos', 'emr-security-basics', 'title "… Kerberos·네트워크 요구 사항"'],
  ['Structured Streaming', 'streaming-kinesis-emr-sagemaker', 'title "Kinesis → EMR Spark Structured Streaming → SageMaker"'],
  ['Graviton', 'emr-cost-optimization', 'title "EMR 비용 최적화 — Graviton, …"'],
  ['allocation strategy', 'instance-fleets-allocation-strategies', 'title "Instance fleet과 allocation strategy"'],
  ['HDFS replication', 'hdfs-vs-emrfs-s3', 'alias hdfs-replication-defaults'],
  ['emr-master-node', 'emr-node-roles', 'alias emr-master-node'],
  ['Presto Trino', 'emr-applications-hive-presto-hbase-flink', 'title "… Presto/Trino …"'],
  ['serverless workers', 'emr-deployment-options', 'alias emr-serverless-workers'],
  ['orchestation', 'emr-orchestration', 'orchestration with a letter missing'],
  // Mixed, and with tag filters
  ['EMR 보안', 'emr-security-basics', 'title "EMR 보안 기초"'],
  ['Spark 드라이버', 'spark-deploy-modes', 'title "Spark deploy mode — … 드라이버는 …"'],
  ['executor 사이징', 'spark-executor-sizing', 'title "Spark executor 사이징"'],
  ['Transient 클러스터', 'transient-clusters', 'title "Transient EMR 클러스터"'],
  ['HDFS 용량', 'hdfs-vs-emrfs-s3', 'title "HDFS vs EMRFS(S3) — … 용량 계산"'],
  ['다중 primary', 'emr-multi-primary-ha', 'title "다중 primary(HA) 클러스터"'],
  ['Kinesis 스트리밍', 'streaming-kinesis-emr-sagemaker', 'title "Kinesis → … 스트리밍 ML 파이프라인"'],
  ['EMR Studio 노트북', 'emr-studio-notebooks', 'title "EMR Studio와 노트북"'],
  ['#topic/security 역할', 'emr-security-basics', 'tag topic/security; title "… 정적 키 대신 역할"'],
  ['#cluster/transient 종료', 'transient-clusters', 'tag cluster/transient; title "… 자동 종료"'],
];

/**
 * Queries across scripts (issue 10): a Hangul query for what the notes write in Latin letters and
 * the other way round — transliterations, Korean terms for English ones, old names, compounds
 * with and without spaces. Found through the glossary (content/glossary.yml) and the romanisation
 * fallback (src/core/search/phonetic.ts); bench/search-cross-script.ts measures each one's share.
 */
export const CROSS_SCRIPT_CASES: ReadonlyArray<readonly [query: string, slug: string, why: string]> = [
  // None is a note title; each is a term as a student types it.
  ['키네시스', 'streaming-kinesis-emr-sagemaker', 'transliteration of Kinesis'],
  ['쿠버네티스', 'emr-deployment-options', 'transliteration of Kubernetes (EMR on EKS)'],
  ['체크포인트', 'streaming-kinesis-emr-sagemaker', 'transliteration of checkpoint'],
  ['오토스케일링', 'emr-managed-scaling', 'transliteration of autoscaling → managed scaling'],
  ['그래비톤', 'emr-cost-optimization', 'transliteration of Graviton'],
  ['익스큐터', 'spark-executor-sizing', 'transliteration of executor'],
  ['세이지메이커', 'streaming-kinesis-emr-sagemaker', 'transliteration of SageMaker'],
  ['하이브 메타스토어', 'emr-applications-hive-presto-hbase-flink', 'transliteration of Hive metastore'],
  ['플링크', 'emr-applications-hive-presto-hbase-flink', 'transliteration of Flink'],
  ['에이치베이스', 'emr-applications-hive-presto-hbase-flink', 'HBase spelled out in Hangul'],
  ['리비 세션', 'emr-studio-notebooks', 'transliteration of Livy session'],
  ['주피터', 'emr-studio-notebooks', 'transliteration of Jupyter'],
  ['파게이트', 'emr-vs-glue-lambda-batch', 'transliteration of Fargate'],
  ['람다 15분', 'emr-vs-glue-lambda-batch', 'transliteration of Lambda, with its time limit'],
  ['스텝 펑션', 'emr-orchestration', 'transliteration of Step Functions'],
  ['에어플로우', 'emr-orchestration', 'transliteration of Airflow'],
  ['커베로스', 'emr-security-basics', 'transliteration of Kerberos'],
  ['파이어호스', 'streaming-kinesis-emr-sagemaker', 'transliteration of Firehose'],
  ['네임노드', 'emr-node-roles', 'transliteration of NameNode'],
  ['리소스 매니저', 'emr-node-roles', 'transliteration of ResourceManager'],
  ['애플리케이션 마스터', 'spark-deploy-modes', 'transliteration of ApplicationMaster'],
  ['이엠알 서버리스', 'emr-deployment-options', 'EMR Serverless spelled out in Hangul'],
  ['제플린', 'emr-applications-hive-presto-hbase-flink', 'transliteration of Zeppelin'],
  ['트리노', 'emr-applications-hive-presto-hbase-flink', 'transliteration of Trino'],
  ['이벤트브리지', 'emr-orchestration', 'transliteration of EventBridge'],
  ['클라우드워치', 'emr-operations-troubleshooting', 'transliteration of CloudWatch'],
  // Korean terms for English ones, and English for Korean
  ['복제 계수', 'hdfs-vs-emrfs-s3', 'Korean for replication factor'],
  ['예약 인스턴스', 'emr-cost-optimization', 'Korean for Reserved Instances'],
  ['관리형 스케일링', 'emr-managed-scaling', 'Korean for managed scaling'],
  ['용량 최적화', 'instance-fleets-allocation-strategies', 'Korean for capacity-optimized'],
  ['종료 보호', 'transient-clusters', 'Korean for termination protection'],
  ['동적 할당', 'spark-executor-sizing', 'Korean for dynamic allocation'],
  ['메모리 오버헤드', 'spark-executor-sizing', 'Korean for memoryOverhead'],
  ['인스턴스 프로파일', 'emr-security-basics', 'Korean for instance profile'],
  ['절감형 플랜', 'emr-cost-optimization', 'Korean for Savings Plans'],
  ['구조적 스트리밍', 'streaming-kinesis-emr-sagemaker', 'Korean for Structured Streaming'],
  ['replication factor', 'hdfs-vs-emrfs-s3', 'English for 복제 계수'],
  ['auto termination', 'transient-clusters', 'English for 자동 종료'],
  ['high availability', 'emr-multi-primary-ha', 'English for 고가용성'],
  // Old names
  ['master node', 'emr-node-roles', 'old name of the primary node'],
  ['마스터 노드', 'emr-multi-primary-ha', 'old name of the primary node, in Hangul'],
  ['Kinesis Data Analytics', 'streaming-kinesis-emr-sagemaker', 'old name of Managed Service for Apache Flink'],
  // Spacing: compounds typed with or without spaces
  ['코어노드', 'emr-node-roles', '코어 노드 without the space'],
  ['태스크노드', 'spot-on-demand-per-node-type', '태스크 노드 without the space'],
  ['스팟인스턴스', 'spot-on-demand-per-node-type', '스팟 인스턴스 without the space'],
  ['인스턴스플릿', 'instance-fleets-allocation-strategies', '인스턴스 플릿 without the space'],
  ['매니지드스케일링', 'emr-managed-scaling', '매니지드 스케일링 without the space'],
  ['복제계수', 'hdfs-vs-emrfs-s3', '복제 계수 without the space'],
  ['스텝펑션', 'emr-orchestration', '스텝 펑션 without the space'],
  ['오토 터미네이션', 'transient-clusters', 'transliteration of auto-termination, with a space'],
];

/** The whole regression set. */
export const REGRESSION_CASES: ReadonlyArray<readonly [query: string, slug: string, why: string]> = [
  ...WITHIN_SCRIPT,
  ...CROSS_SCRIPT_CASES,
];
