/**
 * Searching a small knowledge base the way a student would: Korean with particles, derived words
 * and initial consonants, English with plurals, run-together words and typos, `#tag` filters;
 * what a result shows (kind, highlighted title and snippet); and which index files a query
 * fetches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kbFromFiles } from '../../helpers/kb.ts';
import { decodePostings, encodePostings } from '../../../src/core/search/format.ts';
import { topK, type SearchHit } from '../../../src/core/search/engine.ts';
import { indexFiles, memoryEngine, noteSlugOf } from './helpers.ts';

const REGISTRY = [
  ['service', '서비스', 'Services'],
  ['service/emr', 'Amazon EMR', 'Amazon EMR'],
  ['service/aws-batch', 'AWS Batch', 'AWS Batch'],
  ['instance', '인스턴스', 'Instances'],
  ['instance/spot-instances', '스팟 인스턴스', 'Spot Instances'],
  ['constraint', '제약', 'Constraints'],
  ['constraint/high-interactivity', '높은 상호작용', 'High interactivity'],
  ['storage', '스토리지', 'Storage'],
  ['storage/hdfs', 'HDFS', 'HDFS'],
]
  .map(([path, ko, en]) => `${path}:\n  ko: ${ko}\n  en: ${en}\n  description: about ${en}\n`)
  .join('');

function md(title: string, tags: string[], body: string, extra = ''): string {
  return `---\ntitle: ${title}\ntags: [${tags.join(', ')}]\n${extra}---\n\n# ${title}\n\n${body}\n`;
}

const QUESTION = `## 관련 문제

**Question:** A data team runs nightly Spark jobs on EMR. Which purchasing option fits the task nodes?

**Options:**

- A) On-Demand for every node
- B) Spot for the task nodes

**Answer: B**

Explanation:

- **A)** costs more than needed
- **B)** task nodes hold no HDFS data
`;

const FILES = {
  'spot-task-nodes.md': md(
    '태스크 노드의 구매 옵션',
    ['service/emr', 'instance/spot-instances'],
    `## 핵심 포인트\n\n태스크 노드는 HDFS 데이터를 갖지 않으므로 스팟으로 돌려도 데이터를 잃지 않는다.\n\n## 설명\n\n### 회수 알림\n\nEC2는 스팟 인스턴스를 회수하기 2분 전에 알린다. Spot Instances are reclaimed with a two-minute notice.\n\n${QUESTION}`,
    'aliases: [spot-task-nodes]\n',
  ),
  'interactive.md': md(
    '대화형 분석 클러스터',
    ['service/emr', 'constraint/high-interactivity'],
    '## 핵심 포인트\n\n노트북 사용자가 많으면 상호작용성이 중요하다.\n\n## 설명\n\n작은 작업이 동시에 많이 돈다. 인스턴스는 작게 여러 대를 쓴다.',
  ),
  'batch.md': md(
    'AWS Batch와 EMR의 차이',
    ['service/aws-batch'],
    '## 핵심 포인트\n\nAWS Batch compute environments can use EC2 Spot instances too, but they run no Spark.',
  ),
  'hdfs.md': md(
    'HDFS 복제 계수',
    ['storage/hdfs'],
    '## 핵심 포인트\n\nHDFS의 기본 복제 계수는 코어 노드 수에 따라 1, 2, 3이다. 스팟인스턴스에는 HDFS를 두지 않는다.',
    'aliases: [hdfs-replication]\n',
  ),
};

const kb = kbFromFiles(FILES, REGISTRY);
const files = indexFiles(kb);

/** Slugs of the notes behind the hits, in order, without repeats. */
function noteSlugs(hits: SearchHit[]): string[] {
  return [...new Set(hits.map((h) => noteSlugOf(h.href)).filter((s): s is string => s !== null))];
}

async function search(query: string) {
  const { engine } = await memoryEngine(files);
  return engine.search(query, { limit: 10 });
}

