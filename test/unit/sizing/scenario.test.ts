/**
 * The `emr-scenario` block: parsing, problem positions in the note file, the answer-key check, and
 * the owner's seed questions (skipped with a notice when ../shared/seeds is absent).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInstanceTypeMentions, INSTANCE_CATALOG } from '../../../src/core/catalog/instance-catalog.ts';
import { parseNote as parseContentNote } from '../../../src/core/notes/parse-note.ts';
import {
  checkAnswerKey,
  findScenarioBlocks,
  parseScenario,
  parseSparkSize,
  type AnswerKeyCheck,
  type ClusterScenario,
} from '../../../src/core/sizing/index.ts';
import { HAVE_SEEDS, PROJECT_ROOT, seedFile } from '../../helpers/seeds.ts';

/** A note with prose before the block, so note lines differ from YAML lines. */
function note(yaml: string): string {
  return ['---', 'title: test', '---', '', '**Question:** Which configuration?', '', '```emr-scenario', yaml, '```', ''].join('\n');
}

/** Parses the one scenario block of a note. */
function parseNote(text: string) {
  const [block] = findScenarioBlocks(text);
  if (!block) throw new Error('no block');
  return parseScenario(block.yaml, block.firstLine);
}

/** 1-based line and column of the first occurrence of `needle` in `text` (independent of the parser). */
function locate(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    let from = 0;
    for (;;) {
      const col = (lines[i] as string).indexOf(needle, from);
      if (col < 0) break;
      if (++seen === occurrence) return { line: i + 1, column: col + 1 };
      from = col + 1;
    }
  }
  throw new Error(`${needle} not found`);
}

const STREAMING = `workload:
  profile: streaming-24x7
  traits: [cost-sensitive]
defaults:
  release: emr-7.12.0
options:
  A:
    primary: m5.xlarge
    core: m5.2xlarge x4
    task: m5.2xlarge x10
  B:
    primary: m5.xlarge
    core: m5.2xlarge x4 on-demand
    task: m5.2xlarge x10 spot
    am: core
  C:
    primary: m5.xlarge spot
    core: m5.2xlarge x4 spot
    task: m5.2xlarge x10 spot
  D:
    not-a-cluster: AWS Batch schedules containers; it is not an EMR cluster`;

