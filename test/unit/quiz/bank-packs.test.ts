/**
 * Random-quiz packs (issue 16 item 4): one file holds the questions "10 random questions" asks with
 * a pack's seed. A pack must be exactly the quiz its seed draws from the manifest — the same ids in
 * the same order, the questions as published — or a student taking a pack quiz would get another
 * quiz than the one stored with the attempt (and shared by its link). And the quiz page must fetch
 * no shard for a question its pack brought, and fall back to the shards when the pack fails.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import type { KnowledgeBase } from '../../../src/core/kb/schema.ts';
import { selectByTags } from '../../../src/core/quiz/selection.ts';
import { buildBankFiles, manifestQuestions, shardQuestions, type BankFiles } from '../../../src/islands/quiz/bank-payload.ts';
import {
  assertBankPack,
  buildRandomPacks,
  RANDOM_PACK_COUNT,
  RANDOM_PACK_SIZE,
  randomPackSeed,
  randomPackUrl,
} from '../../../src/islands/quiz/bank-packs.ts';
import { openBank, packBank } from '../../../src/islands/quiz/bank-client.ts';
import { packSelection, previewFor, selectFor } from '../../../src/islands/quiz/quiz-start.ts';
import { parseQuizSpec } from '../../../src/core/quiz/spec.ts';
import { emptyState } from '../../../src/core/quiz/persistence.ts';
import { bankDataFiles } from '../../../src/components/data-file-sets.ts';
import { PROJECT_ROOT } from '../../helpers/seeds.ts';

let bundled: Promise<KnowledgeBase> | null = null;
const bundledKb = () => (bundled ??= loadKnowledgeBase(path.join(PROJECT_ROOT, 'content')));
const bankOf = (kb: KnowledgeBase): BankFiles =>
  buildBankFiles(kb.questions, kb.notes, Object.fromEntries(kb.tags.map((t) => [t.path, { ko: t.label.ko, en: t.label.en }])), kb.exams);
/** The spec of a quiz link: `/quiz/?…`. */
const specOf = (query: string) => parseQuizSpec(new URLSearchParams(query)).spec;

/** A fetch that serves the bank's files (as the build writes them) from `/quiz/`, counting requests. */
function serveBank(bank: BankFiles, fail: RegExp | null = null): string[] {
  const files = new Map<string, string>([['/quiz/bank.json', JSON.stringify(bank.manifest)]]);
  for (const f of bankDataFiles(bank)) files.set(`/${f.path}`, f.body);
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const body = files.get(url);
    if (body === undefined || fail?.test(url)) return new Response('not found', { status: 404 });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return requested;
}

afterEach(() => vi.unstubAllGlobals());

