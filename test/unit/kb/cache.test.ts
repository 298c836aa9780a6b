/**
 * The reader's speed-ups (issue 7) never change the knowledge base: a rebuild from the parse cache
 * parses only the edited note and gives what a build from scratch gives, and notes parsed on
 * worker threads equal notes parsed on the calling thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildKnowledgeBase } from '../../../src/core/kb/build.ts';
import { lastLoadReport, loadKnowledgeBase, PARALLEL_PARSE_MIN_NOTES, readContentFolder } from '../../../src/core/kb/reader.ts';
import { generatedContentFolder } from '../../helpers/corpus-folder.ts';

/** The knowledge base of a folder built in memory by the pure pipeline (no cache, no workers). */
async function reference(dir: string) {
  return buildKnowledgeBase(await readContentFolder(dir));
}

describe('parse cache and parse workers', () => {
  const count = PARALLEL_PARSE_MIN_NOTES + 10;
  let dir: string;
  let cacheDir: string;
  beforeAll(async () => {
    dir = await generatedContentFolder('emr-prep-cache-', count);
    cacheDir = path.join(dir, '.cache');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a second build takes every note from the cache, and an edit re-parses only that note', async () => {
    const first = await loadKnowledgeBase(dir, { cacheDir, workers: 0 });
    expect(lastLoadReport()?.cache).toMatchObject({ enabled: true, hits: 0, misses: count });
    const second = await loadKnowledgeBase(dir, { cacheDir, workers: 0 });
    expect(lastLoadReport()?.cache).toMatchObject({ hits: count, misses: 0, stale: 0 });
    expect(second).toEqual(first);

    // Edit one note: a new sentence in its key point and a link to another note.
    const file = path.join(dir, 'bench-note-00003.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('## 🎯 핵심 포인트\n\n', '## 🎯 핵심 포인트\n\n캐시 시험 문장. [[bench-note-00007]] '));
    const third = await loadKnowledgeBase(dir, { cacheDir, workers: 0 });
    expect(lastLoadReport()?.cache).toMatchObject({ hits: count - 1, misses: 1, stale: 1 });
    const edited = third.notes.find((n) => n.slug === 'bench-note-00003')!;
    expect(edited.summary).toContain('캐시 시험 문장.');
    expect(third.notes.find((n) => n.slug === 'bench-note-00007')!.backlinks).toContain('bench-note-00003');
    expect(third).toEqual(await reference(dir));
  });

  it('notes parsed on worker threads equal notes parsed on this thread', async () => {
    const parallel = await loadKnowledgeBase(dir, { workers: 2 });
    // Every note was parsed on a worker, none fell back to this thread.
    expect(lastLoadReport()?.workerNotes).toBe(count);
    // …on at most the two threads asked for (a worker that drew no batch is not counted).
    expect(lastLoadReport()?.threads).toBeGreaterThanOrEqual(1);
    expect(lastLoadReport()?.threads).toBeLessThanOrEqual(2);
    expect(lastLoadReport()?.cache.enabled).toBe(false);
    expect(parallel).toEqual(await reference(dir));
  }, 120_000);

  it('an unreadable cache file counts as empty', async () => {
    await writeFile(path.join(cacheDir, 'parse-cache.v8'), 'not a cache');
    const kb = await loadKnowledgeBase(dir, { cacheDir, workers: 0 });
    expect(lastLoadReport()?.cache).toMatchObject({ hits: 0, misses: count });
    expect(kb).toEqual(await reference(dir));
  });
});