describe('parseScenario', () => {
  it('reads the compact form into clusters and a workload', () => {
    const { scenario, problems } = parseNote(note(STREAMING));
    expect(problems).toEqual([]);
    const s = scenario as ClusterScenario;
    expect(s.workload).toMatchObject({ profile: 'streaming-24x7', traits: ['cost-sensitive'] });
    expect(s.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
    const b = s.options[1]?.cluster;
    expect(b?.platform).toBe('emr-ec2');
    if (b?.platform !== 'emr-ec2' || b.instances.mode !== 'instance-groups') throw new Error('groups expected');
    expect(b.instances.primary).toEqual({ instanceType: 'm5.xlarge', count: 1, market: 'on-demand' });
    expect(b.instances.core).toEqual([{ instanceType: 'm5.2xlarge', count: 4, market: 'on-demand' }]);
    expect(b.instances.task).toEqual([{ instanceType: 'm5.2xlarge', count: 10, market: 'spot' }]);
    expect(b.applicationMasterNodes).toBe('core');
    expect(s.options[3]).toMatchObject({ cluster: null, notACluster: 'AWS Batch schedules containers; it is not an EMR cluster' });
  });

  it('records each option’s line in the note file', () => {
    const text = note(STREAMING);
    const { scenario } = parseNote(text);
    expect(scenario?.options.find((o) => o.letter === 'C')?.line).toBe(locate(text, '  C:').line);
    expect(scenario?.line).toBe(locate(text, 'workload:').line);
  });

  it('reads fleets, Serverless workers, Spark sizes and full objects', () => {
    const { scenario, problems } = parseScenario(
      `workload: { profile: interactive, concurrent-apps: 4 }
options:
  A:
    primary: m5.2xlarge
    core:
      fleet: [m5.xlarge, {type: m5.2xlarge, weight: 8}]
      on-demand: 16
      spot-strategy: capacity-optimized
    task:
      fleet: m5.xlarge, m5.2xlarge
      spot: 32
    executor-memory: 8g
    driver-memory: 4096m
    deploy-mode: cluster
    submitter: livy
    managed-scaling: 16-64 units
  B:
    platform: emr-serverless
    driver: 2 vCPU 8 GiB
    executor: 4 vCPU 16 GiB 50 GiB disk
    initial-capacity: 1 driver, 4 executors
  C:
    full:
      platform: emr-ec2
      instances:
        mode: instance-groups
        primary: { instanceType: m5.xlarge, count: 1 }
        core: { instanceType: m5.xlarge, count: 4 }
`,
      1,
    );
    expect(problems).toEqual([]);
    const [a, b, c] = (scenario as ClusterScenario).options.map((o) => o.cluster);
    if (a?.platform !== 'emr-ec2' || a.instances.mode !== 'instance-fleets') throw new Error('fleet expected');
    expect(a.instances.core.instanceTypes).toEqual([{ instanceType: 'm5.xlarge' }, { instanceType: 'm5.2xlarge', weightedCapacity: 8 }]);
    expect(a.instances.task?.targetSpotCapacity).toBe(32);
    expect(a.spark).toMatchObject({ executorMemoryMiB: 8192, driverMemoryMiB: 4096, deployMode: 'cluster', submitter: 'livy' });
    expect(a.managedScaling).toEqual({ minimumCapacityUnits: 16, maximumCapacityUnits: 64, unitType: 'instance-fleet-units' });
    expect(b).toMatchObject({
      platform: 'emr-serverless',
      driver: { vcpu: 2, memoryGiB: 8, diskGiB: 20 },
      executor: { vcpu: 4, memoryGiB: 16, diskGiB: 50 },
      initialCapacity: { drivers: 1, executors: 4 },
    });
    expect(c?.platform).toBe('emr-ec2');
  });

  it('reads Spark sizes in Spark’s notation', () => {
    expect([parseSparkSize('10g'), parseSparkSize('10240m'), parseSparkSize(512), parseSparkSize('ten')]).toEqual([
      10240,
      10240,
      512,
      null,
    ]);
  });
});

describe('scenario problems point at the note file', () => {
  const BAD = `workload: interactive
options:
  A:
    primary: m5.xlarge
    core: m9.large x4
  B:
    primary: m5.xlarge
    core: m5.xlarge x0 spot
  C:
    platform: emr-serverless
    executor: 4 vCPU 50 GiB
  D:
    primary: m5.xlarge
    core: m5.xlarge x2
    colour: red`;
  const text = note(BAD);
  const { scenario, problems } = parseNote(text);

  it('returns no scenario while there are problems', () => {
    expect(scenario).toBeNull();
    expect(problems.length).toBe(4);
  });

  it('an unknown instance type: line and column of the type, message naming the field', () => {
    const p = problems.find((x) => x.message.includes('m9.large'));
    expect(p).toMatchObject(locate(text, 'm9.large'));
    expect(p?.message).toContain('instances.core[0].instanceType');
    expect(p?.message).toContain('unknown instance type');
    expect(p?.hint).toMatch(/m5\.xlarge/);
  });

  it('a count of 0: at the count token', () => {
    const p = problems.find((x) => x.message.includes('count 0'));
    expect(p).toMatchObject(locate(text, 'x0'));
    expect(p?.hint).toContain('xN');
  });

  it('a Serverless worker off the grid: at the value, naming memoryGiB and the allowed range', () => {
    const p = problems.find((x) => x.message.includes('memoryGiB'));
    expect(p).toMatchObject(locate(text, '4 vCPU 50 GiB'));
    expect(p?.message).toContain('8–30 GiB');
  });

  it('an unknown key: at the key', () => {
    const p = problems.find((x) => x.message.includes('colour'));
    expect(p).toMatchObject(locate(text, 'colour'));
    expect(p?.hint).toContain('primary');
  });

  it('YAML syntax errors carry the note line', () => {
    const broken = note('workload: interactive\noptions:\n  A: [unclosed\n');
    const r = parseNote(broken);
    expect(r.scenario).toBeNull();
    expect(r.problems[0]?.message).toMatch(/^YAML/);
    expect(r.problems[0]?.line).toBeGreaterThanOrEqual(locate(broken, 'workload:').line);
  });

  it('a fleet with 40 instance types', () => {
    const types = INSTANCE_CATALOG.instances
      .filter((t) => t.emrSupported)
      .slice(0, 40)
      .map((t) => t.name);
    expect(new Set(types).size).toBe(40);
    const r = parseScenario(
      `workload: interactive\noptions:\n  A:\n    primary: m5.xlarge\n    core:\n      fleet: [${types.join(', ')}]\n      on-demand: 10\n  B:\n    primary: m5.xlarge\n    core: m5.xlarge x2\n`,
      5,
    );
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 5 + 5, column: 14 });
    expect(r.problems[0]?.message).toContain('instances.core.instanceTypes: a fleet lists at most 30 instance types');
  });

  it('missing core, letter gaps, mixing groups with fleets', () => {
    const r = parseScenario(
      `workload: test
options:
  A:
    primary: m5.xlarge
  C:
    primary: m5.xlarge
    core: { fleet: [m5.xlarge], on-demand: 4 }
    task: m5.xlarge x2`,
      1,
    );
    const messages = r.problems.map((p) => p.message).join('\n');
    expect(messages).toContain('needs `core:`');
    expect(messages).toContain('without gaps');
    expect(messages).toContain('cannot mix instance fleets and instance groups');
  });
});