describe('the fixture', () => {
  it('is a valid knowledge base with one question', () => {
    expect(kb.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(kb.questions).toHaveLength(1);
  });
});

describe('Korean', () => {
  it('인스턴스 finds the note that says 인스턴스를 (and the one that says 인스턴스는)', async () => {
    const slugs = noteSlugs((await search('인스턴스')).hits);
    expect(slugs).toContain('spot-task-nodes');
    expect(slugs).toContain('interactive');
  });
  it('인스턴스를 finds 인스턴스는 too: the particle of the query does not have to match', async () => {
    expect(noteSlugs((await search('인스턴스를')).hits)).toContain('interactive');
  });
  it('상호작용 finds 상호작용성', async () => {
    const { hits } = await search('상호작용');
    expect(noteSlugs(hits)[0]).toBe('interactive');
  });
  it('ㅅㅍ finds 스팟', async () => {
    expect(noteSlugs((await search('ㅅㅍ')).hits)).toContain('spot-task-nodes');
  });
  it('a syllable still being composed works: 회ㅅ and 회수 on the way, 스파 before its final ㅅ', async () => {
    for (const typed of ['회ㅅ', '스파', '스']) {
      expect(noteSlugs((await search(typed)).hits), typed).toContain('spot-task-nodes');
    }
  });
  it('a compound is found by its parts (인스턴스 finds 스팟인스턴스 written as one word)', async () => {
    const hits = (await search('인스턴스')).hits;
    expect(noteSlugs(hits)).toContain('hdfs');
    const hit = hits.find((h) => h.href === '/notes/hdfs/')!;
    expect(hit.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b))).toEqual(['인스턴스']);
  });
  it('one wrong jamo is forgiven (복제 typed as 복재)', async () => {
    expect(noteSlugs((await search('복재 계수')).hits)[0]).toBe('hdfs');
  });
});

describe('English', () => {
  const variants = ['spot instance', 'Spot Instances', 'spotinstance', 'spot instnace', 'spto instance'];
  it.each(variants)('"%s" finds the Spot note first', async (query) => {
    expect(noteSlugs((await search(query)).hits)[0]).toBe('spot-task-nodes');
  });
  it('all spellings find the same notes', async () => {
    const results = await Promise.all(variants.map(async (q) => noteSlugs((await search(q)).hits).sort()));
    for (const r of results) expect(r).toEqual(results[0]);
  });
});

describe('#tag filters', () => {
  it('#service/emr spot keeps only entries tagged service/emr (the AWS Batch note also says Spot)', async () => {
    expect(noteSlugs((await search('spot')).hits)).toContain('batch');
    const { hits } = await search('#service/emr spot');
    expect(hits.length).toBeGreaterThan(0);
    expect(noteSlugs(hits)).not.toContain('batch');
    for (const hit of hits) expect(hit.tags.some((t) => t.path === 'service/emr' || t.path.startsWith('service/emr/'))).toBe(true);
  });
  it('a tag filter alone lists the tag first, then what carries it', async () => {
    const { hits } = await search('#storage/hdfs');
    expect(hits[0]).toMatchObject({ kind: 'tag', href: '/tags/storage/hdfs/' });
    expect(noteSlugs(hits)).toEqual(['hdfs']);
  });
  it('a parent tag includes its children', async () => {
    expect(noteSlugs((await search('#storage')).hits)).toEqual(['hdfs']);
  });
  it('an unknown tag gives no results and says so', async () => {
    const response = await search('#service/nope spot');
    expect(response.hits).toEqual([]);
    expect(response.unknownTags).toEqual(['service/nope']);
  });
});

