/**
 * The question bank as the browser receives it: static JSON files built at build time and fetched
 * by the quiz islands, so the quiz page's HTML never inlines the questions (issue 16: the bank
 * scales).
 *
 * - `/quiz/bank.json`, the manifest ({@link BankManifest}, see `src/pages/quiz/bank.json.ts`): tag
 *   labels, mock-exam blueprints, and per note its slug, title, tags and question ids — what
 *   choosing a quiz needs. About 20 KB gzip at 1,000 notes and 1,500 questions.
 * - `/quiz/bank/<k>.json`, one shard per note that has questions ({@link BankShard},
 *   written after the build by the `dataFiles()` integration, src/site/data-files.ts): the note's questions in full (stems, options, keys,
 *   explanations). A quiz loads the shards of the questions it asks, and nothing else.
 *
 * Shared by the endpoints (which build the files) and the islands (which read them); no DOM, no Astro.
 */
import type { Question } from '../../core/questions/schema.ts';
import { questionFingerprint, rememberFingerprint } from '../../core/quiz/fingerprint.ts';
import type { ExamBlueprint } from '../../core/exams/schema.ts';
import { withBase } from '../../components/links.ts';

/** Marker of the bank files, so a stale or foreign file is recognised. */
export const BANK_FORMAT = 'emr-prep.quiz-bank';
/** Version of {@link BankManifest} and {@link BankShard}; bump on any change of their shape. */
export const BANK_VERSION = 4;
/** Where the manifest is served (`trailingSlash: 'always'` does not apply to file endpoints). */
export const BANK_URL = withBase('/quiz/bank.json');

/**
 * Where shard `k` is served, next to the manifest at `manifestUrl`.
 * @param k index of the note in {@link BankManifest.notes}
 */
export function bankShardUrl(k: number, manifestUrl = BANK_URL): string {
  return manifestUrl.replace(/bank\.json$/, `bank/${k}.json`);
}

/** A tag's readable label (from `content/tags.yml`, or the raw path for an unregistered tag). */
export interface BankTag {
  ko: string;
  en: string;
}

/**
 * One note of the manifest: `[slug, title, tags, questions]`. `tags` are indices into
 * {@link BankManifest.tagPaths} (the note's tags, which are its questions' tags). A question is its
 * id, written `-<rest>` when the id is `<slug>-<rest>` (an id never starts with `-`), or
 * `[id, tags]` when its tags differ from the note's.
 */
export type BankNoteRow = [slug: string, title: string, tags: number[], questions: Array<string | [string, number[]]>];

/** The `/quiz/bank.json` file: everything a quiz needs before it knows which questions it asks. */
export interface BankManifest {
  format: typeof BANK_FORMAT;
  version: typeof BANK_VERSION;
  /** Hash of every question of the build; each shard carries it, so a shard from another build is refused. */
  digest: string;
  /** Tag labels by tag path, every level of the hierarchy included, in registry (`tags.yml`) order. */
  tags: Record<string, BankTag>;
  /** Mock-exam blueprints. */
  exams: ExamBlueprint[];
  /** Tag paths the note rows refer to by index. */
  tagPaths: string[];
  /** Every published note, by slug; a note with questions has the shard `k` = its index here. */
  notes: BankNoteRow[];
}

/** An option in a shard: `html` / `explanationHtml` left out when equal to `text` / `explanation`. */
type ShardOption = Omit<Question['options'][number], 'html' | 'explanationHtml'> & { html?: string; explanationHtml?: string | null };
/**
 * A question in a shard: its note and tags are in the manifest, its file in the shard; with its
 * content fingerprint (`questionFingerprint`, computed at build time: starting an attempt then
 * hashes nothing).
 */
type ShardQuestion = Omit<Question, 'note' | 'file' | 'tags' | 'options'> & { options: ShardOption[]; fingerprint?: string };

/** The `/quiz/bank/<k>.json` file: the questions of one note. */
export interface BankShard {
  format: typeof BANK_FORMAT;
  version: typeof BANK_VERSION;
  /** {@link BankManifest.digest} of the build that wrote it. */
  digest: string;
  /** Slug of the note. */
  note: string;
  /** File of the note, relative to the content folder. */
  file: string;
  questions: ShardQuestion[];
}

/** The files of a bank: the manifest and the shards by index. */
export interface BankFiles {
  manifest: BankManifest;
  /** `shards[k]` is `/quiz/bank/<k>.json`; undefined for a note without questions. */
  shards: Array<BankShard | undefined>;
}

/** FNV-1a over UTF-16 code units, as 8 hex digits (a change detector, not a security hash). */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/**
 * Splits the published questions into the manifest and one shard per note (build side).
 *
 * @param notes every published note's slug, title and tags (any order; the manifest sorts by slug)
 * @param tags tag labels in registry order
 * @throws {Error} when a question belongs to a note that is not in `notes` (the content pipeline
 *   publishes a question only with its note).
 */
