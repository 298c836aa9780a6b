/**
 * Loads the question bank for the islands: the manifest (`/quiz/bank.json`) once per page, and the
 * questions themselves per note (`/quiz/bank/<k>.json`) when a quiz asks them (issue 16: at 1,000
 * notes the quiz page fetches about 20 KB gzip of manifest and ~1 KB per question asked instead of a
 * 300 KB bank). Each shard is fetched at most once per page.
 */
import { questionBank, type QuestionBank, type QuestionIndex } from '../../core/quiz/bank.ts';
import type { Attempt } from '../../core/quiz/model.ts';
import {
  assertBankManifest,
  assertBankShard,
  BANK_URL,
  bankShardUrl,
  manifestQuestions,
  shardQuestions,
  type BankManifest,
  type BankTag,
  type ManifestQuestion,
} from './bank-payload.ts';
import { assertBankPack, type BankPack } from './bank-packs.ts';
import type { ExamBlueprint } from '../../core/exams/schema.ts';
import type { Question } from '../../core/questions/schema.ts';

/** The bank as the islands use it. */
export interface LoadedBank {
  /**
   * The questions loaded so far, in full, by id (the engine's {@link QuestionBank}: attempts,
   * grading and presentation read it). {@link fetchBank} loads every question; {@link openBank}
   * none until {@link LoadedBank.load} or {@link LoadedBank.usePack} is called. The map grows in
   * place as shards and packs arrive.
   */
  bank: QuestionBank;
  /** Every published question's id, note and tags (choosing a quiz, drawing an exam, progress). */
  index: QuestionIndex;
  /** Note titles by slug. */
  notes: Record<string, string>;
  /** Tag labels by path, in registry (`tags.yml`) order. */
  tags: Record<string, BankTag>;
  /** Mock-exam blueprints by id, in id order. */
  exams: Map<string, ExamBlueprint>;
  /**
   * false for the bank of one random-quiz pack ({@link packBank}): {@link LoadedBank.index},
   * `notes` and `tags` then hold the pack's questions only, and the pack is in {@link LoadedBank.pack}.
   * Only the pack's own quiz may be drawn from it; the page waits for the manifest for anything else.
   */
  complete: boolean;
  /** The build's question digest ({@link BankManifest.digest}; a pack's own for {@link packBank}). */
  digest: string;
  /** The pack an incomplete bank was made of; null for a bank opened from the manifest. */
  pack: BankPack | null;
  /**
   * Loads the questions with these ids into {@link LoadedBank.bank} (the shards of their notes; up
   * to {@link AT_ONCE} requested at once — the browser queues what its connections cannot take yet
   * and starts each as soon as one frees, without waiting for this page's script — and the next as
   * each arrives); ids the manifest does not list are ignored (the engine reports such
   * items as missing), ids already loaded are not fetched again, and a pack being taken
   * ({@link LoadedBank.usePack}) is waited for first.
   * @throws {Error} with a readable message when a shard cannot be fetched or is of another build.
   */
  load(ids: Iterable<string>): Promise<void>;
  /**
   * Takes the questions of a random-quiz pack (src/islands/quiz/bank-packs.ts) into
   * {@link LoadedBank.bank}. Until it settles, {@link LoadedBank.load} waits for it and then fetches
   * only the questions it did not bring, so a quiz drawn with the pack's seed costs one file.
   * @param data the pack's JSON when its download already started (the quiz page's head; resolving
   *   to null when that download failed); omitted: fetched now from `url`.
   * @returns the pack, or null when it could not be fetched or is not a pack of this build (the
   *   questions then come from the shards; nothing is thrown).
   */
  usePack(url: string, data?: Promise<unknown>): Promise<BankPack | null>;
  /**
   * Takes into {@link LoadedBank.bank} the questions `other` has loaded and this bank has not (the
   * manifest's bank replacing a random-quiz pack's: a quiz started from the pack asks them).
   */
  adopt(other: LoadedBank): void;
}

/** {@link LoadedBank.adopt} for the map `bank`. */
function adopter(bank: Map<string, Question>): LoadedBank['adopt'] {
  return (other) => {
    for (const q of other.bank.values()) if (!bank.has(q.id)) bank.set(q.id, q);
  };
}

