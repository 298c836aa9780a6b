/**
 * `emr-prep stats` (issue 12, item 4): the figures of a question bank and the thresholds that warn,
 * on content folders built here (core/questions/bank-stats.ts), and the command as a user runs it.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase, readBaseTagRegistry, readOwnTagRegistry } from '../../../src/core/kb/reader.ts';
import { BANK_THRESHOLDS, bankStats, visibleLength } from '../../../src/core/questions/bank-stats.ts';
import { mergeTagRegistries } from '../../../src/core/graph/registry.ts';
import { contentFolder, run } from './helpers.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const LETTERS = ['A', 'B', 'C', 'D', 'E'];

interface Item {
  /** Keyed letters. */
  keys: string[];
  /** The (first) key is the strictly longest option. */
  longest?: boolean;
  /** Number of options (default 4). */
  options?: number;
}

/** One question block: distractors of equal length; the key longer only when asked. */
function block(n: number, item: Item): string {
  const count = item.options ?? 4;
  const letters = LETTERS.slice(0, count);
  const options = letters.map((l) => {
    if (!item.keys.includes(l)) return `- ${l}) distractor ${l} of item ${String(n).padStart(2, '0')}`;
    return item.longest ? `- ${l}) the keyed option of this item, written much longer` : `- ${l}) key ${l}`;
  });
  const stem =
    item.keys.length > 1 ? `Question number ${n} about node role ${n}? (Choose TWO.)` : `Question number ${n} about node role ${n}?`;
  return [
    `**Question:** ${stem}`,
    '',
    '**Options:**',
    '',
    ...options,
    '',
    `**Answer: ${item.keys.join(', ')}**`,
    '',
    'Explanation:',
    '',
    ...letters.map((l) => `- **Option ${l}** - reason ${l}`),
    '',
  ].join('\n');
}

function note(title: string, tags: string[], items: Item[], first = 0): string {
  return [
    '---',
    `title: ${title}`,
    `tags: [${tags.join(', ')}]`,
    'sources:',
    '  - url: https://docs.aws.amazon.com/emr/',
    `    checked: ${TODAY}`,
    '---',
    '',
    `# ${title}`,
    '',
    '## 관련 문제',
    '',
    ...items.map((item, i) => block(first + i, item)),
  ].join('\n');
}

async function statsOf(files: Record<string, string>) {
  const dir = contentFolder(files);
  const kb = await loadKnowledgeBase(dir, { workers: 0 });
  return bankStats(kb, mergeTagRegistries(await readBaseTagRegistry(dir), await readOwnTagRegistry(dir)).registry);
}

/** 24 balanced single-answer items: keys A–D six times each, the key longest in 4 of them (17%). */
const BALANCED: Item[] = Array.from({ length: 24 }, (_, i) => ({ keys: [LETTERS[i % 4]!], longest: i % 6 === 0 }));

