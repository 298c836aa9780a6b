/**
 * `emr-prep build [--incremental]`: builds the site with `astro build`, or — with `--incremental`,
 * after editing notes — updates the last full build's output folder in place when the edit stays
 * inside notes' rendered text (src/site/incremental/rebuild.ts), and otherwise runs `astro build`,
 * saying why. `npm run build:incremental` runs the incremental form on the bundled content (or
 * `EMR_PREP_CONTENT`) into `dist/`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Io } from './io.ts';
import { astroCacheDir } from '../site/incremental/fingerprint.ts';
import { usableState } from '../site/incremental/state-file.ts';
import { esmBundle } from '../core/kb/esm-bundle.ts';

/** The project root (this file is src/cli/build.ts). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Options of `emr-prep build`. */
export interface BuildCommandOptions {
  incremental?: boolean;
  /** Content folder (default: $EMR_PREP_CONTENT or the bundled content/). */
  content?: string;
  /** Output folder (default: dist). */
  outDir?: string;
  /** Astro's `--base` (an incremental rebuild keeps the last full build's base). */
  base?: string;
  /** Astro's `--site`. */
  site?: string;
}

/** Runs `astro build` with the options; resolves to its exit code. */
function astroBuild(options: BuildCommandOptions, outDir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const args = [path.join(ROOT, 'node_modules', 'astro', 'astro.js'), 'build', '--outDir', outDir];
  if (options.base) args.push('--base', options.base);
  if (options.site) args.push('--site', options.site);
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

let registeredBase: string | null = null;

/** The `import.meta.env` Vite gives the project's modules in `astro build` with base path `base`. */
function buildEnv(base: string): Record<string, string | boolean> {
  return { BASE_URL: base, MODE: 'production', DEV: false, PROD: true, SSR: true };
}

/**
 * Gives the project's modules loaded from now on the `import.meta.env` of a production build with
 * base path `base` (Vite's in `astro build`; tsx has none), once per process.
 * @throws {Error} when called again with another base (modules already loaded keep the first).
 */
function registerBuildEnv(base: string): void {
  if (registeredBase === base) return;
  if (registeredBase !== null) throw new Error(`emr-prep build: this process already rebuilt with base ${registeredBase}`);
  registeredBase = base;
  register(new URL('../site/incremental/env-hook.mjs', import.meta.url), {
    data: { src: pathToFileURL(path.join(ROOT, 'src')).href, env: buildEnv(base) },
  });
}

type RebuildModule = typeof import('../site/incremental/rebuild.ts');

/**
 * The incremental rebuild's module. Bundled by esbuild into one ES module per code fingerprint and
 * base path (node_modules/.cache/emr-prep/incremental-<digest>.mjs, with `import.meta.env` written
 * in, packages included: as imports they still went through tsx's hooks), Node loads it in ~0.19 s;
 * through tsx and the env hook its ~300 modules took 0.55–0.77 s of a 4.2 s rebuild at 1,000 notes
 * (issue 16 item 2). The first rebuild after a code change writes the bundle (~0.15 s). Without
 * esbuild, the modules load through tsx as before.
 * @param fingerprint the last full build's code fingerprint (the state's; equal to this code's)
 */
async function rebuildModule(fingerprint: string, base: string): Promise<RebuildModule> {
  const env = buildEnv(base);
  const bundle = await esmBundle({
    entry: path.join(ROOT, 'src', 'site', 'incremental', 'rebuild.ts'),
    folder: path.join(ROOT, 'node_modules', '.cache', 'emr-prep'),
    prefix: 'incremental-',
    version: createHash('sha1').update(`${fingerprint}\0${base}`).digest('hex').slice(0, 24),
    define: Object.fromEntries(Object.entries(env).map(([key, value]) => [`import.meta.env.${key}`, JSON.stringify(value)])),
  });
  if (bundle) {
    try {
      return (await import(bundle)) as RebuildModule;
    } catch {
      // a bundle that does not load: the modules themselves, below
    }
  }
  registerBuildEnv(base);
  return import('../site/incremental/rebuild.ts');
}

/** `emr-prep build`: see the module comment. Returns the exit code. */
export async function buildCommand(options: BuildCommandOptions, io: Io): Promise<number> {
  const started = performance.now();
  const env = { ...process.env };
  if (options.content) env.EMR_PREP_CONTENT = path.resolve(options.content);
  const contentEnv = env.EMR_PREP_CONTENT?.trim();
  const contentDir = contentEnv ? path.resolve(contentEnv) : path.join(ROOT, 'content');
  const outDir = path.resolve(options.outDir ?? path.join(ROOT, 'dist'));
  const fullBuild = async (reason: string | null) => {
    if (reason) io.err(`emr-prep build: full build — ${reason}\n`);
    return astroBuild(options, outDir, env);
  };
  if (!options.incremental) return fullBuild(null);

  const cacheDir = path.resolve(ROOT, astroCacheDir(contentEnv));
  const state = await usableState({ root: ROOT, outDir, contentDir, astroCacheDir: cacheDir });
  if (typeof state === 'string') return fullBuild(state);
  const base = options.base ?? state.base;
  if (`${base.replace(/\/+$/, '')}/` !== `${state.base.replace(/\/+$/, '')}/`)
    return fullBuild(`another base path than the last build's (${state.base})`);
  if (options.site !== undefined && options.site !== state.site) return fullBuild(`another site than the last build's (${state.site})`);

  // The rebuild shares modules with the routes, which read the base path from Vite's
  // import.meta.env: their bundle has the build's written in (else a module hook gives it to them,
  // src/site/incremental/env-hook.mjs).
  if (contentEnv) process.env.EMR_PREP_CONTENT = contentEnv;
  const { incrementalRebuild } = await rebuildModule(state.fingerprint, base);
  const result = await incrementalRebuild({ root: ROOT, outDir, contentDir, astroCacheDir: cacheDir, base, state });
  if (result.kind === 'full') return fullBuild(result.reason);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.kind === 'up-to-date') {
    io.out(`emr-prep build: ${path.relative(process.cwd(), outDir) || '.'} is up to date (${seconds} s)\n`);
    return 0;
  }
  io.out(
    `emr-prep build: incremental — ${result.notes.length} edited note${result.notes.length === 1 ? '' : 's'} (${result.notes.join(', ')}), ` +
      `${result.written.length} files written, ${result.removed.length} removed, in ${seconds} s\n`,
  );
  return 0;
}
