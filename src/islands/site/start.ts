/**
 * The script every page runs: the quiz status of the header and home page
 * (src/islands/quiz/quiz-status.ts) and the service worker with its update bar
 * (src/islands/pwa/update-prompt.ts).
 *
 * One module, so a page loads one script for both (they were two entry scripts, each with its own
 * small shared chunks). The layout runs it (src/components/SiteScript.astro); a page with its own
 * island may run it from that island's script instead (`<Base siteScript="page">`: the quiz, history and calculator pages):
 * over HTTP/1.1 a browser opens 6 connections per host, and the quiz page's scripts, stylesheets
 * and question-bank manifest then fit in one round of requests (issue 16, slow phone).
 */
import { startUpdatePrompt } from '../pwa/update-prompt.ts';
import { startQuizStatus } from '../quiz/quiz-status.ts';

/** Starts the site-wide parts of a page (once per page). */
export function startSite(): void {
  startQuizStatus();
  const bar = document.getElementById('pwa-update');
  if (bar && 'serviceWorker' in navigator) startUpdatePrompt(bar);
}
