/**
 * One malformed fixture of our own per diagnostic code: each must produce its code at the right
 * file and line, and a malformed question must never be published.
 */
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../src/core/diagnostics/codes.ts';
import { kbFromFiles, type UnreadEntry } from '../../helpers/kb.ts';
import { questionWithOptions, utf16le } from '../../helpers/hostile-corpus.ts';

const REGISTRY = `service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: Amazon EMR\n  en: Amazon EMR\n`;

/** A valid note around a question block. */
function note(block: string, frontmatter = 'title: Test note\ntags: [service/emr]'): string {
  return `---\n${frontmatter}\n---\n\n# Test note\n\n## 관련 문제\n\n${block}\n`;
}
const HEAD = '---\ntitle: Test note\ntags: [service/emr]\n---\n\n';
const GOOD_OPTIONS = '**Options:**\n\n- A) one\n- B) two\n- C) three';
const GOOD_EXPLANATIONS = '💡 추가 설명:\n\n- **Option A** - a\n- **Option B** - b\n- **Option C** - c';

interface Fixture {
  files: Record<string, string | Uint8Array | null | UnreadEntry>;
  registry?: string;
  /** The folder's own glossary.yml. */
  glossary?: string;
  file: string;
  line: number;
  /** When set, the question of the fixture must not be published. */
  unpublished?: boolean;
  /** Build with the freshness check of sources on, as of this date. */
  today?: string;
}

/** Korean UTF-8 decoded as Windows-1254 and saved again, with the undefined bytes dropped. */
function mojibake(text: string): string {
  const decoder = new TextDecoder('windows-1254');
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (const b of bytes) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0x9f) continue; // undefined in cp1254: lost
    out += ch;
  }
  return out;
}

/** A cluster-config question with its scenario; `key` is the keyed letter, `scenario` the YAML. */
function scenarioQuestion(key: string, scenario: string): string {
  return note(
    `**Question:** A 24x7 streaming cluster keeps HDFS data that matters. Which purchasing options?\n\n**Options:**\n\n- A) primary and core On-Demand, task Spot\n- B) Spot for primary, core and task nodes\n\n\`\`\`emr-scenario\n${scenario}\`\`\`\n\n**Answer: ${key}**\n\n💡 추가 설명:\n\n- **Option A** - a\n- **Option B** - b`,
  );
}
const STREAMING_SCENARIO =
  'workload:\n  profile: streaming-24x7\noptions:\n  A:\n    primary: m5.xlarge\n    core: m5.2xlarge x4 on-demand\n    task: m5.2xlarge x10 spot\n    am: core\n  B:\n    primary: m5.xlarge spot\n    core: m5.2xlarge x4 spot\n    task: m5.2xlarge x10 spot\n';

