/**
 * Deploy anywhere (issue 16 item 5): `astro build --outDir <a folder outside the project>` publishes
 * the same site as a build into `dist/` — the service worker in that folder, precaching every page,
 * script and data file of it (it used to go to `.astro/sw.js` with one entry: src/site/pwa.ts), and
 * none of Astro's working files (`content-assets.mjs`, …: src/site/dot-astro-leftovers.ts). One real
 * build of a two-note folder below `--base /emr-prep/` (about 30 s), plus the leftovers' file rules.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeLeftovers, snapshotFolder } from '../../../src/site/dot-astro-leftovers.ts';
import { astroBuild } from '../../helpers/astro-build.ts';

/** A note with one question: which of a task node (A) and a core node (B) does `what`. */
const note = (title: string, what: string, key: 'A' | 'B') =>
  `---\ntitle: ${title}\ntags: [service/emr]\n---\n\n# ${title}\n\n## 🎯 핵심 포인트\n\nOnly core nodes run a DataNode.\n\n` +
  `## 📝 관련 문제\n\n**Question:** Which node type ${what}?\n\n**Options:**\n\n- A) task node\n- B) core node\n\n` +
  `**Answer: ${key}**\n\nExplanation:\n\n- **Option A** - a task node runs no DataNode.\n- **Option B** - a core node runs a DataNode.\n`;

/** The build's own globPatterns and globIgnores (astro.config.mjs), as the worker must precache them. */
const PRECACHED = /\.(html|js|css|json|svg|png|ico|webmanifest|txt)$/;
const BASE = '/emr-prep/';

/** Files below `dir`, `/`-separated, relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The URL a page's file is precached under (`index.html` → the base, `notes/x/index.html` → `notes/x/`), else its path. */
function precacheUrl(file: string): string {
  if (file === 'index.html') return BASE;
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

describe('astro build --outDir <folder outside the project> --base /emr-prep/', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'emr-prep-outdir-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes sw.js into that folder, precaching every page, script, style and data file of it at its revision, and no Astro working file', {
    timeout: 300_000,
  }, () => {
    const content = path.join(work, 'content');
    const out = path.join(work, 'site');
    mkdirSync(content);
    writeFileSync(path.join(content, 'spot-task-nodes.md'), note('Spot task nodes', 'is the safest to run on Spot Instances', 'A'));
    writeFileSync(path.join(content, 'core-node-storage.md'), note('Core node storage', 'stores HDFS blocks', 'B'));
    const run = astroBuild(['--outDir', out, '--base', BASE], { EMR_PREP_CONTENT: content });
    const log = `${run.stdout}${run.stderr}`;
    expect(run.status, log).toBe(0);

    expect(existsSync(path.join(out, 'sw.js')), `no sw.js in the output folder\n${log}`).toBe(true);
    const sw = readFileSync(path.join(out, 'sw.js'), 'utf8');
    const list = sw.match(/\[\{"revision":.*?\}\]/s)?.[0];
    expect(list, 'sw.js holds no precache list').toBeDefined();
    const entries = JSON.parse(list ?? '[]') as { url: string; revision: string | null }[];

    const files = filesBelow(out);
    // Not precached: 404.html, the worker itself, and the second-keystroke answers (search/next/, a
    // shortcut over the index files precached below; offline the engine answers from those).
    const precached = files.filter((f) => PRECACHED.test(f) && f !== '404.html' && f !== 'sw.js' && !f.startsWith('search/next/'));
    // The random-quiz packs are written, and precached like the shards (a returning student's random
    // quiz is one file from the worker).
    expect(files.filter((f) => f.startsWith('quiz/pack/')).length).toBeGreaterThan(0);
    // Each file once (manifest.webmanifest was listed twice: by the glob and by @vite-pwa itself).
    expect(entries.map((e) => e.url).sort()).toEqual(precached.map(precacheUrl).sort());
    // What a student needs offline is among them: pages, the quiz bank and the search index with their shards.
    const urls = new Set(entries.map((e) => e.url));
    for (const url of [BASE, 'quiz/', 'search/', 'quiz/bank.json', 'quiz/pack/0.json', 'search/index.json', 'manifest.webmanifest'])
      expect(urls).toContain(url);
    expect([...urls].filter((u) => /^notes\/.+\/$/.test(u))).toHaveLength(2);
    expect([...urls].some((u) => /^quiz\/bank\/\d+\.json$/.test(u))).toBe(true);
    expect([...urls].some((u) => /^search\/entries\/.+\.json$/.test(u))).toBe(true);
    // Each revision is the MD5 of the file as published (hashed `_astro/` names carry none).
    const fileOf = new Map(precached.map((f) => [precacheUrl(f), f]));
    for (const { url, revision } of entries) {
      if (revision === null) {
        expect(url).toMatch(/^_astro\//);
        continue;
      }
      const md5 = createHash('md5')
        .update(readFileSync(path.join(out, fileOf.get(url) ?? url)))
        .digest('hex');
      expect(revision, url).toBe(md5);
    }
    // Astro's content-layer modules copied from .astro/ (withastro/astro#14903) are gone.
    expect(files.filter((f) => f.endsWith('.mjs'))).toEqual([]);
  });
});

describe('removing what Astro copied from .astro/', () => {
  it('removes the files that arrived unchanged and the folders they leave empty, keeps the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emr-prep-leftovers-'));
    try {
      const dotAstro = path.join(dir, '.astro');
      const out = path.join(dir, 'out');
      for (const d of [
        path.join(dotAstro, 'collections'),
        path.join(dotAstro, 'sub'),
        path.join(out, 'collections'),
        path.join(out, 'sub'),
      ]) {
        mkdirSync(d, { recursive: true });
      }
      const write = (base: string, rel: string, body: string) => writeFileSync(path.join(base, rel), body);
      write(dotAstro, 'content-assets.mjs', 'export default new Map();');
      write(dotAstro, 'types.d.ts', 'declare module "x";');
      write(dotAstro, 'settings.json', '{"a":1}');
      write(dotAstro, 'sub/data.json', '{"b":2}');
      const snapshot = await snapshotFolder(dotAstro);
      expect([...snapshot.files.keys()]).toEqual(['content-assets.mjs', 'settings.json', 'sub/data.json']);

      // Astro's copy, plus the site's own files; settings.json was rewritten by the build.
      write(out, 'content-assets.mjs', 'export default new Map();');
      write(out, 'types.d.ts', 'declare module "x";');
      write(out, 'settings.json', '{"a":"the site\'s own"}');
      write(out, 'sub/data.json', '{"b":2}');
      write(out, 'index.html', '<p>home</p>');
      const removed = await removeLeftovers(out, snapshot);
      expect(removed).toEqual(['content-assets.mjs', 'sub/data.json']);
      expect(filesBelow(out).sort()).toEqual(['index.html', 'settings.json', 'types.d.ts']);
      expect(readdirSync(out).sort()).toEqual(['index.html', 'settings.json', 'types.d.ts']);
      // No .astro/ at all (a first build): nothing to remove.
      expect((await snapshotFolder(path.join(dir, 'absent'))).files.size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