describe('checkAnswerKey', () => {
  const scenario = parseNote(note(STREAMING)).scenario as ClusterScenario;

  it('passes when the keyed option ranks first, and says what decided against the next one', () => {
    const r = checkAnswerKey(scenario, ['B']);
    expect(r.ok).toBe(true);
    expect(r.ranking[0]?.label).toBe('B');
    expect(r.message.en).toContain('R-PUR-06');
  });

  it('fails for an invalid keyed option, naming the rule', () => {
    const r = checkAnswerKey(scenario, ['C']);
    expect(r.ok).toBe(false);
    expect(r.decidingRules).toContain('R-PUR-01');
    expect(r.message.en).toContain('invalid');
    expect(r.line).toBe(scenario.options.find((o) => o.letter === 'C')?.line);
  });

  it('fails when another option ranks above the keyed one, naming the deciding rules and their kind', () => {
    const r = checkAnswerKey(scenario, ['A']);
    expect(r.ok).toBe(false);
    expect(r.message.en).toContain('option B ranks above the keyed option A');
    expect(r.decidingRules).toEqual(['R-PUR-06']);
    expect(r.message.en).toContain('documentation');
  });

  it('refuses to confirm a keyed option that is not a cluster, or a letter the scenario lacks', () => {
    expect(checkAnswerKey(scenario, ['D']).ok).toBe(false);
    expect(checkAnswerKey(scenario, ['F']).message.en).toContain('no option F');
  });

  it('accepts a "choose two" key when both keyed options rank ahead of the rest', () => {
    const two = parseScenario(
      `workload: transient-batch
options:
  A: { primary: m5.xlarge, core: m5.2xlarge x4, auto-terminate: after-last-step }
  B: { primary: m5.xlarge, core: m5.2xlarge x4, idle-timeout-minutes: 30 }
  C: { primary: m5.xlarge, core: m5.2xlarge x4 }`,
      1,
    ).scenario as ClusterScenario;
    expect(checkAnswerKey(two, ['A', 'B']).ok).toBe(true);
    expect(checkAnswerKey(two, ['A', 'C']).ok).toBe(false);
  });
});

