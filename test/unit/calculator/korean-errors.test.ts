/**
 * The calculator's input errors read in the page's language. A Korean student who types a bad
 * value, or opens a link with settings the calculator cannot use, reads every message in Korean:
 * the field's name as the form labels it, what is wrong (the sizing model's own Korean, or zod's
 * built-in issues worded from their code and parameters), and the value that was typed. The same
 * inputs in English give the messages the calculator gave before, word for word (the CLI and the
 * build's diagnostics print these English messages).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { INSTANCE_CATALOG } from '../../../src/core/catalog/instance-catalog.ts';
import { ClusterSchema, koreanIssueMessage, WorkloadSchema } from '../../../src/core/sizing/model.ts';
import { fieldLabel, koreanZodIssue, parseState, stateFromParams } from '../../../src/islands/calculator/form-state.ts';

const HANGUL = /[\uac00-\ud7af]/;
/** Three English words in a row, outside quoted values: a sentence (or most of one) left in English. */
const ENGLISH_WORDS = /\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/;
const withoutQuotes = (text: string): string => text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
/** What the island says when it knows nothing better: a message that reaches it must have its own Korean. */
const GENERIC_KO = '이 값은 쓸 수 없습니다';

/** Asserts a Korean text reads in Korean: Hangul, no English sentence, not the English text itself. */
function expectKorean(ko: string, en: string, where: string): void {
  expect(ko, where).toMatch(HANGUL);
  expect(withoutQuotes(ko), `${where}: English words in ${ko}`).not.toMatch(ENGLISH_WORDS);
  expect(ko, where).not.toContain(en);
  expect(ko, `${where}: generic text in ${ko}`).not.toContain(GENERIC_KO);
}

const fortyTypes = INSTANCE_CATALOG.instances
  .slice(0, 40)
  .map((i) => i.name)
  .join(',');

/**
 * Bad input a student can give through the form or a link: the query, the field the problem is
 * shown at, the value a Korean message must quote (null: nothing was typed, or a list), and the
 * English messages the calculator showed before Korean existed.
 */