describe('what a result shows', () => {
  it('a note found by its title: kind note, the title word highlighted', async () => {
    const hit = (await search('복제 계수')).hits[0]!;
    expect(hit.kind).toBe('note');
    expect(hit.titleHighlights.map(([a, b]) => hit.title.slice(a, b))).toEqual(['복제', '계수']);
  });
  it('a note found through an alias: kind alias, the alias as snippet', async () => {
    const hit = (await search('hdfs-replication')).hits[0]!;
    expect(hit).toMatchObject({ kind: 'alias', href: '/notes/hdfs/', field: 'alias' });
    expect(hit.snippet.text).toBe('hdfs-replication');
  });
  it('a question found by its stem: kind question, linking to the question on its note page', async () => {
    const hit = (await search('nightly purchasing')).hits[0]!;
    expect(hit.kind).toBe('question');
    expect(hit.href).toMatch(/^\/notes\/spot-task-nodes\/#q-spot-task-nodes-/);
    expect(hit.field).toBe('stem');
  });
  it('a tag found by its label: kind tag', async () => {
    const hits = (await search('Storage')).hits;
    expect(hits.find((h) => h.kind === 'tag')?.href).toBe('/tags/storage/');
  });
  it('the snippet shows the text around the match, highlighted at the stem (데이터를 → 데이터)', async () => {
    const hit = (await search('데이터')).hits.find((h) => h.href === '/notes/spot-task-nodes/')!;
    expect(hit.field).toBe('keyPoint');
    expect(hit.snippet.text).toContain('데이터를');
    expect(hit.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b))).toEqual(['데이터', '데이터']);
  });
  it('a match in the body only: the body around it', async () => {
    const hit = (await search('notice')).hits.find((h) => h.kind === 'note')!;
    expect(hit.field).toBe('body');
    expect(hit.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b))).toEqual(['notice']);
  });
  it('a heading that matches is the snippet', async () => {
    const hit = (await search('회수 알림')).hits.find((h) => h.kind === 'note')!;
    expect(hit).toMatchObject({ field: 'heading', snippet: { text: '회수 알림' } });
  });
  it('a word in no note is reported', async () => {
    const response = await search('xylophone');
    expect(response.hits).toEqual([]);
    expect(response.unmatchedWords).toEqual(['xylophone']);
  });
});

describe('index files', () => {
  it('the build is deterministic', () => {
    expect(JSON.stringify(indexFiles(kbFromFiles(FILES, REGISTRY)))).toBe(JSON.stringify(files));
  });
  it('results do not depend on how the index is cut into files', async () => {
    const small = indexFiles(kb, { shardChars: 40, chunkChars: 200 });
    expect(small.termShards.length).toBeGreaterThan(3);
    expect(small.choseongShards.length).toBeGreaterThan(3);
    expect(small.chunks.length).toBeGreaterThan(3);
    const { engine } = await memoryEngine(small);
    for (const q of ['인스턴스', 'spot instance', '#service/emr spot', 'ㅅㅍ', 'hdfs']) {
      const a = await engine.search(q);
      const b = await search(q);
      expect(a.hits.map((h) => [h.href, h.kind, h.snippet])).toEqual(b.hits.map((h) => [h.href, h.kind, h.snippet]));
    }
  });
  it('opening fetches only the manifest; a query fetches only the shards and chunks it needs, once', async () => {
    const small = indexFiles(kb, { shardChars: 40, chunkChars: 200 });
    const { engine, fetched } = await memoryEngine(small);
    expect(fetched).toEqual(['index.json']);
    await engine.search('hdfs');
    const first = fetched.length;
    expect(first).toBeGreaterThan(1);
    expect(first).toBeLessThan(1 + small.termShards.length + small.chunks.length);
    await engine.search('hdfs');
    expect(fetched.length).toBe(first);
  });
  it('postings survive encoding (any ascending entries, fields 0–7)', () => {
    const postings = fc
      .uniqueArray(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 200 })
      .chain((entries) =>
        fc.tuple(
          fc.constant([...entries].sort((a, b) => a - b)),
          fc.array(fc.integer({ min: 0, max: 7 }), { minLength: entries.length, maxLength: entries.length }),
        ),
      );
    fc.assert(
      fc.property(postings, ([entries, fields]) => {
        const list = entries.map((entry, i) => ({ entry, field: fields[i]! }));
        expect(decodePostings(encodePostings(list))).toEqual(list);
      }),
    );
  });
  it('the ten best of thousands of matches are those a full sort puts first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), fc.integer({ min: 0, max: 20 }), (scores, k) => {
        const ids = scores.map((_, i) => i);
        const order = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
        expect(topK(ids, k, order)).toEqual([...ids].sort(order).slice(0, k));
      }),
    );
  });
  it('refuses postings that are not ascending', () => {
    expect(() =>
      encodePostings([
        { entry: 3, field: 0 },
        { entry: 3, field: 1 },
      ]),
    ).toThrow(/ascending/);
    expect(() => decodePostings('x"')).toThrow(/not a postings digit/);
  });
});
