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
import { buildCommand } from '../../src/cli/build.ts';
import { astroCacheDir } from '../../src/site/incremental/fingerprint.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.join(ROOT, 'bench', '.out', 'incremental-test');
const INCREMENTAL = path.join(OUT, 'incremental');
const CLEAN = path.join(OUT, 'clean');
const NOTE = 'notes/emr-node-roles.md';

let tmp = '';
let content = '';

/** Runs `emr-prep build` in-process; returns its exit code and what it printed. */
async function build(incremental: boolean): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await buildCommand(
    { incremental, content, outDir: INCREMENTAL },
    { out: (t) => void (out += t), err: (t) => void (err += t) },
  );
  return { code, out, err };
}

/** This process's environment without NODE_ENV (as `npm run build` runs: a production build). */
function withoutNodeEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _, ...env } = process.env;
  return env;
}

/** A clean `astro build` of the same notes into another folder. */
function cleanBuild(): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', CLEAN], {
    cwd: ROOT,
    env: { ...withoutNodeEnv(), EMR_PREP_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
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
    // Vitest sets NODE_ENV=test, which the builds would inherit (Workbox then writes a development
    // service worker); build as `npm run build` does.
    delete process.env.NODE_ENV;
    tmp = await mkdtemp(path.join(os.tmpdir(), 'emr-incremental-'));
    content = path.join(tmp, 'content');
    await cp(path.join(ROOT, 'content'), content, { recursive: true });
    await rm(OUT, { recursive: true, force: true });
    const first = await build(false);
    expect(first.code).toBe(0);
  });

  afterAll(async () => {
    await rm(OUT, { recursive: true, force: true });
    if (content) await rm(path.resolve(ROOT, astroCacheDir(content)), { recursive: true, force: true });
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('a sentence added to a note body: only that note is re-rendered', async () => {
    await edit('## 📝 설명\n\n', '## 📝 설명\n\n이 문장은 증분 빌드 시험을 위해 추가되었다.\n\n');
    const run = await build(true);
    expect(run.err, 'the rebuild stayed incremental').toBe('');
    expect(run.out).toMatch(/incremental — 1 edited note \(emr-node-roles\)/);
    cleanBuild();
    expect(await differences()).toEqual([]);
  });

  it('a question explanation edited: only that note is re-rendered', async () => {
    await edit('HDFS에 영향이 없다.', 'HDFS에 영향이 없다. 작업이 끝나면 task node만 줄이면 된다.');
    const run = await build(true);
    expect(run.err, 'the rebuild stayed incremental').toBe('');
    expect(run.out).toMatch(/incremental — 1 edited note \(emr-node-roles\)/);
    cleanBuild();
    expect(await differences()).toEqual([]);
  });

  it('a changed title falls back to a full build and says why', async () => {
    await edit('title: EMR 노드 역할', 'title: EMR 노드의 역할');
    const run = await build(true);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/full build — emr-node-roles: more than its body or question text changed/);
    cleanBuild();
    expect(await differences()).toEqual([]);
  });

  it('nothing edited: the output folder is up to date', async () => {
    const run = await build(true);
    expect(run.out).toMatch(/is up to date/);
    expect(await differences()).toEqual([]);
  });
});
