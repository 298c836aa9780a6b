/**
 * Search in a real browser: a note page fetches no search code and no index until search opens;
 * Ctrl+K (and `/`) opens the dialog; a Korean query finds a note and Enter opens it; the Enter
 * that ends an IME composition never navigates; `/search/?q=…` shows the results of its query;
 * the open dialog and the search page pass axe-core (WCAG 2.1 A/AA) in light and dark schemes.
 * Runs on both projects (bundled content and the owner's seeds); queries that name bundled notes
 * run on `bundled` only.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Requests for search code or index files. */
function searchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/search/') && path !== '/search/') urls.push(path);
    // The page shell's own scripts (service-worker registration, quiz status) live under /_astro/; search code does not.
    else if (r.resourceType() === 'script' && !path.startsWith('/_astro/')) urls.push(path);
  });
  return urls;
}

/** The first note page linked from the notes index. */
async function firstNote(page: Page): Promise<{ href: string; title: string }> {
  await page.goto('/notes/');
  const link = page.locator('main a[href^="/notes/"]').filter({ hasNotText: /^$/ }).first();
  const href = (await link.getAttribute('href'))!;
  await page.goto(href);
  return { href, title: (await page.locator('h1').first().innerText()).trim() };
}

/** A word of a title to search for: its longest Hangul word, else its longest word. */
function wordOf(title: string): string {
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  const hangul = words.filter((w) => /[\uac00-\ud7a3]/.test(w)).sort((a, b) => b.length - a.length);
  return hangul[0] ?? words.sort((a, b) => b.length - a.length)[0] ?? title;
}

/** Loads the home page, hovers the search button until `/search/first.json` has arrived, then opens search (Ctrl+K). */
async function openSearchAfterHover(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const firstKeys = page.waitForResponse((r) => new URL(r.url()).pathname === '/search/first.json');
  await page.locator('.search-launch').first().hover();
  await firstKeys;
  await page.keyboard.press('Control+k');
}

