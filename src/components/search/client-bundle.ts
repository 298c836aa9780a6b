/**
 * Bundles the browser's search code (`src/islands/search/client.ts`: the dialog and the /search/
 * page, with fuse.js and es-hangul) into one minified ES module, served as `/search/client.js`.
 *
 * Why not an Astro `<script>`: Astro serves a processed script as an external module, so every
 * page would fetch JavaScript on load; a script that only `import()`s the search code on first
 * open must be inline, and an inline script needs a URL it can know. This module gives that URL
 * (`/search/client.js?v=<hash of the code>`, so a new build is never served from a stale cache).
 * Uses Vite's JavaScript API (the same bundler Astro uses); built once per build process.
 */
import { srcDir } from 'astro:config/server';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { BASE_PATH, withBase } from '../links.ts';

/** The bundled search code and its version (12 hex digits of its SHA-256). */
export interface SearchClientBundle {
  code: string;
  version: string;
}

// Resolved from Astro's source folder: this module itself runs from a bundle elsewhere.
const ENTRY = fileURLToPath(new URL('islands/search/client.ts', srcDir));
const ROOT = fileURLToPath(new URL('../', srcDir));

let memo: Promise<SearchClientBundle> | null = null;

async function bundle(): Promise<SearchClientBundle> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    mode: 'production',
    // The site's base path, so `import.meta.env.BASE_URL` (withBase in src/components/links.ts)
    // is the same in the search code as in the pages that load it.
    base: BASE_PATH,
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      minify: 'esbuild',
      target: 'es2022',
      sourcemap: false,
      lib: { entry: ENTRY, formats: ['es'], fileName: () => 'client.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (chunks.length !== 1)
    throw new Error(`bundling ${ENTRY} gave ${chunks.length} chunks, expected 1 (a dynamic import inside the search code?)`);
  const code = chunks[0]!.code;
  return { code, version: createHash('sha256').update(code).digest('hex').slice(0, 12) };
}

/**
 * The search code bundle. Built once per process in a build; rebuilt on every call in `astro dev`
 * so edits show up.
 *
 * @throws {Error} when Vite cannot bundle the search code (the message names the problem).
 */
export function searchClientBundle(): Promise<SearchClientBundle> {
  if (import.meta.env.DEV) return bundle();
  memo ??= bundle();
  return memo;
}

/** URL of the bundled search code. */
export async function searchClientUrl(): Promise<string> {
  return withBase(`/search/client.js?v=${(await searchClientBundle()).version}`);
}
