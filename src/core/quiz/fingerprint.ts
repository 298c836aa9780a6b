/**
 * Content fingerprints: a short hash of what a student is graded on — the stem, the options
 * (letter and text) and the answer key. An attempt stores each question's fingerprint; when the
 * content is edited later, a different fingerprint marks the item `changed` instead of grading the
 * old answer against a new key. Explanations, tags and markup are left out: editing a reason or
 * retagging a question does not invalidate old attempts.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { Question } from '../questions/schema.ts';

/** Unicode NFC, whitespace runs collapsed to one space, trimmed: reflowing a line is not an edit. */
function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The content fingerprint of a question.
 *
 * @returns 16 lowercase hexadecimal digits: the first 64 bits of SHA-256 over a canonical JSON of
 *   `[stem, [[letter, text], …] in authored order, sorted key letters]`, texts normalised
 *   (NFC, collapsed whitespace). Equal content gives an equal fingerprint on every machine.
 */
export function questionFingerprint(question: Pick<Question, 'stem' | 'options' | 'answer'>): string {
  const known = fingerprints.get(question);
  if (known !== undefined) return known;
  const canonical = JSON.stringify([
    normaliseText(question.stem),
    question.options.map((o) => [o.letter, normaliseText(o.text)]),
    [...question.answer].sort(),
  ]);
  const fingerprint = bytesToHex(sha256(new TextEncoder().encode(canonical))).slice(0, 16);
  fingerprints.set(question, fingerprint);
  return fingerprint;
}

/**
 * Fingerprints computed so far, by question object (questions are never changed in place: an edit
 * is a new question object), and the ones the question bank ships (src/islands/quiz/bank-payload.ts:
 * computed by {@link questionFingerprint} at build time, so a quiz page starting an attempt on a
 * slow phone does not hash every question with cold code — ~35 ms of 4× CPU for 10 questions).
 */
const fingerprints = new WeakMap<object, string>();

/**
 * Records the fingerprint {@link questionFingerprint} gave `question` elsewhere (the build, for the
 * same content), so that it is not computed again.
 */
export function rememberFingerprint(question: Pick<Question, 'stem' | 'options' | 'answer'>, fingerprint: string): void {
  fingerprints.set(question, fingerprint);
}