const CASES: ReadonlyArray<{ query: string; field: string; value: string | null; en: readonly string[] }> = [
  {
    query: 'primary=m9.huge',
    field: 'primary.type',
    value: 'm9.huge',
    en: [
      'Primary group · instance type: unknown instance type "m9.huge": not in the instance catalog (families m4, m5, m5d, m6g, m7g, c4, c5, c5d, c6g, r4, r5, r5d, r6g, r7g, i3); write family.size, e.g. "m5.xlarge"',
    ],
  },
  {
    query: 'task=m5.2xlarg:2',
    field: 'task.0.type',
    value: 'm5.2xlarg',
    en: [
      'Task group 1 · instance type: unknown instance type "m5.2xlarg": the catalog has m5 in sizes large, xlarge, 2xlarge, 4xlarge, 8xlarge, 12xlarge, 16xlarge, 24xlarge — did you mean "m5.2xlarge"?',
    ],
  },
  { query: 'core=m5.xlarge:0', field: 'core.count', value: '0', en: ['Core group · count: at least 1 instance'] },
  { query: 'core=m5.xlarge:-3', field: 'core.count', value: '-3', en: ['Core group · count: at least 1 instance'] },
  { query: 'core=m5.xlarge:2.5', field: 'core.count', value: '2.5', en: ['Core group · count: a whole number of instances'] },
  { query: 'core=m5.xlarge:6000', field: 'core.count', value: '6000', en: ['Core group · count: at most 5000 instances per group'] },
  { query: 'core=m5.xlarge:four', field: 'core.count', value: 'four', en: ['Core group · count: "four" is not a number'] },
  { query: 'core=m5.xlarge:2:ebs=-1', field: 'core.ebs', value: '-1', en: ['Core group · EBS GiB: must be at least 0'] },
  { query: 'core=m5.xlarge:2:ebs=lots', field: 'core.ebs', value: 'lots', en: ['Core group · EBS GiB: "lots" is not a number'] },
  { query: 'concurrent=0', field: 'concurrent', value: '0', en: ['Concurrent applications: must be at least 1, not 0'] },
  { query: 'concurrent=1.5', field: 'concurrent', value: '1.5', en: ['Concurrent applications: must be an integer, not a float'] },
  { query: 'hdfs-gb=-5', field: 'hdfs-gb', value: '-5', en: ['HDFS data GB: must be at least 0, not -5'] },
  {
    query: 'release=emr-7',
    field: 'release',
    value: 'emr-7',
    en: ['Release label: a release label like "emr-7.12.0" (emr- then major.minor.patch)'],
  },
  {
    query: 'name=a%0Ab',
    field: 'name',
    value: 'a\\nb',
    en: ['Cluster name: a cluster name must not contain control characters (newlines, tabs …)'],
  },
  { query: `name=${'x'.repeat(300)}`, field: 'name', value: 'x'.repeat(60), en: ['Cluster name: at most 256 characters'] },
  {
    query: 'apps=Spark,Foo',
    field: 'apps',
    value: 'Foo',
    en: [
      'Applications: unknown EMR application "Foo" (known: Hadoop, Spark, Hive, HBase, Hue, JupyterHub, JupyterEnterpriseGateway, Livy, Zeppelin, Presto, Trino, Flink, Oozie, Pig, Tez, Sqoop, ZooKeeper, HCatalog, Phoenix, Ganglia, TensorFlow, MXNet, Hudi, Iceberg, Delta)',
    ],
  },
  { query: 'apps=', field: 'apps', value: null, en: ['Applications: needs at least 1 item'] },
  {
    query: 'traits=memory-bound,memory-bond',
    field: 'traits',
    value: 'memory-bond',
    en: [
      'Workload traits: "memory-bond" is not one of memory-bound, compute-bound, shuffle-heavy, skewed, hdfs-critical, hdfs-io-heavy, latency-sensitive, multi-tenant, cost-sensitive, availability-first, az-failure-tolerance, needs-node-access, existing-eks — did you mean "memory-bound"?',
    ],
  },
  { query: 'executor-cores=0', field: 'executor-cores', value: '0', en: ['Executor cores: must be at least 1, not 0'] },
  { query: 'executor-cores=300', field: 'executor-cores', value: '300', en: ['Executor cores: must be at most 256, not 300'] },
  {
    query: 'executor-memory=ten',
    field: 'executor-memory',
    value: 'ten',
    en: ['Executor memory: "ten" is not a Spark memory size; write e.g. 10g (GiB) or 10240m (MiB)'],
  },
  {
    query: 'driver-memory=5000000m',
    field: 'driver-memory',
    value: '5000000',
    en: ['Driver memory: must be at most 4194304, not 5000000'],
  },
  { query: 'overhead-factor=1', field: 'overhead-factor', value: '1', en: ['Memory overhead factor: must be at most 1, not 1'] },
  { query: 'overhead-factor=0', field: 'overhead-factor', value: '0', en: ['Memory overhead factor: must be at least 0, not 0'] },
  { query: 'replication=11', field: 'replication', value: '11', en: ['dfs.replication: must be at most 10, not 11'] },
  {
    query: 'scaling-min=10&scaling-max=5',
    field: 'scaling-min',
    value: '10',
    en: ['Managed scaling minimum: minimumCapacityUnits must not exceed maximumCapacityUnits'],
  },
  {
    query: 'scaling-min=2',
    field: 'scaling-max',
    value: null,
    en: ['Managed scaling maximum: enter a number, or clear both managed scaling fields'],
  },
  { query: 'scaling-min=0&scaling-max=5', field: 'scaling-min', value: '0', en: ['Managed scaling minimum: must be at least 1, not 0'] },
  { query: 'idle-timeout=0', field: 'idle-timeout', value: '0', en: ['Idle timeout: must be at least 1, not 0'] },
  {
    query: `task=${Array.from({ length: 101 }, () => 'm5.xlarge:1').join('&task=')}`,
    field: 'task.0.type',
    value: null,
    en: ['Task group 1 · instance type: at most 100 task groups can be described (EMR allows 48)'],
  },
  {
    query: 'preset=long-running&core-fleet=m5.xlarge/0/0',
    field: 'core-fleet.od',
    value: '0',
    en: ['Core fleet · On-Demand units: a fleet needs a target capacity: targetOnDemandCapacity + targetSpotCapacity must be at least 1'],
  },
  {
    query: 'preset=long-running&core-fleet=m5.xlarge,m5.xlarge/2/0',
    field: 'core-fleet.types',
    value: 'm5.xlarge',
    en: ['Core fleet · instance types: m5.xlarge is listed twice in the fleet'],
  },
  {
    query: 'preset=long-running&core-fleet=m5.xlarge:foo=1/2/0',
    field: 'core-fleet.types',
    value: 'm5.xlarge:foo=1',
    en: ['Core fleet · instance types: "m5.xlarge:foo=1" — after a type write :weight=N, :ebs=GIB or :max-price=PERCENT'],
  },
  {
    query: 'preset=long-running&core-fleet=m5.xlarge:weight=0/2/0',
    field: 'core-fleet.types',
    value: '0',
    en: ['Core fleet · instance types: must be at least 1, not 0'],
  },
  {
    query: 'preset=long-running&core-fleet=m5.xlarge:weight=x/2/0',
    field: 'core-fleet.types',
    value: 'x',
    en: ['Core fleet · instance types: "x" is not a number'],
  },
  {
    query: 'preset=long-running&core-fleet=m5.xlarge/2/0/vcpu/capacity-optimised',
    field: 'core-fleet.spot-strategy',
    value: 'capacity-optimised',
    en: [
      'Core fleet · Spot allocation strategy: "capacity-optimised" is not one of capacity-optimized, price-capacity-optimized, lowest-price, diversified, capacity-optimized-prioritized — did you mean "capacity-optimized"?',
    ],
  },
  {
    query: `preset=long-running&task-fleet=${fortyTypes}/0/4`,
    field: 'task-fleet.types',
    value: null,
    en: ['Task fleet · instance types: a fleet lists at most 30 instance types, and at most 5 without an allocation strategy (R-VAL-04)'],
  },
  {
    query: 'primary=',
    field: 'primary.type',
    value: null,
    en: [
      'Primary group · instance type: unknown instance type "": not in the instance catalog (families m4, m5, m5d, m6g, m7g, c4, c5, c5d, c6g, r4, r5, r5d, r6g, r7g, i3); write family.size, e.g. "m5.xlarge"',
    ],
  },
  {
    query: 'preset=long-running&core-fleet=/2/0',
    field: 'core-fleet.types',
    value: null,
    en: ['Core fleet · instance types: a fleet lists at least one instance type'],
  },
  {
    query: 'preset=long-running&core-fleet=m5.xlarge/two/0',
    field: 'core-fleet.od',
    value: 'two',
    en: ['Core fleet · On-Demand units: "two" is not a number'],
  },
  {
    query: 'platform=emr-serverless&executor=4:50:20',
    field: 'executor.memory',
    value: '50',
    en: [
      'Serverless executor · memory GiB: a 4-vCPU EMR Serverless worker has 8–30 GiB in steps of 1 GiB of memory, not 50 GiB (R-PLT-02)',
    ],
  },
  {
    query: 'platform=emr-serverless&driver=3:8:20',
    field: 'driver.vcpu',
    value: '3',
    en: ['Serverless driver · vCPU: an EMR Serverless worker has 1, 2, 4, 8, 16, 32 vCPUs, not 3 (R-PLT-02)'],
  },
  {
    query: 'platform=emr-serverless&driver=0:2:20',
    field: 'driver.vcpu',
    value: '0',
    en: [
      'Serverless driver · vCPU: must be at least 0, not 0',
      'Serverless driver · vCPU: an EMR Serverless worker has 1, 2, 4, 8, 16, 32 vCPUs, not 0 (R-PLT-02)',
    ],
  },
  {
    query: 'platform=emr-serverless&executor=4:16:500',
    field: 'executor.disk',
    value: '500',
    en: ['Serverless executor · disk GiB: an EMR Serverless worker disk is a whole number of GiB from 20 to 200, not 500 (R-PLT-02)'],
  },
  {
    query: 'platform=emr-serverless&executor=:16:20',
    field: 'executor.vcpu',
    value: null,
    en: [
      'Serverless executor · vCPU: enter a number',
      'Serverless executor · memory GiB: a 1-vCPU EMR Serverless worker has 2–8 GiB in steps of 1 GiB of memory, not 16 GiB (R-PLT-02)',
    ],
  },
  {
    query: 'platform=emr-serverless&init-drivers=-1',
    field: 'init-drivers',
    value: '-1',
    en: ['Pre-initialized drivers: must be at least 0, not -1'],
  },
  { query: 'platform=emr-serverless&auto-stop=0', field: 'auto-stop', value: '0', en: ['Auto-stop: must be at least 1, not 0'] },
  { query: 'platform=emr-serverless&auto-stop=soon', field: 'auto-stop', value: 'soon', en: ['Auto-stop: "soon" is not a number'] },
  {
    query: 'platform=emr-serverless&max-vcpu=4',
    field: 'max-memory',
    value: null,
    en: ['Maximum memory GiB: enter a number, or clear both maximum-capacity fields'],
  },
  {
    query: 'platform=emr-serverless&max-vcpu=0&max-memory=10',
    field: 'max-vcpu',
    value: '0',
    en: ['Maximum vCPU: must be at least 0, not 0'],
  },
];

