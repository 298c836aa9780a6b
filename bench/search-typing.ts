/**
 * The search benchmark's "as a student types" measurement (issue 16 item 3): keypress to rendered
 * results in the real search dialog, at 5,000 notes, in Chromium.
 *
 * A page holds the site's launcher (its inline script, read from
 * src/components/search/SearchLauncher.astro) and dialog markup, loads the site's search code
 * (src/islands/search/client.ts, bundled as /search/client.js) and the index files from a local
 * HTTP/2 server. Each run is a fresh browser context (empty cache):
 * - `hover`: the pointer rests on the search button ({@link HOVER_TO_OPEN_MS}), clicks it, and the
 *   student starts typing {@link OPEN_TO_TYPE_MS} later — what a student does;
 * - `open`: Ctrl+K without hovering, and typing starts the moment the manifest response arrives
 *   (the worst case; the old "first query right after search opens");
 * - `paste`: as `open`, but the whole query arrives in one input event.
 * Typing follows a Korean IME: one input event per key, the box showing the composition (`ㅅ`,
 * `스`, `슾`, `스파`, `스팟`), every {@link KEY_INTERVAL_MS}; Latin letters one per key. The
 * latency of a keystroke is from its input event to the DOM holding the results of that text
 * (the dialog's "all results" link names the query it answered, set right after the list is
 * rendered) — or of a later text, when the next keystroke came first; `frame` adds the next
 * animation frame. Every run also records the search files fetched (Resource Timing) to split the
 * first keystroke's time into network wait and the rest.
 *
 * `variants` compares builds of the search code in one run (e.g. this branch and the main branch,
 * checked out elsewhere): the runs alternate between them.
 */
import { assemble, disassemble } from 'es-hangul';
import type { Browser } from '@playwright/test';

/** Time the pointer rests on the search button before clicking it, in ms. */
export const HOVER_TO_OPEN_MS = 300;
/** Time from opening search to the first key, in ms. */
export const OPEN_TO_TYPE_MS = 200;
/** Time between two keys, in ms (a Korean IME typist's jamo rate is about 5–8 per second). */
export const KEY_INTERVAL_MS = 150;

/**
 * The texts the search box shows while a query is typed, one per key: Latin characters one at a
 * time, Hangul jamo by jamo as a Korean IME composes them (`스팟` → `ㅅ`, `스`, `슾`, `스파`, `스팟`).
 */
export function typingSteps(query: string): string[] {
  const steps: string[] = [];
  let done = '';
  // Runs of Hangul syllables are composed jamo by jamo; everything else is one key per character.
  for (const run of query.match(/[\uac00-\ud7a3]+|[^\uac00-\ud7a3]/gu) ?? []) {
    if (!/^[\uac00-\ud7a3]/.test(run)) {
      done += run;
      steps.push(done);
      continue;
    }
    const jamo = [...disassemble(run)];
    let whole = true;
    try {
      whole = assemble(jamo) === run;
    } catch {
      whole = false;
    }
    if (whole) {
      for (let k = 1; k <= jamo.length; k++) steps.push(done + assemble(jamo.slice(0, k)));
    } else {
      for (const syllable of run) {
        const parts = [...disassemble(syllable)];
        for (let k = 1; k <= parts.length; k++) steps.push(done + assemble(parts.slice(0, k)));
        done += syllable;
      }
      continue;
    }
    done += run;
  }
  return steps;
}

/** One build of the search code and its files, served at `url`. */
export interface TypingVariant {
  name: string;
  url: string;
}

/** What one typed query gave. */
export interface TypingRun {
  variant: string;
  scenario: 'hover' | 'open' | 'paste';
  query: string;
  steps: number;
  /** Per keystroke: ms to the DOM answer, to the next frame, and the hits shown. */
  keys: Array<{ ms: number; frameMs: number; hits: number }>;
  /** Network wait during the first keystroke (union of search requests in flight), ms. */
  firstWaitMs: number;
  /** Search requests in flight or started during the first keystroke. */
  firstRequests: number;
  /** Gzip bytes of the search files fetched before the first key (Resource Timing encodedBodySize). */
  bytesBeforeFirstKey: number;
  /** Gzip bytes of every search index file (`/search/**.json`) fetched by the time the whole query was answered. */
  indexBytes: number;
  /** Gzip bytes of everything under `/search/` (code and index files) fetched by then. */
  searchBytes: number;
  /** The result links shown for the whole query. */
  hrefs: string[];
}

/** In-page driver (a string, so the TypeScript loader adds no helpers to it). */
const TYPE = `async ([steps, interval, tailMs]) => {
  const input = document.getElementById('search-dialog-input');
  const list = document.getElementById('search-dialog-results');
  const all = document.getElementById('search-dialog-all');
  const answers = [];
  performance.setResourceTimingBufferSize(5000);
  const observer = new MutationObserver(() => {
    const a = { t: performance.now(), q: new URL(all.href).searchParams.get('q') ?? '', hits: list.children.length, frame: 0 };
    answers.push(a);
    requestAnimationFrame(() => { a.frame = performance.now(); });
  });
  observer.observe(all, { attributes: true, attributeFilter: ['href'] });
  const sent = [];
  for (const s of steps) {
    input.value = s;
    const t = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertCompositionText', data: s.slice(-1) }));
    sent.push({ t, q: s });
    await new Promise((r) => setTimeout(r, interval));
  }
  const last = steps[steps.length - 1];
  const until = performance.now() + tailMs;
  while (!answers.some((a) => a.q === last && a.frame > 0) && performance.now() < until) await new Promise((r) => setTimeout(r, 5));
  observer.disconnect();
  const resources = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith('/search/'))
    .map((e) => ({ start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize, json: new URL(e.name).pathname.endsWith('.json') }));
  const hrefs = [...list.querySelectorAll('a.search-hit__link')].map((a) => { const u = new URL(a.href); return u.pathname + u.hash; });
  return { sent, answers, resources, hrefs };
}`;

