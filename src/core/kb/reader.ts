/**
 * The reader: with its parse threads (parse-threads.ts), the only code of the core that touches the
 * file system. It gathers the note files
 * (`.md`, `.markdown`, `.txt`, recursively; dot-folders and node_modules skipped) and the tag
 * registry of a content folder, and runs the stages of {@link buildKnowledgeBase} on them, with two
 * speed-ups that never change the result (issue 7): a parse cache across builds (cache.ts, stored
 * in a folder the caller names) and parsing on worker threads (parse-threads.ts) when many notes
 * must be parsed.
 */
import { mkdir, readFile, readdir, readlink, rename, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, type Dirent } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { assembleKnowledgeBase, decodeContent, type BuildInput, type ParsedNoteResult, type SourceFile } from './build.ts';
import { decodeNoteBytes } from '../text/decode.ts';
import type { CharFrequencies } from '../text/frequencies.ts';
import { REPAIR_NEIGHBOURS_MAX, repairFrequencies } from '../text/repair-model.ts';
import { DEFAULT_MAX_SOURCE_AGE_DAYS, type SourcePolicy } from './check-sources.ts';
import { isSettingsPath, resolveSourcePolicy } from './folder-settings.ts';
import { PARSE_CACHE_FORMAT, ParseCache, type ParseCacheCodec, type ParseCacheStats } from './cache.ts';
import { parseInParallel, parseWorkerBundle } from './parse-threads.ts';
import type { KnowledgeBase } from './schema.ts';
import { isBlueprintPath } from '../exams/schema.ts';
import type { GlossarySource } from '../glossary/parse.ts';

const NOTE_FILE = /\.(md|markdown|txt)$/i;
const REGISTRY_NAMES = ['tags.yml', 'tags.yaml'];

/**
 * The project's root folder (where package.json and the bundled `content/` live): the nearest folder
 * above this module whose package.json is emr-prep's — found by walking up, because Astro bundles
 * page code into `dist/` chunks where a fixed relative path would point elsewhere; the working
 * directory as a last resort.
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'emr-prep') return dir;
      } catch {
        // an unreadable package.json is not ours; keep walking
      }
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** The bundled content folder: `<project>/content`. */
export const BUNDLED_CONTENT_DIR = path.join(PROJECT_ROOT, 'content');

/**
 * The content folder to build: `EMR_PREP_CONTENT` (relative to the working directory) when set,
 * else the bundled `content/`.
 */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  const dir = env.EMR_PREP_CONTENT?.trim();
  return dir ? path.resolve(process.cwd(), dir) : BUNDLED_CONTENT_DIR;
}

/** True for a folder entry the reader takes as a note file (`.md`, `.markdown`, `.txt`, not hidden). */
function isNoteEntry(entry: { name: string; isFile(): boolean }): boolean {
  return !entry.name.startsWith('.') && entry.isFile() && NOTE_FILE.test(entry.name);
}

/** A note file or folder below a content folder that could not be listed or is not read. */
export interface ListingProblem {
  /** Path relative to the content folder, POSIX separators (a folder ends with `/`). */
  path: string;
  kind: 'unreadable-folder' | 'symlink';
  /** Why (the system's message for an unreadable folder; the link's target for a symlink). */
  detail: string;
}

/**
 * Lists note files and mock-exam blueprints (`exams/*.yml`) below `dir` (relative POSIX paths,
 * sorted) and what could not be listed: a
 * subfolder that cannot be read is a problem of its own and the rest is still listed; a note
 * file that is a symbolic link is not followed (it could point anywhere on the machine) and is
 * reported instead of skipped silently.
 * @throws Error when `dir` itself cannot be read
 */
export async function listContentFiles(dir: string): Promise<{ files: string[]; problems: ListingProblem[] }> {
  const out: string[] = [];
  const problems: ListingProblem[] = [];
  const rel = (full: string) => path.relative(dir, full).split(path.sep).join('/');
  async function walk(current: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      if (current === dir) throw error;
      problems.push({ path: `${rel(current)}/`, kind: 'unreadable-folder', detail: (error as Error).message });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && (NOTE_FILE.test(entry.name) || isBlueprintPath(rel(full)) || isSettingsPath(rel(full))))
        out.push(rel(full));
      else if (entry.isSymbolicLink() && NOTE_FILE.test(entry.name)) {
        let target = '';
        try {
          target = await readlink(full);
        } catch {
          // unreadable link: report it without its target
        }
        problems.push({ path: rel(full), kind: 'symlink', detail: target });
      }
    }
  }
  await walk(dir);
  return { files: out.sort(), problems: problems.sort((a, b) => a.path.localeCompare(b.path)) };
}

