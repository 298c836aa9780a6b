import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FILE_PATH, siteRelativePath, writeDataFiles } from '../../../src/site/data-files.ts';
import { bankDataFiles, searchShardFiles } from '../../../src/components/data-file-sets.ts';
import type { BankFiles } from '../../../src/islands/quiz/bank-payload.ts';
import type { SearchIndexFiles } from '../../../src/core/search/build.ts';

describe('data files written without a route each (issue 16 item 6)', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('names the bank shards as the quiz client fetches them, and skips notes without questions', () => {
    const shard = { format: 'emr-prep.quiz-bank', version: 2, digest: 'x', note: 'a', file: 'a.md', questions: [] } as const;
    const bank = { manifest: { notes: [], tagPaths: [] }, shards: [shard, undefined, { ...shard, note: 'c' }] } as unknown as BankFiles;
    const files = [...bankDataFiles(bank)];
    // (A manifest without questions: no random-quiz pack.)
    expect(files.map((f) => f.path)).toEqual(['quiz/bank/0.json', 'quiz/bank/2.json']);
    expect(JSON.parse(files[1]!.body)).toMatchObject({ note: 'c' });
  });

  it('names the search shards <kind>/<build>-<n>.json, in the routes’ old order', () => {
    const index = {
      manifest: { build: 'b1' },
      chunks: [1, 2],
      termShards: [3],
      typoLists: [],
      phoneticShards: [4],
      choseongShards: [5],
    } as unknown as SearchIndexFiles;
    expect([...searchShardFiles(index)].map((f) => `${f.path}=${f.body}`)).toEqual([
      'search/entries/b1-0.json=1',
      'search/entries/b1-1.json=2',
      'search/terms/b1-0.json=3',
      'search/phonetic/b1-0.json=4',
      'search/choseong/b1-0.json=5',
    ]);
  });

  it('answers the dev server only for data-file paths below the base path', () => {
    expect(siteRelativePath('/emr-prep/quiz/bank/3.json?x=1', '/emr-prep/')).toBe('quiz/bank/3.json');
    expect(siteRelativePath('/quiz/bank/3.json', '/emr-prep/')).toBeNull();
    expect(siteRelativePath('/quiz/bank/3.json', '/')).toBe('quiz/bank/3.json');
    for (const p of ['quiz/bank/3.json', 'quiz/pack/31.json', 'search/entries/ab12-0.json', 'search/choseong/ab12-10.json'])
      expect(DATA_FILE_PATH.test(p)).toBe(true);
    for (const p of ['quiz/bank.json', 'search/index.json', 'quiz/bank/../x.json', 'quiz/pack/x.json', 'search/client.js'])
      expect(DATA_FILE_PATH.test(p)).toBe(false);
  });

  it('writes every file below the output folder, creating folders', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'emr-data-files-'));
    await writeDataFiles(dir, [
      { path: 'quiz/bank/0.json', body: '{"a":1}' },
      { path: 'search/terms/b-0.json', body: '[]' },
    ]);
    expect(await readFile(path.join(dir, 'quiz/bank/0.json'), 'utf8')).toBe('{"a":1}');
    expect(await readdir(path.join(dir, 'search/terms'))).toEqual(['b-0.json']);
  });
});