test.describe('search dialog', () => {
  test('a note page loads no search code or index until search opens; Ctrl+K opens it and a title word finds the note', async ({
    page,
  }) => {
    const { href, title } = await firstNote(page);
    const requests = searchRequests(page);
    await page.goto(href);
    await page.waitForLoadState('networkidle');
    expect(requests, 'search requests before opening').toEqual([]);
    await expect(page.locator('#search-dialog')).not.toBeVisible();

    await page.keyboard.press('Control+k');
    const dialog = page.locator('#search-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.locator('#search-dialog-input')).toBeFocused();
    await page.keyboard.type(wordOf(title));
    const results = page.locator('#search-dialog-results li');
    await expect(results.first()).toBeVisible();
    expect(
      requests.some((u) => u.startsWith('/search/client.js')),
      'the search code is fetched on open',
    ).toBe(true);
    expect(requests).toContain('/search/index.json');
    const links = await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(new URL(href, 'http://x').pathname);
  });

  test('typing Korean finds a note; Enter opens the first result', async ({ page }, info) => {
    test.skip(info.project.name !== 'bundled', 'the query names bundled notes');
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('오케스트레이션');
    const first = page.locator('#search-dialog-results li').first();
    await expect(first).toContainText('오케스트레이션');
    await expect(first.locator('mark').first()).toHaveText('오케스트레이션');
    await expect(first.locator('.search-hit__kind')).toContainText('Note');
    const target = await first.locator('a').getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target!.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator('h1')).toContainText('오케스트레이션');
  });

  test('initial consonants, particles and typos work in the browser too', async ({ page }, info) => {
    test.skip(info.project.name !== 'bundled', 'the queries name bundled notes');
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.locator('#search-dialog-input');
    const firstTitle = page.locator('#search-dialog-results .search-hit__title');
    for (const query of ['ㅇㅋㅅㅌㄹㅇㅅ', '오케스트레이션을', 'orchestation']) {
      await input.fill(query);
      await expect(firstTitle.filter({ hasText: '오케스트레이션' }).first(), query).toBeVisible();
    }
  });

  test('across scripts: Hangul finds what the notes write in Latin letters, and a glossary term shows as a result', async ({
    page,
  }, info) => {
    test.skip(info.project.name !== 'bundled', 'the queries name bundled notes and glossary terms');
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.locator('#search-dialog-input');
    const titles = page.locator('#search-dialog-results .search-hit__title');
    // transliteration, Korean term for an English one, old name, compound without its space
    for (const [query, title] of [
      ['쿠버네티스', '배포 옵션'],
      ['복제 계수', 'HDFS vs S3'],
      ['master node', '노드 역할'],
      ['코어노드', '노드 역할'],
    ] as const) {
      await input.fill(query);
      await expect(titles.filter({ hasText: title }).first(), query).toBeVisible();
    }
    await input.fill('키네시스');
    const term = page.locator('#search-dialog-results li.search-hit--glossary').first();
    await expect(term).toBeVisible();
    // the note that writes "Kinesis" highlights the Latin word the Hangul query found
    await expect(page.locator('#search-dialog-results mark', { hasText: /^Kinesis$/ }).first()).toBeVisible();
    await term.locator('a').click();
    await expect(page).toHaveURL(/\/glossary\/#/);
    await expect(page.locator('.glossary-term:target')).toBeVisible();
  });

  test('hovering the search button fetches the search code and manifest before it opens', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const manifest = page.waitForRequest((r) => new URL(r.url()).pathname === '/search/index.json');
    const firstKeys = page.waitForRequest((r) => new URL(r.url()).pathname === '/search/first.json');
    await page.locator('.search-launch').first().hover();
    await manifest;
    await firstKeys;
    await expect(page.locator('#search-dialog')).not.toBeVisible();
  });

  test('a tap on a phone asks for the manifest and first-key answers with the search code, not after it, and fetches each once', async ({
    page,
  }) => {
    // On a slow phone (no hover) that is one round trip less before the first results (~0.5 s).
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.locator('header [data-search-open]').first().click();
    await page.locator('#search-dialog-input').fill('스팟');
    await expect(page.locator('#search-dialog-results li').first()).toBeVisible();
    const started = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .filter((e) => /\/search\/(client\.js|index\.json|first\.json)/.test(e.name))
          .map((e) => [new URL(e.name).pathname, e.startTime]),
      ),
    );
    expect(started['/search/index.json']).toBeLessThanOrEqual(started['/search/client.js']!);
    expect(started['/search/first.json']).toBeLessThanOrEqual(started['/search/client.js']!);
    for (const file of ['/search/index.json', '/search/first.json'])
      expect(
        requested.filter((p) => p === file),
        `requests of ${file}`,
      ).toHaveLength(1);
  });

  test('on a phone, a result whose title has a long word stays inside the dialog', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'bundled', 'a title of the bundled content (maximizeResourceAllocation)');
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    await page.locator('header [data-search-open]').first().click();
    await page.locator('#search-dialog-input').fill('executor');
    const title = page.locator('#search-dialog-results .search-hit__title', { hasText: 'maximizeResourceAllocation' }).first();
    await expect(title).toBeVisible();
    const [titleBox, listBox] = await Promise.all([title.boundingBox(), page.locator('#search-dialog-results').boundingBox()]);
    expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(listBox!.x + listBox!.width + 0.5);
  });

  test('after hovering, the first keystroke (a jamo, as a Korean IME shows it) is answered without any shard', async ({ page }) => {
    // Every shard and entry chunk fails: the answer can only come from /search/first.json.
    await page.route(/\/search\/(terms|choseong|entries|typo|phonetic)\//, (route) => route.abort());
    await openSearchAfterHover(page);
    await page.locator('#search-dialog-input').fill('ㅅ');
    await expect(page.locator('#search-dialog-results li').first()).toBeVisible();
    await expect(page.locator('#search-dialog-results mark').first()).toBeVisible();
  });

  test('after the first key, the second key’s results (English and Korean) come with no request to the index', async ({ page }) => {
    // Every shard and entry chunk fails: the second key's answer can only come from the first key's
    // `/search/next/<code point>.json`, fetched when the first key was answered.
    let aborted = 0;
    await page.route(/\/search\/(terms|choseong|entries|typo|phonetic)\//, (route) => {
      aborted++;
      return route.abort();
    });
    // Chromium sends low-priority requests (the small bundled index is prefetched whole on hover;
    // the previous key's prefetch) a few at a time: wait until none has come for a while.
    const quiet = async () => {
      for (let last = -1; last !== aborted; ) {
        last = aborted;
        await page.waitForTimeout(700);
      }
    };
    await openSearchAfterHover(page);
    const input = page.locator('#search-dialog-input');
    const all = page.locator('#search-dialog-all');
    for (const [first, second, file] of [
      ['s', 'sp', '/search/next/115.json'],
      ['ㅅ', '스', '/search/next/12613.json'],
    ] as const) {
      const next = page.waitForResponse((r) => new URL(r.url()).pathname === file);
      await input.fill(first);
      await expect(all).toHaveAttribute('href', `/search/?q=${encodeURIComponent(first)}`);
      await next;
      await quiet();
      // The page's own record, in the order things happened: every fetch of a search file, and the
      // moment the answer is in the DOM (the "all results" link names the query it answered).
      await all.evaluate((a: HTMLAnchorElement) => {
        const log: string[] = [];
        (window as unknown as { searchLog: string[] }).searchLog = log;
        const fetch = window.fetch.bind(window);
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          const url = new URL(String(input instanceof Request ? input.url : input), location.href);
          if (url.pathname.startsWith('/search/')) log.push(`request ${url.pathname}`);
          return fetch(input, init);
        };
        new MutationObserver(() => log.push(`answered ${new URL(a.href).searchParams.get('q')}`)).observe(a, { attributes: true });
      });
      const requests: string[] = [];
      const onRequest = (r: { url: () => string }) => {
        if (new URL(r.url()).pathname.startsWith('/search/')) requests.push(new URL(r.url()).pathname);
      };
      page.on('request', onRequest);
      await input.fill(second);
      await expect(all).toHaveAttribute('href', `/search/?q=${encodeURIComponent(second)}`);
      await expect(page.locator('#search-dialog-results li').first(), second).toBeVisible();
      await expect(page.locator('#search-dialog-results mark').first(), second).toBeVisible();
      page.off('request', onRequest);
      const log = await page.evaluate(() => (window as unknown as { searchLog: string[] }).searchLog);
      expect(log).toContain(`answered ${second}`);
      expect(log.slice(0, log.indexOf(`answered ${second}`)), `fetches before "${second}" was answered`).toEqual([]);
      // Whatever the browser sent meanwhile was the prefetch for the keys after (every shard fails here).
      for (const path of requests) expect(path).toMatch(/^\/search\/(terms|choseong|entries|typo|phonetic)\//);
    }
  });

  test('the Enter that ends an IME composition does not navigate', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.locator('#search-dialog-input');
    await input.fill('EMR');
    await expect(page.locator('#search-dialog-results li').first()).toBeVisible();
    const url = page.url();
    // What browsers send for the Enter that commits a Korean syllable: isComposing, or keyCode 229 (Safari).
    for (const init of [{ isComposing: true }, { keyCode: 229 }]) {
      const prevented = await input.evaluate((el, extra) => {
        const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...extra });
        el.dispatchEvent(event);
        return event.defaultPrevented;
      }, init);
      expect(prevented, JSON.stringify(init)).toBe(false);
    }
    // A real composition (Chrome DevTools protocol): compose 스, then Enter as the IME delivers it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '스', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
    await cdp.send('Input.insertText', { text: '스' });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    await expect(page.locator('#search-dialog')).toBeVisible();
  });

  test('`/` opens search outside text fields, Escape closes it, the header button opens it too', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(page.locator('#search-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog')).not.toBeVisible();
    await page.locator('.search-launch').click();
    await expect(page.locator('#search-dialog')).toBeVisible();
    await expect(page.locator('#search-dialog-input')).toBeFocused();
  });
});

