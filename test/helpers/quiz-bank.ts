/**
 * Reads the question bank a built site serves, for e2e tests that need answer keys: the manifest
 * `/quiz/bank.json` and every shard `/quiz/bank/<k>.json` (shape: src/islands/quiz/bank-payload.ts).
 */
import type { APIRequestContext } from '@playwright/test';

/** A question as a test needs it: id, note, answer key and option letters. */
export interface ServedQuestion {
  id: string;
  note: string;
  answer: string[];
  options: Array<{ letter: string }>;
}

type Row = [string, string, number[], Array<string | [string, number[]]>];

/**
 * Every question the site serves, by id.
 * @param base the site's base path (`/` or `/emr-prep/`)
 * @throws Error when a bank file is missing or not a bank file.
 */
export async function servedQuestions(request: APIRequestContext, base = '/'): Promise<Map<string, ServedQuestion>> {
  const manifestResponse = await request.get(`${base}quiz/bank.json`);
  if (!manifestResponse.ok()) throw new Error(`${base}quiz/bank.json: HTTP ${manifestResponse.status()}`);
  const manifest = (await manifestResponse.json()) as { notes: Row[] };
  const shards = await Promise.all(
    manifest.notes.map(async ([, , , qs], k) => {
      if (qs.length === 0) return [];
      const response = await request.get(`${base}quiz/bank/${k}.json`);
      if (!response.ok()) throw new Error(`${base}quiz/bank/${k}.json: HTTP ${response.status()}`);
      const shard = (await response.json()) as { note: string; questions: Array<Omit<ServedQuestion, 'note'>> };
      return shard.questions.map((q) => ({ ...q, note: shard.note }));
    }),
  );
  return new Map(shards.flat().map((q) => [q.id, q]));
}
