/**
 * `emr-prep build --incremental` (issue 16 item 2): after an edit it either updates the last build
 * in place or builds in full, and in both cases the output folder equals a clean `astro build` of
 * the edited notes byte for byte — every file, the service worker's precache list included.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/site/incremental/fingerprint.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.join(ROOT, 'bench', '.out', 'incremental-test');
const INCREMENTAL = path.join(OUT, 'incremental');
const CLEAN = path.join(OUT, 'clean');
const NOTE = 'notes/emr-node-roles.md';

let tmp = '';
let content = '';

/**
 * The environment of a build as `npm run build` runs it: vitest's NODE_ENV=test and the DEV, PROD,
 * SSR, MODE and BASE_URL it sets for its import.meta.env left out (Astro's server-side
 * import.meta.env reads process.env: with DEV="1" every search route built the index again, for
 * minutes, and Workbox wrote a development service worker).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['NODE_ENV', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[name];
  return env;
}

/**
 * Runs the `emr-prep build` command line (bin/emr-prep.mjs, as `npm run build:incremental` does);
 * returns its exit code and what it printed.
 */
function build(incremental: boolean, base?: string): { code: number; out: string; err: string } {
  const args = [path.join(ROOT, 'bin', 'emr-prep.mjs'), 'build', '--content', content, '--out-dir', INCREMENTAL];
  if (incremental) args.push('--incremental');
  if (base) args.push('--base', base);
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env: buildEnv(), encoding: 'utf8' });
  return { code: run.status ?? 1, out: run.stdout, err: run.stderr };
}

/** A clean `astro build` of the same notes into another folder. */
function cleanBuild(base?: string): void {
  const args = [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', CLEAN, ...(base ? ['--base', base] : [])];
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...buildEnv(), EMR_PREP_CONTENT: content },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`clean build failed:\n${run.stdout}\n${run.stderr}`);
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The files that differ between the two folders (missing on one side, or other bytes). */
async function differences(): Promise<string[]> {
  const [a, b] = await Promise.all([files(INCREMENTAL), files(CLEAN)]);
  const diff = [
    ...a.filter((f) => !b.includes(f)).map((f) => `only incremental: ${f}`),
    ...b.filter((f) => !a.includes(f)).map((f) => `only clean: ${f}`),
  ];
  for (const f of a.filter((x) => b.includes(x))) {
    const [x, y] = await Promise.all([readFile(path.join(INCREMENTAL, f)), readFile(path.join(CLEAN, f))]);
    if (!x.equals(y)) diff.push(`differs: ${f}`);
  }
  return diff;
}

async function edit(from: string, to: string): Promise<void> {
  const file = path.join(content, NOTE);
  const text = await readFile(file, 'utf8');
  expect(text, `${NOTE} holds the text the test edits`).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('emr-prep build --incremental equals a clean build', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'emr-incremental-'));
    content = path.join(tmp, 'content');
    await cp(path.join(ROOT, 'content'), content, { recursive: true });
    await rm(OUT, { recursive: true, force: true });
    const first = build(false);
    expect(first.code, first.err).toBe(0);
  });

  afterAll(async () => {
    await rm(OUT, { recursive: true, force: true });
    if (content) await rm(path.resolve(ROOT, astroCacheDir(content)), { recursive: true, force: true });
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it.each([
    ['a sentence added to a note body', '## 📝 설명\n\n', '## 📝 설명\n\n이 문장은 증분 빌드 시험을 위해 추가되었다.\n\n'],
    ['a question explanation edited', 'HDFS에 영향이 없다.', 'HDFS에 영향이 없다. 작업이 끝나면 task node만 줄이면 된다.'],
  ])('%s: only that note is re-rendered', async (_, from, to) => {
    await edit(from, to);
    const run = build(true);
    expect(run.err, 'the rebuild stayed incremental').toBe('');
    expect(run.out).toMatch(/incremental — 1 edited note \(emr-node-roles\)/);
    // The rebuild's modules ran from one bundle (src/cli/build.ts), not module by module through tsx.
    const bundles = (await readdir(path.join(ROOT, 'node_modules', '.cache', 'emr-prep'))).filter((f) =>
      /^incremental-\w{24}\.mjs$/.test(f),
    );
    expect(bundles).toHaveLength(1);
    cleanBuild();
    expect(await differences()).toEqual([]);
  });

  it('a changed title falls back to a full build and says why', async () => {
    await edit('title: EMR 노드 역할', 'title: EMR 노드의 역할');
    const run = build(true);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/full build — emr-node-roles: more than its body or question text changed/);
    cleanBuild();
    expect(await differences()).toEqual([]);
  });

  it('nothing edited: the output folder is up to date', async () => {
    const run = build(true);
    expect(run.out).toMatch(/is up to date/);
    expect(await differences()).toEqual([]);
  });

  it('below a base path (`--base /emr-prep/`): the rebuild writes the same links as a clean build', async () => {
    expect(build(false, '/emr-prep/').code).toBe(0);
    await edit('## 📝 설명\n\n', '## 📝 설명\n\n이 문장은 기본 경로 아래의 증분 빌드를 시험한다.\n\n');
    const run = build(true, '/emr-prep/');
    expect(run.err, 'the rebuild stayed incremental').toBe('');
    expect(run.out).toMatch(/incremental — 1 edited note \(emr-node-roles\)/);
    const page = await readFile(path.join(INCREMENTAL, 'notes', 'emr-node-roles', 'index.html'), 'utf8');
    expect(page).toContain('기본 경로 아래의 증분 빌드');
    // the body's own links, put below the base path as the page does
    expect(page).toMatch(/<div class="note__body[^"]*"[^>]*>[\s\S]*href="\/emr-prep\/notes\//);
    cleanBuild('/emr-prep/');
    expect(await differences()).toEqual([]);
  });
});