describe('random-quiz packs', () => {
  it('are each exactly the quiz of their seed, drawn from the manifest, with the questions as published', async () => {
    const kb = await bundledKb();
    const bank = bankOf(kb);
    const packs = buildRandomPacks(JSON.parse(JSON.stringify(bank)) as BankFiles);
    expect(packs).toHaveLength(RANDOM_PACK_COUNT);
    const refs = manifestQuestions(bank.manifest);
    const index = new Map(refs.map((q) => [q.id, q]));
    const tags = new Map(refs.map((q) => [q.id, q.tags]));
    const published = new Map(kb.questions.map((q) => [q.id, q]));
    for (const [k, pack] of packs.entries()) {
      expect(pack.seed).toBe(randomPackSeed(k));
      const draw = selectByTags(index, { tags: [], notes: [], count: RANDOM_PACK_SIZE, seed: pack.seed });
      expect(pack.questionIds).toEqual(draw.questionIds);
      const carried = pack.notes.flatMap(([shard, s]) => {
        // Each question sits under its own note's shard index.
        for (const q of s.questions) expect(index.get(q.id)?.shard).toBe(shard);
        return shardQuestions(s, tags);
      });
      expect(carried.map((q) => q.id).sort()).toEqual([...pack.questionIds].sort());
      for (const q of carried) expect(q).toEqual(published.get(q.id));
    }
  });

  it("carry what a quiz needs of the manifest for their questions: index, note titles, tag labels, the bank's size", async () => {
    const bank = bankOf(await bundledKb());
    const refs = new Map(manifestQuestions(bank.manifest).map((q) => [q.id, q]));
    const titles = new Map(bank.manifest.notes.map(([slug, title]) => [slug, title]));
    for (const pack of buildRandomPacks(bank)) {
      expect(pack.index).toEqual(pack.questionIds.map((id) => refs.get(id)));
      expect(pack.bankSize).toBe(refs.size);
      expect(Object.keys(pack.titles).sort()).toEqual([...new Set(pack.index.map((q) => q.note))].sort());
      for (const [slug, title] of Object.entries(pack.titles)) expect(title).toBe(titles.get(slug));
      for (const tag of pack.index.flatMap((q) => q.tags)) {
        // Every level of a question's tag, with the manifest's label (topic/a/b: topic, topic/a, topic/a/b).
        const parts = tag.split('/');
        for (let i = 1; i <= parts.length; i++) {
          const path = parts.slice(0, i).join('/');
          if (bank.manifest.tags[path]) expect(pack.tags[path]).toEqual(bank.manifest.tags[path]);
        }
      }
      expect(Object.keys(pack.tags).length).toBeLessThan(Object.keys(bank.manifest.tags).length);
    }
  });

  it('give different quizzes for different seeds', async () => {
    const packs = buildRandomPacks(bankOf(await bundledKb()));
    const quizzes = new Set(packs.map((p) => p.questionIds.join(',')));
    expect(quizzes.size).toBe(packs.length);
  });

  it('are none for a bank without questions', () => {
    expect(buildRandomPacks(buildBankFiles([], [], {}, []))).toEqual([]);
  });

  it('are refused, with the fix, when they come from another build', async () => {
    const bank = bankOf(await bundledKb());
    const [pack] = buildRandomPacks(bank);
    expect(() => assertBankPack({ ...pack, digest: '00000000' }, '/quiz/pack/0.json', bank.manifest)).toThrow(
      /\/quiz\/pack\/0\.json: questions of another deployment of the site — reload the page/,
    );
    expect(() => assertBankPack({ format: 'x' }, '/quiz/pack/0.json', bank.manifest)).toThrow(/not a question pack/);
  });
});

describe('the quiz page loader with a pack', () => {
  it("fetches no shard for the pack's questions", async () => {
    const bank = bankOf(await bundledKb());
    const requested = serveBank(bank);
    const loaded = await openBank({ url: '/quiz/bank.json' });
    const pack = await loaded.usePack(randomPackUrl(3, '/quiz/bank.json'));
    expect(pack?.seed).toBe(randomPackSeed(3));
    await loaded.load(pack!.questionIds);
    expect(requested).toEqual(['/quiz/bank.json', '/quiz/pack/3.json']);
    for (const id of pack!.questionIds) expect(loaded.bank.has(id)).toBe(true);
  });

  it('waits for a pack still downloading instead of fetching its questions twice', async () => {
    const bank = bankOf(await bundledKb());
    const requested = serveBank(bank);
    const loaded = await openBank({ url: '/quiz/bank.json' });
    const [pack] = buildRandomPacks(bank);
    let arrive!: (data: unknown) => void;
    void loaded.usePack('/quiz/pack/0.json', new Promise((resolve) => (arrive = resolve)));
    const loading = loaded.load(pack!.questionIds);
    arrive(JSON.parse(JSON.stringify(pack)));
    await loading;
    expect(requested).toEqual(['/quiz/bank.json']);
    for (const id of pack!.questionIds) expect(loaded.bank.has(id)).toBe(true);
  });

  it('loads the questions from the shards when the pack fails or is of another build', async () => {
    const bank = bankOf(await bundledKb());
    const [pack] = buildRandomPacks(bank);
    for (const data of [Promise.resolve(null), Promise.resolve({ ...pack, digest: '00000000' })]) {
      const requested = serveBank(bank);
      const loaded = await openBank({ url: '/quiz/bank.json' });
      expect(await loaded.usePack('/quiz/pack/0.json', data)).toBeNull();
      await loaded.load(pack!.questionIds);
      for (const id of pack!.questionIds) expect(loaded.bank.has(id)).toBe(true);
      expect(requested.filter((u) => u.startsWith('/quiz/bank/')).length).toBe(new Set(pack!.notes.map(([k]) => k)).size);
    }
  });
});

