/**
 * Short descriptions of attempts for headings, history rows and links: where the questions came
 * from, the mode, and the link that resumes or shows an attempt.
 */
import type { Attempt, QuizMode, QuizSource } from '../../core/quiz/model.ts';
import type { BankTag } from './bank-payload.ts';
import { withBase } from '../../components/links.ts';
import type { TagLabel } from '../../core/graph/schema.ts';
import { tagName, textIn, tr } from './text.ts';

/** `/quiz/?attempt=<id>`: resumes an attempt in progress, or shows its results. */
export function attemptHref(id: string): string {
  return withBase(`/quiz/?attempt=${encodeURIComponent(id)}`);
}

/** "Practice" or "Exam", in the page's language. */
export function modeLabel(mode: QuizMode): string {
  return tr(mode === 'exam' ? 'quiz.mode.exam' : 'quiz.mode.practice');
}

/**
 * Where an attempt's questions came from, in words: the tags and notes, "all questions", a retry
 * of an earlier attempt, or the due review cards.
 */
export function describeSource(
  source: QuizSource,
  labels: { tags: Record<string, BankTag>; notes: Record<string, string>; exams?: ReadonlyMap<string, { title: TagLabel }> } | null,
): string {
  switch (source.kind) {
    case 'tags': {
      const parts = [
        ...source.tags.map((t) => (labels ? tagName(labels.tags, t) : t)),
        ...source.notes.map((n) => (labels?.notes[n] ? `“${labels.notes[n]}”` : n)),
      ];
      return parts.length === 0 ? tr('quiz.source.all') : parts.join(', ');
    }
    case 'retry-wrong':
      return tr('quiz.source.retryWrong');
    case 'retry-flagged':
      return tr('quiz.source.retryFlagged');
    case 'due':
      return tr('quiz.source.due');
    case 'exam':
      return textIn(labels?.exams?.get(source.exam)?.title ?? { ko: source.exam, en: source.exam });
  }
}

/** How many items of an attempt have an answer. */
export function answeredCount(attempt: Attempt): number {
  return attempt.items.filter((i) => i.selected.length > 0).length;
}

/** A fresh attempt id: 16 random bytes in hex (works without a secure context, unlike `randomUUID`). */
export function newAttemptId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
