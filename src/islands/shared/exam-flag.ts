/**
 * Whether a timed exam is running on this page. The quiz island sets it while a timed attempt is
 * open; the service-worker update prompt (src/islands/pwa/update-prompt.ts) waits until it clears,
 * so a student is never asked to reload in the middle of an exam.
 */

/** Event dispatched on `document` when the flag changes (detail: the new boolean). */
export const EXAM_STATE_EVENT = 'emr-prep:exam-state';

/** Marks a timed exam as running (or finished) on this page. */
export function setExamRunning(running: boolean): void {
  if (running) document.documentElement.dataset.examRunning = '1';
  else delete document.documentElement.dataset.examRunning;
  document.dispatchEvent(new CustomEvent(EXAM_STATE_EVENT, { detail: running }));
}

/** True while a timed exam is running on this page. */
export function isExamRunning(): boolean {
  return document.documentElement.dataset.examRunning === '1';
}