describe('bank figures', () => {
  it('counts questions per topic in registry order, with zero rows for unused topics', async () => {
    const s = await statsOf({
      'a.md': note('Storage', ['topic/storage', 'storage/hdfs'], BALANCED.slice(0, 12)),
      'b.md': note('Node roles', ['topic/node-roles'], BALANCED.slice(12), 12),
      'c.md': note('Empty', ['topic/node-roles'], []),
    });
    expect(s.topics.map((t) => t.path).slice(0, 6)).toEqual([
      'topic/service-selection',
      'topic/deployment-options',
      'topic/node-roles',
      'topic/purchasing-options',
      'topic/cluster-lifecycle',
      'topic/storage',
    ]);
    expect(s.topics.find((t) => t.path === 'topic/node-roles')).toMatchObject({ notes: 2, questions: 12 });
    expect(s.topics.find((t) => t.path === 'topic/storage')).toMatchObject({
      notes: 1,
      questions: 12,
      label: { en: '6. HDFS vs S3 (EMRFS, S3A)' },
    });
    expect(s.topics.find((t) => t.path === 'topic/cost')).toMatchObject({ notes: 0, questions: 0 });
    expect(s.tags.find((t) => t.path === 'storage/hdfs')).toMatchObject({ notes: 1, questions: 12 });
    expect(s.notesWithoutQuestions).toEqual([{ slug: 'c', file: 'c.md' }]);
    expect(s.itemsPerNote).toMatchObject({ min: 0, median: 12, max: 12, mean: 8 });
    expect(s.itemsPerNote.distribution).toEqual([
      { questions: 0, notes: 1 },
      { questions: 12, notes: 2 },
    ]);
  });

  it('gives key letters, the longest-key share, multi-answer share and options per item', async () => {
    const items: Item[] = [...BALANCED, { keys: ['A', 'C'], options: 5 }, { keys: ['B', 'D'], options: 5 }];
    const s = await statsOf({ 'a.md': note('Bank', ['topic/storage'], items) });
    expect(s.totals).toMatchObject({ questions: 26, singleAnswer: 24, multiAnswer: 2 });
    expect(s.totals.multiAnswerShare).toBeCloseTo(2 / 26);
    expect(s.keyLetters).toEqual(['A', 'B', 'C', 'D'].map((letter) => ({ letter, count: 6, share: 0.25 })));
    expect(s.longestKey).toEqual({ items: 4, of: 24, share: 4 / 24 });
    expect(s.optionsPerItem).toEqual([
      { options: 4, items: 24 },
      { options: 5, items: 2 },
    ]);
    expect(s.warnings.filter((w) => w.kind !== 'thin-topic')).toEqual([]);
  });

  it('warns when one key letter holds more than 30% and the key is the longest too often', async () => {
    const items: Item[] = Array.from({ length: 24 }, (_, i) => ({ keys: [i < 12 ? 'A' : LETTERS[i % 4]!], longest: i < 12 }));
    const s = await statsOf({ 'a.md': note('Skewed', ['topic/storage'], items) });
    const kinds = s.warnings.map((w) => w.kind);
    expect(kinds).toContain('key-letter');
    expect(kinds).toContain('longest-key-high');
    expect(s.warnings.find((w) => w.kind === 'key-letter')?.message).toMatch(
      /^key letter A is the key of 15 of 24 single-answer items \(63%; at most 30%\)/,
    );
  });

  it('warns when the key is almost never the longest ("never pick the longest" is a cue too)', async () => {
    const items = BALANCED.map((i) => ({ ...i, longest: false }));
    const s = await statsOf({ 'a.md': note('Never longest', ['topic/storage'], items) });
    expect(s.warnings.map((w) => w.kind)).toContain('longest-key-low');
  });

  it(`does not judge shares below ${BANK_THRESHOLDS.minItemsForShares} single-answer items`, async () => {
    const s = await statsOf({ 'a.md': note('Small', ['topic/storage'], [{ keys: ['A'], longest: true }]) });
    expect(s.keyLetters).toEqual([{ letter: 'A', count: 1, share: 1 }]);
    expect(s.warnings.map((w) => w.kind)).not.toContain('key-letter');
    expect(s.warnings.map((w) => w.kind)).not.toContain('longest-key-high');
  });

  it('warns on a topic under 5 questions and a tag under 3, and once when no note is filed under a topic', async () => {
    const s = await statsOf({ 'a.md': note('Thin', ['topic/storage', 'storage/hdfs'], BALANCED.slice(0, 2)) });
    const messages = s.warnings.map((w) => w.message);
    expect(messages).toContain('topic topic/storage (6. HDFS vs S3 (EMRFS, S3A)) has 2 questions (at least 5)');
    expect(messages).toContain('topic topic/cost (16. Cost) has 0 questions (at least 5)');
    expect(messages).toContain('tag storage/hdfs has 2 questions (at least 3)');
    const untopical = await statsOf({ 'a.md': note('No topic', ['storage/hdfs'], BALANCED.slice(0, 3)) });
    expect(untopical.warnings.filter((w) => w.kind === 'no-topics' || w.kind === 'thin-topic').map((w) => w.kind)).toEqual(['no-topics']);
  });

  it('compares option lengths as a student sees them (links, emphasis and code marks dropped)', () => {
    expect(visibleLength('**`spark.executor.memory`**  of [EMR](https://docs.aws.amazon.com/emr/)')).toBe(
      'spark.executor.memory of EMR'.length,
    );
  });
});

describe('emr-prep stats', () => {
  it('prints readable tables, and exits 1 with --strict only when a threshold warns', async () => {
    const skewed = contentFolder({
      'a.md': note(
        'Skewed',
        ['topic/storage'],
        Array.from({ length: 24 }, (_, i) => ({ keys: ['A'], longest: i < 12 })),
      ),
    });
    const plain = await run('stats', '--content', skewed);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^1 note, 24 questions: 24 single-answer, 0 multiple-answer \(0\.0%\)\n/);
    expect(plain.out).toMatch(/\n {2}topic\/storage +1 +24 {2}6\. HDFS vs S3/);
    expect(plain.out).toMatch(/\n {2}A +24 +100\.0%\n/);
    expect(plain.out).toMatch(/Key is the longest option: 12 of 24 single-answer items \(50\.0%; healthy 10\.0%–30\.0%/);
    expect(plain.out).toMatch(/\n {2}warning key-letter: key letter A is the key of 24 of 24/);
    const strict = await run('stats', '--content', skewed, '--strict');
    expect(strict.code).toBe(1);
  });

  it('--json gives the documented shape', async () => {
    const dir = contentFolder({ 'a.md': note('Bank', ['topic/storage'], BALANCED) });
    const { code, out } = await run('stats', '--content', dir, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'version',
      'content',
      'totals',
      'tags',
      'topics',
      'keyLetters',
      'longestKey',
      'optionsPerItem',
      'itemsPerNote',
      'notesWithoutQuestions',
      'thresholds',
      'warnings',
    ]);
    expect(json.version).toBe(1);
    expect(json.thresholds).toEqual(BANK_THRESHOLDS);
  });

  it('says so when the content folder is missing', async () => {
    const { code, err } = await run('stats', '--content', '/nonexistent/emr-prep-notes');
    expect(code).toBe(2);
    expect(err).toMatch(/content folder not found/);
  });

  it('passes --strict on the bundled bank (the coverage test reads the same thresholds)', async () => {
    const { code, out } = await run('stats', '--strict');
    expect(out).toMatch(/No threshold broken\.\n$/);
    expect(code).toBe(0);
  }, 120_000);
});
