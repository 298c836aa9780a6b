/**
 * Search benchmark (issue 5) — a benchmark, not a test: it measures and reports, it does not fail.
 *
 * Corpora: the bundled content (`content/`, with the regression queries of
 * test/unit/search/regression-cases.ts as its labelled set) and a generated corpus of 5,000 notes
 * (bench/search-corpus.ts: Korean + English, seeded, with a labelled query set of planted words).
 *
 * Measures, for the chosen design (sharded term dictionary + postings, choseong shards, typo
 * lists, entry chunks; `src/core/search`):
 * - query latency, median and p95, in Node and in Chromium (Playwright, /usr/bin/chromium): the
 *   first query after search opens on a cold page (fetching its shards and chunks over HTTP), and
 *   every labelled query in turn on one page;
 * - the time to open search (search code + manifest) in Chromium;
 * - recall@10 per query category, Korean recall (the Korean categories together);
 * - bytes (gzip) fetched when search opens (the site's search code + manifest) and by the first
 *   query (term/choseong/typo files and entry chunks), from the files' gzip sizes and, in
 *   Chromium, from Resource Timing's encodedBodySize.
 * and the alternatives it was chosen over (Node, generated corpus): fuse.js over whole notes
 * (default options; `ignoreLocation`), fuse.js over short fields plus pre-tokenised body terms,
 * syllable bigrams, the dictionary without each matcher, Korean typos in syllables instead of
 * jamo, and the bytes of shipping the whole term dictionary or a prebuilt fuse.js index.
 *
 * - keypress to rendered results in the site's search dialog as a student types (hover / open /
 *   paste; bench/search-typing.ts), optionally against another checkout's search code in the same run.
 *
 * Run: `node --import tsx bench/search.ts [--notes 5000] [--seed 20251121] [--cold-runs 15]
 * [--no-browser] [--no-alternatives] [--no-write] [--typing-runs 30] [--baseline <checkout>]
 * [--typing-only] [--scenarios hover,open,paste] [--out <file>]`. Prints a table and writes
 * `bench/results/search-<YYYY-MM-DD>.json`. `npm run bench` (bench/run.ts) calls
 * {@link runSearchBench}.
 */
import Fuse from 'fuse.js';
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { BUNDLED_CONTENT_DIR, loadKnowledgeBase } from '../src/core/kb/reader.ts';
import { buildSearchIndex, type BuildOptions, type SearchIndexFiles } from '../src/core/search/build.ts';
import { glossaryConcepts, htmlToText, searchEntriesFromKnowledgeBase, type SearchSource } from '../src/core/search/documents.ts';
import { SearchEngine, type SearchEngineOptions } from '../src/core/search/engine.ts';
import {
  choseongShardFile,
  chunkFile,
  encodePostings,
  MANIFEST_FILE,
  phoneticShardFile,
  termShardFile,
  typoListFile,
} from '../src/core/search/format.ts';
import { hasHangul, stripParticle } from '../src/core/search/korean.ts';
import { parseQuery } from '../src/core/search/query.ts';
import { termsOf } from '../src/core/search/tokenize.ts';
import { REGRESSION_CASES } from '../test/unit/search/regression-cases.ts';
import { generateSearchCorpus, type LabelledQuery } from './search-corpus.ts';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launcherScriptOf, typeQueries, typingPage, type TypingRun } from './search-typing.ts';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const CHROMIUM = '/usr/bin/chromium';
const URLS = {
  note: (slug: string) => `/notes/${slug}/`,
  question: (slug: string, id: string) => `/notes/${slug}/#q-${id}`,
  tag: (p: string) => `/tags/${p}/`,
};

// ── small statistics ─────────────────────────────────────────────────────────────────────────

/** Median, p95 (nearest rank) and max of a sample, in its unit; null for an empty sample. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

function summary(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, median: r(rank(0.5)), p95: r(rank(0.95)), max: r(s[s.length - 1]!) };
}

/** The share of true values (0–1, three decimals); null for an empty sample. */
function share(values: readonly boolean[]): number | null {
  return values.length === 0 ? null : Math.round((values.filter(Boolean).length / values.length) * 1000) / 1000;
}