const FIXTURES: Record<DiagnosticCode, Fixture> = {
  'settings/invalid': {
    files: {
      'emr-prep.yml': '# folder settings\nsources:\n  maxAgeDays: a year\n',
      'a.md': '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n',
    },
    registry: REGISTRY,
    file: 'emr-prep.yml',
    line: 3,
  },
  'read/not-text': { files: { 'bin.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }, file: 'bin.md', line: 1 },
  'read/invalid-utf8': {
    files: { 'latin.md': new Uint8Array([...new TextEncoder().encode('---\ntitle: x\ntags: [service/emr]\n---\n\ncaf'), 0xe9, 0x0a]) },
    registry: REGISTRY,
    file: 'latin.md',
    line: 1,
  },
  'read/mojibake-repaired': {
    files: {
      'broken.md': mojibake(
        '---\ntitle: 스팟 인스턴스\ntags: [service/emr]\n---\n\n# 스팟 인스턴스\n\n태스크 노드는 스팟 인스턴스를 사용하고 코어 노드는 온디맨드 인스턴스를 사용한다. 인스턴스 그룹과 인스턴스 플릿이 있다.\n',
      ),
      'clean.md':
        '---\ntitle: 온디맨드\ntags: [service/emr]\n---\n\n# 온디맨드\n\n인스턴스를 사용하는 클러스터의 코어 노드와 태스크 노드, 인스턴스 플릿과 인스턴스 그룹.\n',
    },
    registry: REGISTRY,
    file: 'broken.md',
    line: 2,
  },
  'read/unreadable': { files: { 'locked.md': null }, file: 'locked.md', line: 1 },
  'frontmatter/invalid-yaml': { files: { 'a.md': '---\ntitle: ok\ntags: [service/emr\n---\n\n# A\n' }, file: 'a.md', line: 4 },
  'frontmatter/missing': { files: { 'a.md': 'Just a first line\n\nand a body.\n' }, file: 'a.md', line: 1 },
  'frontmatter/unknown-keys': {
    files: { 'a.md': '---\ntitle: A\ntags: [service/emr]\nlayout: page\n---\n\n# A\n' },
    registry: REGISTRY,
    file: 'a.md',
    line: 4,
  },
  'frontmatter/invalid-field': {
    files: { 'a.md': '---\ntitle: A\ntags: [service/emr]\ncreated: yesterday\n---\n' },
    registry: REGISTRY,
    file: 'a.md',
    line: 4,
  },
  'note/untagged': { files: { 'a.md': '---\ntitle: A\n---\n\n# A\n' }, file: 'a.md', line: 1 },
  'note/duplicate-slug': {
    files: {
      'a.md': '---\ntitle: A\nslug: same\ntags: [service/emr]\n---\n',
      'b.md': '---\ntitle: B\nslug: same\ntags: [service/emr]\n---\n',
    },
    registry: REGISTRY,
    file: 'b.md',
    line: 1,
  },
  'note/raw-html-removed': {
    files: { 'a.md': '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n\n<script>alert(1)</script>\n' },
    registry: REGISTRY,
    file: 'a.md',
    line: 8,
  },
  'tag/invalid': { files: { 'a.md': '---\ntitle: A\ntags:\n  - Service EMR\n---\n' }, file: 'a.md', line: 4 },
  'tag/unregistered': {
    files: { 'a.md': '---\ntitle: A\ntags:\n  - service/emr\n  - service/unknown-thing\n---\n' },
    registry: REGISTRY,
    file: 'a.md',
    line: 5,
  },
  'tags/invalid-registry': { files: {}, registry: 'service:\n  ko: 서비스\nservice/emr: [1, 2]\n', file: 'tags.yml', line: 1 },
  'alias/collision': {
    files: {
      'a.md': '---\ntitle: A\ntags: [service/emr]\naliases: [spot]\n---\n',
      'b.md': '---\ntitle: B\ntags: [service/emr]\naliases:\n  - spot\n---\n',
    },
    registry: REGISTRY,
    file: 'b.md',
    line: 5,
  },
  'link/unresolved': {
    files: { 'a.md': '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n\nSee [[no-such-note]] for more.\n' },
    registry: REGISTRY,
    file: 'a.md',
    line: 8,
  },
  'link/unknown-heading': {
    files: {
      'a.md': '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n\nSee [[b#Cluster mode]] and\nthen [[b#No such heading]].\n',
      'b.md': '---\ntitle: B\ntags: [service/emr]\n---\n\n# B\n\n## Cluster mode\n\nText.\n',
    },
    registry: REGISTRY,
    file: 'a.md',
    line: 9,
  },
  'question/empty-stem': {
    files: { 'q.md': note(`**Question:**\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 10,
    unpublished: true,
  },
  'question/too-few-options': {
    files: { 'q.md': note(`**Question:** Pick one.\n\n**Options:**\n\n- A) only\n\n**Answer: A**`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 14,
    unpublished: true,
  },
  'question/duplicate-option': {
    files: { 'q.md': note(`**Question:** Pick one.\n\n**Options:**\n\n- A) one\n- B) two\n- B) again\n\n**Answer: A**`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 16,
    unpublished: true,
  },
  'question/option-order': {
    files: { 'q.md': note(`**Question:** Pick one.\n\n**Options:**\n\n- A) one\n- C) two\n\n**Answer: A**`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 15,
    unpublished: true,
  },
  'question/missing-answer': {
    files: { 'q.md': note(`**Question:** Pick one.\n\n${GOOD_OPTIONS}\n\n${GOOD_EXPLANATIONS}`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 10,
    unpublished: true,
  },
  'question/unknown-answer': {
    files: { 'q.md': note(`**Question:** Pick one.\n\n${GOOD_OPTIONS}\n\n**정답: F) six**\n\n${GOOD_EXPLANATIONS}`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 18,
    unpublished: true,
  },
  'question/key-text-mismatch': {
    files: {
      'q.md': note(
        `**Question:** Which node type stores HDFS data?\n\n**Options:**\n\n- A) The primary node\n- B) The core nodes\n- C) The task nodes\n\n**정답: C) The core nodes**\n\n${GOOD_EXPLANATIONS}`,
      ),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 18,
    unpublished: true,
  },
  'question/explanation-unknown-option': {
    files: { 'q.md': note(`**Question:** Pick one.\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}\n- **Option F** - f`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 25,
    unpublished: true,
  },
  'question/duplicate-explanation': {
    files: { 'q.md': note(`**Question:** Pick one.\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}\n- **Option A** - again`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 25,
  },
  'question/missing-explanation': {
    files: {
      'q.md': note(
        `**Question:** Pick one.\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n💡 추가 설명:\n\n- **Option A** - a\n- **Option B** - b`,
      ),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 16,
  },
  'question/duplicate-id': {
    files: {
      'q.md': note(
        `<!-- id: same-id -->\n**Question:** First?\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}\n\n---\n\n<!-- id: same-id -->\n**Question:** Second?\n\n${GOOD_OPTIONS}\n\n**Answer: B**\n\n${GOOD_EXPLANATIONS}`,
      ),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 30,
  },
  'question/stray-marker': {
    files: { 'q.md': note(`Some text.\n\n${GOOD_OPTIONS}`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 12,
  },
  'scenario/invalid': {
    files: { 'q.md': scenarioQuestion('A', 'workload:\n  profile: streaming-24x7\noptions:\n  A:\n    primary: m5.xlarge x0\n') },
    registry: REGISTRY,
    file: 'q.md',
    line: 22,
  },
  'scenario/answer-key': {
    files: { 'q.md': scenarioQuestion('B', STREAMING_SCENARIO) },
    registry: REGISTRY,
    file: 'q.md',
    line: 26,
  },
  'glossary/invalid': {
    files: { 'n.md': note('Body.') },
    registry: REGISTRY,
    glossary:
      'Core node:\n  ko: 코어 노드\n  definition:\n    ko: HDFS를 맡는 노드.\n    en: Node that stores HDFS data.\nTask node:\n  ko: 태스크 노드\n  definition: Compute only.\n',
    file: 'glossary.yml',
    line: 8,
  },
  'glossary/unknown-reference': {
    files: { 'n.md': note('Body.') },
    registry: REGISTRY,
    glossary:
      'Core node:\n  ko: 코어 노드\n  definition:\n    ko: HDFS를 맡는 노드.\n    en: Node that stores HDFS data.\n  notes: [no-such-note]\n  tags: [service/emr]\n',
    file: 'glossary.yml',
    line: 6,
  },
  'item/longest-key': {
    files: {
      'q.md': note(
        `**Question:** Which node runs the DataNode?\n\n**Options:**\n\n- A) The core nodes, which store HDFS blocks on their disks\n- B) primary\n- C) task\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`,
      ),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 14,
  },
  'item/absolute-word': {
    files: {
      'q.md': note(
        `**Question:** Which one?\n\n**Options:**\n\n- A) one\n- B) always two\n- C) three\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`,
      ),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 15,
  },
  'item/all-of-the-above': {
    files: {
      'q.md': note(
        `**Question:** Which one?\n\n**Options:**\n\n- A) one\n- B) two\n- C) 모두 정답\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`,
      ),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 16,
  },
  'item/negative-stem': {
    files: { 'q.md': note(`**Question:** 다음 중 옳지 않은 것은?\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 10,
  },
  'item/choose-count': {
    files: { 'q.md': note(`**Question:** Which are right? (Choose TWO.)\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 10,
  },
  'item/duplicate-option-text': {
    files: {
      'q.md': note(`**Question:** Which one?\n\n**Options:**\n\n- A) one\n- B) two\n- C) Two\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 16,
  },
  'item/stem-asks-nothing': {
    files: { 'q.md': note(`**Question:** Core nodes and HDFS.\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`) },
    registry: REGISTRY,
    file: 'q.md',
    line: 10,
  },
  'item/near-duplicate-stem': {
    files: {
      'a.md': note(
        `**Question:** Which node type runs the HDFS DataNode daemon?\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`,
      ),
      'b.md': note(
        `**Question:** Which node type runs the HDFS DataNode daemon?\n\n${GOOD_OPTIONS}\n\n**Answer: B**\n\n${GOOD_EXPLANATIONS}`,
      ),
    },
    registry: REGISTRY,
    file: 'b.md',
    line: 10,
  },
  'note/template-text': {
    files: { 'a.md': '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n\nTODO: the key point.\n' },
    registry: REGISTRY,
    file: 'a.md',
    line: 8,
  },
  'source/missing': {
    files: { 'a.md': '---\ntitle: A\ntags: [service/emr]\n---\n\n# A\n\nText.\n' },
    registry: REGISTRY,
    file: 'a.md',
    line: 1,
    today: '2026-12-03',
  },
  'source/stale': {
    files: {
      'a.md':
        '---\ntitle: A\ntags: [service/emr]\nsources:\n  - url: https://docs.aws.amazon.com/emr/\n    checked: 2025-01-10\n---\n\n# A\n',
    },
    registry: REGISTRY,
    file: 'a.md',
    line: 5,
    today: '2026-12-03',
  },
  'source/duplicate-url': {
    files: {
      'a.md':
        '---\ntitle: A\ntags: [service/emr]\nsources:\n  - url: https://docs.aws.amazon.com/emr/\n    checked: 2026-12-01\n  - url: https://docs.aws.amazon.com/emr\n    checked: 2026-12-01\n---\n\n# A\n',
    },
    registry: REGISTRY,
    file: 'a.md',
    line: 7,
  },
  'question/unsupported-instance-type': {
    files: {
      'q.md': note(
        `**Question:** Which primary node type?\n\n**Options:**\n\n- A) m5.large\n- B) m5.xlarge\n\n**Answer: B**\n\n💡 추가 설명:\n\n- **Option A** - not offered by EMR\n- **Option B** - smallest m5 on EMR`,
      ),
    },
    registry: REGISTRY,
    file: 'q.md',
    line: 14,
  },
  // ── hostile and broken input (issue 13) ──
  'limit/file-too-large': {
    files: { 'big.md': `${HEAD}${'A short paragraph about Spot.\n\n'.repeat(40_000)}` },
    file: 'big.md',
    line: 1,
  },
  'limit/line-too-long': { files: { 'long.md': `${HEAD}${'a'.repeat(10_001)}\n` }, file: 'long.md', line: 6 },
  'limit/block-too-long': { files: { 'block.md': `${HEAD}${`${'a '.repeat(500)}\n`.repeat(20)}` }, file: 'block.md', line: 6 },
  'limit/nesting-too-deep': { files: { 'deep.md': `${HEAD}${'- '.repeat(40)}a\n` }, file: 'deep.md', line: 6 },
  'read/parse-failed': {
    files: { 'emph.md': `${HEAD}Fine.\n\n${'*'.repeat(2000)}a${'*'.repeat(2000)}\n` },
    file: 'emph.md',
    line: 8,
  },
  'read/utf16': { files: { 'wide.md': utf16le(`${HEAD}UTF-16 text.\n`) }, registry: REGISTRY, file: 'wide.md', line: 1 },
  'read/symlink': { files: { 'linked.md': { problem: 'symlink', error: 'symbolic link to /etc/passwd' } }, file: 'linked.md', line: 1 },
  'note/name-too-long': {
    files: { 'n.md': `---\ntitle: Long\nslug: ${'a'.repeat(256)}\ntags: [service/emr]\n---\n\n# Long\n` },
    registry: REGISTRY,
    file: 'n.md',
    line: 3,
  },
  'question/too-many-options': {
    files: { 'q.md': `${HEAD}${questionWithOptions(11)}\n` },
    registry: REGISTRY,
    file: 'q.md',
    line: 22,
    unpublished: true,
  },
  // ── mock-exam blueprints: one good question under service/emr, then a broken blueprint ──
  'exam/invalid-yaml': {
    files: { 'exams/mock.yml': 'title: Mock\nminutes: 10\ndomains:\n  - name: [unclosed\n' },
    registry: REGISTRY,
    file: 'exams/mock.yml',
    line: 4,
  },
  'exam/invalid-field': {
    files: {
      'exams/mock.yml': 'title: Mock\nminutes: ten\nquestions: 1\ndomains:\n  - name: EMR\n    tags: [service/emr]\n    weight: 1\n',
    },
    registry: REGISTRY,
    file: 'exams/mock.yml',
    line: 2,
  },
  'exam/invalid-bilingual': {
    files: {
      'exams/mock.yml':
        'title:\n  ko: 점검\n  en: Check\nminutes: 10\nquestions: 1\ndomains:\n  - name:\n      ko: 저장소\n    tags: [service/emr]\n    weight: 1\n',
    },
    registry: REGISTRY,
    file: 'exams/mock.yml',
    line: 7,
  },
  'exam/unknown-tag': {
    files: {
      'q.md': note(`**Question:** Q?\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`),
      'exams/mock.yml':
        'title: Mock\nminutes: 10\nquestions: 1\ndomains:\n  - name: EMR\n    tags:\n      - service/emr\n      - service/emrr\n    weight: 1\n',
    },
    registry: REGISTRY,
    file: 'exams/mock.yml',
    line: 8,
  },
  'exam/unknown-question': {
    files: {
      'q.md': note(`**Question:** Q?\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`),
      'exams/mock.yml':
        'title: Mock\nminutes: 10\nquestions: 1\ndomains:\n  - name: EMR\n    tags: [service/emr]\n    weight: 1\nfixed:\n  - no-such-question\n',
    },
    registry: REGISTRY,
    file: 'exams/mock.yml',
    line: 9,
  },
  'exam/domain-shortfall': {
    files: {
      'q.md': note(`**Question:** Q?\n\n${GOOD_OPTIONS}\n\n**Answer: A**\n\n${GOOD_EXPLANATIONS}`),
      'exams/mock.yml': 'title: Mock\nminutes: 10\nquestions: 5\ndomains:\n  - name: EMR\n    tags: [service/emr]\n    weight: 1\n',
    },
    registry: REGISTRY,
    file: 'exams/mock.yml',
    line: 5,
  },
};

