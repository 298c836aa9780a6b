/**
 * The keys after the first (issue 16): which texts and term ranges a word's next key can need
 * (`next-keys.ts`), the second-keystroke answers (`next/<code point>.json`), and the engine's
 * prefetch of what the next key needs — after which that key's results come without a request.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import { SearchEngine } from '../../../src/core/search/engine.ts';
import { buildFirstKeys, buildNextKeys, filesLoader } from '../../../src/core/search/first-keys.ts';
import { FIRST_KEYS_FILE, nextKeysFile } from '../../../src/core/search/format.ts';
import {
  continuationRange,
  imeSteps,
  nextKeyCandidates,
  nextKeyFirsts,
  nextKeyText,
  secondKeys,
} from '../../../src/core/search/next-keys.ts';
import { indexFiles } from './helpers.ts';

const inRange = (range: [string, string] | null, term: string) => range !== null && range[0] <= term && term < range[1];

describe('what the next key can type', () => {
  it('types a Korean word jamo by jamo as the IME composes it, a Latin word letter by letter', () => {
    expect(imeSteps('스팟')).toEqual(['ㅅ', '스', '슾', '스파', '스팟']);
    expect(imeSteps('spot')).toEqual(['s', 'sp', 'spo', 'spot']);
    expect(imeSteps('EMR 노드')).toEqual(['E', 'EM', 'EMR', 'EMR ', 'EMR ㄴ', 'EMR 노', 'EMR 녿', 'EMR 노드']);
  });

  it('finds the text one key later on the way to a term, and none for a term that does not continue the text', () => {
    expect(nextKeyText('스', '스팟')).toBe('슾');
    expect(nextKeyText('슾', '스팟')).toBe('스파'); // the final consonant moves on to the next syllable
    expect(nextKeyText('스파', '스팟')).toBe('스팟');
    expect(nextKeyText('ㅅ', '스팟')).toBe('스');
    expect(nextKeyText('sp', 'spot')).toBe('spo');
    expect(nextKeyText('sp', 'instance')).toBeNull();
    expect(nextKeyText('스팟', '스팟')).toBeNull();
    expect(nextKeyText('사', '스팟')).toBeNull();
  });

  it('bounds the terms every continuation can start with, the last syllable still changing', () => {
    expect(continuationRange('sp')).toEqual(['sp', 'sp\uffff']);
    const su = continuationRange('스');
    for (const term of ['스팟', '슾', '승인', '싀']) expect(inRange(su, term), term).toBe(true); // `싀`: ㅡ + ㅣ
    for (const term of ['사용', '시간', '수평']) expect(inRange(su, term), term).toBe(false);
    const sup = continuationRange('슾');
    expect(inRange(sup, '스팟')).toBe(true); // 슾 → 스파 → 스팟
    expect(inRange(sup, '싀')).toBe(false); // a syllable with a final keeps its vowel
    const s = continuationRange('ㅅ');
    for (const term of ['사용', '스팟', '싷']) expect(inRange(s, term), term).toBe(true);
    for (const term of ['아', '자원', 'spot']) expect(inRange(s, term), term).toBe(false);
    expect(inRange(continuationRange('인스턴ㅅ'), '인스턴스')).toBe(true);
    expect(continuationRange('ㅏ')).toBeNull();
    expect(continuationRange('')).toBeNull();
  });

  it('orders the next texts by the weight of the terms they lead to', () => {
    const terms = [
      { term: 'spot', weight: 5 },
      { term: 'spark', weight: 3 },
      { term: 'spa', weight: 1 },
      { term: 'instance', weight: 9 },
    ];
    expect(nextKeyCandidates('sp', terms)).toEqual([
      { text: 'spo', weight: 5 },
      { text: 'spa', weight: 4 },
    ]);
    expect(nextKeyCandidates('sp', terms, 1)).toEqual([{ text: 'spo', weight: 5 }]);
  });

  it('lists the second keys after a Latin letter and after a Korean consonant', () => {
    expect(secondKeys('s')).toEqual(expect.arrayContaining(['sp', 'sa', 's3']));
    expect(secondKeys('ㅅ')).toEqual(expect.arrayContaining(['스', '사', '시', 'ㅅㅍ', 'ㅅㅅ']));
    expect(nextKeyFirsts()).toEqual(expect.arrayContaining(['s', 'ㅅ', 'ㄲ']));
    expect(nextKeyFirsts()).not.toContain('ㅏ');
  });
});

const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
// Small shards and chunks: as on a large site, a query would fetch files.
const files = indexFiles(kb, { shardChars: 2_000, chunkChars: 3_000 });
const stored = new Map<string, unknown>([[FIRST_KEYS_FILE, await buildFirstKeys(files)], ...(await buildNextKeys(files))]);

async function open() {
  const fetched: string[] = [];
  const inner = filesLoader(files);
  const engine = await SearchEngine.open(
    async (path) => {
      fetched.push(path);
      const value = stored.has(path) ? stored.get(path) : await inner(path);
      if (value === undefined) throw new Error(`HTTP 404 ${path}`);
      return JSON.parse(JSON.stringify(value)) as unknown;
    },
    { firstKeys: true },
  );
  await engine.firstKeysReady();
  return { engine, fetched };
}

/** The files a search asks for. */
async function requestsOf(run: { engine: SearchEngine; fetched: string[] }, query: string): Promise<string[]> {
  const before = run.fetched.length;
  await run.engine.search(query, { limit: 10 });
  return run.fetched.slice(before);
}

