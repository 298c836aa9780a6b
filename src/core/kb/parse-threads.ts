/**
 * The reader's parse threads (issue 7): notes parsed on node:worker_threads, batch by batch, with
 * the same results as parsing on the calling thread (parse-worker.ts).
 *
 * A thread runs one ES module bundled by esbuild from parse-worker.ts and everything it imports
 * (the parser, its libraries), cached in a folder the caller names under the parser's version.
 * Started through tsx instead, a thread spent ~1.4 s resolving and compiling some 560 modules
 * through tsx's loader before its first note; from the bundle it answers in ~0.2 s (issue 16: two
 * threads, 1,000 notes, 2 cores). Without esbuild, or when the bundle cannot be written, threads
 * start through tsx as before; a thread that fails leaves its notes to the calling thread.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { esmBundle } from './esm-bundle.ts';
import { parseDecodedNote, type DecodedNote, type ParsedNoteResult } from './build.ts';
import type { ParseRequest, ParseResponse } from './parse-worker.ts';

/** Notes per message to a thread. */
const BATCH = 16;

/** The thread's source module, beside this one. */
const WORKER_SOURCE = new URL('./parse-worker.ts', import.meta.url);

/** Prefix of the bundled thread modules in a cache folder: `parse-worker-<version>.mjs`. */
const BUNDLE_PREFIX = 'parse-worker-';

/**
 * The file URL of the parse thread's module bundled into one ES module (esbuild, Node 20 target),
 * written to `folder` as `parse-worker-<version>.mjs` unless it is already there; other versions'
 * bundles in the folder are removed. Never throws.
 * @param folder the cache folder (created when missing)
 * @param version the parser's version (a digest of its sources and the lockfile), so a changed
 *   parser never runs an old bundle
 * @returns the bundle's file URL, or null when there is no esbuild, no parse-worker.ts beside this
 *   module (a bundled copy of the reader, as in Astro's page chunks), or the bundle failed
 */
export async function parseWorkerBundle(folder: string, version: string): Promise<string | null> {
  if (WORKER_SOURCE.protocol !== 'file:') return null;
  return esmBundle({ entry: fileURLToPath(WORKER_SOURCE), folder, prefix: BUNDLE_PREFIX, version });
}

/**
 * Parses notes on up to `workers` worker threads, batch by batch from one queue, or on this thread
 * when there are none. A worker that cannot start or fails gives its batch back to the queue, and
 * what no worker parsed is parsed here. Calls `done(k, result, encoded?)` once per note (`encoded`
 * is the V8 encoding when a worker parsed it).
 * @param bundle the threads' module from {@link parseWorkerBundle}, or null to start them through tsx
 * @param projectRoot the folder whose package.json resolves tsx
 * @returns how many threads parsed at least one batch, and how many notes the workers parsed
 */
export async function parseInParallel(
  notes: readonly DecodedNote[],
  workers: number,
  done: (k: number, result: ParsedNoteResult, encoded?: Uint8Array) => void,
  options: { wantEncoded: boolean; bundle: string | null; projectRoot: string },
): Promise<{ threads: number; workerNotes: number }> {
  const queue: number[] = [];
  for (let start = 0; start < notes.length; start += BATCH) queue.push(start);
  const batch = (start: number) => notes.slice(start, start + BATCH);
  const pool = workers > 0 ? startWorkers(workers, options.bundle, options.projectRoot) : [];
  let used = 0;
  let workerNotes = 0;
  const active = pool.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let current: number | null = null;
        let worked = false;
        const next = (): void => {
          current = queue.shift() ?? null;
          if (current === null) {
            void worker.terminate();
            if (worked) used += 1;
            resolve();
            return;
          }
          worker.postMessage({ id: current, notes: batch(current) } satisfies ParseRequest);
        };
        worker.on('message', (response: ParseResponse) => {
          worked = true;
          workerNotes += response.results.length;
          response.results.forEach((bytes, k) =>
            done(response.id + k, deserialize(bytes) as ParsedNoteResult, options.wantEncoded ? bytes : undefined),
          );
          next();
        });
        worker.once('error', () => {
          if (current !== null) queue.unshift(current);
          current = null;
          if (worked) used += 1;
          void worker.terminate();
          resolve();
        });
        worker.once('online', next);
      }),
  );
  // With workers, this thread only decodes their answers (a worker has the larger young
  // generation that parsing wants, see startWorkers); without, it parses everything.
  let mine = false;
  await Promise.all(active);
  // A worker that failed after this thread finished left its batch in the queue.
  while (queue.length > 0) {
    const start = queue.shift()!;
    batch(start).forEach((note, k) => done(start + k, parseDecodedNote(note)));
    mine = true;
  }
  return { threads: used + (mine ? 1 : 0), workerNotes };
}

/** Starts parse workers running the bundle, else parse-worker.ts through tsx, or none when neither is possible. */
function startWorkers(count: number, bundle: string | null, projectRoot: string): Worker[] {
  let bootstrap: string;
  if (bundle) bootstrap = `import(${JSON.stringify(bundle)});`;
  else {
    if (WORKER_SOURCE.protocol !== 'file:' || !existsSync(WORKER_SOURCE)) return [];
    let tsx: string;
    try {
      tsx = pathToFileURL(
        createRequire(path.join(projectRoot, 'package.json'))
          .resolve('tsx/esm/api')
          .replace(/index\.cjs$/, 'index.mjs'),
      ).href;
    } catch {
      return [];
    }
    bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_SOURCE.href)}); });`;
  }
  return Array.from({ length: count }, () => {
    // Parsing allocates many short-lived objects: a young generation of 64 MiB (V8's default
    // is 16–32 MiB) saves a quarter to a third of the parse time in garbage collection.
    return new Worker(bootstrap, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  });
}