describe('a random-quiz link started from its pack alone (before the manifest)', () => {
  it('asks exactly the quiz the whole bank draws with the pack seed, and fetches nothing more', async () => {
    const bank = bankOf(await bundledKb());
    const requested = serveBank(bank);
    const full = await openBank({ url: '/quiz/bank.json' });
    const state = emptyState();
    for (const [k, pack] of buildRandomPacks(bank).entries()) {
      const partial = await packBank(randomPackUrl(k, '/quiz/bank.json'), Promise.resolve(JSON.parse(JSON.stringify(pack))));
      expect(partial?.complete).toBe(false);
      const spec = specOf('count=10');
      const fromPack = selectFor(spec, pack.seed, partial!, state, 0);
      const fromManifest = selectFor(spec, pack.seed, full, state, 0);
      expect(fromPack).toEqual(fromManifest);
      // The builder's preview: 10 of the whole bank's questions.
      expect(previewFor(spec, partial!, state, 0).selection?.poolSize).toBe(full.index.size);
      await partial!.load(fromPack.selection!.questionIds);
      await full.load(fromPack.selection!.questionIds);
      for (const id of pack.questionIds) expect(partial!.bank.get(id)).toEqual(full.bank.get(id));
      for (const id of pack.questionIds)
        expect(partial!.tags).toMatchObject(
          Object.fromEntries(
            full.index
              .get(id)!
              .tags.filter((t) => full.tags[t])
              .map((t) => [t, full.tags[t]]),
          ),
        );
      expect(partial!.notes).toMatchObject(
        Object.fromEntries(pack.questionIds.map((id) => [full.index.get(id)!.note, full.notes[full.index.get(id)!.note]])),
      );
    }
    // The manifest, and the shards the full bank loaded for comparison: none for the packs.
    expect(requested.filter((u) => u.includes('/pack/'))).toEqual([]);
  });

  it('starts no other quiz: a tag quiz, another count, a seed, or another pack seed wait for the manifest', async () => {
    const bank = bankOf(await bundledKb());
    const [pack] = buildRandomPacks(bank);
    const partial = (await packBank('/quiz/pack/0.json', Promise.resolve(pack)))!;
    const state = emptyState();
    vi.stubGlobal('document', { documentElement: { lang: 'ko' } });
    expect(packSelection(specOf('count=10&mode=exam'), null, partial)?.questionIds).toEqual(pack!.questionIds);
    for (const query of ['tags=service/emr&count=10', 'count=20', 'count=10&seed=week3', '']) {
      expect(packSelection(specOf(query), null, partial)).toBeNull();
      const outcome = selectFor(specOf(query), 'week3', partial, state, 0);
      expect(outcome.selection).toBeNull();
      expect(outcome.problem).toBe('문제를 불러오는 중…');
    }
    expect(selectFor(specOf('count=10'), randomPackSeed(5), partial, state, 0).selection).toBeNull();
  });

  it('is not opened from a failed download, another version, or a pack without its index', async () => {
    const bank = bankOf(await bundledKb());
    const [pack] = buildRandomPacks(bank);
    expect(await packBank('/quiz/pack/0.json', Promise.resolve(null))).toBeNull();
    expect(await packBank('/quiz/pack/0.json', Promise.resolve({ ...pack, version: 3 }))).toBeNull();
    const { index: _index, ...old } = pack!;
    expect(await packBank('/quiz/pack/0.json', Promise.resolve(old))).toBeNull();
  });

  it('hands its questions to the manifest bank that replaces it', async () => {
    const bank = bankOf(await bundledKb());
    const requested = serveBank(bank);
    const [pack] = buildRandomPacks(bank);
    const partial = (await packBank('/quiz/pack/0.json', Promise.resolve(pack)))!;
    const full = await openBank({ url: '/quiz/bank.json' });
    full.adopt(partial);
    await full.load(pack!.questionIds);
    expect(requested).toEqual(['/quiz/bank.json']);
    expect(full.digest).toBe(partial.digest);
  });
});