test.describe('search page', () => {
  test('/search/?q= shows the results of its query', async ({ page }) => {
    const { href, title } = await firstNote(page);
    const word = wordOf(title);
    await page.goto(`/search/?q=${encodeURIComponent(word)}`);
    await expect(page.locator('#search-page-input')).toHaveValue(word);
    const results = page.locator('#search-page-results li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('#search-page-status')).toContainText(/results?/);
    const links = await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(new URL(href, 'http://x').pathname);
  });

  test('a query typed before the search code has loaded is kept and answered (a slow phone)', async ({ page }, info) => {
    test.skip(info.project.name !== 'bundled', 'the word is a bundled one');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search/client.js*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/');
    await page.locator('#search-page-input').fill('spot');
    release();
    await expect(page).toHaveURL(/\/search\/\?q=spot$/);
    await expect(page.locator('#search-page-input')).toHaveValue('spot');
    await expect(page.locator('#search-page-results li').first()).toBeVisible();
  });

  test('the query typed on the page goes into the URL, and a #tag filter limits the results', async ({ page }, info) => {
    test.skip(info.project.name !== 'bundled', 'the tag is a bundled one');
    await page.goto('/search/');
    await page.locator('#search-page-input').fill('#service/emr spot');
    await expect(page).toHaveURL(/\/search\/\?q=%23service%2Femr(\+|%20)spot$/);
    const tags = page.locator('#search-page-results li').first().locator('.search-hit__tag');
    await expect(tags.first()).toBeVisible();
    const results = page.locator('#search-page-results li');
    const n = await results.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const paths = await results
        .nth(i)
        .locator('.search-hit__tag')
        .evaluateAll((els) => els.map((e) => e.getAttribute('title')));
      expect(
        paths.some((p) => p === 'service/emr' || p!.startsWith('service/emr/')),
        `result ${i} carries service/emr`,
      ).toBe(true);
    }
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`search accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    test('the open dialog with results, and the search page with results', async ({ page }) => {
      const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
      const violations = async (): Promise<string[]> =>
        (await new AxeBuilder({ page }).withTags(rules).analyze()).violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
        );
      const { title } = await firstNote(page);
      await page.keyboard.press('Control+k');
      await page.keyboard.type(wordOf(title));
      await expect(page.locator('#search-dialog-results li').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#search-dialog-results a').first()).toBeFocused();
      expect(await violations(), 'open search dialog').toEqual([]);
      await page.goto(`/search/?q=${encodeURIComponent(wordOf(title))}`);
      await expect(page.locator('#search-page-results li').first()).toBeVisible();
      expect(await violations(), 'search page').toEqual([]);
    });
  });
}
