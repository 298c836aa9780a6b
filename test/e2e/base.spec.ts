/**
 * The site deployed below a path (issue 16 item 5), as on a GitHub Pages project site
 * (`https://user.github.io/emr-prep/`): the `base` project builds the bundled content with
 * `astro build --base /emr-prep/` and serves it at http://127.0.0.1:<port>/emr-prep/ (nothing at `/`).
 * One walk, as a student clicks: home → all notes → a note → a wikilink in its body → a tag page →
 * search finds a note → "Quiz me on this" → the quiz loads its bank and shows a question →
 * calculator and compare view → the web app manifest, its icons and the service worker — while
 * every request the browser makes (pages, scripts, styles, index files, bank, JSON, icons, service
 * worker and its precache) is recorded: none may leave /emr-prep/, none may fail.
 */
import { expect, type Page, test } from '@playwright/test';

/** Keep in step with BASE_PATH in playwright.config.ts. */
const BASE = '/emr-prep/';

test.skip(({ browserName }) => browserName !== 'chromium', 'service workers are tested in Chromium');

/** Every URL-bearing attribute on the page that points at this site lies below the base path. */
async function expectLinksUnderBase(page: Page): Promise<void> {
  const outside = await page.evaluate((base) => {
    const bad: string[] = [];
    const attrs: Array<[string, string]> = [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['form[action]', 'action'],
      ['[data-client]', 'data-client'],
    ];
    for (const [selector, attr] of attrs) {
      for (const el of document.querySelectorAll(selector)) {
        const raw = el.getAttribute(attr) ?? '';
        if (raw.startsWith('#')) continue;
        const url = new URL(raw, location.href);
        if (url.origin !== location.origin) continue;
        if (!url.pathname.startsWith(base)) bad.push(`<${el.tagName.toLowerCase()} ${attr}="${raw}">`);
      }
    }
    return bad;
  }, BASE);
  expect(outside, `links outside ${BASE} on ${page.url()}`).toEqual([]);
}