function gz(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

/** A note slug behind a result URL. */
function slugOf(href: string): string | null {
  return /^\/notes\/([^/#]+)\//.exec(href)?.[1] ?? null;
}

/** Recall of one query: the share of its expected notes among the result notes (1 without a labelled answer). */
function recallOf(expected: readonly string[], found: ReadonlyArray<string | null>): number {
  if (expected.length === 0) return 1;
  const got = new Set(found);
  return expected.filter((s) => got.has(s)).length / expected.length;
}

/** Mean recall per category, plus Korean / English / mixed / all (queries without a labelled answer left out). */
function recallTable(queries: readonly LabelledQuery[], recalls: readonly number[]): Record<string, number> {
  const groups = new Map<string, number[]>();
  const add = (k: string, r: number) => groups.set(k, [...(groups.get(k) ?? []), r]);
  queries.forEach((q, i) => {
    if (q.expected.length === 0) return;
    add(q.category, recalls[i]!);
    add(`lang:${q.lang}`, recalls[i]!);
    add('all', recalls[i]!);
  });
  return Object.fromEntries([...groups].map(([k, v]) => [k, Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 1000) / 1000]));
}

// ── corpora ──────────────────────────────────────────────────────────────────────────────────

interface Corpus {
  name: string;
  source: SearchSource;
  queries: LabelledQuery[];
  notes: number;
  textChars: number;
}

async function bundledCorpus(): Promise<Corpus> {
  const kb = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
  const hangul = /[\u3131-\u318e\uac00-\ud7a3]/;
  const latin = /[A-Za-z]/;
  const queries: LabelledQuery[] = REGRESSION_CASES.map(([query, slug]) => {
    const lang: LabelledQuery['lang'] = hangul.test(query) && latin.test(query) ? 'mixed' : hangul.test(query) ? 'ko' : 'en';
    return { query, category: `regression-${lang}`, lang, expected: [slug] };
  });
  const textChars = kb.notes.reduce((n, note) => n + htmlToText(note.html).length + note.title.length + (note.summary?.length ?? 0), 0);
  return { name: 'bundled', source: kb, queries, notes: kb.notes.length, textChars };
}

async function generatedCorpus(notes: number, seed: number): Promise<Corpus> {
  const c = generateSearchCorpus(notes, seed);
  // A content folder without its own glossary gets the bundled one (core/kb/reader.ts).
  const { glossary } = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
  return { name: `generated-${notes}`, source: { ...c.source, glossary }, queries: c.queries, notes, textChars: c.textChars };
}

// ── index files ──────────────────────────────────────────────────────────────────────────────

interface BuiltIndex {
  files: SearchIndexFiles;
  /** path below /search/ → JSON text */
  texts: Map<string, string>;
  gzipBytes: Map<string, number>;
  buildMs: number;
}

function buildIndex(corpus: Corpus, options?: BuildOptions): BuiltIndex {
  const t0 = performance.now();
  const entries = searchEntriesFromKnowledgeBase(corpus.source, URLS);
  const files = buildSearchIndex(
    entries,
    corpus.source.tags.map((t) => ({ path: t.path, ko: t.label.ko, en: t.label.en })),
    { glossary: glossaryConcepts(corpus.source.glossary ?? []), ...options },
  );
  const buildMs = performance.now() - t0;
  const texts = new Map<string, string>();
  const b = files.manifest.build;
  texts.set(MANIFEST_FILE, JSON.stringify(files.manifest));
  files.termShards.forEach((s, n) => texts.set(termShardFile(b, n), JSON.stringify(s)));
  files.choseongShards.forEach((s, n) => texts.set(choseongShardFile(b, n), JSON.stringify(s)));
  files.typoLists.forEach((s, n) => texts.set(typoListFile(b, n), JSON.stringify(s)));
  files.phoneticShards.forEach((s, n) => texts.set(phoneticShardFile(b, n), JSON.stringify(s)));
  files.chunks.forEach((s, n) => texts.set(chunkFile(b, n), JSON.stringify(s)));
  return { files, texts, gzipBytes: new Map(), buildMs };
}

function gzipOf(index: BuiltIndex, file: string): number {
  let n = index.gzipBytes.get(file);
  if (n === undefined) index.gzipBytes.set(file, (n = gz(index.texts.get(file) ?? '')));
  return n;
}

function fileStats(index: BuiltIndex): Record<string, { files: number; rawBytes: number; gzipBytes: number; medianGzipBytes: number }> {
  const kinds: Record<string, string[]> = {};
  for (const file of index.texts.keys()) (kinds[file.split('/')[0]!.replace('.json', '')] ??= []).push(file);
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, files]) => {
      const sizes = files.map((f) => gzipOf(index, f)).sort((a, b) => a - b);
      return [
        kind,
        {
          files: files.length,
          rawBytes: files.reduce((n, f) => n + Buffer.byteLength(index.texts.get(f)!), 0),
          gzipBytes: sizes.reduce((a, b) => a + b, 0),
          medianGzipBytes: sizes[sizes.length >> 1]!,
        },
      ];
    }),
  );
}

// ── Node: the chosen design ──────────────────────────────────────────────────────────────────

function memoryLoader(index: BuiltIndex, fetched?: string[]) {
  return async (file: string): Promise<unknown> => {
    fetched?.push(file);
    const text = index.texts.get(file);
    if (text === undefined) throw new Error(`no file ${file}`);
    return JSON.parse(text) as unknown;
  };
}

/** The queries of cold runs: spread over the set (every category), a third of them common words when there are any. */
function coldQueries(queries: readonly LabelledQuery[], runs: number): LabelledQuery[] {
  const common = queries.filter((q) => q.category === 'common');
  const labelled = queries.filter((q) => q.category !== 'common');
  const nCommon = Math.min(common.length, Math.floor(runs / 3));
  const pick = (list: readonly LabelledQuery[], n: number) => {
    const step = Math.max(1, Math.floor(list.length / Math.max(1, n)));
    return Array.from({ length: Math.min(n, list.length) }, (_, i) => list[(i * step) % list.length]!);
  };
  return [...pick(labelled, runs - nCommon), ...pick(common, nCommon)];
}

async function nodeChosen(index: BuiltIndex, corpus: Corpus, coldRuns: number, options: SearchEngineOptions = {}) {
  const open: number[] = [];
  const first: number[] = [];
  const firstBytes: number[] = [];
  for (const q of coldQueries(corpus.queries, coldRuns)) {
    const fetched: string[] = [];
    const t0 = performance.now();
    const engine = await SearchEngine.open(memoryLoader(index, fetched), options);
    const t1 = performance.now();
    await engine.search(q.query, { limit: 10 });
    const t2 = performance.now();
    open.push(t1 - t0);
    first.push(t2 - t1);
    firstBytes.push(fetched.slice(1).reduce((n, f) => n + gzipOf(index, f), 0));
  }
  const engine = await SearchEngine.open(memoryLoader(index), options);
  const each: number[] = [];
  const recalls: number[] = [];
  for (const q of corpus.queries) {
    const t0 = performance.now();
    const r = await engine.search(q.query, { limit: 10 });
    each.push(performance.now() - t0);
    recalls.push(
      recallOf(
        q.expected,
        r.hits.map((h) => slugOf(h.href)),
      ),
    );
  }
  return {
    openMs: summary(open),
    firstQueryMs: summary(first),
    firstQueryGzipBytes: summary(firstBytes),
    everyQueryMs: summary(each),
    allQueriesMs: summary([...first, ...each]),
    recall: recallTable(corpus.queries, recalls),
    recalls,
  };
}

// ── Node: alternatives ───────────────────────────────────────────────────────────────────────

