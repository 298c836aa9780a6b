/**
 * Random-quiz packs: `/quiz/pack/<k>.json`, k = 0 … {@link RANDOM_PACK_COUNT} − 1. Pack `k` holds,
 * in one file, the questions that "10 random questions" (every question, 10 asked,
 * `PRESETS.random` in quick-start.ts) draws with the seed {@link randomPackSeed}(k): their ids in
 * quiz order and the questions in full, grouped by note as the shards hold them.
 *
 * Why (issue 16 item 4): a random quiz drawn with a fresh seed needs the manifest before it knows
 * which questions it asks, then about 10 shards — two dependent round trips after the page's
 * script, three over HTTP/1.1 (six connections). A pack's seed is known before anything is
 * fetched, so the quiz page's head requests a pack together with the page's script and the
 * manifest (for a plain /quiz/ and a random-quiz link `/quiz/?count=10`), and the quiz page fetches
 * one file instead of ten for the quick start's "10 random questions". The draw is the engine's own (`selectByTags` over the
 * manifest's questions), so a pack quiz is exactly the quiz its seed gives anywhere else — the
 * seed is stored with the attempt and shared in links like any other.
 *
 * Variety: the quiz page takes a pack whose seed none of the student's stored attempts used, and
 * draws a fresh seed (and fetches shards) once every pack has been taken.
 *
 * Shared by the build (which writes the packs) and the islands (which read them); no DOM, no Astro.
 */
import { selectByTags } from '../../core/quiz/selection.ts';
import type { QuizSpec } from '../../core/quiz/spec.ts';
import {
  BANK_FORMAT,
  BANK_URL,
  BANK_VERSION,
  manifestQuestions,
  type BankFiles,
  type BankManifest,
  type BankShard,
  type BankTag,
  type ManifestQuestion,
} from './bank-payload.ts';

/** How many packs a build writes (10–25 KB each before gzip, 3–7 KB gzip; precached by the service worker like the shards). */
export const RANDOM_PACK_COUNT = 32;
/** Questions in a pack: the count of the quick start's "10 random questions" and of a `/quiz/?count=10` link. */
export const RANDOM_PACK_SIZE = 10;

/** The quiz seed pack `k` was drawn with (`random-1` … `random-32`: a valid seed, readable in a link). */
export function randomPackSeed(k: number): string {
  return `random-${k + 1}`;
}

/**
 * Where pack `k` is served, next to the manifest at `manifestUrl` (`/quiz/bank.json` →
 * `/quiz/pack/<k>.json`, under the site's base path).
 */
export function randomPackUrl(k: number, manifestUrl = BANK_URL): string {
  return manifestUrl.replace(/bank\.json$/, `pack/${k}.json`);
}

/** The `/quiz/pack/<k>.json` file. */
export interface BankPack {
  format: typeof BANK_FORMAT;
  version: typeof BANK_VERSION;
  /** {@link BankManifest.digest} of the build that wrote it. */
  digest: string;
  /** The seed that draws these questions ({@link randomPackSeed}). */
  seed: string;
  /** The drawn question ids, in quiz order. */
  questionIds: string[];
  /**
   * The drawn questions by note: `[k, shard]`, where `k` is the note's shard index in the manifest
   * and `shard` is `/quiz/bank/<k>.json` with only the drawn questions of that note.
   */
  notes: Array<[k: number, shard: BankShard]>;
  /**
   * What the quiz page needs of the manifest for these questions, so that a random-quiz link can
   * start from the pack alone while the manifest still downloads: each drawn question's id, note,
   * tags and shard (as {@link manifestQuestions} lists them), in quiz order…
   */
  index: ManifestQuestion[];
  /** …the titles of their notes, by slug… */
  titles: Record<string, string>;
  /** …the labels of their tags and of those tags' ancestors, by path… */
  tags: Record<string, BankTag>;
  /** …and how many questions the whole bank holds (the builder's "10 of N"). */
  bankSize: number;
}