/** Lists note files below `dir`, relative POSIX paths, sorted (see {@link listContentFiles}). */
export async function listNoteFiles(dir: string): Promise<string[]> {
  return (await listContentFiles(dir)).files;
}

/**
 * Reads every note file of a folder as bytes. Unreadable subfolders and symlinked notes come back
 * as entries without bytes (`error` says why, `problem` what kind), so the check reports them.
 */
export async function readNoteFiles(dir: string, onListed?: (noteFiles: number) => void): Promise<SourceFile[]> {
  const { files: names, problems } = await listContentFiles(dir);
  onListed?.(names.length);
  const read = await Promise.all(
    names.map(async (name): Promise<SourceFile> => {
      try {
        return { path: name, bytes: new Uint8Array(await readFile(path.join(dir, name))) };
      } catch (error) {
        return { path: name, bytes: null, error: (error as Error).message };
      }
    }),
  );
  return [
    ...read,
    ...problems.map(
      (p): SourceFile => ({
        path: p.path,
        bytes: null,
        problem: p.kind,
        error: p.kind === 'symlink' ? `symbolic link${p.detail ? ` to ${p.detail}` : ''}` : p.detail,
      }),
    ),
  ];
}

/** The content folder's own tag registry (`tags.yml` or `tags.yaml`), or null when it has none. */
export async function readOwnTagRegistry(dir: string): Promise<{ file: string; text: string } | null> {
  for (const name of REGISTRY_NAMES) {
    const full = path.join(dir, name);
    if (existsSync(full)) return { file: name, text: await readFile(full, 'utf8') };
  }
  return null;
}

/**
 * The bundled registry as the base of a folder's own (see `mergeTagRegistries`), named relative to
 * `dir`; null when `dir` is the bundled content folder itself.
 */
export async function readBaseTagRegistry(dir: string): Promise<{ file: string; text: string } | null> {
  if (path.resolve(dir) === path.resolve(BUNDLED_CONTENT_DIR)) return null;
  return readOwnTagRegistry(BUNDLED_CONTENT_DIR).then((r) =>
    r ? { file: path.relative(dir, path.join(BUNDLED_CONTENT_DIR, r.file)).split(path.sep).join('/'), text: r.text } : null,
  );
}

/**
 * The tag registry of a content folder (`tags.yml`); when the folder has none, the bundled
 * registry, so a folder of plain notes still gets readable labels. (The build extends the bundled
 * registry with the folder's: see {@link readContentFolder}.)
 */
export async function readTagRegistry(dir: string): Promise<{ file: string; text: string } | null> {
  for (const candidate of [dir, BUNDLED_CONTENT_DIR]) {
    for (const name of REGISTRY_NAMES) {
      const full = path.join(candidate, name);
      if (existsSync(full)) {
        const file = candidate === dir ? name : path.relative(dir, full).split(path.sep).join('/');
        return { file, text: await readFile(full, 'utf8') };
      }
    }
  }
  return null;
}

const GLOSSARY_NAMES = ['glossary.yml', 'glossary.yaml'];

/**
 * The glossary files of a content folder, in merge order: the bundled `content/glossary.yml`
 * (unless the folder is the bundled one), then the folder's own, which extends it (see
 * core/glossary/parse.ts). A folder without a glossary gets the bundled one.
 */
export async function readGlossaries(dir: string): Promise<GlossarySource[]> {
  const out: GlossarySource[] = [];
  const own = path.resolve(dir) === path.resolve(BUNDLED_CONTENT_DIR);
  for (const candidate of own ? [dir] : [BUNDLED_CONTENT_DIR, dir]) {
    for (const name of GLOSSARY_NAMES) {
      const full = path.join(candidate, name);
      if (!existsSync(full)) continue;
      const mine = candidate === dir;
      const file = mine ? name : path.relative(dir, full).split(path.sep).join('/');
      out.push({ file, text: await readFile(full, 'utf8'), own: mine });
      break;
    }
  }
  return out;
}

