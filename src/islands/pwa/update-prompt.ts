/**
 * Registers the service worker (vite-plugin-pwa, `registerType: 'prompt'`) and, when a new
 * deployment is waiting, shows the update bar of src/components/pwa/UpdatePrompt.astro — unless a
 * timed exam is running, in which case the bar appears once the exam ends. "Reload" activates the
 * new service worker and reloads; "Later" hides the bar until the next page.
 */
import { registerSW } from 'virtual:pwa-register';
import { EXAM_STATE_EVENT, isExamRunning } from '../shared/exam-flag.ts';

/** Quiet time after the load event before the service worker is registered, in ms. */
export const REGISTER_DELAY_MS = 4000;

/**
 * Runs `register` once the page has loaded, {@link REGISTER_DELAY_MS} have passed and the main thread
 * is idle. On the first visit the service worker precaches the whole site (every note page, search
 * file and quiz-bank shard: megabytes); registered at once, those downloads shared the phone's slow
 * network and its 6 connections per host with what the student asked for first — the quiz's
 * questions, the search index (issue 16: a 10-question quiz on Fast 3G waited ~5 s behind them).
 */
function afterPageSettles(register: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(() => register(), { timeout: 2000 }) : register());
  const later = () => window.setTimeout(idle, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/** Starts the registration; `bar` is the (hidden) update bar element. */
export function startUpdatePrompt(bar: HTMLElement): void {
  let waiting = false;
  const show = () => {
    if (!waiting || isExamRunning()) return;
    bar.hidden = false;
  };
  let updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;
  afterPageSettles(() => {
    updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh() {
        waiting = true;
        show();
      },
    });
  });
  document.addEventListener(EXAM_STATE_EVENT, () => {
    if (isExamRunning()) bar.hidden = true;
    else show();
  });
  bar.querySelector('[data-pwa-reload]')?.addEventListener('click', () => {
    void updateServiceWorker?.(true);
  });
  bar.querySelector('[data-pwa-dismiss]')?.addEventListener('click', () => {
    waiting = false;
    bar.hidden = true;
  });
}
