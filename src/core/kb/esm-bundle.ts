/**
 * One ES module bundled by esbuild from a TypeScript entry and everything it imports, packages
 * included, cached in a folder under a name that says which code it was made of. Node loads such a
 * file natively: no tsx loader, no module hooks, one file instead of hundreds (the parse threads,
 * parse-threads.ts; `emr-prep build --incremental`, src/cli/build.ts; issue 16).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** What to bundle and where. */
export interface EsmBundleRequest {
  /** Absolute path of the entry module (a .ts file). */
  entry: string;
  /** The cache folder (created when missing). */
  folder: string;
  /**
   * File name prefix of this kind of bundle (`parse-worker-`); the file is `<prefix><version>.mjs`
   * and the other versions' files of the same prefix are removed when a new one is written.
   */
  prefix: string;
  /** Names the code the bundle is made of (a digest): a change of code means another file. */
  version: string;
  /** Replacements of global expressions, as esbuild's `define` (`import.meta.env.DEV` → `false`). */
  define?: Record<string, string>;
}

/**
 * The file URL of the bundle, written unless it is already there. Never throws.
 * @returns null when esbuild is missing, the entry does not exist or the bundle failed (the caller
 *   then loads the entry through tsx)
 */
export async function esmBundle(request: EsmBundleRequest): Promise<string | null> {
  if (!existsSync(request.entry)) return null;
  const file = path.join(request.folder, `${request.prefix}${request.version}.mjs`);
  if (existsSync(file)) return pathToFileURL(file).href;
  try {
    // require, not import(): in `astro build` this module runs inside Vite's module runner, whose
    // import() is closed once Astro's config has loaded.
    const { build } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    await mkdir(request.folder, { recursive: true });
    // Written under another name and renamed: two processes at once never run a half-written file.
    const tmp = `${file}.${process.pid}.tmp.mjs`;
    await build({
      entryPoints: [request.entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: tmp,
      logLevel: 'silent',
      define: request.define,
      // CommonJS libraries inside an ES module call require() for Node's built-ins.
      banner: { js: "import { createRequire as __emrPrepRequire } from 'node:module'; const require = __emrPrepRequire(import.meta.url);" },
    });
    await rename(tmp, file);
    for (const name of await readdir(request.folder))
      if (name.startsWith(request.prefix) && name !== path.basename(file) && !name.includes('.tmp'))
        await rm(path.join(request.folder, name), { force: true });
    return pathToFileURL(file).href;
  } catch {
    return null;
  }
}