describe.skipIf(!HAVE_SEEDS)('the owner’s seed questions', () => {
  /** Option lines `- X) text` of a seed question (the options are ASCII even in the mojibake seed). */
  function optionsOf(text: string): Map<string, string> {
    return new Map([...text.matchAll(/^- ([A-J])\) (.+)$/gm)].map((m) => [m[1] as string, m[2] as string]));
  }

  it('seed 000: its keyed answer (all workers m5.large) fails the check with R-VAL-01', () => {
    const text = readFileSync(seedFile('000'), 'utf8');
    const options = optionsOf(text);
    // The key line is mojibake Korean, but the keyed letter and ")" are ASCII.
    const key = /\*\*[^*\n]*:\s*([A-J])\)/.exec(text.slice(text.indexOf('**Options:**')))?.[1];
    expect(key).toBe('C');
    expect(options.get('C')).toContain('m5.large');
    // Build the scenario from the seed's own words: the last instance type an option names is its
    // master node, the others are the workers (a mixed fleet when there are several).
    const yaml = ['workload: { profile: interactive, traits: [latency-sensitive] }', 'options:'];
    for (const [letter, textOfOption] of options) {
      const names = findInstanceTypeMentions(textOfOption).map((m) => m.name);
      const primary = names[names.length - 1];
      const workers = [...new Set(names.slice(0, -1))];
      yaml.push(`  ${letter}:`, `    primary: ${primary}`);
      if (workers.length === 1) yaml.push(`    core: ${workers[0]} x10`);
      else yaml.push(`    core: { fleet: [${workers.join(', ')}], on-demand: 80 }`);
    }
    const { scenario, problems } = parseScenario(yaml.join('\n'), 1);
    expect(problems).toEqual([]);
    const check = checkAnswerKey(scenario as ClusterScenario, [key as string]);
    expect(check.ok).toBe(false);
    expect(check.decidingRules).toContain('R-VAL-01');
    // The options that name m5.large anywhere (C, D, E) are exactly the invalid ones.
    const invalid = check.ranking
      .filter((r) => !r.valid)
      .map((r) => r.label)
      .sort();
    expect(invalid).toEqual(
      [...options]
        .filter(([, t]) => t.includes('m5.large'))
        .map(([l]) => l)
        .sort(),
    );
  });

  it('seed 002: its key (EMR, primary and core On-Demand, task Spot) passes for a 24×7 streaming workload', () => {
    const text = readFileSync(seedFile('002'), 'utf8');
    const options = optionsOf(text);
    const key = /\*\*[^*\n]*:\s*([A-J])\)/.exec(text.slice(text.indexOf('**Options:**')))?.[1];
    expect(key).toBe('B');
    expect(options.get('B')).toMatch(/Master and Core nodes as On-Demand, Task nodes as Spot/);
    const scenario = parseScenario(
      `workload: { profile: streaming-24x7, traits: [cost-sensitive] }
options:
  A: { platform: aws-batch, compute: SPOT }
  B: { primary: m5.xlarge, core: m5.2xlarge x4, task: m5.2xlarge x10 spot, am: core }
  C: { platform: aws-batch, compute: EC2 }
  D: { primary: m5.xlarge spot, core: m5.2xlarge x4 spot, task: m5.2xlarge x10 spot }
  E: { not-a-cluster: Elastic Beanstalk runs web applications }`,
      1,
    ).scenario as ClusterScenario;
    const check = checkAnswerKey(scenario, [key as string]);
    expect(check.ok, check.message.en).toBe(true);
    expect(check.ranking.find((r) => r.label === 'D')?.valid).toBe(false);
  });
});

/** Hangul syllables: a text a Korean student reads has some. */
const HANGUL = /[\uac00-\ud7af]/;

/** Rule ids (`R-PUR-01`) a text names. */
const ruleIdsIn = (text: string): string[] => [...new Set(text.match(/\bR-[A-Z]+-\d+\b/g) ?? [])];

/** Option letters (A–J standing alone) a text names. */
const lettersIn = (text: string): string[] => [...new Set(text.match(/(?<![\w-])[A-J](?![\w-])/g) ?? [])];

/**
 * What the Korean message of a check drops or garbles: an option letter or rule id of the English,
 * Hangul missing, an unrendered value. The findings' own messages are left out of the English
 * before its letters are read (their English may start with the article "A").
 */