/**
 * Shard requests in flight at most (a 10-question quiz asks up to 10 notes, a tag's quiz or a mock
 * exam up to a hundred, the whole bank a thousand). Over HTTP/1.1 the browser runs 6 at a time and
 * starts the rest as connections free, with no round trip through the page's script; over HTTP/2
 * (GitHub Pages, CloudFront) they share one connection, which hosts let carry 100 or more requests at
 * once (the browser holds back any beyond the host's limit). Until 4 December 2026 this script sent
 * more than 24 shards 6 at a time: on the slow-phone profile a tag's quiz of 132 questions (88
 * shards) waited ~15 round trips of 562.5 ms, HTTP/2 or not (issue 16).
 */
export const AT_ONCE = 100;

/**
 * The manifest's download started by the page's head before its script loaded (the quiz page,
 * src/pages/quiz/index.astro): `data` is the parsed JSON, or null when the request failed.
 */
interface EarlyManifest {
  url: string;
  data: Promise<unknown>;
}

/**
 * The random-quiz pack whose download the quiz page's head started (for a plain /quiz/ and a
 * random-quiz link `/quiz/?count=10`): its URL, its seed, and its parsed JSON (null when the
 * request failed).
 */
export interface EarlyPack {
  url: string;
  seed: string;
  data: Promise<unknown>;
}

declare global {
  interface Window {
    /** Set by the quiz page's head; taken (and cleared) by the first {@link openBank} of `url`. */
    __emrPrepBank?: EarlyManifest;
    /** Set by the quiz page's head (plain /quiz/, random-quiz link); taken (and cleared) by {@link takeEarlyPack}. */
    __emrPrepPack?: EarlyPack;
  }
}

/**
 * The pack the page's head started to download, once per page; null when there is none, or when
 * `accept` refuses it (it is then left for a later call).
 */
export function takeEarlyPack(accept: (pack: EarlyPack) => boolean = () => true): EarlyPack | null {
  const early = typeof window === 'undefined' ? undefined : window.__emrPrepPack;
  if (!early || !accept(early)) return null;
  window.__emrPrepPack = undefined;
  return early;
}

/** The early download of `url`'s manifest, once per page; null when there is none or it failed. */
async function earlyManifest(url: string): Promise<unknown> {
  const early = typeof window === 'undefined' ? undefined : window.__emrPrepBank;
  if (!early || early.url !== url) return null;
  window.__emrPrepBank = undefined;
  return early.data;
}