interface NoteDoc {
  slug: string;
  title: string;
  aliases: string[];
  tags: string;
  keyPoint: string;
  headings: string;
  body: string;
}

function noteDocs(source: SearchSource): NoteDoc[] {
  const labels = new Map(source.tags.map((t) => [t.path, `${t.path} ${t.label.ko} ${t.label.en}`]));
  return source.notes.map((n) => ({
    slug: n.slug,
    title: n.title,
    aliases: [...n.aliases],
    tags: n.tags.map((t) => labels.get(t) ?? t).join(' '),
    keyPoint: n.summary ?? '',
    headings: n.sections.map((s) => s.heading).join(' '),
    body: htmlToText(n.html),
  }));
}

interface AlternativeResult {
  name: string;
  description: string;
  queries: number;
  buildMs?: number;
  queryMs: Summary | null;
  recall: Record<string, number>;
  indexGzipBytes?: number;
  note?: string;
}

/** Runs a searcher over (a subset of) the labelled queries. */
async function evaluate(
  name: string,
  description: string,
  queries: readonly LabelledQuery[],
  search: (q: string) => Promise<string[]> | string[],
  extra: Partial<AlternativeResult> = {},
): Promise<AlternativeResult> {
  const ms: number[] = [];
  const recalls: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const slugs = await search(q.query);
    ms.push(performance.now() - t0);
    recalls.push(recallOf(q.expected, slugs));
  }
  return { name, description, queries: queries.length, queryMs: summary(ms), recall: recallTable(queries, recalls), ...extra };
}

/** A subset of queries keeping the category mix (every k-th of each category). */
function sample(queries: readonly LabelledQuery[], perCategory: number): LabelledQuery[] {
  const byCat = new Map<string, LabelledQuery[]>();
  for (const q of queries) byCat.set(q.category, [...(byCat.get(q.category) ?? []), q]);
  return [...byCat.values()].flatMap((list) => {
    const step = Math.max(1, Math.floor(list.length / perCategory));
    return list.filter((_, i) => i % step === 0).slice(0, perCategory);
  });
}

/** Syllable bigrams of a Korean word (`인스턴스` → 인스, 스턴, 턴스); a one-syllable word is its own gram. */
function bigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2) return [word];
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

async function alternatives(corpus: Corpus, index: BuiltIndex, log: (s: string) => void): Promise<AlternativeResult[]> {
  const out: AlternativeResult[] = [];
  const docs = noteDocs(corpus.source);
  const toSlugs = (results: Array<{ item: NoteDoc }>) => results.map((r) => r.item.slug);
  const keys = ['title', 'aliases', 'tags', 'keyPoint', 'headings', 'body'];

  log('  fuse.js over whole notes, default options …');
  let t0 = performance.now();
  const fuseIndex = Fuse.createIndex(keys, docs);
  let buildMs = performance.now() - t0;
  const fuseDefault = new Fuse(docs, { keys, includeScore: true }, fuseIndex);
  out.push(
    await evaluate(
      'fuse-whole-notes-default',
      'fuse.js over whole notes (title, aliases, tags, key point, headings, body), default options',
      sample(corpus.queries, 4),
      (q) => toSlugs(fuseDefault.search(q, { limit: 10 })),
      {
        buildMs,
      },
    ),
  );
  log('  fuse.js over whole notes, ignoreLocation …');
  const fuseAnywhere = new Fuse(docs, { keys, includeScore: true, ignoreLocation: true }, fuseIndex);
  out.push(
    await evaluate(
      'fuse-whole-notes-ignoreLocation',
      'the same with ignoreLocation: true (matches anywhere in a field)',
      sample(corpus.queries, 1),
      (q) => toSlugs(fuseAnywhere.search(q, { limit: 10 })),
    ),
  );

  log('  fuse.js over short fields + pre-tokenised body terms …');
  t0 = performance.now();
  const termDocs = docs.map((d) => ({ ...d, body: undefined, terms: termsOf(d.body) }));
  const termKeys = ['title', 'aliases', 'tags', 'keyPoint', 'headings', 'terms'];
  const termIndex = Fuse.createIndex(termKeys, termDocs);
  buildMs = performance.now() - t0;
  const fuseTerms = new Fuse(termDocs, { keys: termKeys, includeScore: true, ignoreLocation: true, threshold: 0.3 }, termIndex);
  out.push(
    await evaluate(
      'fuse-fields-and-term-lists',
      "fuse.js over short fields plus each note's distinct body terms (particles stripped), ignoreLocation, threshold 0.3",
      sample(corpus.queries, 2),
      (q) => fuseTerms.search(q, { limit: 10 }).map((r) => r.item.slug),
      { buildMs, indexGzipBytes: gz(JSON.stringify(termIndex.toJSON())) },
    ),
  );

  log('  syllable bigrams …');
  t0 = performance.now();
  const grams = new Map<string, Set<number>>();
  const addGram = (g: string, i: number) => {
    let set = grams.get(g);
    if (!set) grams.set(g, (set = new Set()));
    set.add(i);
  };
  docs.forEach((d, i) => {
    for (const text of [d.title, d.aliases.join(' '), d.tags, d.keyPoint, d.headings, d.body]) {
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        for (const piece of m[0].split(/(?<=[\uac00-\ud7a3])(?=[^\uac00-\ud7a3])|(?<=[^\uac00-\ud7a3])(?=[\uac00-\ud7a3])/u)) {
          if (hasHangul(piece)) for (const g of bigrams(piece)) addGram(g, i);
          else for (const t of termsOf(piece)) addGram(t, i);
        }
      }
    }
  });
  buildMs = performance.now() - t0;
  const gramBytes = gz(
    [...grams.entries()]
      .map(([g, set]) => `${g}\t${encodePostings([...set].sort((a, b) => a - b).map((entry) => ({ entry, field: 0 })))}`)
      .join('\n'),
  );
  const bigramSearch = (q: string): string[] => {
    const words = parseQuery(q).words;
    const counts = new Map<number, number>();
    for (const w of words) {
      const wanted = w.script === 'hangul' ? bigrams(stripParticle(w.surface)) : [w.term];
      const hit = wanted.reduce<Set<number> | null>((acc, g) => {
        const set = grams.get(g) ?? new Set<number>();
        return acc === null ? new Set(set) : new Set([...acc].filter((e) => set.has(e)));
      }, null);
      for (const e of hit ?? []) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 10)
      .map(([e]) => docs[e]!.slug);
  };
  out.push(
    await evaluate(
      'syllable-bigrams',
      'Korean as syllable bigrams (every bigram of the word must occur), English terms exact; no choseong, typo or prefix matching',
      corpus.queries,
      bigramSearch,
      {
        buildMs,
        indexGzipBytes: gramBytes,
      },
    ),
  );

  const variant = async (name: string, description: string, build: BuildOptions | null, options: SearchEngineOptions) => {
    const idx = build ? buildIndex(corpus, build) : index;
    const engine = await SearchEngine.open(memoryLoader(idx), options);
    return evaluate(name, description, corpus.queries, async (q) =>
      (await engine.search(q, { limit: 10 })).hits.map((h) => slugOf(h.href) ?? ''),
    );
  };
  log('  dictionary variants …');
  const none = { prefix: false, choseong: false, composing: false, split: false, typo: false };
  out.push(
    await variant(
      'dictionary-exact-only',
      'the chosen index, exact terms only (particles and plurals folded), no decompounding',
      { decompound: false },
      { matchers: none },
    ),
  );
  out.push(await variant('dictionary-exact+prefix', '+ prefix matching', { decompound: false }, { matchers: { ...none, prefix: true } }));
  out.push(
    await variant('dictionary-+decompound', '+ Korean compounds indexed by their parts', null, { matchers: { ...none, prefix: true } }),
  );
  out.push(
    await variant('dictionary-+choseong+composing', '+ initial consonants and unfinished syllables', null, {
      matchers: { ...none, prefix: true, choseong: true, composing: true },
    }),
  );
  out.push(
    await variant('dictionary-+split+typo(syllables)', '+ run-together words and typos, Korean typos counted in syllables', null, {
      koreanTypoUnit: 'syllable',
    }),
  );
  out.push(await variant('dictionary-chosen', 'the chosen design: + typos counted in jamo', null, {}));

  // Bytes of what the chosen design does not ship on open.
  const allTerms = index.files.termShards.flatMap((s) => (s.terms ? s.terms.split('\n') : []));
  out.push({
    name: 'ship-whole-dictionary',
    description: 'the first design: the whole term dictionary in the manifest (needed for client-side prefix/infix/typo scans)',
    queries: 0,
    queryMs: null,
    recall: {},
    indexGzipBytes: gz(allTerms.join('\n')),
    note: `${allTerms.length} terms`,
  });
  t0 = performance.now();
  const fuseTermIndex = Fuse.createIndex([], allTerms);
  out.push({
    name: 'ship-prebuilt-fuse-index',
    description: 'Fuse.createIndex over every term at build time, shipped as JSON (what the typo lists replace)',
    queries: 0,
    queryMs: null,
    recall: {},
    buildMs: performance.now() - t0,
    indexGzipBytes: gz(JSON.stringify(fuseTermIndex.toJSON())),
  });
  return out;
}

