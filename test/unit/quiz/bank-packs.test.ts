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
import { openBank } from '../../../src/islands/quiz/bank-client.ts';
import { bankDataFiles } from '../../../src/components/data-file-sets.ts';
import { PROJECT_ROOT } from '../../helpers/seeds.ts';

let bundled: Promise<KnowledgeBase> | null = null;
const bundledKb = () => (bundled ??= loadKnowledgeBase(path.join(PROJECT_ROOT, 'content')));
const bankOf = (kb: KnowledgeBase): BankFiles => buildBankFiles(kb.questions, kb.notes, {}, kb.exams);

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
