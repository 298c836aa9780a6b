/**
 * `/quiz/bank.json`: every published question, note titles and tag labels, built once at build time
 * and fetched by the quiz islands (never inlined in the HTML). Shape: {@link BankPayload}.
 */
import type { APIRoute } from 'astro';
import { allExams, allNotes, allQuestions, allTags } from '../../components/data.ts';
import { byRegistryOrder } from '../../core/graph/schema.ts';
import { BANK_FORMAT, BANK_VERSION, type BankPayload } from '../../islands/quiz/bank-payload.ts';

export const GET: APIRoute = async () => {
  const [questions, notes, tags, exams] = await Promise.all([allQuestions(), allNotes(), allTags(), allExams()]);
  const payload: BankPayload = {
    format: BANK_FORMAT,
    version: BANK_VERSION,
    questions: [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    notes: Object.fromEntries(notes.map((n) => [n.slug, n.title])),
    tags: Object.fromEntries(tags.sort(byRegistryOrder).map((t) => [t.path, { ko: t.label.ko, en: t.label.en }])),
    exams,
  };
  return new Response(JSON.stringify(payload), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
