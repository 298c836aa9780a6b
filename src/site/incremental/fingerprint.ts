/**
 * Where a build keeps its state for the next incremental rebuild, and the fingerprint of what the
 * build was made of: the project's code and configuration (every file under src/ and public/,
 * astro.config.mjs, package.json, package-lock.json, tsconfig.json), the content folder and the
 * output folder (the state records `base` and `site` itself). Any change of these means a full build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The files and folders of the project whose content makes the site besides the notes. */
export const CODE_PATHS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** The folders a build is made from and into. */
export interface BuildFolders {
  /** Absolute output folder. */
  outDir: string;
  /** Absolute content folder. */
  contentDir: string;
}

async function filesBelow(root: string, rel: string): Promise<string[]> {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return [];
  const entries = await readdir(abs, { withFileTypes: true, recursive: true }).catch(() => null);
  if (entries === null) return [rel]; // a file
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** sha-1 of the project's code and configuration ({@link CODE_PATHS}) and the folders. */
export async function buildFingerprint(root: string, folders: BuildFolders): Promise<string> {
  const hash = createHash('sha1');
  hash.update(JSON.stringify({ outDir: path.resolve(folders.outDir), contentDir: path.resolve(folders.contentDir) }));
  for (const top of CODE_PATHS) {
    for (const rel of await filesBelow(root, top)) {
      hash.update(`\0${rel}\0`);
      hash.update(await readFile(path.join(root, rel)));
    }
  }
  return hash.digest('hex');
}

/** The state file of the build into `outDir`, below Astro's cache folder of the content. */
export function stateFile(astroCacheDir: string, outDir: string): string {
  const key = createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join(astroCacheDir, 'emr-prep-incremental', `${key}.ndjson`);
}

/** md5 hex of a file (as Workbox's precache revisions), or '' when it does not exist. */
export async function md5OfFile(file: string): Promise<string> {
  if (!existsSync(file)) return '';
  return createHash('md5')
    .update(await readFile(file))
    .digest('hex');
}

/**
 * Astro's cache folder (`cacheDir` in astro.config.mjs, relative to the project root): one per
 * content folder named by `EMR_PREP_CONTENT`, so two builds of different folders never mix their
 * notes; `node_modules/.astro` for the bundled content.
 */
export function astroCacheDir(contentEnv: string | undefined): string {
  const dir = contentEnv?.trim();
  return dir
    ? `./node_modules/.astro/content-${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)}`
    : './node_modules/.astro';
}
