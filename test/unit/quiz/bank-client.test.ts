/**
 * How the quiz page fetches the questions a quiz asks (src/islands/quiz/bank-client.ts): one shard
 * per note, all of a quiz's shards requested at once up to {@link AT_ONCE} (issue 16). Until
 * 4 December 2026 a quiz of more than 24 notes was fetched 6 shards at a time by the page's script:
 * a tag's quiz of 88 notes took ~15 round trips on a slow phone, over HTTP/2 as well.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBankFiles, manifestQuestions, type BankFiles } from '../../../src/islands/quiz/bank-payload.ts';
import { AT_ONCE, openBank } from '../../../src/islands/quiz/bank-client.ts';
import { bankDataFiles } from '../../../src/components/data-file-sets.ts';
import { generateNote, registryYaml } from '../../../bench/corpus.ts';
import { kbFromFiles } from '../../helpers/kb.ts';

afterEach(() => vi.unstubAllGlobals());

/** The bank of `count` generated notes, as the build writes it. */
function generatedBank(count: number): BankFiles {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) {
    const note = generateNote(i, count);
    files[note.file] = note.text;
  }
  const kb = kbFromFiles(files, registryYaml());
  return buildBankFiles(
    kb.questions,
    kb.notes,
    Object.fromEntries(kb.tags.map((t) => [t.path, { ko: t.label.ko, en: t.label.en }])),
    kb.exams,
  );
}

/**
 * A fetch serving the bank whose shard responses wait until `release()`; it counts the shard
 * requests made and the most in flight at once.
 */
function gatedServer(bank: BankFiles) {
  const files = new Map<string, string>([['/quiz/bank.json', JSON.stringify(bank.manifest)]]);
  for (const f of bankDataFiles(bank)) files.set(`/${f.path}`, f.body);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const seen = { requested: [] as string[], inFlight: 0, maxInFlight: 0 };
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files.get(url);
    if (url.includes('/quiz/bank/')) {
      seen.requested.push(url);
      seen.inFlight += 1;
      seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
      await gate;
      seen.inFlight -= 1;
    }
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return { seen, release: () => open() };
}

/** Lets every pending promise callback and timer of this turn run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loading the questions of a quiz', () => {
  /** A bank of `notes` notes behind a server that holds every shard until released, opened. */
  async function gatedQuiz(notes: number) {
    const bank = generatedBank(notes);
    const { seen, release } = gatedServer(bank);
    const loaded = await openBank();
    const ids = manifestQuestions(bank.manifest).map((q) => q.id);
    const shards = new Set(manifestQuestions(bank.manifest).map((q) => q.shard)).size;
    return { seen, release, loaded, ids, shards };
  }

  it("requests every shard of a tag's quiz at once, before any has arrived", async () => {
    const { seen, release, loaded, ids, shards } = await gatedQuiz(90);
    expect(shards).toBeGreaterThan(24);
    expect(shards).toBeLessThanOrEqual(AT_ONCE);
    const loading = loaded.load(ids);
    await settle();
    expect(seen.requested).toHaveLength(shards);
    release();
    await loading;
    expect([...loaded.bank.keys()].sort()).toEqual([...ids].sort());
    expect(new Set(seen.requested).size).toBe(shards);
  });

  it(`keeps at most ${AT_ONCE} requests in flight for the whole bank, and loads every question once`, async () => {
    const { seen, release, loaded, ids, shards } = await gatedQuiz(AT_ONCE + 40);
    expect(shards).toBeGreaterThan(AT_ONCE);
    const loading = loaded.load(ids);
    await settle();
    expect(seen.requested).toHaveLength(AT_ONCE);
    release();
    await loading;
    expect(seen.maxInFlight).toBe(AT_ONCE);
    expect(seen.requested).toHaveLength(shards);
    expect(new Set(seen.requested).size).toBe(shards);
    expect(loaded.bank.size).toBe(ids.length);
  });
});