// ── Chromium ─────────────────────────────────────────────────────────────────────────────────

async function bundle(entry: string, root = ROOT): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      minify: 'esbuild',
      target: 'es2022',
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => 'out.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error(`bundling ${entry} produced no chunk`);
  return chunk.code;
}

/** A throw-away self-signed certificate for the HTTP/2 server (browsers speak HTTP/2 over TLS only), or null without openssl. */
export async function selfSignedCertificate(): Promise<{ key: Buffer; cert: Buffer } | null> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'emr-prep-search-bench-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    return { key: await readFile(path.join(dir, 'key.pem')), cert: await readFile(path.join(dir, 'cert.pem')) };
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Serves files from memory, gzip-encoded: over HTTP/1.1 with keep-alive (Chromium opens at most six
 * connections per host, so ten chunk requests go in two waves), or over HTTP/2 (one connection,
 * every request in parallel, as static hosts serve sites today).
 */
async function serve(
  files: Map<string, { body: Buffer; type: string }>,
  protocol: 'h1' | 'h2',
  tls: { key: Buffer; cert: Buffer } | null,
): Promise<{ server: Server | Http2SecureServer; url: string }> {
  const handler = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const file = files.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Encoding': 'gzip',
      'Content-Length': file.body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(file.body);
  };
  const server = protocol === 'h2' && tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { server, url: `${protocol === 'h2' && tls ? 'https' : 'http'}://127.0.0.1:${address.port}` };
}

interface BrowserRun {
  openMs: number;
  firstMs: number;
  firstWaitMs: number;
  requests: number;
  openBytes: number;
  firstBytes: number;
}

/**
 * In-page code (strings, so that the TypeScript loader adds no helpers to them): open search and
 * answer one query on a cold page; and answer every query in turn.
 */