/** What each fixture's message must say: the subject it names, so a student can find and fix it. */
const SAYS: Partial<Record<DiagnosticCode, RegExp>> = {
  'settings/invalid': /^emr-prep\.yml sources\.maxAgeDays must be a number, not a string$/,
  'link/unknown-heading': /note "b" has no heading "No such heading"/,
  'glossary/invalid': /glossary term "Task node" is invalid: definition/,
  'glossary/unknown-reference': /names a note "no-such-note" that does not exist/,
  'item/longest-key': /the key A is 54 characters long, 7\.71× the longest distractor \(7\)/,
  'item/absolute-word': /distractor B says "always" and no key does/,
  'item/all-of-the-above': /option C is "모두 정답"/,
  'item/negative-stem': /negative question \("않은"\) without emphasis/,
  'item/choose-count': /"Choose TWO" \(2\) but the answer keys 1 option\(s\): A/,
  'item/duplicate-option-text': /options B and C have the same text "Two"/,
  'item/stem-asks-nothing': /no question mark and no instruction/,
  'item/near-duplicate-stem': /100% the same words as the stem at a\.md:10/,
  'note/template-text': /template text left from `emr-prep new`: "TODO: the key point\."/,
  'source/missing': /lists no sources/,
  'source/stale': /last checked 2025-01-10, \d+ days ago \(more than 365\)/,
  'source/duplicate-url': /https:\/\/docs\.aws\.amazon\.com\/emr is already listed on line 5/,
  'limit/file-too-large': /1,240,046 bytes; a note may be at most 524,288 bytes/,
  'limit/line-too-long': /line 6 is 10,001 characters long/,
  'limit/block-too-long': /starting at line 6 runs past 10,000 characters/,
  'limit/nesting-too-deep': /line 6 nests lists or block quotes 40 levels deep/,
  'read/parse-failed': /parser failed on this note in the block starting at line 8/,
  'read/utf16': /UTF-16 \(little endian\)/,
  'read/symlink': /symbolic link to \/etc\/passwd/,
  'note/name-too-long': /slug is 256 bytes long/,
  'question/too-many-options': /has 11 options \(A–K\); at most 10/,
  'exam/invalid-yaml': /exam blueprint does not parse/,
  'exam/invalid-field': /minutes must be a number, not a string/,
  'exam/invalid-bilingual': /^domains\[0\]\.name: the \{ ko, en \} form needs both languages — "en" \(English\) is missing$/,
  'exam/unknown-tag': /tag "service\/emrr" is neither in the tag registry nor on any question/,
  'exam/unknown-question': /fixed question "no-such-question" does not exist/,
  'exam/domain-shortfall': /domain "EMR" should have 5 of the 5 questions but the bank holds only 1/,
  'read/not-text': /binary.*NUL bytes/,
  'read/invalid-utf8': /^1 byte sequences? (is|are) not valid UTF-8/,
  'read/mojibake-repaired': /windows-1254.*54 characters restored, 9 guessed/,
  'read/unreadable': /could not be read: EACCES/,
  'frontmatter/invalid-yaml': /frontmatter does not parse: .+/,
  'frontmatter/missing': /no frontmatter/,
  'frontmatter/unknown-keys': /"layout"/,
  'frontmatter/invalid-field': /^frontmatter created: must be a date like \d{4}-\d{2}-\d{2}$/,
  'note/untagged': /no tags/,
  'note/duplicate-slug': /slug "same" is already used by a\.md/,
  'note/raw-html-removed': /<script>alert\(1\)<\/script>/,
  'tag/invalid': /^frontmatter tags\[0\]: "Service EMR" is not a tag path \(lowercase kebab-case segments separated by "\/"\)$/,
  'tag/unregistered': /tag "service\/unknown-thing"/,
  'tags/invalid-registry': /registry entry "service".*\n?.*registry entry "service\/emr"/,
  'alias/collision': /alias "spot" is also an alias of a\.md/,
  'link/unresolved': /"no-such-note"/,
  'question/empty-stem': /no stem/,
  'question/too-few-options': /has 1 option; it needs at least two/,
  'question/duplicate-option': /option B appears more than once/,
  'question/option-order': /option C stands where B is expected/,
  'question/missing-answer': /no answer line/,
  'question/unknown-answer': /answer key F is not among the options \(A, B, C\)/,
  'question/key-text-mismatch': /keys C but its text "The core nodes" describes option B/,
  'question/explanation-unknown-option': /names option F/,
  'question/duplicate-explanation': /option A has more than one explanation/,
  'question/missing-explanation': /option C has no explanation/,
  'question/duplicate-id': /"same-id" is already used by the question on line 11/,
  'question/stray-marker': /"Options:" stands outside a question block/,
  'scenario/invalid': /instance count 0 in options\.A\.primary/,
  'scenario/answer-key': /keyed option B is invalid.*R-PUR-01/,
  'question/unsupported-instance-type': /option A names m5\.large.*smallest m5 size EMR offers is m5\.xlarge/,
};