export function buildBankFiles(
  questions: readonly Question[],
  notes: ReadonlyArray<{ slug: string; title: string; tags: readonly string[] }>,
  tags: Record<string, BankTag>,
  exams: ExamBlueprint[],
): BankFiles {
  const byNote = new Map<string, Question[]>();
  for (const q of [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = byNote.get(q.note) ?? [];
    list.push(q);
    byNote.set(q.note, list);
  }
  const sorted = [...notes].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const known = new Set(sorted.map((n) => n.slug));
  for (const slug of byNote.keys()) {
    if (!known.has(slug)) throw new Error(`quiz bank: questions of note "${slug}", which is not published`);
  }
  const tagPaths: string[] = [];
  const tagIndex = new Map<string, number>();
  const refs = (list: readonly string[]): number[] =>
    list.map((t) => {
      let i = tagIndex.get(t);
      if (i === undefined) {
        i = tagPaths.length;
        tagPaths.push(t);
        tagIndex.set(t, i);
      }
      return i;
    });
  let digest = 0x811c9dc5;
  const rows: BankNoteRow[] = [];
  const shards: Array<BankShard | undefined> = [];
  for (const note of sorted) {
    const qs = byNote.get(note.slug) ?? [];
    rows.push([
      note.slug,
      note.title,
      refs(note.tags),
      qs.map((q) => {
        const id = q.id.startsWith(`${note.slug}-`) ? q.id.slice(note.slug.length) : q.id;
        return sameTags(q.tags, note.tags) ? id : [q.id, refs(q.tags)];
      }),
    ]);
    if (qs.length === 0) {
      shards.push(undefined);
      continue;
    }
    const encoded = qs.map(({ note: _n, file: _f, tags: _t, options, ...rest }) => ({
      ...rest,
      options: options.map(({ html, explanationHtml, ...o }) => ({
        ...o,
        ...(html === o.text ? {} : { html }),
        ...(explanationHtml === o.explanation ? {} : { explanationHtml }),
      })),
      fingerprint: questionFingerprint({ stem: rest.stem, options, answer: rest.answer }),
    }));
    digest = fnv1a(JSON.stringify(encoded), digest);
    shards.push({ format: BANK_FORMAT, version: BANK_VERSION, digest: '', note: note.slug, file: qs[0]!.file, questions: encoded });
  }
  const hex = digest.toString(16).padStart(8, '0');
  for (const s of shards) if (s) s.digest = hex;
  return { manifest: { format: BANK_FORMAT, version: BANK_VERSION, digest: hex, tags, exams, tagPaths, notes: rows }, shards };
}

/** A question's id, note and tags as the manifest lists them, with the shard that holds it. */
export interface ManifestQuestion {
  id: string;
  note: string;
  tags: string[];
  /** Index of the note's shard. */
  shard: number;
}

/** The questions of a manifest in its order (note by note, ids sorted within a note). */
export function manifestQuestions(manifest: BankManifest): ManifestQuestion[] {
  const out: ManifestQuestion[] = [];
  manifest.notes.forEach(([slug, , tagRefs, qs], shard) => {
    const noteTags = tagRefs.map((i) => manifest.tagPaths[i] ?? '');
    for (const q of qs) {
      if (typeof q === 'string') out.push({ id: q.startsWith('-') ? `${slug}${q}` : q, note: slug, tags: noteTags, shard });
      else out.push({ id: q[0], note: slug, tags: q[1].map((i) => manifest.tagPaths[i] ?? ''), shard });
    }
  });
  return out;
}

/**
 * The questions of a shard in full, as the core parsed them.
 * @param tagsById each question's tags (from the manifest)
 */
export function shardQuestions(shard: BankShard, tagsById: ReadonlyMap<string, readonly string[]>): Question[] {
  return shard.questions.map(({ fingerprint, ...q }) => {
    const question: Question = {
      ...q,
      note: shard.note,
      file: shard.file,
      tags: [...(tagsById.get(q.id) ?? [])],
      options: q.options.map(({ html, explanationHtml, ...o }) => ({
        ...o,
        html: html ?? o.text,
        explanationHtml: explanationHtml === undefined ? o.explanation : explanationHtml,
      })),
    };
    if (typeof fingerprint === 'string') rememberFingerprint(question, fingerprint);
    return question;
  });
}

function envelope(url: string, d: Partial<BankManifest> | Partial<BankShard> | null): void {
  if (typeof d !== 'object' || d === null || d.format !== BANK_FORMAT) {
    throw new Error(`${url}: not an emr-prep question bank (format "${String(d?.format)}") — rebuild the site`);
  }
  if (d.version !== BANK_VERSION) {
    throw new Error(`${url}: bank version ${String(d.version)}, this page reads ${BANK_VERSION} — reload the page`);
  }
}

/**
 * Checks the envelope of a fetched manifest (the questions themselves were validated by the
 * content pipeline at build time).
 *
 * @throws {Error} naming what is wrong and the fix (reload; rebuild the site) when `data` is not a
 *   bank manifest of this version.
 */
export function assertBankManifest(data: unknown, url = BANK_URL): BankManifest {
  const d = data as Partial<BankManifest> | null;
  envelope(url, d);
  if (!Array.isArray(d!.notes) || !Array.isArray(d!.tagPaths) || typeof d!.tags !== 'object' || d!.tags === null) {
    throw new Error(`${url}: notes or tags missing — rebuild the site`);
  }
  return d as BankManifest;
}

/**
 * Checks a fetched shard against the manifest it was listed in.
 *
 * @throws {Error} when `data` is not a shard of this version, or of another build (a page and a
 *   shard from two deployments): reload the page.
 */
export function assertBankShard(data: unknown, url: string, digest: string): BankShard {
  const d = data as Partial<BankShard> | null;
  envelope(url, d);
  if (d!.digest !== digest) throw new Error(`${url}: questions of another deployment of the site — reload the page`);
  if (!Array.isArray(d!.questions) || typeof d!.note !== 'string') throw new Error(`${url}: questions missing — rebuild the site`);
  return d as BankShard;
}
