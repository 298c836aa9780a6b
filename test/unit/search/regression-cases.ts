/**
 * The search regression set over the bundled content (`content/notes`): Korean, English and mixed
 * queries a student types, each with the note it must find among the first ten results. Shared by
 * the regression test (`regression.test.ts`) and the benchmark (`bench/search.ts`, recall on the
 * bundled content). Each query is taken from its note's title, aliases, headings or key point as
 * the author wrote them, then typed the way students do: with or without particles, plural or
 * singular, run together, with one typo, as initial consonants, mid-composition, or with a `#tag`.
 */

/** [query, slug of the note it must find, why the note is the answer]. */
export const REGRESSION_CASES: ReadonlyArray<readonly [query: string, slug: string, why: string]> = [
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
