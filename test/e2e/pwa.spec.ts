/**
 * The installable, offline-capable site (issue 11 item 6), in Debian's Chromium:
 * - after one visit (the worker registers once the page has settled) the service worker controls the site, and with the network off note pages,
 *   search (index files) and a quiz (the question bank's manifest and shards) still work;
 * - a new deployment is offered to the student with an update bar — never while a timed exam runs.
 * The update test serves its own copy of the built site (so it can "deploy" a changed service worker
 * without touching the site the other tests use).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { serveStatic } from '../helpers/static-server.ts';

test.skip(({ browserName }) => browserName !== 'chromium', 'service workers are tested in Chromium');

/** Waits until a service worker controls the page (a reload after the first install). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after one visit, note pages, search and the question bank work offline', async ({ page, context }) => {
  test.skip(test.info().project.name !== 'bundled', 'bundled content only');
  // The service worker registers a few seconds after the page settles (src/islands/pwa/update-prompt.ts).
  test.setTimeout(60_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBeTruthy();

  await context.setOffline(true);
  await page.goto('/notes/');
  const first = page.locator('main a[href*="/notes/"]').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.locator('h1')).toContainText(title.slice(0, 10));

  await page.goto('/search/?q=spot');
  await expect(
    page
      .locator('main')
      .getByRole('link')
      .filter({ hasText: /spot|스팟/i })
      .first(),
  ).toBeVisible();

  // A quiz offline: the bank's manifest and the shards of the questions asked come from the cache.
  await page.goto('/quiz/?count=5');
  await expect(page.locator('#quiz-start')).toBeEnabled();
  await page.locator('#quiz-start').click();
  await expect(page.locator('#quiz-session section.quiz-item')).toBeVisible();
  await expect(page.locator('#quiz-session .question__stem').first()).not.toBeEmpty();
  await context.setOffline(false);
});

test('a new deployment is offered with an update bar, but not while a timed exam runs', async ({ browser }) => {
  test.skip(test.info().project.name !== 'bundled', 'bundled content only');
  test.setTimeout(120_000);
  const site = await mkdtemp(path.join(os.tmpdir(), 'emr-prep-pwa-'));
  await cp(path.resolve('dist'), site, { recursive: true });
  const { url, server } = await serveStatic(site);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await waitForServiceWorker(page);
    await expect(page.locator('#pwa-update')).toBeHidden();

    // A timed exam is running when the new deployment arrives: no bar.
    await page.evaluate(() => {
      document.documentElement.dataset.examRunning = '1';
    });
    const sw = path.join(site, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// deployment 2\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    await page.waitForTimeout(300);
    await expect(page.locator('#pwa-update')).toBeHidden();

    // The exam ends: the bar appears; Reload activates the new deployment.
    await page.evaluate(() => {
      delete document.documentElement.dataset.examRunning;
      document.dispatchEvent(new CustomEvent('emr-prep:exam-state', { detail: false }));
    });
    await expect(page.locator('#pwa-update')).toBeVisible();
    // Reload: the waiting worker takes over and the page reloads itself once.
    await Promise.all([page.waitForEvent('load'), page.locator('#pwa-update [data-pwa-reload]').click()]);
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  } finally {
    await context.close();
    server.close();
    await rm(site, { recursive: true, force: true });
  }
});