/** True when `file` (absolute) lies in `dir` (absolute) or below it. */
function isInside(file: string, dir: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The decoded text of a note file's bytes when it is clean (not mojibake, not binary), else null. */
function cleanText(bytes: Uint8Array | null): string | null {
  if (!bytes) return null;
  const decoded = decodeNoteBytes(bytes);
  return decoded.binary || decoded.mojibake ? null : decoded.text;
}

/**
 * The general corpus of mojibake repair for a content folder (text/repair-model.ts): the clean
 * bundled notes, or nothing when `contentDir` is the bundled content folder itself (its notes are
 * then the damaged note's neighbours).
 */
export async function repairGeneralCorpus(contentDir: string): Promise<string[]> {
  if (path.resolve(contentDir) === path.resolve(BUNDLED_CONTENT_DIR) || !existsSync(BUNDLED_CONTENT_DIR)) return [];
  const bundled = await readNoteFiles(BUNDLED_CONTENT_DIR);
  return bundled.flatMap((f) => {
    const text = cleanText(f.bytes);
    return text === null ? [] : [text];
  });
}

/**
 * The repair model of one note file outside any build (`emr-prep repair FILE`), identical to the
 * one the build uses for it: the general corpus of its content folder (the bundled content when
 * the file lies in it, else any other folder) and the clean notes beside it — its own folder only,
 * in file-name order, reading files until {@link REPAIR_NEIGHBOURS_MAX} clean ones are found.
 */
export async function repairModelForFile(file: string): Promise<CharFrequencies> {
  const full = path.resolve(file);
  const folder = path.dirname(full);
  const inBundled = isInside(full, BUNDLED_CONTENT_DIR);
  const general = await repairGeneralCorpus(inBundled ? BUNDLED_CONTENT_DIR : folder);
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => isNoteEntry(e) && path.join(folder, e.name) !== full)
    .map((e) => e.name)
    .sort();
  const neighbours: string[] = [];
  for (const name of names) {
    if (neighbours.length >= REPAIR_NEIGHBOURS_MAX) break;
    let bytes: Uint8Array | null = null;
    try {
      bytes = new Uint8Array(await readFile(path.join(folder, name)));
    } catch {
      continue; // the build skips an unreadable file too
    }
    const text = cleanText(bytes);
    if (text !== null) neighbours.push(text);
  }
  return repairFrequencies(general, neighbours);
}

/**
 * Everything the build reads from a content folder: its note files, its tag registry and the
 * general corpus of mojibake repair. `decodeContent(await readContentFolder(dir))` gives the texts
 * the site shows (the first stage of {@link loadKnowledgeBase}).
 */
export async function readContentFolder(
  dir: string,
  options: { maxSourceAgeDays?: number; onListed?: (noteFiles: number) => void } = {},
): Promise<BuildInput> {
  const [files, registry, baseRegistry, frequencyCorpus, glossaries] = await Promise.all([
    readNoteFiles(dir, options.onListed),
    readOwnTagRegistry(dir),
    readBaseTagRegistry(dir),
    repairGeneralCorpus(dir),
    readGlossaries(dir),
  ]);
  return { files, registry, baseRegistry, frequencyCorpus, glossaries, sourcePolicy: sourcePolicyFromEnv(options.maxSourceAgeDays) };
}

/**
 * The freshness policy of a build: today (UTC) and the allowed age of a source — `maxAgeDays`
 * when given, else `EMR_PREP_MAX_SOURCE_AGE_DAYS`, else {@link DEFAULT_MAX_SOURCE_AGE_DAYS} — which the
 * folder's emr-prep.yml (`sources.maxAgeDays`) replaces when the build reads it (kb/folder-settings.ts).
 */
export function sourcePolicyFromEnv(maxAgeDays?: number, env: Record<string, string | undefined> = process.env): SourcePolicy {
  return resolveSourcePolicy(new Date().toISOString().slice(0, 10), { option: maxAgeDays, env: env.EMR_PREP_MAX_SOURCE_AGE_DAYS });
}

/** Options of {@link loadKnowledgeBase}. */
export interface LoadOptions {
  /**
   * A folder for the parse cache (created when missing): with it, a note whose file, text and
   * encoding are unchanged since the last build is not parsed again. Default: no cache.
   */
  cacheDir?: string;
  /**
   * Parse threads (node:worker_threads), used when at least {@link PARALLEL_PARSE_MIN_NOTES} notes
   * must be parsed; the calling thread then only collects their results. Default:
   * `EMR_PREP_PARSE_WORKERS`, else the number of cores (at most 4). 0 parses on the calling thread.
   */
  workers?: number;
  /** Allowed age of a source's `checked:` date in days (default: see {@link sourcePolicyFromEnv}). */
  maxSourceAgeDays?: number;
}