describe('input errors in Korean', () => {
  it.each(CASES.map((c) => [c.query.length > 70 ? `${c.query.slice(0, 70)}…` : c.query, c] as const))('%s', (_, c) => {
    const parsed = parseState(stateFromParams(new URLSearchParams(c.query)).state);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // English: the old messages, word for word.
    expect(parsed.errors.map((e) => e.message.en)).toEqual(c.en);
    expect(parsed.errors[0]?.field).toBe(c.field);
    for (const e of parsed.errors) {
      const label = fieldLabel(e.field);
      // Korean: the field's Korean name, then what is wrong in Korean, quoting what was typed.
      expect(e.message.ko.startsWith(`${label.ko}: `), e.message.ko).toBe(true);
      expectKorean(e.message.ko, e.message.en.slice(label.en.length + 2), c.query);
    }
    if (c.value !== null) expect(parsed.errors[0]?.message.ko).toContain(c.value);
  });

  it('the unknown instance type of the e2e test and a count of 0, as the student reads them', () => {
    const parsed = parseState(stateFromParams(new URLSearchParams('preset=streaming-24x7&primary=m9.huge&core=m5.xlarge:0')).state);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.message.ko)).toEqual([
      expect.stringMatching(/^프라이머리 노드 · 인스턴스 유형: 알 수 없는 인스턴스 유형 "m9\.huge": 인스턴스 카탈로그에 없습니다/),
      '코어 그룹 · 개수: 인스턴스가 1개 이상이어야 합니다 (입력: 0)',
    ]);
  });
});

