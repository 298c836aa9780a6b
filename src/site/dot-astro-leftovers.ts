/**
 * Keeps Astro's own working files out of a build into a folder outside the project.
 *
 * When `outDir` is outside the working directory (`astro build --outDir /srv/www/emr-prep`), Astro 5
 * builds into `.astro/` of the working directory — the project's, where content sync writes its
 * files too — then copies that whole folder, except its top-level `.d.ts` files, into `outDir` and
 * deletes it (`getOutDirWithinCwd` in core/build/common.js, `cleanServerOutput` in
 * core/build/static-build.js). So `content-assets.mjs`, `content-modules.mjs` and, after
 * `astro dev`, its content-layer store `data-store.json` and `settings.json` (both of which the
 * service worker would then precache) were published beside the site, unlike a build into `dist/`
 * (withastro/astro#14903, open).
 *
 * {@link dotAstroLeftovers} notes every file in that `.astro/` when the build starts (content sync
 * is done by then) and, in `astro:build:done` of a build into an outside folder, removes from
 * `outDir` each of those files that arrived there unchanged, and the folders that leaves empty.
 * Register it BEFORE the service worker integration: its precache list is globbed from `outDir`.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files below `dir` (paths relative to it, `/`-separated) with their bytes, and its sub-folders. */
export interface FolderSnapshot {
  files: Map<string, Buffer>;
  folders: string[];
}

/**
 * Reads every file below `dir`, skipping top-level `.d.ts` files (Astro never copies those); an
 * absent folder gives an empty snapshot.
 */
export async function snapshotFolder(dir: string): Promise<FolderSnapshot> {
  const snapshot: FolderSnapshot = { files: new Map(), folders: [] };
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch {
    return snapshot;
  }
  for (const entry of entries.sort()) {
    const rel = entry.split(path.sep).join('/');
    if (!rel.includes('/') && rel.endsWith('.d.ts')) continue;
    try {
      snapshot.files.set(rel, await readFile(path.join(dir, entry)));
    } catch {
      snapshot.folders.push(rel); // a folder (EISDIR), or a file gone meanwhile (then rmdir fails harmlessly)
    }
  }
  return snapshot;
}

/**
 * Removes from `outDir` each file of `snapshot` found there with the same bytes, then the snapshot's
 * folders left empty (deepest first). A file the build wrote under the same name with other bytes
 * stays. Returns the removed files' paths.
 */
export async function removeLeftovers(outDir: string, snapshot: FolderSnapshot): Promise<string[]> {
  const removed: string[] = [];
  for (const [rel, bytes] of snapshot.files) {
    const file = path.join(outDir, rel);
    let published: Buffer;
    try {
      published = await readFile(file);
    } catch {
      continue;
    }
    if (!published.equals(bytes)) continue;
    await rm(file);
    removed.push(rel);
  }
  const deepestFirst = [...snapshot.folders].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const rel of deepestFirst) await rmdir(path.join(outDir, rel)).catch(() => undefined);
  return removed;
}

/** Whether Astro builds into `.astro/` and copies from there: `outDir` is not below the working directory. */
export function buildsThroughDotAstro(outDir: string, cwd: string = process.cwd()): boolean {
  // Astro's own test (getOutDirWithinCwd in core/build/common.js).
  return !outDir.startsWith(cwd);
}

/** The integration (see the module comment). */
export function dotAstroLeftovers(): AstroIntegration {
  let outDir = '';
  let snapshot: FolderSnapshot | undefined;
  return {
    name: 'emr-prep:dot-astro-leftovers',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        // The folder Astro builds in and copies from: `.astro/` of the working directory.
        snapshot = buildsThroughDotAstro(outDir) ? await snapshotFolder(path.join(process.cwd(), '.astro')) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!snapshot) return;
        const removed = await removeLeftovers(fileURLToPath(dir), snapshot);
        snapshot = undefined;
        if (removed.length > 0)
          logger.info(`removed Astro's working files copied from .astro/ into the output folder: ${removed.join(', ')}`);
      },
    },
  };
}
