/**
 * The question bank as the browser receives it: a static JSON file built at build time
 * (`/quiz/bank.json`, see `src/pages/quiz/bank.json.ts`) and fetched by the quiz islands, so the
 * quiz page's HTML never inlines the questions.
 *
 * Shared by the endpoint (which builds it) and the islands (which read it); no DOM, no Astro.
 */
import type { Question } from '../../core/questions/schema.ts';
import type { ExamBlueprint } from '../../core/exams/schema.ts';
import { withBase } from '../../components/links.ts';

/** Marker of the bank file, so a stale or foreign file is recognised. */
export const BANK_FORMAT = 'emr-prep.quiz-bank';
/** Version of {@link BankPayload}; bump on any change of its shape. */
export const BANK_VERSION = 1;
/** Where the bank file is served (`trailingSlash: 'always'` does not apply to file endpoints). */
export const BANK_URL = withBase('/quiz/bank.json');

/** A tag's readable label (from `content/tags.yml`, or the raw path for an unregistered tag). */
export interface BankTag {
  ko: string;
  en: string;
}

/** The `/quiz/bank.json` file. */
export interface BankPayload {
  format: typeof BANK_FORMAT;
  version: typeof BANK_VERSION;
  /** Every published question (content errors never reach the bank), as the core parsed it. */
  questions: Question[];
  /** Note titles by slug (for "the note that teaches it" links). */
  notes: Record<string, string>;
  /** Tag labels by tag path, every level of the hierarchy included, in registry (`tags.yml`) order. */
  tags: Record<string, BankTag>;
  /** Mock-exam blueprints (absent in banks built before they existed). */
  exams?: ExamBlueprint[];
}

/**
 * Checks the envelope of a fetched bank (the questions themselves were validated by the content
 * pipeline at build time).
 *
 * @throws {Error} naming what is wrong and the fix (reload; rebuild the site) when `data` is not a
 *   bank of this version.
 */
export function assertBankPayload(data: unknown): BankPayload {
  const d = data as Partial<BankPayload> | null;
  if (typeof d !== 'object' || d === null || d.format !== BANK_FORMAT) {
    throw new Error(`${BANK_URL}: not an emr-prep question bank (format "${String(d?.format)}") — rebuild the site`);
  }
  if (d.version !== BANK_VERSION) {
    throw new Error(`${BANK_URL}: bank version ${String(d.version)}, this page reads ${BANK_VERSION} — reload the page`);
  }
  if (!Array.isArray(d.questions) || typeof d.notes !== 'object' || typeof d.tags !== 'object' || d.notes === null || d.tags === null) {
    throw new Error(`${BANK_URL}: questions, notes or tags missing — rebuild the site`);
  }
  return d as BankPayload;
}
