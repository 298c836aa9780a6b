/**
 * The first-keystroke answers (`/search/first.json`, issue 16): the first letter or jamo a student
 * types is answered without fetching a shard, and the answer is exactly the engine's own.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import { SearchEngine, type SearchHit } from '../../../src/core/search/engine.ts';
import { buildFirstKeys, filesLoader, firstKeys } from '../../../src/core/search/first-keys.ts';
import { FIRST_KEYS_FILE, type FirstKeysFile } from '../../../src/core/search/format.ts';
import { indexFiles } from './helpers.ts';

const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
// Small shards and chunks: as on a large site, a query would fetch files.
const files = indexFiles(kb, { shardChars: 2_000, chunkChars: 3_000 });
const first = await buildFirstKeys(files);

async function open(firstFile: FirstKeysFile<SearchHit> | null) {
  const fetched: string[] = [];
  const inner = filesLoader(files);
  const engine = await SearchEngine.open(
    async (path) => {
      fetched.push(path);
      if (path === FIRST_KEYS_FILE) {
        if (!firstFile) throw new Error('HTTP 404');
        return JSON.parse(JSON.stringify(firstFile)) as unknown;
      }
      return JSON.parse(JSON.stringify(await inner(path))) as unknown;
    },
    { firstKeys: true },
  );
  return { engine, fetched };
}

describe('first-keystroke answers', () => {
  it('covers Latin letters in both cases, digits and the jamo a Korean IME shows first', () => {
    for (const key of ['s', 'S', '7', 'ㅅ', 'ㅆ', 'ㅏ']) expect(Object.keys(first.keys)).toContain(key);
    expect(Object.keys(first.keys)).not.toContain('ㄳ'); // two keys: never a first keystroke
    expect(Object.keys(first.keys)).toHaveLength(firstKeys().length);
  });

  it('answers `ㅅ` and `2` from memory: no shard or chunk is fetched', async () => {
    const { engine, fetched } = await open(first);
    expect(await engine.firstKeysReady()).toBe(true);
    const digit = await engine.search('2', { limit: 10 });
    const korean = await engine.search('ㅅ', { limit: 10 });
    // One Latin letter is no word (the tokenizer keeps words of two letters or more): no results, no request.
    expect((await engine.search('s', { limit: 10 })).total).toBe(0);
    expect(digit.hits.length).toBeGreaterThan(0);
    expect(korean.hits.length).toBeGreaterThan(0);
    expect(fetched.sort()).toEqual([FIRST_KEYS_FILE, 'index.json']);
  });

  it('gives exactly the engine’s own answer for every key (hits, highlights, snippets, total)', async () => {
    const { engine } = await open(first);
    const plain = await SearchEngine.open(filesLoader(files));
    for (const key of firstKeys()) {
      const stored = await engine.search(key, { limit: 10 });
      const computed = await plain.search(key, { limit: 10 });
      expect(JSON.parse(JSON.stringify(stored)), `query "${key}"`).toEqual(JSON.parse(JSON.stringify(computed)));
    }
  });

  it('leaves longer queries, more results and a file of another build to the engine', async () => {
    const plain = await SearchEngine.open(filesLoader(files));
    const { engine, fetched } = await open(first);
    expect((await engine.search('ㅅ', { limit: 50 })).total).toBe((await plain.search('ㅅ', { limit: 50 })).total);
    expect(fetched.some((f) => f.startsWith('choseong/'))).toBe(true);

    const stale = await open({ ...first, build: 'ffffffffffff' });
    expect(await stale.engine.firstKeysReady()).toBe(false);
    const r = await stale.engine.search('ㅅ', { limit: 10 });
    expect(r.hits.map((h) => h.href)).toEqual((await plain.search('ㅅ', { limit: 10 })).hits.map((h) => h.href));

    const missing = await open(null);
    expect(await missing.engine.firstKeysReady()).toBe(false);
    expect((await missing.engine.search('ㄱ')).total).toBe((await plain.search('ㄱ')).total);
  });
});