test('the site built with --base /emr-prep/ works below that path: links, search, quiz, calculator, manifest, service worker', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const failed: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin || !url.pathname.startsWith(BASE)) outside.push(`${request.method()} ${request.url()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  context.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  // Nothing is served at the root: a link that forgot the base would 404, not fall back.
  expect((await page.request.get('/')).status()).toBe(404);

  // A note whose body links to another note (a wikilink), found from the HTML the site serves.
  const index = await page.request.get(`${BASE}notes/`);
  expect(index.ok()).toBe(true);
  const noteHrefs = [...(await index.text()).matchAll(/href="(\/emr-prep\/notes\/[^"#]+\/)"/g)].map((m) => m[1]!);
  expect(noteHrefs.length, 'the notes index links notes below the base').toBeGreaterThan(0);
  let withWikilink: string | null = null;
  for (const href of new Set(noteHrefs)) {
    if ((await (await page.request.get(href)).text()).includes('class="note-link"')) {
      withWikilink = href;
      break;
    }
  }
  expect(withWikilink, 'a bundled note links another note').not.toBeNull();

  // Home → all notes → the note.
  await page.goto(BASE);
  await expect(page.locator('h1').first()).toBeVisible();
  await expectLinksUnderBase(page);
  await page.locator(`main a[href="${BASE}notes/"]`).first().click();
  await expect(page).toHaveURL(`${origin}${BASE}notes/`);
  await page.locator(`main a[href="${withWikilink}"]`).first().click();
  await expect(page).toHaveURL(`${origin}${withWikilink}`);
  await expectLinksUnderBase(page);

  // → a wikilink in the body (core HTML, rebased when rendered).
  const wikilink = page.locator('.note__body a.note-link').first();
  const target = (await wikilink.getAttribute('href'))!;
  expect(target.startsWith(`${BASE}notes/`), target).toBe(true);
  await wikilink.click();
  await expect(page).toHaveURL(`${origin}${target}`);
  const title = (await page.locator('h1').first().innerText()).trim();
  expect(title.length).toBeGreaterThan(0);

  // → a tag page.
  const tag = page.locator('main a.tag').first();
  await tag.click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}tags/.+/$`));
  await expect(page.locator('h1').first()).toBeVisible();
  await expectLinksUnderBase(page);

  // → search (code and index fetched below the base) finds the note by its title.
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-dialog')).toBeVisible();
  await page.locator('#search-dialog-input').fill(title);
  const hit = page.locator('#search-dialog-results a').first();
  await expect(hit).toBeVisible();
  const hitHrefs = await page.locator('#search-dialog-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(
    hitHrefs.every((h) => h?.startsWith(BASE)),
    hitHrefs.join(' '),
  ).toBe(true);
  expect(hitHrefs, 'the note is among the results').toContain(target);
  await expect(page.locator('#search-dialog-all')).toHaveAttribute('href', `${BASE}search/?q=${encodeURIComponent(title)}`);
  // The first keystroke's answer comes from `${BASE}search/first.json`; its links are below the base too.
  await page.locator('#search-dialog-input').fill('ㅅ');
  await expect(page.locator('#search-dialog-all')).toHaveAttribute('href', `${BASE}search/?q=${encodeURIComponent('ㅅ')}`);
  const firstKeyHrefs = await page.locator('#search-dialog-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(firstKeyHrefs.length).toBeGreaterThan(0);
  expect(
    firstKeyHrefs.every((h) => h?.startsWith(BASE)),
    firstKeyHrefs.join(' '),
  ).toBe(true);
  // Escape (twice: the first one may clear the search field) closes the dialog.
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog')).toBeHidden({ timeout: 500 });
  }).toPass();

  // → "Quiz me on this": the quiz page fetches the bank and shows a question.
  await page.locator('a.quiz-me').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}quiz/\\?tags=`));
  await expect(page.locator('#quiz-start')).toBeEnabled();
  await page.locator('#quiz-start').click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}quiz/\\?attempt=[0-9a-f]+$`));
  await expect(page.locator('#quiz-session section.quiz-item')).toBeVisible();
  await expectLinksUnderBase(page);

  // → "10 random questions": its questions come in one random-quiz pack, below the base.
  const packs: Array<{ path: string; status: number }> = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.includes('/quiz/pack/')) packs.push({ path, status: response.status() });
  });
  await page.goto(`${origin}${BASE}quiz/`);
  await page.locator('[data-preset="random"]').click();
  await expect(page.locator('#quiz-session section.quiz-item')).toBeVisible();
  expect(packs.length).toBeGreaterThan(0);
  for (const pack of packs) {
    expect(pack.path).toMatch(new RegExp(`^${BASE}quiz/pack/\\d+\\.json$`));
    expect(pack.status, pack.path).toBe(200);
  }

  // → the calculator (its island runs; a finding's tag link lies below the base) and the compare
  // view (it fetches /emr-prep/calculator/scenarios.json).
  await page.locator(`header a[href="${BASE}calculator/"]`).click();
  await expect(page.locator('html')).toHaveAttribute('data-calculator', 'ready');
  await expectLinksUnderBase(page);
  await page.locator(`main a[href="${BASE}calculator/compare/"]`).click();
  await expect(page.locator('html')).toHaveAttribute('data-compare', 'ready');
  await expectLinksUnderBase(page);

  // The web app manifest, its start URL, scope and icons, and the service worker: all below the base.
  const manifestHref = (await page.locator('link[rel="manifest"]').getAttribute('href'))!;
  expect(manifestHref).toBe(`${BASE}manifest.webmanifest`);
  const manifestUrl = new URL(manifestHref, origin);
  const manifest = (await (await page.request.get(manifestUrl.href)).json()) as {
    start_url: string;
    scope: string;
    icons: Array<{ src: string }>;
  };
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE);
  expect(new URL(manifest.scope, manifestUrl).pathname).toBe(BASE);
  for (const icon of manifest.icons) {
    const url = new URL(icon.src, manifestUrl);
    expect(url.pathname.startsWith(`${BASE}icons/`), icon.src).toBe(true);
    expect((await page.request.get(url.href)).status(), url.pathname).toBe(200);
  }
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, script: registration.active?.scriptURL ?? '' };
  });
  expect(worker).toEqual({ scope: `${origin}${BASE}`, script: `${origin}${BASE}sw.js` });

  // The host's 404 page (GitHub Pages serves 404.html for any unknown path) links below the base.
  const missing = await page.goto(`${BASE}no-such-page/`);
  expect(missing?.status()).toBe(404);
  await expectLinksUnderBase(page);

  expect(errors, 'no script error').toEqual([]);
  expect(outside, `requests outside ${BASE}`).toEqual([]);
  // The deliberate 404s above (the root, the missing page) are the only failures.
  expect(failed.filter((f) => !f.endsWith(`${origin}${BASE}no-such-page/`))).toEqual([]);
});
