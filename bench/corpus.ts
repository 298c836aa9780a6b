/**
 * The benchmark corpus: a deterministic generator of N notes in emr-prep's content format
 * (DESIGN.md, "Content format") plus the `tags.yml` registry they use.
 *
 * Shape of every note (fixed by issue 7, "The benchmark"):
 * - frontmatter with title, created/modified dates, 3–6 tags drawn from a pool of 60 hierarchical
 *   tags (8 namespaces, 52 tags below them), and 1–2 aliases;
 * - a 4–8 KB body (UTF-8 bytes, frontmatter excluded) mixing Korean and English: an H1 title, a key
 *   point, an explanation with `###` subsections, bullet and numbered lists, a table, one fenced
 *   code block, wikilinks to other notes of the corpus, source links and a key-concepts list;
 * - one or two valid question blocks (4–5 options, single or multiple answer, an explanation bullet
 *   per option).
 *
 * Determinism: note `i` is generated from its own xoroshiro128+ stream seeded with
 * `seed * 1_000_003 + i` (pure-rand), so note `i` has the same text in every run; only the targets of
 * its wikilinks depend on N (they point at notes `0 … N-1`). The text is generated from word pools
 * written for the benchmark (no sentence of the owner's seeds or the bundled notes is copied).
 *
 * CLI: `node --import tsx bench/corpus.ts <N> [outDir]` writes `bench/.corpus/<N>/` by default.
 */