describe('ignored link settings in Korean', () => {
  const query =
    'preset=nope&profile=x1&platform=lambda&layout=grid&am=x2&deploy-mode=x3&submitter=x4&dynamic-allocation=x5' +
    '&scaling-unit=x6&data=x7&mra=maybe&core-fleet=m5.xlarge/1/1/weird&bogus=1';
  const { problems } = stateFromParams(new URLSearchParams(query));

  it('every reason reads in Korean and quotes the value it could not use', () => {
    expect(problems.map((p) => p.key)).toEqual([
      'preset',
      'profile',
      'platform',
      'layout',
      'core-fleet',
      'am',
      'deploy-mode',
      'submitter',
      'mra',
      'dynamic-allocation',
      'scaling-unit',
      'data',
      'bogus',
    ]);
    for (const p of problems) {
      expectKorean(p.message.ko, p.message.en, p.key);
      // The notice shows `key=value` before the reason; a reason about the value quotes it too.
      if (p.key !== 'bogus') expect(p.message.ko, p.key).toContain(p.key === 'core-fleet' ? '"weird"' : `"${p.value}"`);
    }
    expect(problems.find((p) => p.key === 'bogus')?.message.ko).toBe('계산기 설정이 아닙니다');
  });

  it('in English they are the old reasons', () => {
    expect(Object.fromEntries(problems.map((p) => [p.key, p.message.en]))).toEqual({
      preset: '"nope" is not a preset (interactive, streaming-24x7, long-running, data-critical, transient-batch, cost-driven, test)',
      profile:
        '"x1" is not a workload profile (interactive, streaming-24x7, long-running, data-critical, transient-batch, cost-driven, test)',
      platform: '"lambda" is not a platform the calculator edits (emr-ec2, emr-serverless, emr-eks)',
      layout: '"grid" is not a layout (instance-groups, instance-fleets)',
      'core-fleet': 'weighting "weird" is not vcpu or instance',
      am: '"x2" is not an application-master placement (core, on-demand, any)',
      'deploy-mode': '"x3" is not a deploy mode (client, cluster)',
      submitter: '"x4" is not a submitter (step, spark-submit, shell, spark-sql-shell, thrift-server, livy, notebook-kernel)',
      mra: '"maybe" is not 1 or 0',
      'dynamic-allocation': '"x5" is not true or false (true, false)',
      'scaling-unit': '"x6" is not a managed scaling unit (instances, vcpu, instance-fleet-units)',
      data: '"x7" is not a data store (s3, hdfs)',
      bogus: 'not a calculator setting',
    });
  });
});

