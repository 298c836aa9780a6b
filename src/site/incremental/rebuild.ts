/**
 * The incremental rebuild behind `emr-prep build --incremental` (src/cli/build.ts): after an edit
 * that stays inside notes' rendered Markdown and question text, it updates the last full build's
 * output folder in place instead of running `astro build` (issue 16 item 2: ≤ 5 s at 1,000 notes):
 *
 * 1. reads the state the last full build left (src/site/incremental/integration.ts) and checks that
 *    nothing but notes changed since: the same code, configuration, folders, base path, and an
 *    output folder whose service worker is the one that build wrote;
 * 2. loads the knowledge base with the parse cache (only the edited notes are parsed again) and
 *    compares every note's digest and shape with the state ({@link noteShape}): a note added or
 *    removed, a changed shape, a change outside the notes (tags, glossary, exams) or a content error
 *    means a full build, and the reason is returned;
 * 3. regenerates every content-derived data file with the functions the routes and the data-files
 *    integration use ({@link contentDataFiles}: search index, quiz bank, calculator lists), writing
 *    them all and removing the ones no longer made;
 * 4. in each edited note's page, puts the new rendered fragments (body, key point, question stems,
 *    options, explanations, through `rebaseHtml` as the page does) in the place of the old ones —
 *    refusing (full build) unless each old fragment occurs in the page exactly as often as the page
 *    inserts it;
 * 5. updates the service worker's precache list (Workbox's md5 revision of every changed file, the
 *    new names of renamed search files in the order Workbox's glob lists them);
 * 6. writes the new state.
 * test/incremental/incremental-build.test.ts compares the result with a clean `astro build`, file by
 * file, sw.js included (its code is Vite's build of src/pwa/sw.js; only the injected list changes).
 *
 * Loaded with the `import.meta.env` of a production build of the last build's base path (Vite's in
 * `astro build`; src/site/incremental/env-hook.mjs), so every module it shares with the routes
 * writes the same URLs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors } from '../../core/diagnostics/diagnostic.ts';
import { contentDataFiles } from '../../components/data-file-sets.ts';
import type { DataFile } from '../data-files.ts';
import { rebaseHtml } from '../../components/links.ts';
import { forgetKnowledgeBase, getKnowledgeBase } from '../kb-loader.ts';
import { forgetSiteSearchIndex } from '../../components/search/search-index.ts';
import { forgetSiteQuizBank } from '../../components/quiz-bank.ts';
import { md5OfFile, stateFile } from './fingerprint.ts';
import { BUILD_STATE_VERSION, type BuildState, globalDigest, type NoteState, noteStates } from './state.ts';
import { usableState, writeBuildState } from './state-file.ts';

/** What a rebuild did. */
export type RebuildResult =
  | { kind: 'incremental'; notes: string[]; written: string[]; removed: string[] }
  | { kind: 'up-to-date' }
  | { kind: 'full'; reason: string };

/** Where and what to rebuild. */
export interface RebuildOptions {
  /** The project root. */
  root: string;
  /** Absolute output folder of the last full build. */
  outDir: string;
  /** Absolute content folder (also `EMR_PREP_CONTENT` of this process). */
  contentDir: string;
  /** Astro's cache folder of that content (see astro.config.mjs). */
  astroCacheDir: string;
  /** The base path this process's modules were loaded with (Vite's `base`). */
  base: string;
  /** The state {@link usableState} gave for these options, when the caller has it (read once). */
  state?: BuildState;
}

const full = (reason: string): RebuildResult => ({ kind: 'full', reason });

/** One place the note page inserts a fragment verbatim: its old and new text, rebased. */
interface Slot {
  old: string;
  new: string;
}

