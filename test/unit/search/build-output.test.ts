/**
 * The index builder's output is a contract with every deployed client and with the service worker's
 * precache list: a change to how the builder holds its data (issue 16 item 6: packed postings
 * instead of a map per term, flat postings strings, the build id hashed entry by entry) must not
 * change a byte of any file. The golden digest below was taken from the builder before that change,
 * on the generated entries of {@link generatedEntries}.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, encodePackedPostings, type SearchIndexFiles } from '../../../src/core/search/build.ts';
import type { SearchEntry } from '../../../src/core/search/documents.ts';
import { decodePostings, encodePostings, type Posting } from '../../../src/core/search/format.ts';

/** A small deterministic PRNG (mulberry32), so the entries are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Korean words, compounds of them (decompounding), loanwords (phonetic keys), English words.
const WORDS = [
  '스팟',
  '인스턴스',
  '스팟인스턴스',
  '코어',
  '노드',
  '코어노드',
  '태스크',
  '태스크노드',
  '클러스터',
  '키네시스',
  '스파크',
  '드라이버',
  '익스큐터',
  '오토스케일링',
  '관리형',
  '조정',
  '비용',
  '최적화',
  '가용성',
  '영역',
  'spot',
  'instance',
  'instances',
  'kinesis',
  'spark',
  'driver',
  'executor',
  'cluster',
  'managed',
  'scaling',
  'emrfs',
  's3',
  'yarn',
  'hdfs',
  'on-demand',
  'capacity',
  'optimized',
  'allocation',
  'fleet',
  'graviton',
];
const TAGS = ['service/emr', 'service/emr/eks', 'cluster/core-node', 'cluster/task-node', 'purchase/spot', 'spark/executor'];

/** `count` entries of every kind, with texts in every field. */
function generatedEntries(count: number): SearchEntry[] {
  const next = random(16);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const text = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i): SearchEntry => {
    const kind = (['note', 'note', 'question', 'tag', 'glossary'] as const)[i % 5]!;
    return {
      kind,
      href: `/notes/n-${i}/`,
      title: `${text(2)} ${i}`,
      tags: [pick(TAGS), pick(TAGS)],
      fields: {
        title: [text(3)],
        alias: i % 3 === 0 ? [text(2)] : [],
        keyPoint: [text(12)],
        heading: [text(3), text(4)],
        stem: kind === 'question' ? [text(15)] : [],
        body: [text(60 + (i % 40)), text(30)],
      },
    };
  });
}

function digest(files: SearchIndexFiles): string {
  const hash = createHash('sha256');
  for (const key of ['manifest', 'termShards', 'choseongShards', 'typoLists', 'phoneticShards', 'chunks'] as const)
    hash.update(JSON.stringify(files[key]));
  return hash.digest('hex');
}

describe('search index files stay byte-identical (issue 16 item 6)', () => {
  const entries = generatedEntries(300);
  const tags = TAGS.map((path) => ({ path, ko: `태그 ${path}`, en: `tag ${path}` }));
  const glossary = [
    { id: 'spot-instance', forms: ['spot instance', '스팟 인스턴스'] },
    { id: 'core-node', forms: ['core node', '코어 노드'] },
  ];

  it('builds the same files as before postings were packed', () => {
    const files = buildSearchIndex(entries, tags, { glossary, shardChars: 2_000, chunkChars: 3_000 });
    expect(files.termShards.length).toBeGreaterThan(5);
    expect(files.manifest.build).toBe('b998f788a5bf');
    expect(digest(files)).toBe('7ecf300a347fcb755562ab3c7eb322384828a6a122967e9f8fd6176a9d6c80df');
  });

  it('builds the same files without decompounding and with the default sizes', () => {
    expect(digest(buildSearchIndex(entries, tags, { decompound: false }))).toBe(
      '6081ca824118c01e5a1087a5a95003f0a22509f957fac557b80e286f6cc4ed5c',
    );
  });

  it('encodes packed postings as encodePostings does, and they decode back', () => {
    const next = random(7);
    let entry = -1;
    const postings: Posting[] = Array.from({ length: 5_000 }, () => {
      entry += 1 + Math.floor(next() * (next() < 0.1 ? 5_000 : 20));
      return { entry, field: Math.floor(next() * 7) };
    });
    const text = encodePackedPostings(postings.map((p) => p.entry * 8 + p.field));
    expect(text).toBe(encodePostings(postings));
    expect(decodePostings(text)).toEqual(postings);
    expect(() => encodePackedPostings([16, 8])).toThrow(RangeError);
  });
});
