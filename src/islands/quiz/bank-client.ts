/**
 * Fetches the question bank (`/quiz/bank.json`) once per page and indexes it for the engine.
 */
import { questionBank, type QuestionBank } from '../../core/quiz/index.ts';
import { assertBankPayload, BANK_URL, type BankTag } from './bank-payload.ts';
import type { ExamBlueprint } from '../../core/exams/schema.ts';

/** The bank as the islands use it. */
export interface LoadedBank {
  /** Published questions by id (the engine's {@link QuestionBank}). */
  bank: QuestionBank;
  /** Note titles by slug. */
  notes: Record<string, string>;
  /** Tag labels by path, in registry (`tags.yml`) order. */
  tags: Record<string, BankTag>;
  /** Mock-exam blueprints by id, in id order. */
  exams: Map<string, ExamBlueprint>;
}

/**
 * Fetches and indexes the bank.
 *
 * @throws {Error} with a readable message (HTTP status, or what is wrong with the file).
 */
export async function fetchBank(url = BANK_URL): Promise<LoadedBank> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const payload = assertBankPayload(await response.json());
  return {
    bank: questionBank(payload.questions),
    notes: payload.notes,
    tags: payload.tags,
    exams: new Map((payload.exams ?? []).map((e) => [e.id, e])),
  };
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