interface Raw {
  sent: Array<{ t: number; q: string }>;
  answers: Array<{ t: number; q: string; hits: number; frame: number }>;
  resources: Array<{ start: number; end: number; bytes: number; json: boolean }>;
  hrefs: string[];
}

/** Per-keystroke latencies from the raw record (see the module comment). */
function digest(raw: Raw): Omit<TypingRun, 'variant' | 'scenario' | 'query' | 'steps' | 'hrefs'> {
  const keys = raw.sent.map((s, i) => {
    const later = new Set(raw.sent.slice(i).map((x) => x.q));
    const a = raw.answers.find((x) => x.t >= s.t && later.has(x.q));
    return a
      ? { ms: a.t - s.t, frameMs: (a.frame || a.t) - s.t, hits: a.hits }
      : { ms: Number.POSITIVE_INFINITY, frameMs: Number.POSITIVE_INFINITY, hits: 0 };
  });
  const t0 = raw.sent[0]!.t;
  const t1 = t0 + keys[0]!.ms;
  let waiting = 0;
  let until = t0;
  let requests = 0;
  for (const r of [...raw.resources].sort((a, b) => a.start - b.start)) {
    if (r.end <= t0 || r.start >= t1) continue;
    requests++;
    const start = Math.max(r.start, until);
    const end = Math.min(r.end, t1);
    if (end > start) {
      waiting += end - start;
      until = end;
    }
  }
  const bytesBeforeFirstKey = raw.resources.filter((r) => r.start < t0).reduce((n, r) => n + r.bytes, 0);
  const indexBytes = raw.resources.filter((r) => r.json).reduce((n, r) => n + r.bytes, 0);
  const searchBytes = raw.resources.reduce((n, r) => n + r.bytes, 0);
  return { keys, firstWaitMs: waiting, firstRequests: requests, bytesBeforeFirstKey, indexBytes, searchBytes };
}

/**
 * Types each query once per variant and scenario, alternating variants, each in a fresh context.
 *
 * @param queries the queries to type (a spread of the labelled set).
 */
export async function typeQueries(
  browser: Browser,
  variants: readonly TypingVariant[],
  queries: readonly string[],
  scenarios: ReadonlyArray<TypingRun['scenario']>,
  log: (s: string) => void,
): Promise<TypingRun[]> {
  const runs: TypingRun[] = [];
  for (const [i, query] of queries.entries()) {
    if (i % 5 === 0) log(`  typing ${i + 1}/${queries.length} …`);
    for (const scenario of scenarios) {
      for (const variant of i % 2 === 0 ? variants : [...variants].reverse()) {
        const context = await browser.newContext({ ignoreHTTPSErrors: true });
        const page = await context.newPage();
        await page.goto(`${variant.url}/page.html`);
        if (scenario === 'hover') {
          await page.hover('.search-launch');
          await page.waitForTimeout(HOVER_TO_OPEN_MS);
          await page.click('.search-launch');
          await page.waitForTimeout(OPEN_TO_TYPE_MS);
        } else {
          const manifest = page.waitForResponse((r) => new URL(r.url()).pathname === '/search/index.json');
          await page.keyboard.press('Control+k');
          await manifest;
        }
        const steps = scenario === 'paste' ? [query] : typingSteps(query);
        const raw = (await page.evaluate(`(${TYPE})(${JSON.stringify([steps, KEY_INTERVAL_MS, 10_000])})`)) as Raw;
        runs.push({ variant: variant.name, scenario, query, steps: steps.length, ...digest(raw), hrefs: raw.hrefs });
        await context.close();
      }
    }
  }
  return runs;
}

/**
 * The page the typing runs load: the launcher button and dialog with the site's ids, the site's
 * search CSS, and the launcher's inline script as the site ships it.
 */
export function typingPage(launcherScript: string, css: string): string {
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>search bench</title><style>${css}</style></head><body>
<header><a class="search-launch" href="/search/" data-search-open>검색 <kbd class="search-launch__key">Ctrl K</kbd></a></header>
<main><h1>EMR</h1><p>${'노트 본문 note body. '.repeat(200)}</p></main>
<dialog id="search-dialog" class="search-dialog" data-client="/search/client.js" aria-label="검색">
<form class="search-dialog__form" method="get" action="/search/" role="search"><input id="search-dialog-input" class="search-input" name="q" type="search" autocomplete="off" spellcheck="false"></form>
<p id="search-dialog-status" class="search-status" role="status" data-failed="failed: "></p>
<ul id="search-dialog-results" class="search-results"></ul>
<p class="search-dialog__all"><a id="search-dialog-all" href="/search/">all</a></p>
</dialog>
<script type="module">${launcherScript}</script></body></html>`;
}

/**
 * The launcher's inline script from a checkout's SearchLauncher.astro (a module script since
 * 3 December 2026; an older checkout's classic script runs the same as a module at the end of the body).
 */
export function launcherScriptOf(astroSource: string): string {
  const m = /<script is:inline(?: type="module")?>([\s\S]*?)<\/script>/.exec(astroSource);
  if (!m) throw new Error('SearchLauncher.astro has no <script is:inline>');
  return m[1]!;
}
