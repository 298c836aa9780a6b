/**
 * Registers the service worker (vite-plugin-pwa, `registerType: 'prompt'`) and, when a new
 * deployment is waiting, shows the update bar of src/components/pwa/UpdatePrompt.astro — unless a
 * timed exam is running, in which case the bar appears once the exam ends. "Reload" activates the
 * new service worker and reloads; "Later" hides the bar until the next page.
 */
import { registerSW } from 'virtual:pwa-register';
import { EXAM_STATE_EVENT, isExamRunning } from '../shared/exam-flag.ts';

/** Starts the registration; `bar` is the (hidden) update bar element. */
export function startUpdatePrompt(bar: HTMLElement): void {
  let waiting = false;
  const show = () => {
    if (!waiting || isExamRunning()) return;
    bar.hidden = false;
  };
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      show();
    },
  });
  document.addEventListener(EXAM_STATE_EVENT, () => {
    if (isExamRunning()) bar.hidden = true;
    else show();
  });
  bar.querySelector('[data-pwa-reload]')?.addEventListener('click', () => {
    void updateServiceWorker(true);
  });
  bar.querySelector('[data-pwa-dismiss]')?.addEventListener('click', () => {
    waiting = false;
    bar.hidden = true;
  });
}
