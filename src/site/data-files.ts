/**
 * Data files the site serves without an Astro route each: the quiz bank's shards
 * (`/quiz/bank/<k>.json`, one per note with questions) and the search index's shards
 * (`/search/{entries,terms,typo,phonetic,choseong}/<build>-<n>.json`) — about 10,000 files at 5,000
 * notes. As routes (`getStaticPaths`) they cost Astro's build a route, a response and its
 * bookkeeping per file, which raised the peak memory of a 5,000-note build above 1.5 GiB (issue 16
 * item 6). Instead:
 * - `astro build`: the manifest routes (`/quiz/bank.json`, `/search/index.json`) publish their
 *   shards with {@link publishDataFiles} when they are rendered (from the same build of the bank or
 *   index as the manifest, in the page bundle, with the build's base path), and this integration
 *   writes them in `astro:build:done` into the build's output folder (the hook's `dir`; the base path
 *   is not a folder of it: the host serves the folder below the base). Register it BEFORE the PWA
 *   integration in astro.config.mjs: integrations' `astro:build:done` hooks run in order, and the
 *   service worker's precache list is globbed from the output folder in the PWA's hook.
 * - `astro dev`: a Vite middleware answers those URLs from the current content
 *   (`devDataFile` of src/components/data-file-sets.ts, loaded through the dev server).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file: its path relative to the site's root (no leading `/`, `/`-separated) and its content. */
export interface DataFile {
  path: string;
  body: string;
}

/** A published group: its files, made as they are written, and what to do once they are. */
interface Published {
  files: () => Iterable<DataFile>;
  written?: () => void;
}

/** Groups of files published during a build, by name; written (and emptied) in `astro:build:done`. */
function registry(): Map<string, Published> {
  // A global: the page bundle (which publishes) and astro.config.mjs (which writes) load this module
  // as two separate instances in one process.
  const store = globalThis as typeof globalThis & { __emrPrepDataFiles?: Map<string, Published> };
  return (store.__emrPrepDataFiles ??= new Map());
}

/**
 * Hands a group of files to the build (called by the route that serves their manifest, while it is
 * rendered). Publishing a group again replaces it. The files are made only when written, one file
 * at a time (pass a generator that makes each body as it is asked for), so their text is never all
 * in memory at once (issue 16 item 6: peak memory at 5,000 notes).
 * @param group a name for the log (`quiz bank shards`)
 * @param written called once the group is written: drop what only these files needed (the built
 *   search index, the bank), so the rest of the build (the service worker) runs without it.
 */
export function publishDataFiles(group: string, files: () => Iterable<DataFile>, written?: () => void): void {
  registry().set(group, written ? { files, written } : { files });
}

/**
 * Writes files below `dir` one after the other, in the given order (so a folder lists its files the
 * same way on every build of the same content, and so does the service worker's precache list,
 * which is globbed from the folders), creating each folder before its first file. Each body is
 * asked for only when its file is written, and not kept.
 * @returns the number of files written
 */
export async function writeDataFiles(dir: string, files: Iterable<DataFile>): Promise<number> {
  const folders = new Set<string>();
  let count = 0;
  for (const f of files) {
    const file = path.join(dir, f.path);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await writeFile(file, f.body);
    count++;
  }
  return count;
}

/**
 * A request path below `base` as a path relative to the site's root (`/emr-prep/quiz/bank/3.json`
 * → `quiz/bank/3.json`), or null when it is not below `base`.
 */
export function siteRelativePath(url: string, base: string): string | null {
  const pathname = decodeURIComponent(url.split(/[?#]/, 1)[0] ?? '');
  const prefix = `${base.replace(/\/+$/, '')}/`;
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
}

/** Paths the dev middleware answers (the groups {@link publishDataFiles} gets in a build). */
export const DATA_FILE_PATH = /^(?:quiz\/(?:bank|pack)\/\d+|search\/(?:entries|terms|typo|phonetic|choseong)\/[\w-]+)\.json$/;

/** The integration (see the module comment). */
export function dataFiles(): AstroIntegration {
  return {
    name: 'emr-prep-data-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = server.config.base || '/';
        const sets = fileURLToPath(new URL('../components/data-file-sets.ts', import.meta.url));
        server.middlewares.use((req, res, next) => {
          const rel = siteRelativePath(req.url ?? '', base);
          if (rel === null || !DATA_FILE_PATH.test(rel)) return next();
          // Through Vite, so the dev server's modules (content, base path) are the ones the pages use.
          server
            .ssrLoadModule(sets)
            .then(async (mod) => {
              const body = await (mod as typeof import('../components/data-file-sets.ts')).devDataFile(rel);
              if (body === null) {
                res.statusCode = 404;
                res.end();
                return;
              }
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.end(body);
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const groups = registry();
        for (const [group, { files, written }] of groups) {
          groups.delete(group);
          const count = await writeDataFiles(out, files());
          written?.();
          logger.info(`${count} ${group} written`);
        }
      },
    },
  };
}