import { mkdir, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { xoroshiro128plus, unsafeUniformIntDistribution, type RandomGenerator } from 'pure-rand';

/** The benchmark folder (this file's folder). */
export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Where the corpus of N notes is written: `bench/.corpus/<N>/` (gitignored). */
export function corpusDir(n: number): string {
  return path.join(BENCH_DIR, '.corpus', String(n));
}

/** Seed of the default corpus. Changing it changes every note. */
export const DEFAULT_SEED = 7;

/** Version of the generator; a corpus folder written by another version is regenerated. */
export const CORPUS_VERSION = 1;

/** Small helper around a mutable pure-rand generator. */
class Rng {
  private readonly g: RandomGenerator;
  constructor(seed: number) {
    this.g = xoroshiro128plus(seed);
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.g);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  /** `count` distinct items, in pick order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    for (let k = 0; k < count && pool.length > 0; k += 1) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0]!);
    return out;
  }
  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }
}

// ── tag pool: 8 namespaces + 52 tags = 60 registered tags ─────────────────────────────────────

interface TagDef {
  path: string;
  ko: string;
  en: string;
}

const NAMESPACES: Array<[string, string, string, Array<[string, string, string]>]> = [
  [
    'service',
    '서비스',
    'Services',
    [
      ['emr', 'Amazon EMR', 'Amazon EMR'],
      ['emr/serverless', 'EMR 서버리스', 'EMR Serverless'],
      ['emr/eks', 'EKS 기반 EMR', 'EMR on EKS'],
      ['glue', 'AWS Glue', 'AWS Glue'],
      ['athena', 'Amazon Athena', 'Amazon Athena'],
      ['kinesis', 'Kinesis', 'Amazon Kinesis'],
      ['sagemaker', 'SageMaker', 'Amazon SageMaker'],
      ['step-functions', '스텝 함수', 'AWS Step Functions'],
    ],
  ],
  [
    'cluster',
    '클러스터',
    'Cluster',
    [
      ['primary-node', '프라이머리 노드', 'Primary node'],
      ['core-node', '코어 노드', 'Core node'],
      ['task-node', '태스크 노드', 'Task node'],
      ['instance-group', '인스턴스 그룹', 'Instance group'],
      ['instance-fleet', '인스턴스 플릿', 'Instance fleet'],
      ['instance-fleet/allocation', '할당 전략', 'Allocation strategy'],
      ['transient', '임시 클러스터', 'Transient cluster'],
    ],
  ],
  [
    'purchase',
    '구매 옵션',
    'Purchasing',
    [
      ['on-demand', '온디맨드', 'On-Demand'],
      ['spot', '스팟', 'Spot'],
      ['spot/interruption', '스팟 중단', 'Spot interruption'],
      ['reserved', '예약 인스턴스', 'Reserved Instances'],
      ['savings-plans', '절감형 플랜', 'Savings Plans'],
    ],
  ],
  [
    'spark',
    '스파크',
    'Spark',
    [
      ['deploy-mode', '배포 모드', 'Deploy mode'],
      ['deploy-mode/cluster', '클러스터 모드', 'Cluster deploy mode'],
      ['deploy-mode/client', '클라이언트 모드', 'Client deploy mode'],
      ['driver', '드라이버', 'Driver'],
      ['executor', '익스큐터', 'Executor'],
      ['executor/memory', '익스큐터 메모리', 'Executor memory'],
      ['dynamic-allocation', '동적 할당', 'Dynamic allocation'],
    ],
  ],
  [
    'storage',
    '스토리지',
    'Storage',
    [
      ['hdfs', 'HDFS', 'HDFS'],
      ['s3-emrfs', 'S3·EMRFS', 'S3 and EMRFS'],
      ['ebs', 'EBS 볼륨', 'EBS volumes'],
      ['instance-store', '인스턴스 스토어', 'Instance store'],
      ['table-format', '테이블 포맷', 'Table formats'],
      ['table-format/iceberg', '아이스버그', 'Apache Iceberg'],
    ],
  ],
  [
    'topic',
    '주제',
    'Topics',
    [
      ['scaling', '확장', 'Scaling'],
      ['scaling/managed', '관리형 확장', 'Managed scaling'],
      ['high-availability', '고가용성', 'High availability'],
      ['security', '보안', 'Security'],
      ['security/encryption', '암호화', 'Encryption'],
      ['streaming', '스트리밍', 'Streaming'],
      ['monitoring', '모니터링', 'Monitoring'],
    ],
  ],
  [
    'usecase',
    '사용 사례',
    'Use cases',
    [
      ['batch-etl', '배치 ETL', 'Batch ETL'],
      ['interactive', '대화형 분석', 'Interactive analysis'],
      ['ml', '머신러닝', 'Machine learning'],
      ['ml/feature', '특징 생성', 'Feature engineering'],
      ['real-time', '실시간', 'Real-time'],
    ],
  ],
  [
    'exam',
    '시험',
    'Exam',
    [
      ['distractor', '오답 함정', 'Distractors'],
      ['cost', '비용 최적화', 'Cost optimization'],
      ['sizing', '용량 산정', 'Sizing'],
      ['troubleshooting', '문제 해결', 'Troubleshooting'],
      ['orchestration', '오케스트레이션', 'Orchestration'],
      ['architecture', '아키텍처', 'Architecture'],
      ['limits', '한도', 'Limits'],
    ],
  ],
];

/** The 60 registered tags (namespaces first, then their descendants). */
export const TAG_POOL: readonly TagDef[] = NAMESPACES.flatMap(([ns, ko, en, children]) => [
  { path: ns, ko, en },
  ...children.map(([rest, cko, cen]) => ({ path: `${ns}/${rest}`, ko: cko, en: cen })),
]);

/** The tags a note may carry: every registered tag below a namespace. */
const LEAF_TAGS = TAG_POOL.filter((t) => t.path.includes('/'));

/** The `tags.yml` registry of the corpus. */
export function registryYaml(): string {
  const lines = ['# Tag registry of the benchmark corpus (bench/corpus.ts); generated, do not edit.'];
  for (const t of TAG_POOL) {
    lines.push(
      `${t.path}:`,
      `  ko: ${JSON.stringify(t.ko)}`,
      `  en: ${JSON.stringify(t.en)}`,
      `  description: ${JSON.stringify(`${t.en} (${t.ko}) in the benchmark corpus.`)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// ── word pools ────────────────────────────────────────────────────────────────────────────────

const KO_SUBJECTS = [
  '프라이머리 노드',
  '코어 노드',
  '태스크 노드',
  '인스턴스 그룹',
  '인스턴스 플릿',
  '스팟 인스턴스',
  '온디맨드 용량',
  '드라이버',
  '익스큐터',
  '관리형 확장',
  'HDFS 복제',
  'EMRFS',
  '임시 클러스터',
  '상시 클러스터',
  '배포 모드',
  '동적 할당',
  '셔플 단계',
  '체크포인트',
  '보안 구성',
  '부트스트랩 작업',
  '스텝',
  '카탈로그',
  '파티션',
  '메모리 오버헤드',
  '가용 영역',
];
const KO_OBJECTS = [
  '작업 시간',
  '비용',
  '처리량',
  '데이터 손실 위험',
  '중단 빈도',
  '메모리 사용량',
  '디스크 용량',
  '네트워크 대역폭',
  '복구 시간',
  '클러스터 수명',
  '확장 속도',
  '쿼리 지연',
  '입력 데이터',
  '중간 결과',
  '로그',
  '권한',
  '암호화 키',
  '요청 수',
];
const KO_VERBS = [
  '줄인다',
  '늘린다',
  '결정한다',
  '보호한다',
  '바꾼다',
  '제한한다',
  '좌우한다',
  '안정시킨다',
  '분산시킨다',
  '기록한다',
  '검증한다',
  '예측하게 만든다',
];
const KO_CONNECTORS = ['그래서', '반면에', '예를 들어', '특히', '따라서', '다만', '실무에서는', '시험에서는', '이때', '결국'];
const KO_ENDINGS = ['.', '는 점을 기억하자.', '는 것이 핵심이다.', '는 선택지가 자주 나온다.', '는 설명이 정확하다.'];

const EN_SUBJECTS = [
  'The primary node',
  'A core node',
  'A task node',
  'An instance fleet',
  'An instance group',
  'Spot capacity',
  'On-Demand capacity',
  'The Spark driver',
  'Each executor',
  'Managed scaling',
  'EMRFS',
  'A transient cluster',
  'A long-running cluster',
  'Cluster deploy mode',
  'Client deploy mode',
  'Dynamic allocation',
  'The shuffle service',
  'A bootstrap action',
  'An EMR step',
  'The Glue Data Catalog',
];
const EN_VERBS = ['reduces', 'increases', 'protects', 'determines', 'limits', 'stabilises', 'spreads', 'records', 'isolates', 'controls'];
const EN_OBJECTS = [
  'the job runtime',
  'the hourly cost',
  'the throughput of the pipeline',
  'the risk of losing HDFS blocks',
  'the interruption rate',
  'the memory pressure on YARN',
  'the disk footprint',
  'the recovery time after a failure',
  'the scaling speed',
  'the query latency',
  'the amount of intermediate data',
  'the blast radius of a bad deployment',
];
const EN_TAILS = [
  'when the workload is steady.',
  'for nightly batch jobs.',
  'on clusters that run for weeks.',
  'during peak hours.',
  'if the data lives in Amazon S3.',
  'when Spot capacity is reclaimed.',
  'for interactive notebooks.',
  'in most exam scenarios.',
];

const CODE_SNIPPETS = [
  [
    'bash',
    'aws emr create-cluster \\\n  --name bench-cluster-{n} \\\n  --release-label emr-7.1.0 \\\n  --applications Name=Spark \\\n  --instance-groups InstanceGroupType=MASTER,InstanceCount=1 \\\n  --auto-terminate',
  ],
  [
    'python',
    'from pyspark.sql import SparkSession\n\nspark = SparkSession.builder.appName("bench-{n}").getOrCreate()\ndf = spark.read.parquet("s3://example-bucket/input/{n}/")\ndf.groupBy("key").count().write.mode("overwrite").parquet("s3://example-bucket/output/{n}/")',
  ],
  [
    'json',
    '{\n  "Classification": "spark-defaults",\n  "Properties": {\n    "spark.executor.cores": "4",\n    "spark.dynamicAllocation.enabled": "true",\n    "spark.app.name": "bench-{n}"\n  }\n}',
  ],
  ['sql', "SELECT region, count(*) AS jobs\nFROM emr_bench_{n}.steps\nWHERE state = 'COMPLETED'\nGROUP BY region\nORDER BY jobs DESC;"],
];

const SOURCES = [
  'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances.html',
  'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-purchasing-options.html',
  'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-managed-scaling.html',
  'https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-spark-configure.html',
  'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-file-systems.html',
  'https://spark.apache.org/docs/latest/cluster-overview.html',
];

const TITLE_KO = ['설계', '비교', '주의점', '선택 기준', '비용 구조', '장애 대응', '크기 산정', '동작 원리', '시험 함정', '모범 사례'];
const TITLE_EN = [
  'design notes',
  'trade-offs',
  'pitfalls',
  'decision guide',
  'cost model',
  'failure handling',
  'sizing',
  'internals',
  'exam traps',
  'best practices',
];

// ── text builders ─────────────────────────────────────────────────────────────────────────────

/** The Korean particle that follows a word: `withCoda` after a final consonant, else `withoutCoda`. */
function particle(word: string, withCoda: string, withoutCoda: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  if (code < 0 || code > 11171) return withCoda;
  return code % 28 === 0 ? withoutCoda : withCoda;
}

function koSentence(r: Rng): string {
  const lead = r.chance(40) ? `${r.pick(KO_CONNECTORS)} ` : '';
  const subject = r.pick(KO_SUBJECTS);
  const strong = r.chance(25) ? `**${subject}**` : subject;
  const object = r.pick(KO_OBJECTS);
  return `${lead}${strong}${particle(subject, '은', '는')} ${object}${particle(object, '을', '를')} ${r.pick(KO_VERBS)}${r.pick(KO_ENDINGS)}`;
}

function enSentence(r: Rng): string {
  const subject = r.pick(EN_SUBJECTS);
  const code = r.chance(15) ? ` (\`spark.executor.instances\`)` : '';
  return `${subject}${code} ${r.pick(EN_VERBS)} ${r.pick(EN_OBJECTS)} ${r.pick(EN_TAILS)}`;
}

function paragraph(r: Rng, links: () => string): string {
  const parts: string[] = [];
  const count = r.int(3, 6);
  for (let k = 0; k < count; k += 1) parts.push(r.chance(60) ? koSentence(r) : enSentence(r));
  if (r.chance(35)) parts.push(`자세한 내용은 ${links()}를 보자.`);
  return parts.join(' ');
}

function bulletList(r: Rng, ordered: boolean): string {
  const count = r.int(3, 6);
  const lines: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const item = r.chance(50) ? `**${r.pick(KO_SUBJECTS)}**: ${koSentence(r)}` : enSentence(r);
    lines.push(`${ordered ? `${k + 1}.` : '-'} ${item}`);
  }
  return lines.join('\n');
}

function table(r: Rng): string {
  const rows = r.int(2, 4);
  const out = ['| 항목 · Item | 권장 · Recommended | 이유 · Why |', '|---|---|---|'];
  for (let k = 0; k < rows; k += 1)
    out.push(
      `| ${r.pick(KO_SUBJECTS)} | ${r.pick(['On-Demand', 'Spot', 'S3', 'HDFS', 'cluster mode', 'client mode'])} | ${r.pick(KO_OBJECTS)} |`,
    );
  return out.join('\n');
}

function slugOf(i: number): string {
  return `bench-note-${String(i).padStart(5, '0')}`;
}

const LETTERS = 'ABCDEFGHIJ';

interface QuestionText {
  markdown: string;
}

function questionBlock(r: Rng, noteIndex: number, q: number): QuestionText {
  const optionCount = r.int(4, 5);
  const multiple = r.chance(20);
  const answerCount = multiple ? 2 : 1;
  const keyed = r.sample([...Array(optionCount).keys()], answerCount).sort((a, b) => a - b);
  const subject = r.pick(EN_SUBJECTS);
  const stem =
    `Question ${noteIndex + 1}.${q + 1}: a team runs ${r.pick(['a nightly Spark job', 'an interactive notebook cluster', 'a streaming pipeline', 'a Hive ETL workflow'])} ` +
    `on Amazon EMR and cares about ${r.pick(EN_OBJECTS)}. ${subject} is under review. ` +
    `${multiple ? 'Which TWO statements are correct? (Choose two.)' : 'Which statement is correct?'}`;
  const options: string[] = [];
  const used = new Set<string>();
  while (options.length < optionCount) {
    const text = `${r.pick(EN_SUBJECTS)} ${r.pick(EN_VERBS)} ${r.pick(EN_OBJECTS)} ${r.pick(EN_TAILS).replace(/\.$/, '')}`;
    if (used.has(text)) continue;
    used.add(text);
    options.push(text);
  }
  const lines = [`**Question:** ${stem}`, '', '**Options:**', ''];
  options.forEach((o, k) => lines.push(`- ${LETTERS[k]}) ${o}`));
  lines.push('');
  if (multiple) lines.push(`**정답: ${keyed.map((k) => LETTERS[k]).join(', ')}**`);
  else lines.push(`**정답: ${LETTERS[keyed[0]!]}) ${options[keyed[0]!]}**`);
  lines.push('', '💡 추가 설명:', '');
  options.forEach((_, k) => {
    const verdict = keyed.includes(k) ? '정답.' : '오답.';
    lines.push(`- **Option ${LETTERS[k]} (${r.pick(KO_SUBJECTS)})** - ${verdict} ${koSentence(r)}`);
  });
  return { markdown: lines.join('\n') };
}

/** One generated note: its file name (relative to the corpus folder) and text. */
export interface GeneratedNote {
  file: string;
  slug: string;
  text: string;
  /** UTF-8 bytes of the body (the text after the frontmatter). */
  bodyBytes: number;
}

const encoder = new TextEncoder();

/**
 * Generates note `i` of a corpus of `n` notes.
 * @param i 0-based note index, `0 ≤ i < n`
 * @param n corpus size (wikilinks point at notes `0 … n-1`)
 */
export function generateNote(i: number, n: number, seed = DEFAULT_SEED): GeneratedNote {
  const r = new Rng(seed * 1_000_003 + i);
  const slug = slugOf(i);
  const topic = r.pick(KO_SUBJECTS);
  const title = `${topic} ${r.pick(TITLE_KO)} · ${r.pick(TITLE_EN)} #${i + 1}`;
  const tags = r.sample(LEAF_TAGS, r.int(3, 6)).map((t) => t.path);
  const aliases = [`bench-alias-${i}`, ...(r.chance(50) ? [`bench-alt-${i}`] : [])];
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const created = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const modified = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  const link = (): string => {
    const j = r.int(0, n - 1);
    return r.chance(30) ? `[[${slugOf(j)}|${r.pick(KO_SUBJECTS)}]]` : `[[${slugOf(j)}]]`;
  };
  const target = r.int(4096, 8192);
  const head: string[] = [`# ${title}`, '', '## 🎯 핵심 포인트', '', paragraph(r, link), '', '## 📝 설명', ''];
  const questionCount = r.int(1, 2);
  const questions = Array.from({ length: questionCount }, (_, q) => questionBlock(r, i, q).markdown);
  const snippet = r.pick(CODE_SNIPPETS);
  const codeBlock = `\`\`\`${snippet[0]}\n${snippet[1]!.replaceAll('{n}', String(i))}\n\`\`\``;
  const concepts = [
    '## 🔍 주요개념',
    '',
    ...Array.from({ length: r.int(3, 5) }, () => `- **${r.pick(KO_SUBJECTS)}**: ${enSentence(r)}`),
  ].join('\n');
  const sourceUrls = r.sample(SOURCES, r.int(1, 3));
  const sources = ['## 출처', '', ...sourceUrls.map((u) => `- ${u}`)].join('\n');
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `created: ${created}`,
    `modified: ${modified}`,
    'tags:',
    ...tags.map((t) => `  - ${t}`),
    'aliases:',
    ...aliases.map((a) => `  - ${a}`),
    // The frontmatter's sources (issue 12), so `emr-prep check` reports no source/missing warning.
    'sources:',
    ...sourceUrls.flatMap((u) => [`  - url: ${u}`, `    checked: ${created}`]),
    '---',
    '',
  ].join('\n');
  const tail = [concepts, '', sources, '', '## 📝 관련 문제', '', questions.join('\n\n---\n\n'), ''].join('\n');

  const middle: string[] = [];
  let section = 0;
  let codePlaced = false;
  const size = (): number => encoder.encode([...head, ...middle, tail].join('\n')).length;
  while (size() < target) {
    section += 1;
    middle.push(`### ${r.pick(KO_SUBJECTS)} · ${r.pick(TITLE_EN)} ${section}`, '');
    middle.push(paragraph(r, link), '');
    const kind = r.int(0, 3);
    if (kind === 0) middle.push(bulletList(r, false), '');
    else if (kind === 1) middle.push(bulletList(r, true), '');
    else if (kind === 2 && section % 3 === 1) middle.push(table(r), '');
    if (!codePlaced && section >= 2) {
      middle.push(codeBlock, '');
      codePlaced = true;
    }
  }
  if (!codePlaced) middle.push(codeBlock, '');
  // Trim whole paragraphs from the end of the middle until the body fits in 8 KB again.
  while (size() > 8192 && middle.length > 2) middle.splice(middle.length - 2, 2);
  const body = [...head, ...middle, tail].join('\n');
  return { file: `${slug}.md`, slug, text: front + body, bodyBytes: encoder.encode(body).length };
}

/** What {@link writeCorpus} wrote. */
export interface CorpusInfo {
  dir: string;
  notes: number;
  /** Total UTF-8 bytes of the note files (frontmatter included). */
  bytes: number;
  /** Min and max body size in bytes. */
  bodyBytes: { min: number; max: number };
  questions: number;
}

/**
 * Writes the corpus of `n` notes and its `tags.yml` into `dir` (default `bench/.corpus/<n>/`),
 * replacing what was there. Skips the work when a corpus of the same version, size and seed is
 * already there (a `.corpus.json` stamp), unless `force`.
 */
export async function writeCorpus(n: number, options: { dir?: string; seed?: number; force?: boolean } = {}): Promise<CorpusInfo> {
  const dir = options.dir ?? corpusDir(n);
  const seed = options.seed ?? DEFAULT_SEED;
  const stampFile = path.join(dir, '.corpus.json');
  if (!options.force && existsSync(stampFile)) {
    const { readFile } = await import('node:fs/promises');
    const stamp = JSON.parse(await readFile(stampFile, 'utf8')) as { version: number; seed: number; info: CorpusInfo };
    if (stamp.version === CORPUS_VERSION && stamp.seed === seed && stamp.info.notes === n && (await readdir(dir)).length === n + 2)
      return stamp.info;
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  let min = Infinity;
  let max = 0;
  let questions = 0;
  for (let i = 0; i < n; i += 1) {
    const note = generateNote(i, n, seed);
    bytes += encoder.encode(note.text).length;
    min = Math.min(min, note.bodyBytes);
    max = Math.max(max, note.bodyBytes);
    questions += (note.text.match(/^\*\*Question:\*\*/gm) ?? []).length;
    await writeFile(path.join(dir, note.file), note.text);
  }
  await writeFile(path.join(dir, 'tags.yml'), registryYaml());
  // The corpus is generated, its source dates fixed: a folder setting keeps them from going stale
  // as the calendar moves, so the corpus checks with 0 warnings on any day.
  await writeFile(path.join(dir, 'emr-prep.yml'), 'sources:\n  maxAgeDays: 36500\n');
  const info: CorpusInfo = { dir, notes: n, bytes, bodyBytes: { min, max }, questions };
  await writeFile(stampFile, JSON.stringify({ version: CORPUS_VERSION, seed, info }, null, 2));
  return info;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: node --import tsx bench/corpus.ts <N> [outDir]');
    process.exit(2);
  }
  const info = await writeCorpus(n, { dir: process.argv[3], force: true });
  console.log(
    `wrote ${info.notes} notes (${(info.bytes / 1024 / 1024).toFixed(1)} MiB, bodies ${info.bodyBytes.min}–${info.bodyBytes.max} B, ${info.questions} questions) to ${path.relative(process.cwd(), info.dir)}`,
  );
}