const COLD_RUN = `async ([query, pauseMs]) => {
  const t0 = performance.now();
  const m = await import('/bench-client.js');
  const engine = await m.SearchEngine.open(m.fetchLoader('/search/'));
  // As the dialog does: the hot files (a small index: all of it) are fetched once search opens
  // (or the launcher is hovered), at low priority.
  engine.prefetchHot();
  if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const t1 = performance.now();
  await engine.search(query, { limit: 10 });
  const t2 = performance.now();
  const resources = performance.getEntriesByType('resource');
  const during = (from, to) => resources.filter((e) => e.name.includes('/search/') && e.startTime >= from && e.startTime < to);
  const bytes = (from, to) => during(from, to).reduce((n, e) => n + e.encodedBodySize, 0);
  // Wall time with a request outstanding (the union of the requests' intervals).
  let waiting = 0, until = t1;
  for (const e of during(t1, t2 + 1).sort((a, b) => a.startTime - b.startTime)) {
    const start = Math.max(e.startTime, until);
    if (e.responseEnd > start) { waiting += e.responseEnd - start; until = e.responseEnd; }
  }
  return { openMs: t1 - t0, firstMs: t2 - t1, firstWaitMs: waiting, requests: during(t1, t2 + 1).length, openBytes: bytes(t0, t1), firstBytes: bytes(t1, t2 + 1) };
}`;
const EVERY_QUERY = `async (queries) => {
  const m = await import('/bench-client.js');
  const engine = await m.SearchEngine.open(m.fetchLoader('/search/'));
  const out = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = await engine.search(q, { limit: 10 });
    const t1 = performance.now();
    await engine.search(q, { limit: 10 });
    out.push({ ms: t1 - t0, cachedMs: performance.now() - t1, hrefs: r.hits.map((h) => h.href) });
  }
  return out;
}`;

/**
 * A second scenario of the first query: asked {@link TYPING_PAUSE_MS} after search opens, about
 * the time a student takes to type the first letters (the immediate one is the worst case).
 */
const TYPING_PAUSE_MS = 300;

