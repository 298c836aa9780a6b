/**
 * `emr-prep build [--incremental]`: builds the site with `astro build`, or — with `--incremental`,
 * after editing notes — updates the last full build's output folder in place when the edit stays
 * inside notes' rendered text (src/site/incremental/rebuild.ts), and otherwise runs `astro build`,
 * saying why. `npm run build:incremental` runs the incremental form on the bundled content (or
 * `EMR_PREP_CONTENT`) into `dist/`.
 */
import { spawn } from 'node:child_process';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Io } from './io.ts';
import { astroCacheDir } from '../site/incremental/fingerprint.ts';
import { usableState } from '../site/incremental/state-file.ts';

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

/**
 * Gives the project's modules loaded from now on the `import.meta.env` of a production build with
 * base path `base` (Vite's in `astro build`; tsx has none), once per process.
 * @throws {Error} when called again with another base (modules already loaded keep the first).
 */
function registerBuildEnv(base: string): void {
  if (registeredBase === base) return;
  if (registeredBase !== null) throw new Error(`emr-prep build: this process already rebuilt with base ${registeredBase}`);
  registeredBase = base;
  const env = { BASE_URL: base, MODE: 'production', DEV: false, PROD: true, SSR: true };
  register(new URL('../site/incremental/env-hook.mjs', import.meta.url), {
    data: { src: pathToFileURL(path.join(ROOT, 'src')).href, env },
  });
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
  // import.meta.env: a module hook gives them the build's (src/site/incremental/env-hook.mjs).
  if (contentEnv) process.env.EMR_PREP_CONTENT = contentEnv;
  registerBuildEnv(base);
  const { incrementalRebuild } = await import('../site/incremental/rebuild.ts');
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
