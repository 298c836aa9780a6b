/**
 * `npm run bench`: the performance benchmark of issue 7. Never part of `npm test`.
 *
 * Measures, on generated corpora of 1,000 and 5,000 notes (bench/corpus.ts):
 * - cold `astro build` (Astro's cache folder of that content and the out folder deleted first):
 *   wall time, CPU time, peak RSS (GNU time's maximum resident set size), and a phase breakdown;
 * - warm rebuild after editing one note (cache and out folder kept);
 * - core parser throughput on one thread (notes/s, MB/s);
 * - per page type (home, note, tag, quiz, calculator, search opened) the HTML, CSS, JS and data
 *   bytes the browser loads, raw and gzip (Playwright driving Chromium);
 * - the quiz page: time from navigation to the first question being interactive;
 * - search latency and recall, by calling the search benchmark (bench/search.ts) when it exists.
 * Writes `bench/results/<YYYY-MM-DD>.json` and prints a table. See bench/README.md.
 *
 * Options: `--sizes 1000,5000` `--runs 3` (cold and warm builds of the smaller corpora)
 * `--big-runs 1` (builds of corpora of 5,000 notes or more) `--browser-runs 5`
 * `--skip build,parser,pages,quiz,search` `--search-alternatives` `--out <file>` `--floor-notes 10`
 * `--locale ko-KR` (the browser language of the page and quiz measurements: ko-KR, our students'
 * language, by default; `en-US` measures the English path, which translates the page on load).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BENCH_DIR, corpusDir, writeCorpus, type CorpusInfo } from './corpus.ts';
import { ensurePeerInstalled, starlightBuild, syncPeerContent } from './peer.ts';
import { runTimedNode, type TimedRun } from './timed.ts';
import { selfSignedCertificate } from './search.ts';

const ROOT = path.resolve(BENCH_DIR, '..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'astro.js');
const CHROMIUM = '/usr/bin/chromium';
/** The browser language of the page and quiz measurements (`--locale`). */
const BROWSER = { locale: 'ko-KR' };

// ── statistics ───────────────────────────────────────────────────────────────────────────────

/** Median, min, max and the spread of a sample. */
export interface Stat {
  runs: number;
  median: number;
  min: number;
  max: number;
  /** (max − min) / median, in percent. */
  spreadPct: number;
  values: number[];
}

export function stat(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? NaN : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const min = sorted[0] ?? NaN;
  const max = sorted[n - 1] ?? NaN;
  return { runs: n, median, min, max, spreadPct: median ? ((max - min) / median) * 100 : 0, values: [...values] };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// ── astro build ──────────────────────────────────────────────────────────────────────────────

/** One `astro build` run. */
export interface BuildRun {
  wallS: number;
  /** User + system CPU seconds of the build and its child processes. */
  cpuS: number | null;
  peakRssMiB: number | null;
  pages: number | null;
  /** Phase → seconds. */
  phases: Record<string, number>;
  /** The core's own report (EMR_PREP_TIMINGS=1). */
  core: Record<string, number>;
  cacheLine: string | null;
  exitCode: number;
  /** Load average (1 min) when the run started: how busy the shared machine was. */
  load1: number;
}

/** Astro's cache folder for a content folder, as astro.config.mjs names it. */
export function astroCacheDir(contentDir: string): string {
  const hash = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12);
  return path.join(ROOT, 'node_modules', '.astro', `content-${hash}`);
}

/** Where the site of a corpus is built (inside the project, so Astro keeps its server chunks there too). */
export function outDir(n: number): string {
  return path.join(BENCH_DIR, '.out', String(n));
}

/**
 * Parses the output of `astro build` (with EMR_PREP_TIMINGS=1) into phases, in seconds:
 * `read+parse` (core read, decode and parse), `link` (core link and assemble), `content-layer`
 * (the rest of Astro's "Collecting build info": data store, digests, types), `bundle` (Vite server
 * and client builds), `render-pages` (HTML pages), `search-index` (the /search/ endpoints) and
 * `other-routes` (the other endpoints); `other` is the rest of the wall time (start-up, writing).
 */
export function parseBuildOutput(
  output: string,
  wallS: number,
): { phases: Record<string, number>; core: Record<string, number>; pages: number | null; cacheLine: string | null } {
  const core: Record<string, number> = {};
  let cacheLine: string | null = null;
  for (const m of output.matchAll(/\[emr-prep timings\] (\S+) ([\d.]+) ms/g)) core[m[1]!] = Number(m[2]) / 1000;
  const cacheMatch = /\[emr-prep timings\] cache (.*)$/m.exec(output);
  if (cacheMatch) cacheLine = cacheMatch[1]!;
  const seconds = (text: string): number => {
    const m = /([\d.]+)(ms|s|m)\b/.exec(text);
    if (!m) return 0;
    const v = Number(m[1]);
    return m[2] === 'ms' ? v / 1000 : m[2] === 'm' ? v * 60 : v;
  };
  const lines = output.split('\n');
  let collect = 0;
  let ssr = 0;
  let client = 0;
  let state: 'none' | 'collect' | 'ssr' | 'client' | 'routes' = 'none';
  let route = '';
  let endpoint = false;
  const byKind = { pages: 0, search: 0, endpoints: 0 };
  let pageCount = 0;
  for (const line of lines) {
    if (line.includes('Collecting build info')) state = 'collect';
    else if (line.includes('Building static entrypoints')) state = 'ssr';
    else if (line.includes('building client')) state = 'client';
    else if (line.includes('generating static routes')) state = 'routes';
    const completed = /✓ (?:Completed|built) in ([\d.]+m?s)/.exec(line);
    if (completed && state !== 'routes') {
      if (state === 'collect') collect = seconds(completed[1]!);
      else if (state === 'ssr') ssr = ssr || seconds(completed[1]!);
      else if (state === 'client') client = client || seconds(completed[1]!);
      continue;
    }
    if (state !== 'routes') continue;
    const header = /(▶|λ) (src\/pages\/\S+)/.exec(line);
    if (header) {
      route = header[2]!;
      endpoint = header[1] === 'λ';
      continue;
    }
    const page = /[├└]─ (\S+) \(\+([\d.]+m?s)\)/.exec(line);
    if (page) {
      pageCount += 1;
      const s = seconds(page[2]!);
      if (route.startsWith('src/pages/search/') && endpoint) byKind.search += s;
      else if (endpoint) byKind.endpoints += s;
      else byKind.pages += s;
    }
  }
  const readParse = (core.read ?? 0) + (core.decode ?? 0) + (core.parse ?? 0);
  const link = (core.link ?? 0) + (core.assemble ?? 0) + (core['cache-save'] ?? 0);
  const phases: Record<string, number> = {
    'read+parse': readParse,
    link,
    'content-layer': Math.max(0, collect - readParse - link),
    bundle: ssr + client,
    'render-pages': byKind.pages,
    'search-index': byKind.search,
    'other-routes': byKind.endpoints,
  };
  const known = Object.values(phases).reduce((a, b) => a + b, 0);
  phases.other = Math.max(0, wallS - known);
  for (const k of Object.keys(phases)) phases[k] = round(phases[k]!, 2);
  return { phases, core, pages: pageCount || null, cacheLine };
}