describe('the keys after the first, from memory', () => {
  it('answers the second key from its first key’s file, exactly as the engine does', async () => {
    const plain = await SearchEngine.open(filesLoader(files));
    for (const [first, second] of [
      ['s', 'sp'],
      ['ㅅ', '스'],
      ['ㅅ', 'ㅅㅍ'],
      ['e', 'em'],
    ] as const) {
      const run = await open();
      expect(await requestsOf(run, first)).toEqual([]);
      await run.engine.prefetchNext(first);
      expect(run.fetched).toContain(nextKeysFile(first));
      expect(await requestsOf(run, second), second).toEqual([]);
      const answer = await run.engine.search(second, { limit: 10 });
      expect(JSON.parse(JSON.stringify(answer)), second).toEqual(JSON.parse(JSON.stringify(await plain.search(second, { limit: 10 }))));
    }
    // Upper case: the lower case's answer.
    const run = await open();
    await run.engine.prefetchNext('S');
    expect(await requestsOf(run, 'Sp')).toEqual([]);
  });

  it('without the prefetch, the second key and a later key each wait for index files', async () => {
    const run = await open();
    expect((await requestsOf(run, 'sp')).length).toBeGreaterThan(0);
    expect((await requestsOf(run, 'spot')).length).toBeGreaterThan(0);
  });

  it('after a key is answered, prefetches what its likeliest next key needs (English and Korean)', async () => {
    for (const steps of [imeSteps('spot'), imeSteps('스팟'), imeSteps('노드')]) {
      const run = await open();
      for (const [i, text] of steps.entries()) {
        const requests = await requestsOf(run, text);
        if (i > 0) expect(requests, `${steps.join(' → ')}: "${text}"`).toEqual([]);
        await run.engine.prefetchNext(text);
      }
    }
  });

  it('stops when the student typed on, and prefetches nothing after a space', async () => {
    const run = await open();
    const before = run.fetched.length;
    await run.engine.prefetchNext('spo', { current: () => false });
    await run.engine.prefetchNext('spot ');
    expect(run.fetched.slice(before)).toEqual([]);
  });

  it('saving data: only the second-keystroke answers, nothing for the keys after', async () => {
    const run = await open();
    await run.engine.prefetchNext('s', { speculative: false });
    expect(run.fetched).toContain(nextKeysFile('s'));
    const before = run.fetched.length;
    await run.engine.prefetchNext('spo', { speculative: false });
    expect(run.fetched.slice(before)).toEqual([]);
  });
});
