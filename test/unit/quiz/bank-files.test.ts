/**
 * The question bank as files (issue 16): a small manifest and one shard per note. What the quiz page
 * reads back from them must be exactly the questions the content pipeline published — the same
 * stems, options, keys and explanations, the same tags — or a student would be graded on something
 * else than the note says.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadKnowledgeBase } from '../../../src/core/kb/reader.ts';
import type { KnowledgeBase } from '../../../src/core/kb/schema.ts';
import type { Question } from '../../../src/core/questions/schema.ts';
import {
  assertBankShard,
  buildBankFiles,
  manifestQuestions,
  shardQuestions,
  type BankFiles,
} from '../../../src/islands/quiz/bank-payload.ts';
import { questionFingerprint } from '../../../src/core/quiz/fingerprint.ts';
import { HAVE_SEEDS, PROJECT_ROOT, SEEDS_DIR } from '../../helpers/seeds.ts';

function files(kb: KnowledgeBase): BankFiles {
  return buildBankFiles(kb.questions, kb.notes, {}, kb.exams);
}

/** Every question as the browser reads it back: manifest refs + every shard, through JSON. */
function readBack(bank: BankFiles): Map<string, Question> {
  const wire = JSON.parse(JSON.stringify(bank)) as BankFiles;
  const refs = manifestQuestions(wire.manifest);
  const tags = new Map(refs.map((q) => [q.id, q.tags]));
  const out = new Map<string, Question>();
  for (const ref of refs) {
    const shard = wire.shards[ref.shard];
    expect(shard, `shard ${ref.shard} of ${ref.id}`).toBeDefined();
    for (const q of shardQuestions(assertBankShard(shard, `${ref.shard}.json`, wire.manifest.digest), tags)) out.set(q.id, q);
  }
  return out;
}

function expectSameQuestions(kb: KnowledgeBase): void {
  const bank = files(kb);
  const back = readBack(bank);
  expect(back.size).toBe(kb.questions.length);
  for (const q of kb.questions) expect(back.get(q.id), q.id).toEqual(q);
  // The manifest lists every question with its note and tags (what choosing a quiz reads).
  const refs = manifestQuestions(bank.manifest);
  expect(refs.map((r) => [r.id, r.note, r.tags]).sort()).toEqual(kb.questions.map((q) => [q.id, q.note, q.tags]).sort());
}

let bundled: Promise<KnowledgeBase> | null = null;
const bundledKb = () => (bundled ??= loadKnowledgeBase(path.join(PROJECT_ROOT, 'content')));

describe('quiz bank files', () => {
  it('give back every bundled question exactly as published', async () => {
    expectSameQuestions(await bundledKb());
  });

  it.skipIf(!HAVE_SEEDS)("give back every question of the owner's seed notes exactly", async () => {
    expectSameQuestions(await loadKnowledgeBase(SEEDS_DIR));
  });

  it('keep explicit ids, per-question tags and option HTML that differs from the text', async () => {
    const kb = await bundledKb();
    const [first, second] = kb.questions;
    const edited: Question[] = [
      {
        ...first!,
        id: 'explicit-id',
        tags: ['only/this'],
        options: first!.options.map((o, i) => (i === 0 ? { ...o, html: `<code>${o.text}</code>`, explanationHtml: '<p>x</p>' } : o)),
      },
      second!,
    ];
    const bank = buildBankFiles(edited, kb.notes, {}, []);
    const back = readBack(bank);
    expect(back.get('explicit-id')).toEqual(edited[0]);
    expect(back.get(second!.id)).toEqual(second);
  });

  it('leave the questions out of the manifest (a quiz fetches only the notes it asks)', async () => {
    const kb = await bundledKb();
    const manifest = JSON.stringify(files(kb).manifest);
    const q = kb.questions[0]!;
    expect(manifest).not.toContain(JSON.stringify(q.stem).slice(1, -1));
    expect(manifest).not.toContain(JSON.stringify(q.options[0]!.text).slice(1, -1));
  });

  it("ship each question's content fingerprint, so starting an attempt in the browser hashes nothing", async () => {
    const kb = await bundledKb();
    const bank = files(kb);
    const published = new Map(kb.questions.map((q) => [q.id, q]));
    const wire = JSON.parse(JSON.stringify(bank)) as BankFiles;
    const tags = new Map(manifestQuestions(wire.manifest).map((q) => [q.id, q.tags]));
    for (const shard of wire.shards) {
      if (!shard) continue;
      for (const shipped of shard.questions) expect(shipped.fingerprint).toBe(questionFingerprint(published.get(shipped.id)!));
      // The shipped value is what the engine then uses (a forged one shows it is not recomputed).
      const forged = { ...shard, questions: shard.questions.map((q) => ({ ...q, fingerprint: '0123456789abcdef' })) };
      for (const q of shardQuestions(forged, tags)) {
        expect(questionFingerprint(q)).toBe('0123456789abcdef');
        expect(q).not.toHaveProperty('fingerprint');
      }
    }
  });

  it('refuse a shard of another build with the fix (reload)', async () => {
    const kb = await bundledKb();
    const { shards } = files(kb);
    const shard = shards.find((s) => s !== undefined);
    expect(() => assertBankShard(shard, '/quiz/bank/3.json', 'deadbeef')).toThrow(/another deployment.*reload the page/);
    expect(() => assertBankShard({ format: 'x' }, '/quiz/bank/3.json', 'deadbeef')).toThrow(/not an emr-prep question bank/);
  });

  it('refuse questions of a note that is not published', async () => {
    const kb = await bundledKb();
    expect(() =>
      buildBankFiles(
        kb.questions,
        kb.notes.slice(1).filter((n) => n.slug !== kb.questions[0]!.note),
        {},
        [],
      ),
    ).toThrow(/not published/);
  });
});