/** Below this many notes to parse, starting a worker (about 0.5 s) costs more than it saves. */
export const PARALLEL_PARSE_MIN_NOTES = 150;

/** What the last {@link loadKnowledgeBase} call did, for benchmarks and logs. */
export interface LoadReport {
  notes: number;
  /** Parse-cache hits and misses (all misses when there is no cache). */
  cache: ParseCacheStats & { enabled: boolean };
  /** Threads that parsed notes (1 = the calling thread only). */
  threads: number;
  /** Notes parsed on worker threads (0 when the calling thread parsed them all). */
  workerNotes: number;
  /** Phase → milliseconds (read, decode, parse, link, assemble, cache-save, total). */
  phases: Record<string, number>;
}

let lastReport: LoadReport | null = null;

/** The report of the last {@link loadKnowledgeBase} call in this process, or null before any. */
export function lastLoadReport(): LoadReport | null {
  return lastReport;
}

/**
 * Reads a content folder and builds its knowledge base. The bundled notes (when building another
 * folder) add to the character frequencies used for mojibake repair. Gives the same knowledge base
 * as {@link buildKnowledgeBase} on the same files, whatever the cache holds and however many
 * threads parse.
 * @throws Error when `dir` does not exist or is not a folder (a message naming it)
 */
export async function loadKnowledgeBase(dir: string, options: LoadOptions = {}): Promise<KnowledgeBase> {
  if (!existsSync(dir))
    throw new Error(`content folder not found: ${dir} (set EMR_PREP_CONTENT or --content to a folder of .md/.txt notes)`);
  const phases: Record<string, number> = {};
  const timings = process.env.EMR_PREP_TIMINGS === '1';
  const started = performance.now();
  let lap = started;
  const onPhase = (phase: string, ms: number): void => {
    phases[phase] = ms;
    if (timings) printTiming(phase, ms);
  };
  const endPhase = (phase: string): void => {
    const now = performance.now();
    onPhase(phase, now - lap);
    lap = now;
  };

  const threadCount = options.workers ?? defaultWorkerCount();
  // A folder with enough notes for parse threads has their module bundled (esbuild, in its own
  // process) while this thread reads and decodes the files.
  let bundle: Promise<string | null> = Promise.resolve(null);
  const input = await readContentFolder(dir, {
    maxSourceAgeDays: options.maxSourceAgeDays,
    onListed: (noteFiles) => {
      if (threadCount > 0 && noteFiles >= PARALLEL_PARSE_MIN_NOTES) bundle = parseThreadBundle(options.cacheDir).catch(() => null);
    },
  });
  const cache = options.cacheDir ? await openParseCache(options.cacheDir) : null;
  endPhase('read');

  const content = decodeContent(input);
  endPhase('decode');

  // ── parse: cache hits first, then the misses on worker threads (or on this one) ──
  const parsed: Array<ParsedNoteResult | null> = content.notes.map(() => null);
  const keys: string[] = [];
  const todo: number[] = [];
  content.notes.forEach((note, i) => {
    if (note.text === null) return;
    if (cache) {
      const key = cache.cache.key(note);
      keys[i] = key;
      const hit = cache.cache.lookup(key);
      if (hit) {
        parsed[i] = hit;
        return;
      }
    }
    todo.push(i);
  });
  const workers = todo.length >= PARALLEL_PARSE_MIN_NOTES ? threadCount : 0;
  const { threads, workerNotes } = await parseInParallel(
    todo.map((i) => content.notes[i]!),
    workers,
    (k, result, encoded) => {
      const i = todo[k]!;
      parsed[i] = result;
      if (cache) cache.cache.store(keys[i]!, result, encoded);
    },
    { wantEncoded: cache !== null, bundle: workers > 0 ? await bundle : null, projectRoot: PROJECT_ROOT },
  );
  endPhase('parse');

  const kb = assembleKnowledgeBase(content, parsed, (phase, ms) => onPhase(phase, ms));
  lap = performance.now();
  if (cache?.cache.changed) await cache.save();
  endPhase('cache-save');
  onPhase('total', performance.now() - started);
  lastReport = {
    notes: kb.notes.length,
    cache: { enabled: cache !== null, ...(cache ? cache.cache.stats : { hits: 0, misses: todo.length, stale: 0 }) },
    threads,
    workerNotes,
    phases,
  };
  if (timings) {
    const c = lastReport.cache;
    process.stderr.write(
      `${TIMING_PREFIX} cache ${c.enabled ? `${c.hits} hits, ${c.misses} misses, ${c.stale} stale` : 'off'}; ${threads} parse thread(s)\n`,
    );
  }
  return kb;
}

