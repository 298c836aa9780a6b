/**
 * Which keys would wait for the network, in Node (issue 16, the keys after the first): types the
 * typing benchmark's queries (bench/search-typing.ts: the same 30 of the generated corpus, Korean
 * jamo by jamo as an IME shows them) into the engine over the index in memory and counts the keys
 * whose search asks for a file not asked for before — a network wait in the browser. Mode `next`:
 * the site's engine (first.json, next/… files, `prefetchNext` after each key, awaited — as if every
 * prefetch finished before the next key); `none`: no stored answers and no prefetch (main before
 * issue 16). Also the gzip KB of all files one typed query fetched (median, max).
 *
 * Run: `node --import tsx bench/search-next-sim.ts [notes=5000] [next|none] ['{"candidates":4,"chunks":24}']`
 * (`SHOW=1` lists the keys that waited and their files). A design tool: the browser figures are
 * bench/search.ts `--typing-only`.
 */
import { gzipSync } from 'node:zlib';
import { loadKnowledgeBase, BUNDLED_CONTENT_DIR } from '../src/core/kb/reader.ts';
import { buildSearchIndex } from '../src/core/search/build.ts';
import { glossaryConcepts, searchEntriesFromKnowledgeBase } from '../src/core/search/documents.ts';
import { SearchEngine } from '../src/core/search/engine.ts';
import { buildFirstKeys, buildNextKeys, filesLoader } from '../src/core/search/first-keys.ts';
import { generateSearchCorpus } from './search-corpus.ts';
import { typingSteps } from './search-typing.ts';

const notes = Number(process.argv[2] ?? 5000);
const mode = process.argv[3] ?? 'next';
const opts = JSON.parse(process.argv[4] ?? '{}');
const c = generateSearchCorpus(notes, 20251121);
const { glossary } = await loadKnowledgeBase(BUNDLED_CONTENT_DIR);
const source = { ...c.source, glossary };
const URLS = {
  note: (s: string) => `/notes/${s}/`,
  question: (s: string, id: string) => `/notes/${s}/#q-${id}`,
  tag: (p: string) => `/tags/${p}/`,
  glossary: (id: string) => `/glossary/#${id}`,
};
const t0 = performance.now();
const files = buildSearchIndex(
  searchEntriesFromKnowledgeBase(source, URLS),
  source.tags.map((t) => ({ path: t.path, ko: t.label.ko, en: t.label.en })),
  { glossary: glossaryConcepts(glossary ?? []) },
);
console.error(`built in ${Math.round(performance.now() - t0)} ms`);
const base = filesLoader(files);
const t1 = performance.now();
const extra = new Map<string, unknown>([['first.json', await buildFirstKeys(files)], ...(await buildNextKeys(files))]);
console.error(`first + next keys in ${Math.round(performance.now() - t1)} ms`);
const inner = async (p: string) => (extra.has(p) ? extra.get(p) : base(p));
const sizes = new Map<string, number>();
const common = c.queries.filter((q) => q.category === 'common');
const labelled = c.queries.filter((q) => q.category !== 'common');
const runs = 30;
const nCommon = Math.min(common.length, Math.floor(runs / 3));
const pick = (list: typeof c.queries, n: number) => {
  const step = Math.max(1, Math.floor(list.length / Math.max(1, n)));
  return Array.from({ length: Math.min(n, list.length) }, (_, i) => list[(i * step) % list.length]!);
};
const queries = [...pick(labelled, runs - nCommon), ...pick(common, nCommon)];
let second = 0,
  secondWait = 0,
  later = 0,
  laterWait = 0;
const bytes: number[] = [];
const waits: string[] = [];
for (const q of queries) {
  const fetched = new Set<string>();
  let during: string[] | null = null;
  const load = async (p: string) => {
    if (!fetched.has(p)) {
      fetched.add(p);
      during?.push(p);
    }
    return inner(p);
  };
  const engine = await SearchEngine.open(load, { firstKeys: mode === 'next' });
  await engine.prefetchHot();
  const steps = typingSteps(q.query);
  for (const [i, s] of steps.entries()) {
    during = [];
    // The first key is answered from first.json in the site (not counted here).
    if (i > 0) await engine.search(s, { limit: 10 });
    const missed = during.filter((p) => p !== 'index.json' && p !== 'first.json');
    if (i > 0) {
      if (i === 1) {
        second++;
        if (missed.length) secondWait++;
      } else {
        later++;
        if (missed.length) laterWait++;
      }
      if (missed.length) waits.push(`${q.query} [${s}] ${missed.length}: ${missed.slice(0, 4).join(' ')}`);
    }
    during = null;
    if (mode === 'next') await engine.prefetchNext(s, opts);
  }
  let b = 0;
  for (const p of fetched) {
    let n = sizes.get(p);
    if (n === undefined) sizes.set(p, (n = gzipSync(JSON.stringify(await inner(p))).length));
    b += n;
  }
  bytes.push(b);
}
bytes.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    mode,
    opts,
    second,
    secondWait,
    later,
    laterWait,
    kbMedian: Math.round(bytes[bytes.length >> 1]! / 1024),
    kbMax: Math.round(bytes[bytes.length - 1]! / 1024),
  }),
);
if (process.env.SHOW) console.log(waits.join('\n'));