/** Runs `astro build` on a corpus; `clean` deletes Astro's cache of that content and the out folder first. */
export async function astroBuild(n: number, clean: boolean, log: (s: string) => void): Promise<BuildRun> {
  const content = corpusDir(n);
  if (clean) {
    await rm(astroCacheDir(content), { recursive: true, force: true });
    await rm(outDir(n), { recursive: true, force: true });
  }
  const run = await runTimedNode([ASTRO, 'build', '--outDir', outDir(n)], ROOT, { EMR_PREP_CONTENT: content, EMR_PREP_TIMINGS: '1' });
  const parsed = parseBuildOutput(run.output, run.wallS);
  if (run.exitCode !== 0) log(`astro build exited ${run.exitCode}:\n${run.output.split('\n').slice(-30).join('\n')}`);
  return {
    wallS: run.wallS,
    cpuS: run.cpuS,
    peakRssMiB: run.peakRssMiB,
    pages: parsed.pages,
    phases: parsed.phases,
    core: parsed.core,
    cacheLine: parsed.cacheLine,
    exitCode: run.exitCode,
    load1: run.load1,
  };
}

/** A bare Astro project: one page, no integration (the floor of any Astro site on this machine). */
const BARE_ASTRO_DIR = path.join(BENCH_DIR, '.tmp', 'bare-astro');

/** One cold build of {@link BARE_ASTRO_DIR} with our Astro (written first; its caches and out folder deleted). */
export async function bareAstroBuild(log: (s: string) => void): Promise<TimedRun> {
  await rm(BARE_ASTRO_DIR, { recursive: true, force: true });
  await mkdir(path.join(BARE_ASTRO_DIR, 'src', 'pages'), { recursive: true });
  await writeFile(path.join(BARE_ASTRO_DIR, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  await writeFile(
    path.join(BARE_ASTRO_DIR, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  await writeFile(path.join(BARE_ASTRO_DIR, 'src', 'pages', 'index.astro'), '<html lang="en"><body><h1>Bare</h1></body></html>\n');
  const run = await runTimedNode([ASTRO, 'build', '--root', BARE_ASTRO_DIR], BARE_ASTRO_DIR, {});
  if (run.exitCode !== 0) log(`bare astro build exited ${run.exitCode}:\n${run.output.split('\n').slice(-30).join('\n')}`);
  return { ...run, output: '' };
}

/** Edits one note of a corpus (a sentence added to its key point); returns a function that restores it. */
async function editOneNote(n: number, k: number): Promise<() => Promise<void>> {
  const file = path.join(corpusDir(n), 'bench-note-00000.md');
  const original = await readFile(file, 'utf8');
  const marker = '## 🎯 핵심 포인트\n\n';
  if (!original.includes(marker)) throw new Error(`${file} has no key point to edit`);
  await writeFile(file, original.replace(marker, `${marker}편집 ${k}: 이 문장은 재빌드 측정을 위해 추가되었다. `));
  return () => writeFile(file, original);
}

/**
 * Edits the body of one note of a corpus (a paragraph added before its first section: the note's
 * rendered body changes, its title, key point, headings and links do not); returns a function that
 * restores it.
 */
async function editOneNoteBody(n: number, k: number): Promise<() => Promise<void>> {
  const file = path.join(corpusDir(n), 'bench-note-00000.md');
  const original = await readFile(file, 'utf8');
  const marker = '## 📝 설명\n\n';
  if (!original.includes(marker)) throw new Error(`${file} has no body section to edit`);
  await writeFile(file, original.replace(marker, `${marker}편집 ${k}: 이 문단은 증분 재빌드 측정을 위해 추가되었다.\n\n`));
  return () => writeFile(file, original);
}

/** One `emr-prep build --incremental` run after a full build of the corpus into the same out folder. */
export interface IncrementalRun {
  wallS: number;
  cpuS: number | null;
  peakRssMiB: number | null;
  /** `incremental`, `up-to-date`, or `full` (it fell back to astro build; `reason` says why). */
  kind: string;
  reason: string | null;
  exitCode: number;
  load1: number;
}

/** `emr-prep build --incremental` of a corpus into its out folder (src/site/incremental/rebuild.ts). */
export async function incrementalBuild(n: number, log: (s: string) => void): Promise<IncrementalRun> {
  const run = await runTimedNode(
    [path.join(ROOT, 'bin', 'emr-prep.mjs'), 'build', '--incremental', '--content', corpusDir(n), '--out-dir', outDir(n)],
    ROOT,
    {},
  );
  const full = /full build — (.*)$/m.exec(run.output);
  const kind = full ? 'full' : /incremental — /.test(run.output) ? 'incremental' : /up to date/.test(run.output) ? 'up-to-date' : 'unknown';
  if (run.exitCode !== 0) log(`emr-prep build --incremental exited ${run.exitCode}:\n${run.output.split('\n').slice(-30).join('\n')}`);
  return {
    wallS: run.wallS,
    cpuS: run.cpuS,
    peakRssMiB: run.peakRssMiB,
    kind,
    reason: full ? full[1]! : null,
    exitCode: run.exitCode,
    load1: run.load1,
  };
}

// ── parser throughput ────────────────────────────────────────────────────────────────────────

/** Core parser throughput on the calling thread: decode + parse of every note, then the full pipeline. */
async function parserThroughput(n: number, runs: number): Promise<Record<string, unknown>> {
  const { readNoteFiles, readTagRegistry } = await import('../src/core/kb/reader.ts');
  const { decodeContent, parseDecodedNote, buildKnowledgeBase } = await import('../src/core/kb/build.ts');
  const dir = corpusDir(n);
  const [files, registry] = await Promise.all([readNoteFiles(dir), readTagRegistry(dir)]);
  const bytes = files.reduce((sum, f) => sum + (f.bytes?.length ?? 0), 0);
  const parseTimes: number[] = [];
  const fullTimes: number[] = [];
  for (let r = 0; r <= runs; r += 1) {
    const t0 = performance.now();
    const content = decodeContent({ files, registry });
    for (const note of content.notes) parseDecodedNote(note);
    const t1 = performance.now();
    buildKnowledgeBase({ files, registry });
    const t2 = performance.now();
    if (r > 0) {
      // run 0 warms the JIT up
      parseTimes.push((t1 - t0) / 1000);
      fullTimes.push((t2 - t1) / 1000);
    }
  }
  const parse = stat(parseTimes);
  const full = stat(fullTimes);
  return {
    notes: files.length,
    megabytes: round(bytes / 1e6, 2),
    decodeAndParse: {
      seconds: parse,
      notesPerS: round(files.length / parse.median, 0),
      mbPerS: round(bytes / 1e6 / parse.median, 2),
      msPerNote: round((parse.median * 1000) / files.length, 2),
    },
    fullPipeline: { seconds: full, notesPerS: round(files.length / full.median, 0), mbPerS: round(bytes / 1e6 / full.median, 2) },
  };
}

// ── browser measurements ─────────────────────────────────────────────────────────────────────

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * A static file server for a built site on 127.0.0.1, gzip-compressing text as static hosts do: over
 * HTTP/1.1 (Chromium opens at most six connections per host), or with `tls` over HTTP/2 with TLS (one
 * connection, every request at once, as GitHub Pages and CloudFront serve sites).
 */
async function serve(
  dir: string,
  tls: { key: Buffer; cert: Buffer } | null = null,
): Promise<{ server: Server | Http2SecureServer; url: string }> {
  const handler = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res
        .writeHead(404, { 'Content-Type': 'text/html' })
        .end(existsSync(path.join(dir, '404.html')) ? readFileSync(path.join(dir, '404.html')) : 'not found');
      return;
    }
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    // Compressed as a static host would serve it (the slow-phone timings depend on it).
    if (/gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|javascript|svg/.test(type)) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
      res.end(gzipSync(body, { level: 6 }));
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  return { server, url: `${tls ? 'https' : 'http'}://127.0.0.1:${address.port}` };
}

type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
/** Bytes by kind, raw and gzip. */
type Weights = Record<Kind, { raw: number; gzip: number; files: number }>;

function emptyWeights(): Weights {
  const z = () => ({ raw: 0, gzip: 0, files: 0 });
  return { html: z(), css: z(), js: z(), data: z(), other: z() };
}

function kindOf(resourceType: string, url: string, contentType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  if (contentType.includes('json') || /\.json$/.test(new URL(url).pathname)) return 'data';
  return 'other';
}

// Playwright's types are loaded lazily so that `--skip pages,quiz` runs without a browser.
type Browser = import('@playwright/test').Browser;
type Page = import('@playwright/test').Page;

async function launch(): Promise<Browser> {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--ignore-certificate-errors'],
  });
}

/** Records every response of a page (body bytes raw and gzip) until `stop()` is called. */
function recordResponses(page: Page): {
  weights: () => Weights;
  settle: () => Promise<void>;
  files: () => Array<{ url: string; kind: Kind; raw: number; gzip: number }>;
} {
  const seen: Array<{ url: string; kind: Kind; raw: number; gzip: number }> = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        if (response.status() !== 200) return;
        const body = await response.body().catch(() => null);
        if (!body) return;
        const kind = kindOf(response.request().resourceType(), response.url(), response.headers()['content-type'] ?? '');
        if (kind === 'html') {
          // Inline scripts count as JavaScript, not as HTML.
          const html = body.toString('utf8');
          const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
            .filter((m) => !/\bsrc=/i.test(m[1]!) && !/type=["']?application\/(ld\+)?json/i.test(m[1]!))
            .map((m) => m[2]!);
          const js = Buffer.from(inline.join('\n'));
          const rest = Buffer.from(inline.reduce((h, code) => h.replace(code, ''), html));
          seen.push({ url: response.url(), kind, raw: rest.length, gzip: gzipSync(rest, { level: 6 }).length });
          if (js.length > 0)
            seen.push({ url: `${response.url()} (inline scripts)`, kind: 'js', raw: js.length, gzip: gzipSync(js, { level: 6 }).length });
          return;
        }
        seen.push({ url: response.url(), kind, raw: body.length, gzip: gzipSync(body, { level: 6 }).length });
      })(),
    );
  });
  return {
    settle: async () => {
      await Promise.all(pending);
    },
    weights: () => {
      const w = emptyWeights();
      for (const f of seen) {
        w[f.kind].raw += f.raw;
        w[f.kind].gzip += f.gzip;
        w[f.kind].files += 1;
      }
      return w;
    },
    files: () => [...seen],
  };
}