/**
 * With `EMR_PREP_TIMINGS=1`, {@link loadKnowledgeBase} prints one line per phase to stderr:
 * `[emr-prep timings] <phase> <ms> ms` for `read` (listing and reading the files, loading the parse
 * cache), `decode`, `parse`, `link`, `assemble`, `cache-save` and `total`, then one line with the
 * cache hits and the parse threads. The benchmark (`bench/run.ts`) reads these lines from the
 * output of `astro build`.
 */
export const TIMING_PREFIX = '[emr-prep timings]';

function printTiming(phase: string, ms: number): void {
  process.stderr.write(`${TIMING_PREFIX} ${phase} ${ms.toFixed(1)} ms\n`);
}

function defaultWorkerCount(): number {
  const fromEnv = process.env.EMR_PREP_PARSE_WORKERS?.trim();
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return Math.min(availableParallelism(), 4);
}

// ── parse cache on disk ──────────────────────────────────────────────────────────────────────

const CACHE_FILE = 'parse-cache.v8';

const v8Codec: ParseCacheCodec = {
  digest: (text) => createHash('sha256').update(text).digest('hex'),
  encode: (result) => serialize(result),
  decode: (bytes) => deserialize(bytes) as ParsedNoteResult,
};

let parserVersion: Promise<string | null> | null = null;

/**
 * The parse threads' bundled module (parse-threads.ts) for this parser version, kept in the parse
 * cache's folder when there is one (so a cold build, which deletes it, bundles again), else in
 * node_modules/.cache/emr-prep of the project; null when it cannot be made (threads then start
 * through tsx).
 */
async function parseThreadBundle(cacheDir: string | undefined): Promise<string | null> {
  const version = await currentParserVersion();
  if (version === null) return null;
  return parseWorkerBundle(cacheDir ?? path.join(PROJECT_ROOT, 'node_modules', '.cache', 'emr-prep'), version);
}

/**
 * The parser version of the cache keys: a digest of the source of the note parser and of every
 * module it imports (followed through relative imports from `notes/parse-note.ts` and
 * `kb/build.ts`), and of the
 * lockfile, so a change to the parser, its rules or its libraries never reuses an old result.
 * Null when the sources cannot be found (then the cache is off).
 */
function currentParserVersion(): Promise<string | null> {
  parserVersion ??= computeParserVersion();
  return parserVersion;
}

async function computeParserVersion(): Promise<string | null> {
  const entry = path.join(PROJECT_ROOT, 'src', 'core', 'notes', 'parse-note.ts');
  if (!existsSync(entry)) return null;
  const seen = new Set<string>();
  // build.ts too: its parseDecodedNote applies the input limits (notes/limits.ts) before parsing.
  // parse-worker.ts: the parse threads run a bundle of it (parse-threads.ts) named by this version.
  const pending = [
    entry,
    path.join(PROJECT_ROOT, 'src', 'core', 'kb', 'build.ts'),
    path.join(PROJECT_ROOT, 'src', 'core', 'kb', 'parse-worker.ts'),
  ];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
      pending.push(path.resolve(path.dirname(file), m[1]!));
  }
  const files = [...seen].sort();
  const lockfile = path.join(PROJECT_ROOT, 'package-lock.json');
  if (existsSync(lockfile)) files.push(lockfile);
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(path.relative(PROJECT_ROOT, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex').slice(0, 24);
}

/** Opens the parse cache of a folder; an unreadable or foreign cache file counts as empty. */
async function openParseCache(cacheDir: string): Promise<{ cache: ParseCache; save: () => Promise<void> } | null> {
  const version = await currentParserVersion();
  if (version === null) return null;
  const file = path.join(cacheDir, CACHE_FILE);
  let previous = new Map<string, Uint8Array>();
  try {
    const stored = deserialize(await readFile(file)) as { format?: number; version?: string; entries?: unknown };
    if (stored?.format === PARSE_CACHE_FORMAT && stored.version === version && stored.entries instanceof Map)
      previous = stored.entries as Map<string, Uint8Array>;
  } catch {
    // no cache yet, or written by another Node version: start empty
  }
  const cache = new ParseCache(previous, version, v8Codec);
  const save = async (): Promise<void> => {
    await mkdir(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, serialize({ format: PARSE_CACHE_FORMAT, version, entries: cache.entries() }));
    await rename(tmp, file);
  };
  return { cache, save };
}
