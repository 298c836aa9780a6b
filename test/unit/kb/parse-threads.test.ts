/**
 * The parse threads run one bundled module (issue 16: a thread started through tsx spent ~1.4 s
 * compiling the parser before its first note). The bundle is cached per parser version, replaces
 * older versions, and parses exactly what the calling thread parses; without it the threads
 * still start through tsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeContent, parseDecodedNote, type ParsedNoteResult } from '../../../src/core/kb/build.ts';
import { parseInParallel, parseWorkerBundle } from '../../../src/core/kb/parse-threads.ts';
import {
  lastLoadReport,
  loadKnowledgeBase,
  PARALLEL_PARSE_MIN_NOTES,
  PROJECT_ROOT,
  readContentFolder,
} from '../../../src/core/kb/reader.ts';
import { generatedContentFolder } from '../../helpers/corpus-folder.ts';

describe('parse threads', () => {
  let dir: string;
  let cacheDir: string;
  beforeAll(async () => {
    dir = await generatedContentFolder('emr-prep-threads-', PARALLEL_PARSE_MIN_NOTES + 5);
    cacheDir = path.join(dir, '.cache');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a build with threads leaves one bundle of the thread module in the cache folder, and the next build reuses it', async () => {
    const stale = path.join(cacheDir, 'parse-worker-0123456789abcdef01234567.mjs');
    await rm(cacheDir, { recursive: true, force: true });
    await loadKnowledgeBase(dir, { cacheDir, workers: 2 });
    expect(lastLoadReport()?.workerNotes).toBe(PARALLEL_PARSE_MIN_NOTES + 5);
    const bundles = (await readdir(cacheDir)).filter((f) => f.startsWith('parse-worker-'));
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatch(/^parse-worker-[0-9a-f]{24}\.mjs$/);
    // The same version is found, not bundled again; another version's bundle goes.
    await writeFile(stale, 'export {};');
    const version = bundles[0]!.slice('parse-worker-'.length, -'.mjs'.length);
    expect(await parseWorkerBundle(cacheDir, version)).toBe(`file://${path.join(cacheDir, bundles[0]!)}`);
    expect(await readdir(cacheDir)).toContain(path.basename(stale));
    const other = await parseWorkerBundle(cacheDir, 'f'.repeat(24));
    expect(other).toMatch(/parse-worker-f{24}\.mjs$/);
    expect((await readdir(cacheDir)).filter((f) => f.startsWith('parse-worker-'))).toEqual([`parse-worker-${'f'.repeat(24)}.mjs`]);
  }, 120_000);

  const parseAll = async (bundle: string | null) => {
    const notes = decodeContent(await readContentFolder(dir)).notes;
    const results: ParsedNoteResult[] = [];
    const report = await parseInParallel(notes, 2, (k, result) => (results[k] = result), {
      wantEncoded: false,
      bundle,
      projectRoot: PROJECT_ROOT,
    });
    return { notes, results, report };
  };

  it('threads from the bundle parse every note as this thread does', async () => {
    const bundle = await parseWorkerBundle(path.join(dir, '.bundle'), 'a'.repeat(24));
    expect(bundle).not.toBeNull();
    const { notes, results, report } = await parseAll(bundle);
    expect(report.workerNotes).toBe(notes.length);
    expect(results).toEqual(notes.map((n) => parseDecodedNote(n)));
  }, 120_000);

  it('without a bundle the threads start through tsx and parse the same', async () => {
    const { notes, results, report } = await parseAll(null);
    expect(report.workerNotes).toBe(notes.length);
    expect(results).toEqual(notes.map((n) => parseDecodedNote(n)));
  }, 120_000);

  it('a broken bundle costs nothing but time: this thread parses what the threads could not', async () => {
    const broken = path.join(dir, 'broken.mjs');
    await writeFile(broken, 'throw new Error("broken bundle");');
    const { notes, results, report } = await parseAll(`file://${broken}`);
    expect(report.workerNotes).toBe(0);
    expect(results).toEqual(notes.map((n) => parseDecodedNote(n)));
  }, 120_000);
});