describe('field names', () => {
  /** Every control of the form (ids `f-<field>`), task rows and fleets included. */
  const FORM_FIELDS = [
    ...['primary', 'core', 'task.0', 'task.3'].flatMap((g) => ['type', 'count', 'market', 'ebs'].map((l) => `${g}.${l}`)),
    ...['core-fleet', 'task-fleet'].flatMap((f) =>
      ['types', 'od', 'spot', 'weighting', 'spot-strategy', 'od-strategy'].map((l) => `${f}.${l}`),
    ),
    ...['driver', 'executor'].flatMap((w) => ['vcpu', 'memory', 'disk'].map((l) => `${w}.${l}`)),
    ...'profile traits concurrent hdfs-gb platform release name layout apps am deploy-mode submitter mra dynamic-allocation executor-cores executor-memory driver-memory overhead-factor replication scaling-unit scaling-min scaling-max scaling-max-od scaling-max-core after-last-step idle-timeout metastore reserved consistent-view data init-drivers init-executors auto-stop max-vcpu max-memory'.split(
      ' ',
    ),
  ];

  it('every field has a Korean name (maximizeResourceAllocation is a configuration key in both)', () => {
    const untranslated = FORM_FIELDS.filter((f) => f !== 'mra' && !HANGUL.test(fieldLabel(f).ko));
    expect(untranslated).toEqual([]);
    expect(fieldLabel('task.1.count')).toEqual({ en: 'Task group 2 · count', ko: '태스크 그룹 2 · 개수' });
    expect(fieldLabel('core-fleet.od').ko).toBe('코어 플릿 · On-Demand 용량 (단위)');
  });
});

/** The messages a schema gives its built-in checks (`.min(1, '…')`, `invalid_type_error`), found by walking it. */
function fixedMessages(schema: z.ZodTypeAny, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  // biome-ignore lint/suspicious/noExplicitAny: zod's definitions differ per schema kind
  const def = schema._def as any;
  const out: string[] = [];
  for (const check of def.checks ?? []) if (typeof check.message === 'string') out.push(check.message);
  for (const k of ['minLength', 'maxLength', 'exactLength']) if (typeof def[k]?.message === 'string') out.push(def[k].message);
  if (typeof def.errorMap === 'function') {
    const issue = { code: 'invalid_type', expected: 'number', received: 'string', path: [] };
    const { message } = def.errorMap(issue, { defaultError: '\0', data: 'x' });
    if (message !== '\0') out.push(message);
  }
  const children: unknown[] = [
    ...(typeof def.shape === 'function' ? Object.values(def.shape()) : []),
    def.innerType,
    def.schema,
    def.type,
    def.in,
    def.out,
    ...(Array.isArray(def.options) ? def.options : []),
  ];
  for (const c of children) if (c && typeof c === 'object' && '_def' in c) out.push(...fixedMessages(c as z.ZodTypeAny, seen));
  return out;
}

describe('no English fallback', () => {
  it("every fixed message of the model's schemas has its Korean", () => {
    const messages = [...new Set([...fixedMessages(WorkloadSchema), ...fixedMessages(ClusterSchema)])];
    // The walk reaches the checks (a walk that finds nothing would prove nothing).
    expect(messages).toEqual(
      expect.arrayContaining([
        'at least 1 instance',
        'a whole number of instances (1 or more)',
        'at most 256 characters',
        'a release label like "emr-7.12.0" (emr- then major.minor.patch)',
      ]),
    );
    const issue = (message: string) => ({ code: 'too_small', message, path: [] }) as unknown as z.ZodIssue;
    expect(messages.filter((m) => !HANGUL.test(koreanIssueMessage(issue(m)) ?? ''))).toEqual([]);
  });

  it("zod's built-in issues the form does not produce today are worded in Korean too", () => {
    const base = { path: ['x'], message: 'zod default' };
    const issues = [
      { ...base, code: 'invalid_type', expected: 'number', received: 'undefined' },
      { ...base, code: 'invalid_type', expected: 'string', received: 'number' },
      { ...base, code: 'invalid_literal', expected: 'emr-ec2', received: 'x' },
      { ...base, code: 'invalid_union_discriminator', options: ['emr-ec2', 'emr-serverless'] },
      { ...base, code: 'invalid_union', unionErrors: [] },
      { ...base, code: 'unrecognized_keys', keys: ['colour'] },
      { ...base, code: 'invalid_string', validation: 'regex' },
      { ...base, code: 'not_multiple_of', multipleOf: 4 },
      { ...base, code: 'not_finite' },
      { ...base, code: 'invalid_date' },
      { ...base, code: 'too_small', type: 'string', minimum: 1, inclusive: true, exact: false },
      { ...base, code: 'too_big', type: 'string', maximum: 8, inclusive: true, exact: false },
      { ...base, code: 'custom' },
    ] as unknown as z.ZodIssue[];
    for (const i of issues) {
      const ko = koreanZodIssue(i, 'abc');
      expect(ko, i.code).toMatch(HANGUL);
      expect(withoutQuotes(ko), i.code).not.toMatch(ENGLISH_WORDS);
      expect(ko, i.code).toContain('"abc"');
    }
  });
});