/** Waits until the network has been idle and the page had time for idle callbacks. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        'requestIdleCallback' in window ? requestIdleCallback(() => resolve(null), { timeout: 2000 }) : setTimeout(resolve, 500),
      ),
  );
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
}

/** The weights of each page type, loaded in a fresh browser context (empty cache). */
async function pageWeights(
  browser: Browser,
  base: string,
  n: number,
): Promise<Record<string, { url: string; weights: Weights; files: Array<{ url: string; kind: Kind; raw: number; gzip: number }> }>> {
  const site = outDir(n);
  const tagDir = path.join(site, 'tags');
  const firstTag = existsSync(tagDir)
    ? execFileSync('find', [tagDir, '-mindepth', '2', '-name', 'index.html'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()[0]
    : null;
  const tagUrl = firstTag ? `/${path.relative(site, path.dirname(firstTag))}/` : '/tags/';
  const urls: Record<string, string> = {
    home: '/',
    note: '/notes/bench-note-00001/',
    tag: tagUrl,
    quiz: '/quiz/',
    calculator: '/calculator/',
  };
  const out: Record<string, { url: string; weights: Weights; files: Array<{ url: string; kind: Kind; raw: number; gzip: number }> }> = {};
  for (const [name, url] of Object.entries(urls)) {
    const context = await browser.newContext({ locale: BROWSER.locale });
    const page = await context.newPage();
    const rec = recordResponses(page);
    await page.goto(base + url, { waitUntil: 'load' });
    await settle(page);
    await rec.settle();
    out[name] = { url, weights: rec.weights(), files: rec.files().map((f) => ({ ...f, url: f.url.replace(base, '') })) };
    await context.close();
  }
  // Search opened: the note page, then the search dialog (Ctrl+K) and one query with results.
  {
    const context = await browser.newContext({ locale: BROWSER.locale });
    const page = await context.newPage();
    const rec = recordResponses(page);
    await page.goto(`${base}/notes/bench-note-00001/`, { waitUntil: 'load' });
    await settle(page);
    let opened = false;
    if (await page.locator('[data-search-open]').count()) {
      await page.locator('[data-search-open]').first().click();
      const input = page.locator('#search-dialog-input');
      await input.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
      if (await input.isVisible()) {
        await input.fill('스팟 인스턴스');
        await page
          .locator('#search-dialog-results li, #search-dialog-results [role="option"]')
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => undefined);
        opened = true;
      }
    }
    await settle(page);
    await rec.settle();
    out['search opened'] = {
      url: opened ? '/notes/bench-note-00001/ + Ctrl K + query' : '(no search launcher on the note page)',
      weights: rec.weights(),
      files: rec.files().map((f) => ({ ...f, url: f.url.replace(base, '') })),
    };
    await context.close();
  }
  return out;
}

/**
 * Network and CPU of a mid-range phone on a slow network: Chrome DevTools' "Fast 3G" preset exactly
 * as DevTools defines it (front_end/core/sdk/NetworkManager: 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9
 * up, 150 ms × 3.75 = 562.5 ms latency per request) + 4× CPU. Until 2026-12-03 this profile had 150 ms
 * latency and no 0.9 factors, a faster network than the name said.
 */
const SLOW_PHONE = {
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
  cpu: 4,
};

/**
 * In-page probe of the quiz timing: presses Start as soon as it is enabled and records
 * `performance.now()` (ms since navigation start) when Start was first enabled and when the first
 * question's first option is enabled and visible. It presses again only when the page has shown
 * nothing of the quiz 3 s after a press (a page whose button is enabled before its bank has
 * arrived). Until 2026-12-03 it pressed again every 20 ms until the question showed, which on a
 * slow phone made the page re-read its form some 50 times while the questions downloaded — the
 * probe's own clicks were a large part of what it measured. It forces no layout before the
 * question exists (offsetParent is read only once an option is there), and watches the page's
 * mutations only from DOMContentLoaded (until 2026-12-03 also while the HTML was parsed).
 */
const QUIZ_PROBE = `(() => {
  const marks = {};
  window.__quizMarks = marks;
  let lastClick = -Infinity;
  const check = () => {
    if (marks.firstQuestion !== undefined) return;
    const option = document.querySelector('#quiz-session section.quiz-item input[name="quiz-option"]');
    if (option && !option.disabled && option.offsetParent !== null) { marks.firstQuestion = performance.now(); return; }
    const start = document.getElementById('quiz-start');
    const now = performance.now();
    const started = location.search.includes('attempt=');
    if (start && !start.disabled && !started && now - lastClick > 3000) {
      if (marks.startEnabled === undefined) marks.startEnabled = now;
      lastClick = now;
      start.click();
    }
  };
  // From DOMContentLoaded: nothing of the quiz exists before the page's scripts have run, and a
  // document-wide observer during parsing ran this check on every batch of parsed nodes.
  const observe = () => new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => { observe(); check(); });
  else observe();
  setInterval(check, 10);
})();`;

/**
 * A first visit to /quiz/ (unthrottled) that waits until the service worker is active, i.e. has
 * precached the whole site (`navigator.serviceWorker.ready`; up to 5 minutes at 5,000 notes): the
 * state of a student's phone after one visit. The next navigation of the page is then served by it.
 */
async function visitUntilOffline(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/quiz/`, { waitUntil: 'load' });
  const active = await page.evaluate(
    `Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 300000))])`,
  );
  if (active !== true) throw new Error(`${base}: no service worker became active within 5 minutes`);
}

/**
 * Quiz page: from navigation start to the first question's options being enabled, with the start
 * button pressed the moment it is enabled (the bank loaded). In-page times (performance.now()).
 */
async function quizTiming(browser: Browser, base: string, runs: number, slow: boolean, returning = false): Promise<Record<string, Stat>> {
  const ready: number[] = [];
  const interactive: number[] = [];
  const bankGzip: number[] = [];
  const bankFiles: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    // ignoreHTTPSErrors: the HTTP/2 server's certificate is self-signed.
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: BROWSER.locale });
    const page = await context.newPage();
    if (returning) await visitUntilOffline(page, base);
    // The question bank files (manifest `/quiz/bank.json`, shards `/quiz/bank/<k>.json`, random-quiz packs `/quiz/pack/<k>.json`) fetched
    // until the first question shows (the page fetches no more bank files for a 10-question quiz),
    // gzip level 6 of each body as the server sends it.
    const bank: Array<Promise<number>> = [];
    page.on('response', (response) => {
      if (response.fromServiceWorker() || !/\/quiz\/(bank\.json|bank\/|pack\/)/.test(new URL(response.url()).pathname)) return;
      bank.push(
        response
          .body()
          .then((b) => gzipSync(b, { level: 6 }).length)
          .catch(() => 0),
      );
    });
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_PHONE.latency,
        downloadThroughput: SLOW_PHONE.downloadThroughput,
        uploadThroughput: SLOW_PHONE.uploadThroughput,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
    }
    // A string, not a function: tsx would add helper calls (__name) that do not exist in the page.
    await page.addInitScript({ content: QUIZ_PROBE });
    await page.goto(`${base}/quiz/?count=10`, { waitUntil: 'load' });
    const marks = await page
      .waitForFunction('window.__quizMarks && window.__quizMarks.firstQuestion !== undefined && window.__quizMarks', undefined, {
        timeout: 60_000,
      })
      .then((h) => h.jsonValue() as Promise<Record<string, number>>)
      .catch(() => null);
    if (marks?.firstQuestion !== undefined) {
      ready.push(round(marks.startEnabled ?? NaN, 0));
      interactive.push(round(marks.firstQuestion, 0));
      const sizes = await Promise.all(bank);
      bankGzip.push(sizes.reduce((a, b) => a + b, 0));
      bankFiles.push(sizes.length);
    }
    await context.close();
  }
  return {
    startEnabledMs: stat(ready),
    firstQuestionInteractiveMs: stat(interactive),
    bankBytesBeforeFirstQuestionGzip: stat(bankGzip),
    bankFilesBeforeFirstQuestion: stat(bankFiles),
  };
}

/**
 * The quiz figures of our site and of a peer site (`--quiz-peer <dir>`: the same corpus built by
 * another version of emr-prep, e.g. main before a change) in one run, one run of each in turn
 * (alternating which goes first); ratios ours ÷ peer of the medians. With `h2` (`--quiz-h2`), the
 * slow phone is measured a second time with both sites served over HTTP/2 with TLS (a self-signed
 * certificate), as real static hosts serve them; `slowPhone` stays HTTP/1.1.
 */
async function quizAgainstPeer(browser: Browser, oursDir: string, peerDir: string, runs: number, h2: boolean, log: (s: string) => void) {
  const tls = h2 ? await selfSignedCertificate() : null;
  if (h2 && !tls) log('  openssl is missing: the quiz is measured over HTTP/1.1 only');
  const servers = [await serve(oursDir), await serve(peerDir)];
  if (tls) servers.push(await serve(oursDir, tls), await serve(peerDir, tls));
  const [ours1, peer1, ours2, peer2] = servers.map((s) => s.url);
  try {
    type Timing = Record<string, Stat>;
    const merge = (parts: Timing[]): Timing =>
      Object.fromEntries(Object.keys(parts[0] ?? {}).map((k) => [k, stat(parts.flatMap((p) => p[k]?.values ?? []))]));
    const measure = async (slow: boolean, n: number, ours: string, peer: string, label: string) => {
      const a: Timing[] = [];
      const b: Timing[] = [];
      for (let r = 0; r < n; r += 1) {
        log(`  quiz ${label} run ${r + 1}/${n} (load ${os.loadavg()[0]!.toFixed(1)})`);
        if (r % 2 === 1) b.push(await quizTiming(browser, peer, 1, slow));
        a.push(await quizTiming(browser, ours, 1, slow));
        if (r % 2 === 0) b.push(await quizTiming(browser, peer, 1, slow));
      }
      return { ours: merge(a), peer: merge(b) };
    };
    const local = await measure(false, runs, ours1!, peer1!, 'localhost');
    const slow = await measure(true, Math.min(runs, 3), ours1!, peer1!, 'slow phone HTTP/1.1');
    const slowH2 = ours2 && peer2 ? await measure(true, Math.min(runs, 3), ours2, peer2, 'slow phone HTTP/2') : null;
    const ratio = (x: Stat | undefined, y: Stat | undefined) => (x?.runs && y?.runs ? round(x.median / y.median, 3) : null);
    return {
      localhost: local.ours,
      slowPhone: { profile: { ...SLOW_PHONE, protocol: 'HTTP/1.1' }, ...slow.ours },
      ...(slowH2 ? { slowPhoneHttp2: { profile: { ...SLOW_PHONE, protocol: 'HTTP/2 (TLS)' }, ...slowH2.ours } } : {}),
      peer: {
        dir: peerDir,
        wholeBank: wholeBankGzip(peerDir),
        localhost: local.peer,
        slowPhone: slow.peer,
        ...(slowH2 ? { slowPhoneHttp2: slowH2.peer } : {}),
      },
      ratioToPeer: {
        bankBytesBeforeFirstQuestionGzip: ratio(local.ours.bankBytesBeforeFirstQuestionGzip, local.peer.bankBytesBeforeFirstQuestionGzip),
        localhostFirstQuestionMs: ratio(local.ours.firstQuestionInteractiveMs, local.peer.firstQuestionInteractiveMs),
        slowPhoneFirstQuestionMs: ratio(slow.ours.firstQuestionInteractiveMs, slow.peer.firstQuestionInteractiveMs),
        ...(slowH2
          ? { slowPhoneHttp2FirstQuestionMs: ratio(slowH2.ours.firstQuestionInteractiveMs, slowH2.peer.firstQuestionInteractiveMs) }
          : {}),
      },
    };
  } finally {
    for (const s of servers) s.server.close();
  }
}

/** The whole question bank as built (manifest and every shard): files and gzip bytes (level 6, per file). */
function wholeBankGzip(dir: string): { files: number; gzip: number } {
  const shardDir = path.join(dir, 'quiz', 'bank');
  const files = [
    path.join(dir, 'quiz', 'bank.json'),
    ...(existsSync(shardDir) ? readdirSync(shardDir).map((f) => path.join(shardDir, f)) : []),
  ].filter((f) => existsSync(f));
  return { files: files.length, gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 6 }).length, 0) };
}

// ── search (bench/search*.ts, written by the search engineer) ────────────────────────────────

/**
 * The search benchmark of the search engineer (bench/search.ts, `runSearchBench`): latency (median,
 * p95; first query on a cold page included) in Node and Chromium and recall per query category on
 * its labelled sets (the bundled content's regression queries and a generated corpus of `notes`
 * notes). It owns how search is measured; this runner only calls it and keeps its result (in this
 * run's JSON, not in its own file) and its printed summary. Its comparison with alternative designs
 * is left out unless asked for (`--search-alternatives`).
 */
async function searchBenchmark(options: {
  notes: number;
  alternatives: boolean;
  log: (s: string) => void;
}): Promise<{ result: unknown; summary: string | null }> {
  const file = path.join(BENCH_DIR, 'search.ts');
  if (!existsSync(file)) return { result: { skipped: 'bench/search.ts does not exist' }, summary: null };
  const mod = (await import(file)) as {
    runSearchBench?: (o: {
      notes?: number;
      alternatives?: boolean;
      write?: boolean;
      log?: (s: string) => void;
    }) => Promise<Record<string, unknown>>;
    report?: (r: Record<string, unknown>) => string;
  };
  if (typeof mod.runSearchBench !== 'function')
    return { result: { skipped: 'bench/search.ts has no runSearchBench export' }, summary: null };
  // write: false — its own runs (`node --import tsx bench/search.ts`) keep their file; this result
  // goes into bench/results/<date>.json with the rest.
  const result = await mod.runSearchBench({ notes: options.notes, alternatives: options.alternatives, write: false, log: options.log });
  return { result, summary: typeof mod.report === 'function' ? mod.report(result) : null };
}

// ── report ───────────────────────────────────────────────────────────────────────────────────

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function fmtStat(s: Stat | undefined, unit: string, digits = 1): string {
  if (!s || s.runs === 0) return '—';
  if (s.runs === 1) return `${s.median.toFixed(digits)} ${unit} (1 run)`;
  return `${s.median.toFixed(digits)} ${unit} (${s.runs} runs, ${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000' },
      runs: { type: 'string', default: '3' },
      'big-runs': { type: 'string', default: '1' },
      'browser-runs': { type: 'string', default: '5' },
      skip: { type: 'string', default: '' },
      out: { type: 'string' },
      'search-alternatives': { type: 'boolean', default: false },
      'peer-sizes': { type: 'string', default: '1000' },
      /**
       * With a peer: also, in each round, a cold build of ours on this many notes and of a bare Astro
       * project (one page), so the floor of each, ÷ the peer's build, is measured in the same run (0: off).
       */
      'floor-notes': { type: 'string', default: '10' },
      'quiz-peer': { type: 'string' },
      /** With --quiz-peer: also the slow phone over HTTP/2 with TLS (GitHub Pages, CloudFront). */
      'quiz-h2': { type: 'boolean', default: false },
      /** Also the slow phone of a returning student: the second visit, served by the service worker. */
      'quiz-returning': { type: 'boolean', default: false },
      /** Latency of the slow-phone profile in ms (150: the profile used before 2026-12-03, for comparison). */
      'slow-latency': { type: 'string' },
      locale: { type: 'string', default: BROWSER.locale },
    },
  });
  if (values['slow-latency'] !== undefined) SLOW_PHONE.latency = Number(values['slow-latency']);
  BROWSER.locale = values.locale!;
  const sizes = values
    .sizes!.split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const runs = Number(values.runs);
  const bigRuns = Number(values['big-runs']);
  const browserRuns = Number(values['browser-runs']);
  const skip = new Set(values.skip!.split(',').filter(Boolean));
  const peerSizes = new Set(
    values['peer-sizes']!.split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
  );
  const floorNotes = Number(values['floor-notes']);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const date = new Date().toISOString().slice(0, 10);
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty =
      execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package-lock.json'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim() !== '';
  } catch {
    // not a git checkout
  }
  const result: Record<string, unknown> = {
    date,
    commit,
    dirty,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAtStart: os.loadavg().map((x) => round(x, 2)),
    },
    options: { sizes, runs, bigRuns, browserRuns, skip: [...skip], locale: BROWSER.locale },
  };

  // corpora
  const corpora: Record<string, CorpusInfo> = {};
  for (const n of sizes) {
    log(`corpus: ${n} notes …`);
    corpora[n] = await writeCorpus(n);
  }
  if (floorNotes > 0 && !skip.has('build') && sizes.some((n) => peerSizes.has(n)) && !corpora[floorNotes]) {
    log(`corpus: ${floorNotes} notes (the floor builds) …`);
    corpora[floorNotes] = await writeCorpus(floorNotes);
  }
  result.corpora = Object.fromEntries(
    Object.entries(corpora).map(([n, c]) => [
      n,
      { notes: c.notes, megabytes: round(c.bytes / 1e6, 2), bodyBytes: c.bodyBytes, questions: c.questions },
    ]),
  );

  // builds
  const builds: Record<string, unknown> = {};
  if (!skip.has('build')) {
    for (const n of sizes) {
      const count = n >= 5000 ? bigRuns : runs;
      const cold: BuildRun[] = [];
      const warm: BuildRun[] = [];
      const incremental: IncrementalRun[] = [];
      const withPeer = peerSizes.has(n);
      const peerRuns: Array<Awaited<ReturnType<typeof starlightBuild>>> = [];
      const floorRuns: BuildRun[] = [];
      const bareRuns: TimedRun[] = [];
      if (withPeer) {
        ensurePeerInstalled(log);
        await syncPeerContent(n);
      }
      for (let r = 0; r < count; r += 1) {
        // Peer and ours alternate which goes first, so neither always meets the same load.
        const peerRun = async () => {
          log(`build: Starlight peer, ${n} notes, cold run ${r + 1}/${count} (load ${os.loadavg()[0]!.toFixed(1)}) …`);
          const p = await starlightBuild(log);
          peerRuns.push(p);
          log(`  ${p.wallS} s wall, ${p.cpuS} s CPU, ${p.peakRssMiB} MiB peak RSS`);
        };
        if (withPeer && r % 2 === 1) await peerRun();
        log(`build: ${n} notes, cold run ${r + 1}/${count} (load ${os.loadavg()[0]!.toFixed(1)}) …`);
        const c = await astroBuild(n, true, log);
        cold.push(c);
        log(`  ${c.wallS} s wall, ${c.cpuS} s CPU, ${c.peakRssMiB} MiB peak RSS`);
        if (withPeer && r % 2 === 0) await peerRun();
        if (withPeer && floorNotes > 0) {
          log(`build: floor, ours on ${floorNotes} notes, cold run ${r + 1}/${count} …`);
          const f = await astroBuild(floorNotes, true, log);
          floorRuns.push(f);
          log(`  ${f.wallS} s wall, ${f.cpuS} s CPU`);
          log(`build: floor, a bare Astro project (one page), cold run ${r + 1}/${count} …`);
          const b = await bareAstroBuild(log);
          bareRuns.push(b);
          log(`  ${b.wallS} s wall, ${b.cpuS} s CPU`);
        }
        // Right after the cold build, whose state the incremental rebuild starts from.
        log(`build: ${n} notes, incremental rebuild ${r + 1}/${count} after a one-note body edit …`);
        const restoreBody = await editOneNoteBody(n, r + 1);
        try {
          const i = await incrementalBuild(n, log);
          incremental.push(i);
          log(`  ${i.wallS} s wall, ${i.cpuS} s CPU (${i.kind}${i.reason ? `: ${i.reason}` : ''})`);
        } finally {
          await restoreBody();
        }
        log(`build: ${n} notes, warm run ${r + 1}/${count} after a one-note edit …`);
        const restore = await editOneNote(n, r + 1);
        try {
          const w = await astroBuild(n, false, log);
          warm.push(w);
          log(`  ${w.wallS} s wall, ${w.cpuS} s CPU (${w.cacheLine ?? 'no cache line'})`);
        } finally {
          await restore();
        }
      }
      const medianPhases = (list: BuildRun[]) =>
        Object.fromEntries(Object.keys(list[0]?.phases ?? {}).map((k) => [k, round(stat(list.map((b) => b.phases[k] ?? 0)).median, 2)]));
      builds[n] = {
        cold: {
          wallS: stat(cold.map((b) => b.wallS)),
          cpuS: stat(cold.map((b) => b.cpuS ?? NaN)),
          peakRssMiB: stat(cold.map((b) => b.peakRssMiB ?? NaN)),
          phasesS: medianPhases(cold),
          runs: cold,
        },
        warm: {
          wallS: stat(warm.map((b) => b.wallS)),
          cpuS: stat(warm.map((b) => b.cpuS ?? NaN)),
          peakRssMiB: stat(warm.map((b) => b.peakRssMiB ?? NaN)),
          phasesS: medianPhases(warm),
          runs: warm,
        },
        // `emr-prep build --incremental` after a body edit (the warm run above is a full astro build).
        incremental: {
          wallS: stat(incremental.map((b) => b.wallS)),
          cpuS: stat(incremental.map((b) => b.cpuS ?? NaN)),
          peakRssMiB: stat(incremental.map((b) => b.peakRssMiB ?? NaN)),
          kinds: incremental.map((b) => b.kind),
          runs: incremental,
        },
        ...(withPeer
          ? {
              starlight: {
                wallS: stat(peerRuns.map((b) => b.wallS)),
                cpuS: stat(peerRuns.map((b) => b.cpuS ?? NaN)),
                peakRssMiB: stat(peerRuns.map((b) => b.peakRssMiB ?? NaN)),
                pages: peerRuns[0]?.pages ?? null,
                runs: peerRuns,
              },
              // ours ÷ Starlight per pair of runs made one after the other
              ratioToStarlight: {
                wall: stat(cold.map((c, i) => c.wallS / (peerRuns[i]?.wallS ?? NaN))),
                cpu: stat(cold.map((c, i) => (c.cpuS ?? NaN) / (peerRuns[i]?.cpuS ?? NaN))),
              },
              ...(floorRuns.length
                ? {
                    // What no number of notes can go below, ÷ the peer's build of `n` notes in the same round:
                    // ours on `floorNotes` notes (the site's fixed cost: Astro, Vite's bundles, the calculator,
                    // the search and quiz files, the service worker), and Astro alone (one page).
                    floor: {
                      notes: floorNotes,
                      ours: {
                        wallS: stat(floorRuns.map((b) => b.wallS)),
                        cpuS: stat(floorRuns.map((b) => b.cpuS ?? NaN)),
                        runs: floorRuns,
                      },
                      bareAstro: { wallS: stat(bareRuns.map((b) => b.wallS)), cpuS: stat(bareRuns.map((b) => b.cpuS ?? NaN)) },
                      oursRatioToStarlight: stat(floorRuns.map((f, i) => f.wallS / (peerRuns[i]?.wallS ?? NaN))),
                      bareAstroRatioToStarlight: stat(bareRuns.map((b, i) => b.wallS / (peerRuns[i]?.wallS ?? NaN))),
                    },
                  }
                : {}),
            }
          : {}),
      };
    }
    result.builds = builds;
  }

  // parser throughput (one thread, the smallest corpus)
  if (!skip.has('parser')) {
    log('parser throughput …');
    result.parser = await parserThroughput(sizes[0]!, runs);
  }

  // browser
  const siteN = sizes[0]!;
  if (!skip.has('pages') || !skip.has('quiz') || !skip.has('search')) {
    if (!existsSync(path.join(outDir(siteN), 'index.html'))) {
      log(`build: ${siteN} notes for the browser measurements …`);
      await astroBuild(siteN, false, log);
    }
  }
  let browser: Browser | null = null;
  let served: { server: Server | Http2SecureServer; url: string } | null = null;
  try {
    if (!skip.has('pages') || !skip.has('quiz')) {
      served = await serve(outDir(siteN));
      browser = await launch();
    }
    if (!skip.has('pages') && browser && served) {
      log('page weights …');
      result.pages = { notes: siteN, ...(await pageWeights(browser, served.url, siteN)) };
    }
    if (!skip.has('quiz') && browser && served) {
      log('quiz timing …');
      result.quiz = {
        notes: siteN,
        wholeBank: wholeBankGzip(outDir(siteN)),
        ...(values['quiz-peer']
          ? await quizAgainstPeer(browser, outDir(siteN), path.resolve(values['quiz-peer']), browserRuns, values['quiz-h2'] === true, log)
          : {
              localhost: await quizTiming(browser, served.url, browserRuns, false),
              slowPhone: { profile: SLOW_PHONE, ...(await quizTiming(browser, served.url, Math.min(browserRuns, 3), true)) },
              ...(values['quiz-returning']
                ? {
                    slowPhoneReturning: {
                      profile: SLOW_PHONE,
                      ...(await quizTiming(browser, served.url, Math.min(browserRuns, 3), true, true)),
                    },
                  }
                : {}),
            }),
      };
    }
  } finally {
    await browser?.close();
    served?.server.close();
  }
  let searchSummary: string | null = null;
  if (!skip.has('search')) {
    log('search (bench/search.ts) …');
    const n = sizes.includes(5000) ? 5000 : sizes[sizes.length - 1]!;
    try {
      const search = await searchBenchmark({ notes: n, alternatives: Boolean(values['search-alternatives']), log });
      result.search = search.result;
      searchSummary = search.summary;
    } catch (error) {
      result.search = { error: String((error as Error).stack ?? error) };
    }
  }
  (result.machine as Record<string, unknown>).loadAtEnd = os.loadavg().map((x) => round(x, 2));
  result.targets = targets(result);

  // write and print
  const file = values.out ?? path.join(BENCH_DIR, 'results', `${date}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(report(result));
  if (searchSummary) console.log(`\nsearch (bench/search.ts):\n${searchSummary}`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

/** The floor builds of a peer round, as the targets table says them. */
function floorText(floor: { notes: number; oursRatioToStarlight: Stat; bareAstroRatioToStarlight: Stat } | undefined): string {
  if (!floor?.oursRatioToStarlight.runs) return '';
  const r = (s: Stat) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
  return `; floor ÷ the same Starlight build: ours on ${floor.notes} notes ${r(floor.oursRatioToStarlight)}, a bare one-page Astro project ${r(floor.bareAstroRatioToStarlight)}`;
}

/**
 * The targets of issue 7 against this run. Build times are judged on the median and, because the
 * machine is shared, also reported for the least loaded run; `met` is null when not measured.
 */
export function targets(result: Record<string, unknown>): Array<{ figure: string; target: string; measured: string; met: boolean | null }> {
  const builds = (result.builds ?? {}) as Record<
    string,
    {
      cold: { wallS: Stat; peakRssMiB: Stat };
      warm: { wallS: Stat };
      incremental?: { wallS: Stat; kinds: string[] };
      ratioToStarlight?: { wall: Stat; cpu: Stat };
      floor?: { notes: number; oursRatioToStarlight: Stat; bareAstroRatioToStarlight: Stat };
    }
  >;
  const out: Array<{ figure: string; target: string; measured: string; met: boolean | null }> = [];
  const ratio = builds['1000']?.ratioToStarlight;
  out.push({
    figure: 'cold build ÷ Starlight 0.37, 1,000 notes, same run',
    target: '≤ 0.3',
    measured: ratio?.wall.runs
      ? `wall ${ratio.wall.median.toFixed(2)} (${ratio.wall.min.toFixed(2)}–${ratio.wall.max.toFixed(2)}), CPU ${ratio.cpu.median.toFixed(2)} (${ratio.cpu.runs} pairs)${floorText(builds['1000']?.floor)}`
      : 'not measured',
    met: ratio?.wall.runs ? ratio.wall.median <= 0.3 : null,
  });
  const time = (s: Stat | undefined) =>
    s?.runs ? `median ${s.median.toFixed(1)} s, least loaded ${s.min.toFixed(1)} s (${s.runs} runs)` : 'not measured';
  const judge = (s: Stat | undefined, limit: number) => (s?.runs ? s.median <= limit : null);
  out.push({
    figure: 'cold build, 1,000 notes',
    target: '≤ 14 s',
    measured: time(builds['1000']?.cold.wallS),
    met: judge(builds['1000']?.cold.wallS, 14),
  });
  out.push({
    figure: 'cold build, 5,000 notes',
    target: '≤ 55 s',
    measured: time(builds['5000']?.cold.wallS),
    met: judge(builds['5000']?.cold.wallS, 55),
  });
  const rss = builds['5000']?.cold.peakRssMiB;
  out.push({
    figure: 'peak RSS, 5,000 notes',
    target: '≤ 1.5 GiB',
    measured: rss?.runs ? `${(rss.max / 1024).toFixed(2)} GiB (highest of ${rss.runs})` : 'not measured',
    met: rss?.runs ? rss.max <= 1536 : null,
  });
  out.push({
    figure: 'rebuild after a one-note edit, 1,000 notes: full astro build (key point edited)',
    target: '≤ 5 s',
    measured: time(builds['1000']?.warm.wallS),
    met: judge(builds['1000']?.warm.wallS, 5),
  });
  const inc = builds['1000']?.incremental;
  const allIncremental = inc?.kinds.every((k) => k === 'incremental') ?? false;
  out.push({
    figure: 'rebuild after a one-note edit, 1,000 notes: emr-prep build --incremental (body edited)',
    target: '≤ 5 s',
    measured: inc?.wallS.runs ? `${time(inc.wallS)}; ${inc.kinds.join(', ')}` : 'not measured',
    met: inc?.wallS.runs ? allIncremental && inc.wallS.median <= 5 : null,
  });
  const quiz = result.quiz as { localhost: Record<string, Stat>; slowPhone: Record<string, Stat> } | undefined;
  const bankBytes = quiz?.localhost.bankBytesBeforeFirstQuestionGzip;
  out.push({
    figure: 'quiz bank downloaded before the first question, gzip, 1,000 notes',
    target: '≤ 60 KB',
    measured: bankBytes?.runs
      ? `${(bankBytes.median / 1000).toFixed(1)} KB in ${quiz?.localhost.bankFilesBeforeFirstQuestion?.median ?? '?'} files (${bankBytes.runs} runs)`
      : 'not measured',
    met: bankBytes?.runs ? bankBytes.median <= 60_000 : null,
  });
  const slowQuiz = quiz?.slowPhone.firstQuestionInteractiveMs;
  out.push({
    figure: 'quiz, slow phone (Fast 3G + 4× CPU): navigation → first question',
    target: '≤ 2 s',
    measured: slowQuiz?.runs
      ? `median ${(slowQuiz.median / 1000).toFixed(2)} s (${(slowQuiz.min / 1000).toFixed(2)}–${(slowQuiz.max / 1000).toFixed(2)}, ${slowQuiz.runs} runs)`
      : 'not measured',
    met: slowQuiz?.runs ? slowQuiz.median <= 2000 : null,
  });
  const pages = result.pages as Record<string, { weights: Weights }> | undefined;
  const noteJs = pages?.note?.weights.js.gzip;
  out.push({
    figure: 'JS on a note page until search opens, gzip',
    target: '≤ 10 KB',
    measured: noteJs === undefined ? 'not measured' : `${(noteJs / 1024).toFixed(1)} KiB`,
    met: noteJs === undefined ? null : noteJs <= 10 * 1024,
  });
  return out;
}

/** The printed table (also what bench/README.md shows). */
export function report(result: Record<string, unknown>): string {
  const out: string[] = [];
  const machine = result.machine as { cpus: number; node: string; loadAtStart: number[]; loadAtEnd?: number[] };
  out.push(
    `emr-prep benchmark ${result.date as string} · commit ${result.commit as string}${result.dirty ? ' (+ uncommitted changes)' : ''} · ${machine.cpus} cores · Node ${machine.node} · load ${machine.loadAtStart[0]} → ${machine.loadAtEnd?.[0] ?? '?'}`,
  );
  const builds = result.builds as
    | Record<
        string,
        {
          cold: { wallS: Stat; cpuS: Stat; peakRssMiB: Stat; phasesS: Record<string, number> };
          warm: { wallS: Stat; cpuS: Stat };
          incremental?: { wallS: Stat };
        }
      >
    | undefined;
  const targets = result.targets as Array<{ figure: string; target: string; measured: string; met: boolean | null }> | undefined;
  if (builds) {
    const rows = [
      [
        'notes',
        'cold build (wall)',
        'cold, least loaded run',
        'cold CPU',
        'peak RSS',
        'rebuild after 1 edit (wall)',
        'rebuild, least loaded',
        'rebuild CPU',
        'incremental rebuild (wall)',
      ],
    ];
    for (const [n, b] of Object.entries(builds)) {
      rows.push([
        n,
        fmtStat(b.cold.wallS, 's'),
        `${b.cold.wallS.min.toFixed(1)} s`,
        fmtStat(b.cold.cpuS, 's'),
        fmtStat(b.cold.peakRssMiB, 'MiB', 0),
        fmtStat(b.warm.wallS, 's'),
        `${b.warm.wallS.min.toFixed(1)} s`,
        fmtStat(b.warm.cpuS, 's'),
        b.incremental?.wallS.runs ? fmtStat(b.incremental.wallS, 's') : '–',
      ]);
    }
    out.push('', table(rows));
    out.push(
      '(wall time on a shared 2-core machine: the least loaded run is the fastest one; CPU = user + system seconds, all threads and child processes)',
    );
    const phaseNames = Object.keys(Object.values(builds)[0]?.cold.phasesS ?? {});
    const prow = [['cold build phases (s, median)', ...Object.keys(builds)]];
    for (const p of phaseNames) prow.push([p, ...Object.values(builds).map((b) => (b.cold.phasesS[p] ?? 0).toFixed(2))]);
    out.push('', table(prow));
  }
  const parser = result.parser as
    | {
        notes: number;
        megabytes: number;
        decodeAndParse: { seconds: Stat; notesPerS: number; mbPerS: number; msPerNote: number };
        fullPipeline: { notesPerS: number; mbPerS: number };
      }
    | undefined;
  if (parser) {
    out.push(
      '',
      `core parser, one thread, ${parser.notes} notes (${parser.megabytes} MB): decode + parse ${parser.decodeAndParse.notesPerS} notes/s, ${parser.decodeAndParse.mbPerS} MB/s (${parser.decodeAndParse.msPerNote} ms/note; ${fmtStat(parser.decodeAndParse.seconds, 's', 2)}); whole pipeline with linking ${parser.fullPipeline.notesPerS} notes/s, ${parser.fullPipeline.mbPerS} MB/s`,
    );
  }
  const pages = result.pages as Record<string, { weights: Weights } | number> | undefined;
  if (pages) {
    const rows = [['page', 'HTML raw/gz KiB', 'CSS raw/gz KiB', 'JS raw/gz KiB', 'data raw/gz KiB', 'JS files']];
    for (const [name, p] of Object.entries(pages)) {
      if (typeof p === 'number') continue;
      const w = p.weights;
      const cell = (k: Kind) => `${kib(w[k].raw)} / ${kib(w[k].gzip)}`;
      rows.push([name, cell('html'), cell('css'), cell('js'), cell('data'), String(w.js.files)]);
    }
    out.push('', `page weights as Chromium loads them (${pages.notes as number} notes; gzip level 6 computed per file):`, table(rows));
  }
  const quiz = result.quiz as
    | { localhost: Record<string, Stat>; slowPhone: Record<string, Stat>; slowPhoneHttp2?: Record<string, Stat> }
    | undefined;
  if (quiz) {
    const h2 = quiz.slowPhoneHttp2 ? `; over HTTP/2 ${fmtStat(quiz.slowPhoneHttp2.firstQuestionInteractiveMs, 'ms', 0)}` : '';
    out.push(
      '',
      `quiz, navigation → first question interactive: localhost ${fmtStat(quiz.localhost.firstQuestionInteractiveMs, 'ms', 0)}; slow phone (Fast 3G, 4× CPU, HTTP/1.1) ${fmtStat(quiz.slowPhone.firstQuestionInteractiveMs, 'ms', 0)}${h2}`,
    );
  }
  if (targets?.length) {
    const rows = [['target (issue 7)', 'goal', 'measured', 'met']];
    for (const t of targets) rows.push([t.figure, t.target, t.measured, t.met === null ? '?' : t.met ? 'yes' : 'no']);
    out.push('', table(rows));
  }
  const search = result.search as { skipped?: string; error?: string } | undefined;
  if (search?.skipped || search?.error) out.push('', `search: ${search.skipped ?? search.error}`);
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(BENCH_DIR, 'run.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