function koreanProblems(check: AnswerKeyCheck, label: string): string[] {
  const { en, ko } = check.message;
  const problems: string[] = [];
  if (!HANGUL.test(ko)) problems.push(`${label}: no Hangul in ${ko}`);
  if (/undefined|\[object |\$\{|NaN/.test(ko)) problems.push(`${label}: unrendered value in ${ko}`);
  let structure = en;
  for (const r of check.ranking) for (const f of r.evaluation.findings) structure = structure.split(f.message.en).join(' ');
  for (const letter of lettersIn(structure))
    if (!lettersIn(ko).includes(letter)) problems.push(`${label}: option ${letter} missing from ${ko}`);
  for (const id of ruleIdsIn(en)) if (!ko.includes(id)) problems.push(`${label}: ${id} missing from ${ko}`);
  return problems;
}

describe('the answer-key message in Korean (the compare view shows it to a Korean student)', () => {
  const scenario = parseNote(note(STREAMING)).scenario as ClusterScenario;

  it('says in Korean that the key ranks first and why the next option is behind, keeping letters and rule ids', () => {
    const r = checkAnswerKey(scenario, ['B']);
    expect(r.message.ko).toMatch(HANGUL);
    expect(r.message.ko).toContain('B');
    expect(r.message.ko).toContain('R-PUR-06');
    expect(r.message.ko).not.toContain('ranks first');
    expect(koreanProblems(r, 'B')).toEqual([]);
  });

  it('says in Korean which option ranks above the key, for every failure kind', () => {
    for (const key of ['A', 'C', 'D', 'F']) {
      const r = checkAnswerKey(scenario, [key]);
      expect(r.ok, key).toBe(false);
      expect(koreanProblems(r, key)).toEqual([]);
    }
    expect(checkAnswerKey(scenario, ['A']).message.ko).toContain('선택지 B');
    expect(checkAnswerKey(scenario, []).message.ko).toMatch(HANGUL);
  });

  it('says in English what `emr-prep check` prints, naming each deciding rule once', () => {
    expect(checkAnswerKey(scenario, ['F']).message.en).toBe('the answer key names F, but the scenario has no option F');
    expect(checkAnswerKey(scenario, ['A']).message.en).toMatch(
      /^option B ranks above the keyed option A \(place 1 vs 2\); A is behind because it is decided by AWS\/Spark documentation or derived arithmetic: R-PUR-06 \(advice\) — [^R]/,
    );
    // Each deciding rule is named once, with its severity; its provenance is the decision's kind.
    expect(checkAnswerKey(scenario, ['A']).message.en.match(/R-PUR-06/g)).toHaveLength(1);
    expect(checkAnswerKey(scenario, ['A']).message.ko.match(/R-PUR-06/g)).toHaveLength(1);
  });

  // Every bundled cluster-config question: its key (the message the compare view shows) and, as the
  // key, each other option (the failure messages an author would see).
  const bundled = readdirSync(path.join(PROJECT_ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => {
      const text = readFileSync(path.join(PROJECT_ROOT, 'content', file), 'utf8');
      const encoding = { bom: false, crlf: false, invalidUtf8: 0, mojibake: null } as unknown as Parameters<
        typeof parseContentNote
      >[0]['encoding'];
      return parseContentNote({ file, text, encoding }).note.blocks.flatMap((b) => {
        if (!b.question || !b.scenario) return [];
        const parsed = parseScenario(b.scenario.text, b.scenario.line).scenario;
        return parsed ? [{ id: b.question.id, answer: b.question.answer, scenario: parsed }] : [];
      });
    });

  it('reads in Korean for every bundled scenario, keyed or not, and names the letters and rule ids of the English', () => {
    // content/ holds at least 30 of them (test/unit/content/coverage.test.ts).
    expect(bundled.length).toBeGreaterThanOrEqual(30);
    const problems: string[] = [];
    for (const q of bundled) {
      const keyed = checkAnswerKey(q.scenario, q.answer);
      expect(keyed.ok, `${q.id}: ${keyed.message.en}`).toBe(true);
      problems.push(...koreanProblems(keyed, `${q.id} key ${q.answer.join(',')}`));
      for (const o of q.scenario.options) {
        if (q.answer.includes(o.letter)) continue;
        problems.push(...koreanProblems(checkAnswerKey(q.scenario, [o.letter]), `${q.id} as if ${o.letter}`));
      }
    }
    expect(problems).toEqual([]);
  });
});