/**
 * The packs of a bank (build side): pack `k` is the random quiz of seed {@link randomPackSeed}(k),
 * drawn by `selectByTags` over {@link manifestQuestions} of the manifest — the index the quiz page
 * draws from — so a page that draws that seed asks exactly the pack's questions. Empty when the
 * bank has no question.
 */
export function buildRandomPacks(bank: BankFiles): BankPack[] {
  const refs = manifestQuestions(bank.manifest);
  if (refs.length === 0) return [];
  const index = new Map(refs.map((q) => [q.id, q]));
  const packs: BankPack[] = [];
  for (let k = 0; k < RANDOM_PACK_COUNT; k++) {
    const seed = randomPackSeed(k);
    const { questionIds } = selectByTags(index, { tags: [], notes: [], count: RANDOM_PACK_SIZE, seed });
    const byShard = new Map<number, Set<string>>();
    for (const id of questionIds) {
      const shard = index.get(id)!.shard;
      const ids = byShard.get(shard) ?? new Set<string>();
      ids.add(id);
      byShard.set(shard, ids);
    }
    const notes: BankPack['notes'] = [...byShard]
      .sort(([a], [b]) => a - b)
      .map(([shard, ids]) => {
        const full = bank.shards[shard]!;
        return [shard, { ...full, questions: full.questions.filter((q) => ids.has(q.id)) }];
      });
    const drawn = questionIds.map((id) => index.get(id)!);
    const slugs = new Set(drawn.map((q) => q.note));
    const titles = Object.fromEntries(bank.manifest.notes.filter(([slug]) => slugs.has(slug)).map(([slug, title]) => [slug, title]));
    const paths = new Set(drawn.flatMap((q) => q.tags.flatMap((t) => t.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/')))));
    const tags = Object.fromEntries(Object.entries(bank.manifest.tags).filter(([path]) => paths.has(path)));
    packs.push({
      format: BANK_FORMAT,
      version: BANK_VERSION,
      digest: bank.manifest.digest,
      seed,
      questionIds,
      notes,
      index: drawn,
      titles,
      tags,
      bankSize: refs.length,
    });
  }
  return packs;
}

/**
 * "10 random questions" with no seed yet (`PRESETS.random` in quick-start.ts, a random-quiz link
 * `/quiz/?count=10`): a quiz a random-quiz pack can serve.
 */
export function isRandomPackSpec(spec: QuizSpec): boolean {
  const { source } = spec;
  return (
    source.kind === 'tags' && source.tags.length === 0 && source.notes.length === 0 && spec.count === RANDOM_PACK_SIZE && spec.seed === null
  );
}

/**
 * Checks a fetched pack, and that it belongs to the manifest of the page when that is given (a pack
 * taken before the manifest has arrived is checked against it when it does: quiz-page.ts).
 *
 * @throws {Error} naming the URL and what is wrong (not a pack of this version; a pack of another
 *   build, i.e. a page and a pack from two deployments). The quiz page then fetches the shards.
 */
export function assertBankPack(data: unknown, url: string, manifest: Pick<BankManifest, 'digest'> | null): BankPack {
  const d = data as Partial<BankPack> | null;
  if (typeof d !== 'object' || d === null || d.format !== BANK_FORMAT || d.version !== BANK_VERSION) {
    throw new Error(`${url}: not a question pack of this site version — reload the page`);
  }
  if (manifest && d.digest !== manifest.digest) throw new Error(`${url}: questions of another deployment of the site — reload the page`);
  const listed = (v: unknown) => Array.isArray(v);
  const record = (v: unknown) => typeof v === 'object' && v !== null;
  if (
    !listed(d.questionIds) ||
    !listed(d.notes) ||
    !listed(d.index) ||
    typeof d.seed !== 'string' ||
    typeof d.digest !== 'string' ||
    !record(d.titles) ||
    !record(d.tags) ||
    typeof d.bankSize !== 'number'
  ) {
    throw new Error(`${url}: questions missing — rebuild the site`);
  }
  return d as BankPack;
}
