/**
 * Search across scripts (issue 10): for a term the notes write in Latin letters, the Hangul query
 * finds about as many notes as the English one (at least 90%), through the glossary
 * (content/glossary.yml) and, for words the glossary lacks, the romanisation fallback
 * (src/core/search/phonetic.ts).
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import { hangulSkeleton, latinSkeleton, looksTransliterated, phoneticKey } from '../../../src/core/search/phonetic.ts';
import { kbFromFiles } from '../../helpers/kb.ts';
import { indexFiles, memoryEngine, noteSlugOf } from './helpers.ts';
import { SCRIPT_PAIRS } from './script-pairs.ts';

const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
const files = indexFiles(kb);
const { engine } = await memoryEngine(files);

async function notesFound(query: string): Promise<Set<string>> {
  const { hits } = await engine.search(query, { limit: 10_000 });
  return new Set(hits.map((h) => noteSlugOf(h.href)).filter((s): s is string => s !== null));
}

describe('a Hangul query finds as many notes as the English one', () => {
  it('has at least 20 pairs', () => {
    expect(SCRIPT_PAIRS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(SCRIPT_PAIRS)('%s finds ≥ 90%% as many notes as %s', async (ko, en) => {
    const [koNotes, enNotes] = await Promise.all([notesFound(ko), notesFound(en)]);
    expect(enNotes.size, `"${en}" finds notes`).toBeGreaterThan(0);
    expect(koNotes.size, `"${ko}" finds ${koNotes.size} notes, "${en}" ${enNotes.size}`).toBeGreaterThanOrEqual(0.9 * enNotes.size);
  });

  it('a glossary term is a result of its own, linking to /glossary/', async () => {
    const { hits } = await engine.search('키네시스', { limit: 20 });
    expect(hits.some((h) => h.kind === 'glossary' && h.href === '/glossary/#amazon-kinesis')).toBe(true);
    // …without pushing the notes out of the first results
    expect(hits.slice(0, 10).filter((h) => h.kind === 'note' || h.kind === 'alias').length).toBeGreaterThan(0);
  });
});

describe('the romanisation fallback (words the glossary lacks)', () => {
  it('gives a Hangul loanword and its English source the same consonant skeleton', () => {
    for (const [ko, en] of [
      ['키네시스', 'kinesis'],
      ['쿠버네티스', 'kubernetes'],
      ['체크포인트', 'checkpoint'],
      ['오토스케일링', 'autoscaling'],
      ['익스큐터', 'executor'],
      ['파게이트', 'fargate'],
      ['스노우플레이크', 'snowflake'],
    ] as const)
      expect(hangulSkeleton(ko), `${ko} / ${en}`).toBe(latinSkeleton(en));
    expect(phoneticKey('하이브')).toBe(''); // too short to trust
    expect(looksTransliterated('클러스터')).toBe(true);
    expect(looksTransliterated('비용')).toBe(false);
  });

  it('finds a Latin word no glossary names from its Hangul spelling, and the other way round', async () => {
    const note = (title: string, body: string) => `---\ntitle: ${title}\ntags: [service/emr]\n---\n\n# ${title}\n\n${body}\n`;
    const small = kbFromFiles(
      {
        'a.md': note('Warehouse', 'Snowflake is a data warehouse that some teams compare with Redshift.'),
        'b.md': note('노트북', '주피터 대신 대시보드를 띄우는 팀도 있다.'),
      },
      'service:\n  ko: 서비스\n  en: Services\nservice/emr:\n  ko: Amazon EMR\n  en: Amazon EMR\n',
    );
    const { engine: plain } = await memoryEngine(indexFiles(small));
    expect((await plain.search('스노우플레이크')).hits.map((h) => h.href)).toContain('/notes/a/');
    expect((await plain.search('dashboard')).hits.map((h) => h.href)).toContain('/notes/b/');
    const { engine: off } = await memoryEngine(indexFiles(small), { matchers: { phonetic: false } });
    expect((await off.search('스노우플레이크 ')).hits).toEqual([]);
  });
});

describe('highlights of a glossary term the student is still typing', () => {
  const marked = (hit: { title: string; titleHighlights: ReadonlyArray<readonly [number, number]> }) =>
    hit.titleHighlights.map(([a, b]) => hit.title.slice(a, b).toLowerCase());
  const glossaryHit = async (query: string, href: string) => {
    const { hits } = await engine.search(query, { limit: 200 });
    const hit = hits.find((h) => h.href === href);
    expect(hit, `"${query}" finds ${href}`).toBeDefined();
    return hit!;
  };

  it('`spot` marks "Spot" in "Spot interruption notice · Spot 중단 알림", not the words not typed', async () => {
    const hit = await glossaryHit('spot', '/glossary/#spot-interruption-notice');
    const marks = marked(hit);
    expect(marks).toContain('spot');
    for (const word of ['interruption', 'notice', '중단', '알림']) expect(marks, hit.title).not.toContain(word);
  });

  it('`spot inter` marks "interruption" too; `키네시` still marks the English name "Kinesis"', async () => {
    const hit = await glossaryHit('spot inter', '/glossary/#spot-interruption-notice');
    expect(marked(hit)).toEqual(expect.arrayContaining(['spot', 'interruption']));
    expect(marked(hit)).not.toContain('notice');
    const { hits } = await engine.search('키네시', { limit: 20 });
    const kinesis = hits.find((h) => /kinesis/i.test(h.title));
    expect(kinesis, 'a result titled with Kinesis').toBeDefined();
    expect(marked(kinesis!)).toContain('kinesis');
  });
});