/** The fragments a note page inserts, in page order (see src/pages/notes/[slug].astro, QuestionBlock.astro). */
function slots(before: NoteState, after: NoteState, base: string): Slot[] | string {
  const out: Slot[] = [];
  const add = (a: string | null, b: string | null) => {
    if (a === null || b === null) return;
    out.push({ old: rebaseHtml(a, base), new: rebaseHtml(b, base) });
  };
  if (before.summaryHtml) add(before.summaryHtml, after.summaryHtml);
  if (before.html.trim()) add(before.html, after.html);
  if (before.questions.length !== after.questions.length) return 'its questions changed';
  for (const [i, qa] of before.questions.entries()) {
    const qb = after.questions[i]!;
    if (qa.id !== qb.id || qa.options.length !== qb.options.length) return 'its questions changed';
    add(qa.stemHtml, qb.stemHtml);
    for (const [j, oa] of qa.options.entries()) {
      const ob = qb.options[j]!;
      if (oa.keyed !== ob.keyed) return 'its answer key changed';
      // the option's text in the form, in the answer-key line when keyed, and by its explanation
      add(oa.html, ob.html);
      if (oa.keyed) add(oa.html, ob.html);
      add(oa.html, ob.html);
      if (oa.explanationHtml) add(oa.explanationHtml, ob.explanationHtml);
    }
  }
  return out;
}

function countOccurrences(text: string, part: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + part.length)) at.push(i);
  return at;
}

/**
 * A note page with its changed fragments replaced, or the reason it cannot be done safely. Every
 * changed fragment's old text must occur in the page exactly as many times as slots hold it, and
 * all its slots must get the same new text.
 */
export function patchNotePage(page: string, before: NoteState, after: NoteState, base: string): string | { reason: string } {
  const list = slots(before, after, base);
  if (typeof list === 'string') return { reason: list };
  const changes = new Map<string, string>();
  for (const s of list) {
    if (s.old === s.new) continue;
    if (s.old === '') return { reason: 'an empty fragment changed' };
    changes.set(s.old, s.new);
  }
  // Every place that held an old text must get the same new text (a slot left unchanged included).
  if (list.some((s) => changes.has(s.old) && changes.get(s.old) !== s.new)) return { reason: 'equal fragments changed differently' };
  // [start, end, replacement] of every occurrence, which must not overlap.
  const edits: Array<[number, number, string]> = [];
  for (const [old, replacement] of changes) {
    const at = countOccurrences(page, old);
    const expected = list.filter((s) => s.old === old).length;
    if (at.length !== expected) return { reason: `a changed fragment occurs ${at.length} times in the page, expected ${expected}` };
    for (const i of at) edits.push([i, i + old.length, replacement]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end, replacement] of edits) {
    if (start < from) return { reason: 'changed fragments overlap in the page' };
    out += page.slice(from, start) + replacement;
    from = end;
  }
  return out + page.slice(from);
}

/** The file of a precache entry's URL (`notes/x/` → `notes/x/index.html`, the scope → `index.html`). */
function entryFile(url: string): string {
  // Only the home page's entry is absolute (the scope: the base path); the others are relative.
  if (url.startsWith('/')) return 'index.html';
  return url.endsWith('/') ? `${url}index.html` : url;
}

/**
 * The files matching `pattern` below `cwd`, in the order of the `glob` package that workbox-build
 * (the PWA integration's service worker generator) uses — the order of its precache list.
 */
async function workboxGlob(pattern: string, cwd: string): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const workbox = require.resolve('workbox-build');
  const { glob } = require(require.resolve('glob', { paths: [workbox] })) as {
    glob: (pattern: string, options: { cwd: string }) => Promise<string[]>;
  };
  return (await glob(pattern, { cwd })).map((f) => f.split(path.sep).join('/'));
}

/** md5 hex of a text's UTF-8 bytes (Workbox's revision of a file with that text). */
function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** A precache entry as Workbox's injectManifest writes it into sw.js (`JSON.stringify` of the list). */
interface PrecacheEntry {
  revision: string | null;
  url: string;
}

