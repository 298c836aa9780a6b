/**
 * The site's question bank files (the manifest `/quiz/bank.json` and one shard per note under
 * `/quiz/bank/`), built from the knowledge base by `buildBankFiles` (src/islands/quiz/bank-payload.ts).
 * In `astro build` they are built once and shared by the two routes; in `astro dev` on every call,
 * as content changes.
 */
import { allExams, allNotes, allQuestions, allTags } from './data.ts';
import { byRegistryOrder } from '../core/graph/schema.ts';
import { buildBankFiles, type BankFiles } from '../islands/quiz/bank-payload.ts';

let built: Promise<BankFiles> | null = null;

/** The bank files of the current content (deterministic: same content, same files). */
export function siteQuizBank(): Promise<BankFiles> {
  if (import.meta.env.DEV) return buildSiteQuizBank();
  return (built ??= buildSiteQuizBank());
}

/**
 * Lets go of the bank built for this build (called once its shards are written, at the end of
 * `astro build`; issue 16 item 6). A later call of {@link siteQuizBank} builds it again.
 */
export function forgetSiteQuizBank(): void {
  built = null;
}

async function buildSiteQuizBank(): Promise<BankFiles> {
  const [questions, notes, tags, exams] = await Promise.all([allQuestions(), allNotes(), allTags(), allExams()]);
  return buildBankFiles(
    questions,
    notes,
    Object.fromEntries(tags.sort(byRegistryOrder).map((t) => [t.path, { ko: t.label.ko, en: t.label.en }])),
    exams,
  );
}