/** Diagnostics whose hint is specific to the fixture instead of the registry's. */
const HINTS: Partial<Record<DiagnosticCode, RegExp>> = {
  'tag/invalid': /Write it as "service-emr"/,
  'scenario/invalid': /write the count as xN with N ≥ 1/,
  'tag/unregistered': /Add "service\/unknown-thing" to tags\.yml with a Korean and English label/,
  'link/unknown-heading': /Link to one of its headings by its text or id: #cluster-mode/,
  'exam/invalid-bilingual': /^Add `en:` with the English text under it, or write one text/,
};

describe('one fixture per diagnostic code', () => {
  it('covers every registered code', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  for (const [code, fixture] of Object.entries(FIXTURES) as Array<[DiagnosticCode, Fixture]>) {
    it(`${code} at ${fixture.file}:${fixture.line}`, () => {
      const kb = kbFromFiles(fixture.files, fixture.registry, {
        glossary: fixture.glossary,
        sourcePolicy: fixture.today ? { today: fixture.today, maxAgeDays: 365 } : undefined,
      });
      const found = kb.diagnostics.filter((d) => d.code === code);
      expect(found, JSON.stringify(kb.diagnostics, null, 1)).not.toHaveLength(0);
      const atLine = found.find((d) => d.line === fixture.line) ?? found[0];
      expect(atLine).toMatchObject({ file: fixture.file, line: fixture.line, severity: DIAGNOSTIC_CODES[code].severity });
      // The message names what is wrong in this fixture (the byte count, the key, the tag, the option …).
      const says = SAYS[code];
      expect(says, `pin what the ${code} message says in SAYS`).toBeDefined();
      expect(found.map((d) => d.message).join('\n')).toMatch(says!);
      // The hint is the registry's, unless the diagnostic gives a more specific one (pinned in HINTS).
      const hint = HINTS[code];
      if (hint) expect(found.map((d) => d.hint).join('\n')).toMatch(hint);
      else for (const d of found) expect(d.hint).toBe(DIAGNOSTIC_CODES[code].hint);
      if (fixture.unpublished) expect(kb.questions).toEqual([]);
    });
  }

  it('a cluster-config question whose key the sizing rules rank best passes', () => {
    const kb = kbFromFiles({ 'q.md': scenarioQuestion('A', STREAMING_SCENARIO) }, REGISTRY);
    expect(kb.diagnostics).toEqual([]);
    expect(kb.scenarios).toHaveLength(1);
  });

  it('a well-formed question produces no diagnostics at all and is published', () => {
    const kb = kbFromFiles(
      { 'q.md': note(`**Question:** Pick one.\n\n${GOOD_OPTIONS}\n\n**정답: B) two**\n\n${GOOD_EXPLANATIONS}`) },
      REGISTRY,
    );
    expect(kb.diagnostics).toEqual([]);
    expect(kb.questions).toHaveLength(1);
    expect(kb.questions[0]!.answer).toEqual(['B']);
  });

  it('multiple answers (`**Answer: B, D**`) are kept as a multiple-answer item', () => {
    const kb = kbFromFiles(
      {
        'q.md': note(
          `**Question:** Which two? (Choose two.)\n\n**Options:**\n\n- A) a\n- B) b\n- C) c\n- D) d\n\n**Answer: B, D**\n\nExplanation:\n\n- **A) x** - no\n- **B) y** - yes\n- **C) z** - no\n- **D) w** - yes`,
        ),
      },
      REGISTRY,
    );
    expect(kb.diagnostics).toEqual([]);
    expect(kb.questions[0]!.answer).toEqual(['B', 'D']);
    expect(kb.questions[0]!.options.find((o) => o.letter === 'D')!.explanationLabel).toBe('w');
  });
});