/**
 * Where the precache list is in sw.js: Workbox's `injectManifest` (src/site/pwa.ts) replaces
 * `self.__WB_MANIFEST` of src/pwa/sw.js with the list as JSON — `[{"revision":…,"url":…},…]`. The
 * worker's code around it is Vite's build of src/pwa/sw.js, the same for every build of the same
 * code, so only the list is rewritten.
 */
export function findPrecacheList(sw: string): { start: number; end: number; entries: PrecacheEntry[] } | null {
  const start = sw.indexOf('[{"revision":');
  if (start < 0 || sw.indexOf('[{"revision":', start + 1) >= 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < sw.length; i++) {
    const c = sw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        const entries = JSON.parse(sw.slice(start, i + 1)) as PrecacheEntry[];
        return { start, end: i + 1, entries };
      }
    }
  }
  return null;
}

/**
 * The service worker with its precache list updated: the revision (md5) of every changed file, and
 * the entries of every folder whose files were renamed replaced by the folder's files in the order
 * it lists them (the order of Workbox's glob).
 */
async function patchServiceWorker(
  outDir: string,
  sw: string,
  list: NonNullable<ReturnType<typeof findPrecacheList>>,
  revisions: ReadonlyMap<string, string>,
  renamedFolders: ReadonlySet<string>,
): Promise<string | { reason: string }> {
  const revision = async (rel: string) => revisions.get(rel) ?? (await md5OfFile(path.join(outDir, rel)));
  const out: PrecacheEntry[] = [];
  const done = new Set<string>();
  for (const e of list.entries) {
    const file = entryFile(e.url);
    const folder = path.posix.dirname(file);
    if (renamedFolders.has(folder)) {
      if (done.has(folder)) continue;
      done.add(folder);
      // In the order of the glob library Workbox lists the output folder with (not readdir's).
      for (const rel of await workboxGlob(`${folder}/*.json`, outDir)) out.push({ revision: await revision(rel), url: rel });
      continue;
    }
    out.push(revisions.has(file) && e.revision !== null ? { revision: await revision(file), url: e.url } : e);
  }
  if (out.length === 0 || [...renamedFolders].some((f) => !done.has(f))) return { reason: 'a renamed folder is not in the precache list' };
  return sw.slice(0, list.start) + JSON.stringify(out) + sw.slice(list.end);
}

/**
 * Rebuilds the output folder of the last full build after an edit of notes, or says why a full
 * build is needed (and changes nothing then). See the module comment.
 */