async function chromiumChosen(
  index: BuiltIndex,
  corpus: Corpus,
  benchClient: string,
  siteClientGzip: number,
  coldRuns: number,
  protocol: 'h1' | 'h2',
  tls: { key: Buffer; cert: Buffer } | null,
  log: (s: string) => void,
) {
  const { chromium } = await import('@playwright/test');
  const served = new Map<string, { body: Buffer; type: string }>();
  const put = (p: string, text: string, type: string) => served.set(p, { body: gzipSync(text, { level: 9 }), type });
  put('/blank.html', '<!doctype html><meta charset="utf-8"><title>search bench</title>', 'text/html; charset=utf-8');
  put('/bench-client.js', benchClient, 'text/javascript');
  for (const [file, text] of index.texts) put(`/search/${file}`, text, 'application/json');
  const { server, url } = await serve(served, protocol, tls);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors'],
  });
  const newContext = () => browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const version = browser.version();
    const cold = async (pauseMs: number): Promise<BrowserRun[]> => {
      const runs: BrowserRun[] = [];
      for (const q of coldQueries(corpus.queries, coldRuns)) {
        const context = await newContext();
        const page = await context.newPage();
        await page.goto(`${url}/blank.html`);
        const r = (await page.evaluate(`(${COLD_RUN})(${JSON.stringify([q.query, pauseMs])})`)) as BrowserRun;
        runs.push({ ...r, openBytes: r.openBytes + siteClientGzip });
        await context.close();
      }
      return runs;
    };
    const runs = await cold(0);
    const typed = await cold(TYPING_PAUSE_MS);
    log(`  ${corpus.name} (${protocol}): every query on one page …`);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${url}/blank.html`);
    const each = (await page.evaluate(`(${EVERY_QUERY})(${JSON.stringify(corpus.queries.map((q) => q.query))})`)) as Array<{
      ms: number;
      cachedMs: number;
      hrefs: string[];
    }>;
    await context.close();
    const recalls = corpus.queries.map((q, i) => recallOf(q.expected, each[i]!.hrefs.map(slugOf)));
    return {
      chromium: version,
      protocol: protocol === 'h2' && tls ? 'HTTP/2 (TLS, localhost)' : 'HTTP/1.1 (localhost, keep-alive)',
      openMs: summary(runs.map((r) => r.openMs)),
      firstQueryMs: summary(runs.map((r) => r.firstMs)),
      firstQueryWaitingForNetworkMs: summary(runs.map((r) => r.firstWaitMs)),
      firstQueryAfterTypingPauseMs: summary(typed.map((r) => r.firstMs)),
      firstQueryRequests: summary(runs.map((r) => r.requests)),
      everyQueryMs: summary(each.map((e) => e.ms)),
      everyQueryFilesCachedMs: summary(each.map((e) => e.cachedMs)),
      allQueriesMs: summary([...runs.map((r) => r.firstMs), ...each.map((e) => e.ms)]),
      openGzipBytes: summary(runs.map((r) => r.openBytes)),
      firstQueryGzipBytes: summary(runs.map((r) => r.firstBytes)),
      openAndFirstQueryGzipBytes: summary(runs.map((r) => r.openBytes + r.firstBytes)),
      recall: recallTable(corpus.queries, recalls),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Keypress to rendered results in the site's search dialog (bench/search-typing.ts), for this
 * checkout's search code and, when `baselineRoot` names another checkout (e.g. the main branch),
 * for its code too, in the same run with the runs alternating. The index files are this
 * checkout's; `first.json` is served to a checkout whose core can build it.
 */
async function chromiumTyping(
  index: BuiltIndex,
  corpus: Corpus,
  runs: number,
  baselineRoot: string | undefined,
  scenarios: ReadonlyArray<TypingRun['scenario']>,
  tls: { key: Buffer; cert: Buffer } | null,
  log: (s: string) => void,
) {
  const { chromium } = await import('@playwright/test');
  const roots = [{ name: 'ours', root: ROOT }, ...(baselineRoot ? [{ name: 'baseline', root: path.resolve(baselineRoot) }] : [])];
  const servers: Array<{ server: Server | Http2SecureServer; url: string; name: string }> = [];
  const opened: Record<string, unknown> = {};
  for (const { name, root } of roots) {
    const served = new Map<string, { body: Buffer; type: string }>();
    const put = (p: string, text: string, type: string) => served.set(p, { body: gzipSync(text, { level: 9 }), type });
    const launcher = launcherScriptOf(await readFile(path.join(root, 'src/components/search/SearchLauncher.astro'), 'utf8'));
    const css = await readFile(path.join(root, 'src/styles/search.css'), 'utf8');
    put('/page.html', typingPage(launcher, css), 'text/html; charset=utf-8');
    const client = await bundle(path.join(root, 'src/islands/search/client.ts'), root);
    put('/search/client.js', client, 'text/javascript');
    for (const [file, text] of index.texts) put(`/search/${file}`, text, 'application/json');
    const firstKeysModule = path.join(root, 'src/core/search/first-keys.ts');
    let firstKeysGzip = 0;
    let nextKeysGzip = 0;
    if (existsSync(firstKeysModule)) {
      const m = (await import(pathToFileURL(firstKeysModule).href)) as {
        buildFirstKeys: (f: SearchIndexFiles) => Promise<unknown>;
        buildNextKeys?: (f: SearchIndexFiles) => Promise<Map<string, unknown>>;
      };
      const text = JSON.stringify(await m.buildFirstKeys(index.files));
      put('/search/first.json', text, 'application/json');
      firstKeysGzip = gz(text);
      // The second-keystroke answers (`next/<code point>.json`), for a checkout that builds them.
      for (const [file, value] of (await m.buildNextKeys?.(index.files)) ?? []) {
        const body = JSON.stringify(value);
        put(`/search/${file}`, body, 'application/json');
        nextKeysGzip += gz(body);
      }
    }
    opened[name] = {
      clientGzipBytes: gz(client),
      manifestGzipBytes: gzipOf(index, MANIFEST_FILE),
      firstKeysGzipBytes: firstKeysGzip,
      nextKeysGzipBytesAllFiles: nextKeysGzip,
    };
    servers.push({ ...(await serve(served, tls ? 'h2' : 'h1', tls)), name });
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--ignore-certificate-errors'],
  });
  try {
    const queries = coldQueries(corpus.queries, runs);
    const all = await typeQueries(
      browser,
      servers.map((s) => ({ name: s.name, url: s.url })),
      queries.map((q) => q.query),
      scenarios,
      log,
    );
    const expected = new Map(queries.map((q) => [q.query, q.expected]));
    const cap = (ms: number) => (Number.isFinite(ms) ? ms : 10_000);
    const out: Record<string, unknown> = {};
    for (const { name } of roots) {
      const byScenario: Record<string, unknown> = {};
      for (const scenario of scenarios) {
        const list = all.filter((r) => r.variant === name && r.scenario === scenario);
        const firstWithHits = list.map((r) => r.keys.find((k) => k.hits > 0));
        byScenario[scenario] = {
          runs: list.length,
          firstKeyMs: summary(list.map((r) => cap(r.keys[0]!.ms))),
          firstKeyFrameMs: summary(list.map((r) => cap(r.keys[0]!.frameMs))),
          firstKeyNetworkWaitMs: summary(list.map((r) => r.firstWaitMs)),
          firstKeyRequests: summary(list.map((r) => r.firstRequests)),
          firstKeyWithResultsMs: summary(firstWithHits.flatMap((k) => (k ? [cap(k.ms)] : []))),
          secondKeyMs: summary(list.flatMap((r) => (r.keys[1] ? [cap(r.keys[1].ms)] : []))),
          thirdAndLaterKeysMs: summary(list.flatMap((r) => r.keys.slice(2).map((k) => cap(k.ms)))),
          // Share of the keys after the first whose results took longer than the 16 ms aim (a network wait, mostly).
          laterKeysOver16MsShare: share(list.flatMap((r) => r.keys.slice(1).map((k) => k.ms > 16))),
          laterKeysMs: summary(list.flatMap((r) => r.keys.slice(1).map((k) => cap(k.ms)))),
          everyKeyMs: summary(list.flatMap((r) => r.keys.map((k) => cap(k.ms)))),
          keysNeverAnswered: list.reduce((n, r) => n + r.keys.filter((k) => !Number.isFinite(k.ms)).length, 0),
          gzipBytesBeforeFirstKey: summary(list.map((r) => r.bytesBeforeFirstKey)),
          indexGzipBytesPerQuery: summary(list.map((r) => r.indexBytes)),
          searchGzipBytesPerQuery: summary(list.map((r) => r.searchBytes)),
          recall: recallTable(
            list.map((r) => corpus.queries.find((q) => q.query === r.query)!),
            list.map((r) => recallOf(expected.get(r.query) ?? [], r.hrefs.map(slugOf))),
          ),
        };
      }
      out[name] = { files: opened[name], ...byScenario };
    }
    return {
      chromium: browser.version(),
      protocol: tls ? 'HTTP/2 (TLS, localhost)' : 'HTTP/1.1 (localhost)',
      queries: queries.length,
      ...out,
    };
  } finally {
    await browser.close();
    for (const s of servers) s.server.close();
  }
}

// ── the benchmark ────────────────────────────────────────────────────────────────────────────

/** Options of {@link runSearchBench}. */
export interface SearchBenchOptions {
  /** Notes of the generated corpus (default 5,000). */
  notes?: number;
  seed?: number;
  /** Cold page loads for the first-query latency (default 15). */
  coldRuns?: number;
  browser?: boolean;
  alternatives?: boolean;
  /** Write bench/results/search-<date>.json (default true). */
  write?: boolean;
  /** Queries typed in the dialog per scenario (bench/search-typing.ts; default 30, 0 = none). */
  typingRuns?: number;
  /** Another checkout (e.g. the main branch) whose search code is typed into in the same run. */
  baseline?: string;
  /** Where to write the result (default bench/results/search-<date>.json). */
  out?: string;
  /** Only the typing measurement (and Node recall) on the generated corpus. */
  typingOnly?: boolean;
  /** Typing scenarios (default hover, open, paste). */
  scenarios?: Array<TypingRun['scenario']>;
  log?: (line: string) => void;
}

/** Runs the search benchmark; returns the result written to bench/results/search-<date>.json. */
export async function runSearchBench(options: SearchBenchOptions = {}): Promise<Record<string, unknown>> {
  const log = options.log ?? ((s: string) => console.error(s));
  const notes = options.notes ?? 5000;
  const seed = options.seed ?? 20251121;
  const coldRuns = options.coldRuns ?? 15;
  const started = new Date();

  log('search code bundles …');
  const siteClient = await bundle(path.join(ROOT, 'src/islands/search/client.ts'));
  const benchClient = await bundle(path.join(BENCH_DIR, 'search-browser.ts'));
  const siteClientGzip = gz(siteClient);
  const tls = options.browser === false ? null : await selfSignedCertificate();
  if (options.browser !== false && !tls) log('openssl is missing: Chromium is measured over HTTP/1.1 only');

  const result: Record<string, unknown> = {
    date: started.toISOString(),
    machine: {
      node: process.version,
      cpu: os.cpus()[0]?.model,
      cpus: os.cpus().length,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    searchCode: {
      rawBytes: Buffer.byteLength(siteClient),
      gzipBytes: siteClientGzip,
      note: 'src/islands/search/client.ts bundled as /search/client.js: fetched when search first opens',
    },
    corpora: {} as Record<string, unknown>,
  };
  const corpora = result.corpora as Record<string, unknown>;
  const typingRuns = options.typingRuns ?? 30;
  for (const corpus of options.typingOnly
    ? [await generatedCorpus(notes, seed)]
    : [await bundledCorpus(), await generatedCorpus(notes, seed)]) {
    log(`${corpus.name}: build the index …`);
    const index = buildIndex(corpus);
    const entry: Record<string, unknown> = {
      notes: corpus.notes,
      entries: index.files.manifest.entries,
      textChars: corpus.textChars,
      labelledQueries: corpus.queries.length,
      terms: index.files.termShards.reduce((n, s) => n + (s.terms ? s.terms.split('\n').length : 0), 0),
      buildMs: Math.round(index.buildMs),
      files: fileStats(index),
    };
    log(`${corpus.name}: Node …`);
    const node = await nodeChosen(index, corpus, coldRuns);
    entry.node = { ...node, recalls: undefined };
    entry.manifestGzipBytes = gzipOf(index, MANIFEST_FILE);
    if (options.browser !== false && typingRuns > 0 && corpus.name.startsWith('generated')) {
      log(`${corpus.name}: Chromium, typing in the dialog …`);
      entry.typing = await chromiumTyping(
        index,
        corpus,
        typingRuns,
        options.baseline,
        options.scenarios ?? ['hover', 'open', 'paste'],
        tls,
        log,
      );
    }
    if (options.browser !== false && !options.typingOnly) {
      log(`${corpus.name}: Chromium, HTTP/2 …`);
      if (tls) entry.chromium = await chromiumChosen(index, corpus, benchClient, siteClientGzip, coldRuns, 'h2', tls, log);
      log(`${corpus.name}: Chromium, HTTP/1.1 …`);
      entry[tls ? 'chromiumHttp1' : 'chromium'] = await chromiumChosen(
        index,
        corpus,
        benchClient,
        siteClientGzip,
        coldRuns,
        'h1',
        null,
        log,
      );
    }
    if (options.alternatives !== false && !options.typingOnly && corpus.name.startsWith('generated')) {
      log(`${corpus.name}: alternatives …`);
      entry.alternatives = await alternatives(corpus, index, log);
    }
    corpora[corpus.name] = entry;
  }
  result.aims = aims(corpora as Record<string, Record<string, any>>); // eslint-disable-line @typescript-eslint/no-explicit-any
  result.durationS = Math.round((Date.now() - started.getTime()) / 1000);
  (result.machine as Record<string, unknown>).loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  if (options.write !== false) {
    const dir = path.join(BENCH_DIR, 'results');
    await mkdir(dir, { recursive: true });
    const file = options.out ? path.resolve(options.out) : path.join(dir, `search-${started.toISOString().slice(0, 10)}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${path.relative(ROOT, file)}`);
  }
  return result;
}

// ── the issue's aims ─────────────────────────────────────────────────────────────────────────

/**
 * The issue's aims, checked on each corpus (Chromium over HTTP/2 when measured, else Node):
 * p95 ≤ 16 ms per query including the first, Korean recall ≥ 0.95, ≤ 200 KB gzip fetched by the
 * first search (search code + manifest + prefetch + the first query's files).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function aims(corpora: Record<string, Record<string, any>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(corpora)) {
    const m = c.chromium ?? c.node;
    const p95 = (s: Summary | null | undefined) => s?.p95 ?? null;
    const bytes = c.chromium ? p95(c.chromium.openAndFirstQueryGzipBytes) : null;
    const typed = c.typing?.ours;
    out[name] = {
      ...(typed
        ? {
            typingP95Ms: {
              firstKeyAfterHover: p95(typed.hover?.firstKeyMs),
              firstKeyRightAfterOpen: p95(typed.open?.firstKeyMs),
              firstKeyWithResultsAfterHover: p95(typed.hover?.firstKeyWithResultsMs),
              secondKeyAfterHover: p95(typed.hover?.secondKeyMs),
              laterKeysAfterHover: p95(typed.hover?.laterKeysMs),
              pastedRightAfterOpen: p95(typed.paste?.firstKeyMs),
              aim: 16,
            },
          }
        : {}),
      measuredIn: c.chromium ? c.chromium.protocol : 'node',
      p95Ms: {
        firstQueryRightAfterOpening: p95(m.firstQueryMs),
        firstQueryAfterTypingPause: p95(m.firstQueryAfterTypingPauseMs),
        everyQuery: p95(m.everyQueryMs),
        everyQueryFilesCached: p95(m.everyQueryFilesCachedMs),
        aim: 16,
      },
      koreanRecall: { value: c.node.recall['lang:ko'] ?? null, aim: 0.95 },
      firstSearchGzipBytesP95: { value: bytes, aim: 200 * 1024 },
    };
  }
  return out;
}

// ── report ───────────────────────────────────────────────────────────────────────────────────

function fmt(s: Summary | null | undefined, unit = ''): string {
  return s ? `${s.median}${unit} / ${s.p95}${unit}` : '–';
}

function kb(s: Summary | null | undefined): string {
  return s ? `${(s.median / 1024).toFixed(1)} / ${(s.p95 / 1024).toFixed(1)}` : '–';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ')).join('\n');
}

/** The printed summary of a result. */
export function report(result: Record<string, unknown>): string {
  const out: string[] = [];
  const corpora = result.corpora as Record<string, Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const code = result.searchCode as { gzipBytes: number };
  out.push(`search code (/search/client.js): ${(code.gzipBytes / 1024).toFixed(1)} KB gzip`);
  const rows = [
    [
      'corpus',
      'where',
      'open ms',
      'first query ms (med/p95)',
      `after ${TYPING_PAUSE_MS} ms`,
      'every query ms (med/p95)',
      'files cached ms',
      'all p95',
      'KB open (med/p95)',
      'KB 1st query',
      'Korean recall',
      'all recall',
    ],
  ];
  for (const [name, c] of Object.entries(corpora)) {
    for (const where of ['node', 'chromium', 'chromiumHttp1']) {
      const m = c[where];
      if (!m) continue;
      rows.push([
        `${name} (${c.notes} notes, ${c.terms} terms)`,
        where,
        fmt(m.openMs),
        fmt(m.firstQueryMs),
        fmt(m.firstQueryAfterTypingPauseMs),
        fmt(m.everyQueryMs),
        fmt(m.everyQueryFilesCachedMs),
        String(m.allQueriesMs?.p95 ?? '–'),
        where === 'chromium' ? kb(m.openGzipBytes) : `${((c.manifestGzipBytes + code.gzipBytes) / 1024).toFixed(1)}`,
        kb(m.firstQueryGzipBytes),
        String(m.recall['lang:ko'] ?? '–'),
        String(m.recall.all ?? '–'),
      ]);
    }
  }
  out.push(table(rows));
  for (const [name, c] of Object.entries(corpora)) {
    const typing = c.typing as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (!typing) continue;
    const rows = [
      [
        'code',
        'scenario',
        'runs',
        'first key ms (med/p95)',
        '+frame p95',
        'net wait p95',
        'first key with results',
        'second key ms',
        'later keys ms',
        '3rd+ keys ms',
        'keys 2+ >16 ms',
        'KB before 1st key',
        'KB index per query',
        'Korean recall',
      ],
    ];
    for (const variant of ['ours', 'baseline']) {
      for (const scenario of ['hover', 'open', 'paste']) {
        const m = typing[variant]?.[scenario];
        if (!m) continue;
        rows.push([
          variant,
          scenario,
          String(m.runs),
          fmt(m.firstKeyMs),
          String(m.firstKeyFrameMs?.p95 ?? '–'),
          String(m.firstKeyNetworkWaitMs?.p95 ?? '–'),
          fmt(m.firstKeyWithResultsMs),
          fmt(m.secondKeyMs),
          fmt(m.laterKeysMs),
          fmt(m.thirdAndLaterKeysMs),
          String(m.laterKeysOver16MsShare ?? '–'),
          kb(m.gzipBytesBeforeFirstKey),
          kb(m.indexGzipBytesPerQuery),
          String(m.recall['lang:ko'] ?? '–'),
        ]);
      }
    }
    out.push(
      '',
      `${name}: typing in the dialog, keypress → results in the DOM (${typing.protocol}, ${typing.queries} queries)`,
      table(rows),
    );
  }
  for (const [name, c] of Object.entries(corpora)) {
    out.push(
      '',
      `${name}: recall@10 by category (Node): ${Object.entries(c.node.recall)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    out.push(
      `${name}: index files: ${Object.entries(c.files as Record<string, { files: number; gzipBytes: number; medianGzipBytes: number }>)
        .map(
          ([k, v]) =>
            `${k} ${v.files} files, ${(v.gzipBytes / 1024).toFixed(0)} KB gzip (median ${(v.medianGzipBytes / 1024).toFixed(1)} KB)`,
        )
        .join('; ')}; build ${c.buildMs} ms`,
    );
    if (c.alternatives) {
      const alt = [['alternative', 'queries', 'ms median / p95', 'Korean recall', 'all recall', 'index KB gzip', 'build ms']];
      for (const a of c.alternatives as AlternativeResult[]) {
        alt.push([
          a.name,
          String(a.queries),
          fmt(a.queryMs),
          String(a.recall['lang:ko'] ?? '–'),
          String(a.recall.all ?? '–'),
          a.indexGzipBytes ? (a.indexGzipBytes / 1024).toFixed(0) : '–',
          a.buildMs ? String(Math.round(a.buildMs)) : '–',
        ]);
      }
      out.push('', `${name}: alternatives (Node)`, table(alt));
    }
  }
  return out.join('\n');
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({
    options: {
      notes: { type: 'string' },
      seed: { type: 'string' },
      'cold-runs': { type: 'string' },
      'no-browser': { type: 'boolean' },
      'no-alternatives': { type: 'boolean' },
      'no-write': { type: 'boolean' },
      'typing-runs': { type: 'string' },
      baseline: { type: 'string' },
      'typing-only': { type: 'boolean' },
      scenarios: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const result = await runSearchBench({
    notes: values.notes ? Number(values.notes) : undefined,
    seed: values.seed ? Number(values.seed) : undefined,
    coldRuns: values['cold-runs'] ? Number(values['cold-runs']) : undefined,
    browser: !values['no-browser'],
    alternatives: !values['no-alternatives'],
    write: !values['no-write'],
    typingRuns: values['typing-runs'] ? Number(values['typing-runs']) : undefined,
    baseline: values.baseline,
    typingOnly: values['typing-only'],
    scenarios: values.scenarios ? (values.scenarios.split(',') as Array<TypingRun['scenario']>) : undefined,
    out: values.out,
  });
  console.log(report(result));
}
