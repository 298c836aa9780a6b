/**
 * The peer of `npm run bench`: Starlight 0.37 with a small sidebar (bench/peers/starlight), built on
 * the same generated corpus as emr-prep, cold, in the same run, alternating with our build so both
 * see the same machine load. The figure that matters is ours ÷ Starlight per pair of runs (issue 16:
 * absolute seconds are not comparable across days on these shared machines).
 *
 * The peer is installed on first use with `npm ci` in its folder (its own package-lock.json; it is
 * not a dependency of emr-prep). Its content: every note of the corpus copied into
 * src/content/docs/ (Starlight's docs schema keeps `title` and ignores our other frontmatter keys),
 * plus an index page; Pagefind (Starlight's default search index) stays on, as our build writes
 * a search index too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_DIR, corpusDir } from './corpus.ts';
import { runTimedNode, type TimedRun } from './timed.ts';

/** The Starlight peer project. */
export const STARLIGHT_DIR = path.join(BENCH_DIR, 'peers', 'starlight');

/** Installs the peer's packages when they are missing (`npm ci` from its own lock file). */
export function ensurePeerInstalled(log: (s: string) => void): void {
  if (existsSync(path.join(STARLIGHT_DIR, 'node_modules', 'astro', 'astro.js'))) return;
  log('peer: installing Starlight (npm ci in bench/peers/starlight) …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: STARLIGHT_DIR, stdio: 'inherit' });
}

/** Copies the corpus of `n` notes into the peer's docs collection (replacing what was there). */
export async function syncPeerContent(n: number): Promise<number> {
  const docs = path.join(STARLIGHT_DIR, 'src', 'content', 'docs');
  await rm(docs, { recursive: true, force: true });
  await mkdir(docs, { recursive: true });
  const files = (await readdir(corpusDir(n))).filter((f) => f.endsWith('.md'));
  await Promise.all(files.map((f) => copyFile(path.join(corpusDir(n), f), path.join(docs, f))));
  await writeFile(path.join(docs, 'index.md'), '---\ntitle: Notes\n---\n\nThe benchmark corpus.\n');
  return files.length;
}

/** One cold build of the peer: its Astro caches and out folder deleted first. */
export async function starlightBuild(log: (s: string) => void): Promise<TimedRun & { pages: number | null }> {
  for (const dir of ['dist', '.astro', path.join('node_modules', '.astro'), path.join('node_modules', '.vite')]) {
    await rm(path.join(STARLIGHT_DIR, dir), { recursive: true, force: true });
  }
  const run = await runTimedNode([path.join(STARLIGHT_DIR, 'node_modules', 'astro', 'astro.js'), 'build'], STARLIGHT_DIR, {});
  if (run.exitCode !== 0) log(`starlight build exited ${run.exitCode}:\n${run.output.split('\n').slice(-30).join('\n')}`);
  const pages = /(\d+) page\(s\) built/.exec(run.output);
  return { ...run, output: '', pages: pages ? Number(pages[1]) : null };
}