/** @throws {Error} naming the URL and the HTTP status. */
async function fetchManifest(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The parsed JSON at `url`, or null when it cannot be fetched (HTTP error, offline) or parsed. */
function fetchJsonOrNull(url: string): Promise<unknown> {
  return fetch(url, { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
}

/**
 * Fetches the manifest; the questions are loaded on demand with {@link LoadedBank.load}.
 *
 * @param preload ids to load before the promise resolves (e.g. {@link attemptQuestionIds}).
 * @throws {Error} with a readable message (HTTP status, or what is wrong with the file).
 */
export async function openBank(options: { url?: string; preload?: Iterable<string> } = {}): Promise<LoadedBank> {
  const url = options.url ?? BANK_URL;
  const manifest = assertBankManifest((await earlyManifest(url)) ?? (await fetchManifest(url)), url);
  const refs = manifestQuestions(manifest);
  const index = new Map<string, ManifestQuestion>(refs.map((q) => [q.id, q]));
  const tagsById = new Map(refs.map((q) => [q.id, q.tags]));
  const bank = new Map<string, Question>();
  const shards = new Map<number, Promise<void>>();

  function loadShard(k: number): Promise<void> {
    let pending = shards.get(k);
    if (!pending) {
      const shardUrl = bankShardUrl(k, url);
      pending = fetch(shardUrl, { credentials: 'same-origin' }).then(async (r) => {
        if (!r.ok) throw new Error(`${shardUrl}: HTTP ${r.status}`);
        const shard = assertBankShard(await r.json(), shardUrl, manifest.digest);
        for (const q of shardQuestions(shard, tagsById)) bank.set(q.id, q);
      });
      // A failed shard may be asked again (a flaky network), not cached as failed.
      pending.catch(() => shards.delete(k));
      shards.set(k, pending);
    }
    return pending;
  }

  /** Packs being taken: {@link load} waits for them before it fetches shards. */
  const packs = new Set<Promise<unknown>>();
  function usePack(packUrl: string, data: Promise<unknown> = fetchJsonOrNull(packUrl)): Promise<BankPack | null> {
    const taking = data
      .then((d) => {
        if (d === null) return null;
        const pack = assertBankPack(d, packUrl, manifest);
        for (const [, shard] of pack.notes) for (const q of shardQuestions(shard, tagsById)) bank.set(q.id, q);
        return pack;
      })
      .catch(() => null);
    packs.add(taking);
    void taking.finally(() => packs.delete(taking));
    return taking;
  }

  async function load(ids: Iterable<string>): Promise<void> {
    if (packs.size > 0) await Promise.all(packs);
    const missing = [...ids].filter((id) => !bank.has(id));
    const wanted = [...new Set(missing.map((id) => index.get(id)?.shard).filter((k): k is number => k !== undefined))];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < wanted.length) await loadShard(wanted[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(wanted.length, AT_ONCE) }, worker));
  }

  const loaded: LoadedBank = {
    bank,
    index,
    notes: Object.fromEntries(manifest.notes.map(([slug, title]) => [slug, title])),
    tags: manifest.tags,
    exams: new Map([...(manifest.exams ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => [e.id, e])),
    complete: true,
    digest: manifest.digest,
    pack: null,
    load,
    usePack,
    adopt: adopter(bank),
  };
  if (options.preload) await load(options.preload);
  return loaded;
}

/**
 * The bank of one random-quiz pack, before the manifest has arrived (a random-quiz link
 * `/quiz/?count=10` on a slow phone: the pack's ~5 KB gzip come with the page's script, the
 * manifest's ~27 KB at 1,000 notes after them, so the first question waits for neither the
 * manifest's bytes nor its parsing; issue 16 item 4). Its index, titles and tags are the pack's, and
 * it holds every question it indexes: `load` fetches nothing (an id it does not hold is reported
 * missing by the engine, as with the manifest's bank), `usePack` takes nothing.
 *
 * @returns null when `data` is null (the download failed) or not a pack of this version: the page
 *   then waits for the manifest.
 */
export async function packBank(url: string, data: Promise<unknown>): Promise<LoadedBank | null> {
  let pack: BankPack;
  try {
    pack = assertBankPack(await data, url, null);
  } catch {
    return null;
  }
  const tagsById = new Map(pack.index.map((q) => [q.id, q.tags]));
  const bank = new Map<string, Question>();
  for (const [, shard] of pack.notes) for (const q of shardQuestions(shard, tagsById)) bank.set(q.id, q);
  return {
    bank,
    index: new Map(pack.index.map((q) => [q.id, q])),
    notes: { ...pack.titles },
    tags: pack.tags,
    exams: new Map(),
    complete: false,
    digest: pack.digest,
    pack,
    load: async () => undefined,
    usePack: async () => null,
    adopt: adopter(bank),
  };
}

/**
 * Fetches the manifest and every question (one request per note that has questions): for pages that
 * need the whole bank. A quiz should use {@link openBank} and load what it asks.
 *
 * @throws {Error} with a readable message (HTTP status, or what is wrong with a file).
 */
export async function fetchBank(url = BANK_URL): Promise<LoadedBank> {
  const loaded = await openBank({ url });
  await loaded.load(loaded.index.keys());
  // Duplicate ids were refused by the content pipeline; indexing again keeps the engine's check.
  questionBank([...loaded.bank.values()]);
  return loaded;
}

/**
 * The questions a page must have before it settles or shows stored attempts: every item of the
 * attempts still in progress (a deadline may pass and grade them) and of the attempt `open`, if given.
 */
export function attemptQuestionIds(attempts: Readonly<Record<string, Attempt>>, open?: string | null): string[] {
  return Object.values(attempts)
    .filter((a) => a.status === 'in-progress' || a.id === open)
    .flatMap((a) => a.items.map((i) => i.questionId));
}

/** A tag's label for display: `Korean · English` (or the raw path when the bank does not know it). */
export function tagLabel(tags: Record<string, BankTag>, path: string): string {
  const t = tags[path];
  if (!t) return path;
  return t.en && t.en !== t.ko ? `${t.ko} · ${t.en}` : t.ko;
}

/** A tag's short label (Korean only) for chart rows. */
export function tagShortLabel(tags: Record<string, BankTag>, path: string): string {
  return tags[path]?.ko ?? path;
}