export async function incrementalRebuild(options: RebuildOptions): Promise<RebuildResult> {
  const { outDir, base } = options;
  const state = options.state ?? (await usableState(options));
  if (typeof state === 'string') return full(state);
  if (`${state.base.replace(/\/+$/, '')}/` !== `${base.replace(/\/+$/, '')}/`) return full(`another base path (${state.base})`);

  // This process may have built before (a test, a watcher): every memo of content is dropped.
  forgetKnowledgeBase();
  forgetSiteSearchIndex();
  forgetSiteQuizBank();
  const kb = await getKnowledgeBase({ cacheDir: `${path.join(options.astroCacheDir, 'emr-prep-parse')}/` });
  if (hasErrors(kb.diagnostics)) return full('the notes have errors (the full build lists them)');
  if (globalDigest(kb) !== state.global) return full('tags, glossary, exams or the set of notes changed');
  const notes = noteStates(kb);
  const slugs = Object.keys(notes);
  if (slugs.length !== Object.keys(state.notes).length || slugs.some((s) => !state.notes[s])) return full('notes were added or removed');
  const edited = slugs.filter((s) => notes[s]!.digest !== state.notes[s]!.digest);
  if (edited.length === 0) return { kind: 'up-to-date' };
  for (const slug of edited) {
    if (notes[slug]!.shape !== state.notes[slug]!.shape)
      return full(`${slug}: more than its body or question text changed (title, tags, links, key point text, headings, questions…)`);
  }

  // Note pages first (nothing is written until every page could be patched).
  const pages = new Map<string, string>();
  for (const slug of edited) {
    const file = path.join(outDir, 'notes', slug, 'index.html');
    if (!existsSync(file)) return full(`${slug}: its page is not in the output folder`);
    const patched = patchNotePage(await readFile(file, 'utf8'), state.notes[slug]!, notes[slug]!, base);
    if (typeof patched !== 'string') return full(`${slug}: ${patched.reason}`);
    pages.set(path.relative(outDir, file).split(path.sep).join('/'), patched);
  }

  // Data files: every changed one is written (the search index's build id is in every file name, so
  // an edit renames them all; the quiz bank's digest is in every shard, so a question edit changes
  // them all), the ones no longer made are removed.
  const files = await contentDataFiles();
  const wanted = new Set(files.map((f) => f.path));
  const byFolder = new Map<string, DataFile[]>();
  for (const f of files) {
    const folder = path.posix.dirname(f.path);
    const list = byFolder.get(folder);
    if (list) list.push(f);
    else byFolder.set(folder, [f]);
  }
  /** md5 of every file written (path relative to the output folder). */
  const revisions = new Map<string, string>();
  /** The last build's precache revisions by file (md5 of its bytes; hashed assets have none). */
  const swBefore = await readFile(path.join(outDir, 'sw.js'), 'utf8');
  const precache = findPrecacheList(swBefore);
  // Checked before anything is written: without the list the folder could not be finished.
  if (!precache) return full('sw.js has no precache list in the form Workbox injects');
  const before = new Map(precache.entries.map((e) => [entryFile(e.url), e.revision]));
  const removed: string[] = [];
  const renamedFolders = new Set<string>();
  for (const [folder, list] of byFolder) {
    const abs = path.join(outDir, folder);
    const present = new Set(existsSync(abs) ? readdirSync(abs) : []);
    const json = [...present].filter((name) => name.endsWith('.json'));
    if (json.some((name) => !wanted.has(`${folder}/${name}`)) || list.some((f) => !present.has(path.posix.basename(f.path)))) {
      // Renamed files (a new search build id): the folder is emptied and written one file after the
      // other in the order of a clean build (src/site/data-files.ts), so that it lists its files as
      // after a clean build.
      renamedFolders.add(folder);
      for (const name of json) rmSync(path.join(abs, name));
      removed.push(...json.filter((name) => !wanted.has(`${folder}/${name}`)).map((name) => `${folder}/${name}`));
      mkdirSync(abs, { recursive: true });
      for (const f of list) writeFileSync(path.join(outDir, f.path), f.body);
    } else {
      // A file whose md5 is its revision in the last precache list has not changed: not written (an
      // edit of a note's body leaves every quiz bank shard as it was). Synchronous writes: thousands
      // of small files, faster than through the thread pool.
      for (const f of list) {
        const revision = md5(f.body);
        if (revision !== before.get(f.path)) {
          writeFileSync(path.join(outDir, f.path), f.body);
          revisions.set(f.path, revision);
        }
      }
      continue;
    }
    for (const f of list) revisions.set(f.path, md5(f.body));
  }
  for (const [rel, html] of pages) {
    await writeFile(path.join(outDir, rel), html);
    revisions.set(rel, md5(html));
  }
  const written = [...revisions.keys()];

  const swFile = path.join(outDir, 'sw.js');
  const sw = await patchServiceWorker(outDir, swBefore, precache, revisions, renamedFolders);
  if (typeof sw !== 'string') {
    // The folder is half updated now: make sure the next rebuild is a full one.
    await rm(stateFile(options.astroCacheDir, outDir), { force: true });
    return full(`after writing: ${sw.reason}`);
  }
  await writeFile(swFile, sw);

  await writeBuildState(stateFile(options.astroCacheDir, outDir), {
    ...state,
    version: BUILD_STATE_VERSION,
    global: globalDigest(kb),
    serviceWorker: createHash('md5').update(sw).digest('hex'),
    notes,
  });
  return { kind: 'incremental', notes: edited, written, removed };
}
