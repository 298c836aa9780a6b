/**
 * The quiz status of the site header and the home page: reviews due and the attempt in progress,
 * read from the saved quiz state (src/core/quiz/status.ts) and written into the links that
 * src/components/quiz/QuizStatus.astro renders hidden, in both languages.
 */
import { readQuizStatus } from '../../core/quiz/status.ts';
import { withBase } from '../../components/links.ts';

function fill(link: HTMLAnchorElement, values: Record<string, number>): void {
  for (const span of link.querySelectorAll<HTMLElement>('[data-template]')) {
    span.textContent = (span.dataset.template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  }
}

function render(): void {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem('emr-prep:quiz:v1');
  } catch {
    raw = null;
  }
  const status = readQuizStatus(raw, Date.now());
  for (const box of document.querySelectorAll<HTMLElement>('[data-quiz-status]')) {
    const due = box.querySelector<HTMLAnchorElement>('[data-status="due"]')!;
    const resume = box.querySelector<HTMLAnchorElement>('[data-status="resume"]')!;
    due.hidden = status.due === 0;
    fill(due, { count: status.due });
    resume.hidden = status.resume === null;
    if (status.resume) {
      resume.href = withBase(`/quiz/?attempt=${encodeURIComponent(status.resume.id)}`);
      fill(resume, { answered: status.resume.answered, total: status.resume.total });
    }
    box.hidden = due.hidden && resume.hidden;
  }
}
/**
 * Fills every quiz status of the page (`[data-quiz-status]`, src/components/quiz/QuizStatus.astro)
 * from the saved quiz state, and again when another tab changes it or the page is shown again.
 */
export function startQuizStatus(): void {
  render();
  window.addEventListener('storage', render);
  window.addEventListener('pageshow', render);
}
